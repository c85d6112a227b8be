"""Schema v9: the unit's action plan (åtgärdsplan) and its follow-up texts.

The causes an action targets are a comma-separated list of cause keys (at
most five, all from a fixed set). The expected change is stored exactly in
hundredths of the indicator's unit (hundredths of an hour, or öre for
``hire_cost``); the cost of the measure in öre. The effect is computed from
the gap register and the ledger, never stored. ``action_followups`` holds the
manager's "plan framåt" text, one per unit and follow-up month.
"""

SQL = """
CREATE TABLE actions (
    id                  INTEGER PRIMARY KEY,
    unit_id             INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    title               TEXT NOT NULL,
    area                TEXT NOT NULL,
    category_id         INTEGER REFERENCES staff_categories(id),
    owner_role          TEXT NOT NULL,
    decision_level      TEXT NOT NULL DEFAULT 'enhet'
                        CHECK (decision_level IN ('enhet', 'verksamhet', 'forvaltning', 'region')),
    start_date          TEXT NOT NULL,
    due_date            TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'ej_paborjad'
                        CHECK (status IN ('ej_paborjad', 'pagar', 'genomford', 'avbruten')),
    follow_up_date      TEXT,
    causes              TEXT NOT NULL DEFAULT '',
    indicator           TEXT CHECK (indicator IN
                        ('gap_hours', 'hire_hours', 'overtime_hours', 'uncovered_hours', 'hire_cost')),
    expected_hundredths INTEGER,
    baseline_from       TEXT,
    baseline_to         TEXT,
    cost_ore            INTEGER CHECK (cost_ore >= 0),
    note                TEXT NOT NULL DEFAULT '',
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE INDEX actions_by_unit ON actions (unit_id, due_date);

CREATE TABLE action_followups (
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    period      TEXT NOT NULL,                -- 'YYYY-MM'
    plan_text   TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    PRIMARY KEY (unit_id, period)
);
"""
