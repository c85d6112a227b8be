"""Schema v1: units, report groups, staff categories, settings."""

import sqlite3

from hyrdesk.domain.categories import DEFAULT_CATEGORIES, REPORT_GROUPS

SQL = """
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name        TEXT NOT NULL,
    care_area   TEXT NOT NULL CHECK (care_area IN ('primarvard', 'sjukhusvard', 'psykiatri', 'ovrigt')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE report_groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE staff_categories (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    report_group_id INTEGER NOT NULL REFERENCES report_groups(id),
    sort_order      INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    for order, name in enumerate(REPORT_GROUPS):
        conn.execute("INSERT INTO report_groups (name, sort_order) VALUES (?, ?)", (name, order))
    for order, (name, group) in enumerate(DEFAULT_CATEGORIES):
        conn.execute(
            "INSERT INTO staff_categories (name, report_group_id, sort_order) "
            "VALUES (?, (SELECT id FROM report_groups WHERE name = ?), ?)",
            (name, group, order),
        )
