"""Schema v13: *Påverkar andra enheter* may be empty, and starts empty.

It decides the route of a proposed change, so nobody should find it already
answered ("osäkert" was the default, which sent kept tasks to the line
manager). SQLite cannot drop a NOT NULL constraint, so the table is rebuilt
with the same rows; existing answers are kept as they are.
"""

SQL = """
CREATE TABLE review_tasks_new (
    id                  INTEGER PRIMARY KEY,
    review_id           INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL DEFAULT 0,
    area                TEXT NOT NULL,
    description         TEXT NOT NULL,
    role                TEXT NOT NULL,
    minutes             INTEGER NOT NULL CHECK (minutes > 0),
    frequency           TEXT NOT NULL CHECK (frequency IN ('dag', 'vecka', 'manad', 'ar')),
    count               INTEGER NOT NULL CHECK (count > 0),
    usefulness          INTEGER CHECK (usefulness BETWEEN 1 AND 4),
    origin              TEXT NOT NULL DEFAULT 'okant'
                        CHECK (origin IN ('lag', 'region', 'forvaltning', 'lokal', 'okant')),
    proposal            TEXT NOT NULL DEFAULT 'behalla'
                        CHECK (proposal IN ('behalla', 'forenkla', 'omfordela', 'ta_bort')),
    receiving_role      TEXT NOT NULL DEFAULT '',
    affects_others      TEXT CHECK (affects_others IS NULL OR affects_others IN ('ja', 'nej', 'osakert')),
    responsible         TEXT NOT NULL DEFAULT '',
    due_date            TEXT,
    status              TEXT NOT NULL DEFAULT 'forslag'
                        CHECK (status IN ('forslag', 'beslutad', 'genomford', 'avslagen')),
    hours_freed_tenths  INTEGER NOT NULL DEFAULT 0 CHECK (hours_freed_tenths >= 0),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

INSERT INTO review_tasks_new SELECT * FROM review_tasks;

DROP TABLE review_tasks;

ALTER TABLE review_tasks_new RENAME TO review_tasks;

CREATE INDEX review_tasks_by_review ON review_tasks (review_id, position);
"""
