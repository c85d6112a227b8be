"""Schema v5: the export outbox and the manager's dialogue texts.

``export_outbox`` is the durable queue of exports waiting for (or done with)
delivery to the shared folder: a row is written in the same moment the local
copy exists, so closing the app, a crash or an unreachable network drive
never loses an export. ``dialogue_texts`` holds the free text the manager
writes for the line dialogue, one per unit and period.
"""

SQL = """
CREATE TABLE export_outbox (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units(id),
    unit_code       TEXT NOT NULL,            -- the folder in the shared folder, as it was at export
    kind            TEXT NOT NULL,            -- e.g. 'line_dialogue'
    period          TEXT NOT NULL,            -- 'YYYY-MM'
    local_path      TEXT NOT NULL,            -- the local copy (kept after delivery)
    target_name     TEXT NOT NULL,            -- the file name in <shared>/<unit code>/
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'delivered', 'superseded')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,                     -- Swedish reason of the last failed attempt
    created_at      TEXT NOT NULL,            -- local time, ISO 8601
    last_attempt_at TEXT,
    delivered_at    TEXT,
    delivered_path  TEXT
);

CREATE INDEX export_outbox_status ON export_outbox (status, created_at);

CREATE TABLE dialogue_texts (
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    period      TEXT NOT NULL,                -- 'YYYY-MM'
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (unit_id, period)
);
"""
