"""Schema v4: administration-task reviews.

A review stores the template it was run with (id, version and the whole
JSON), so that it can be shown and continued even when the template file is
gone or a newer version has replaced it. The route of a task (eget beslut or
dialog i linjen) is derived from ``affects_others`` and therefore not stored.
Hours freed are an estimate in tenths of an hour, kept exact as an integer.
"""

SQL = """
CREATE TABLE reviews (
    id                INTEGER PRIMARY KEY,
    unit_id           INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    title             TEXT NOT NULL,
    template_id       TEXT NOT NULL,
    template_version  TEXT NOT NULL,
    template_json     TEXT NOT NULL,
    started_on        TEXT NOT NULL,
    finished_on       TEXT,
    based_on_id       INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE INDEX reviews_by_unit ON reviews (unit_id, started_on);

CREATE TABLE review_tasks (
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
    affects_others      TEXT NOT NULL DEFAULT 'osakert' CHECK (affects_others IN ('ja', 'nej', 'osakert')),
    responsible         TEXT NOT NULL DEFAULT '',
    due_date            TEXT,
    status              TEXT NOT NULL DEFAULT 'forslag'
                        CHECK (status IN ('forslag', 'beslutad', 'genomford', 'avslagen')),
    hours_freed_tenths  INTEGER NOT NULL DEFAULT 0 CHECK (hours_freed_tenths >= 0),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE INDEX review_tasks_by_review ON review_tasks (review_id, position);
"""
