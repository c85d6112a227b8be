"""Schema v6: the monthly follow-up: budgets, budget comments, the unit's own staffing and sick leave.

``budgets`` holds the optional hire-cost budget per unit, year and report
group (or 'Totalt'), in öre. ``budget_comments`` holds the manager's comment
on a deviation, per unit and closed month. ``unit_staffing`` holds what the
manager states about the unit's own staff (FTE, headcount). ``sick_leave``
holds the HR system's monthly aggregates only: never a row per person.
"""

SQL = """
CREATE TABLE budgets (
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    year        INTEGER NOT NULL,
    report_group TEXT NOT NULL,               -- a report group or 'Totalt'
    amount_ore  INTEGER NOT NULL,
    PRIMARY KEY (unit_id, year, report_group)
);

CREATE TABLE budget_comments (
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    period      TEXT NOT NULL,                -- 'YYYY-MM', the closed month followed up
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (unit_id, period)
);

CREATE TABLE unit_staffing (
    unit_id     INTEGER PRIMARY KEY REFERENCES units(id),
    own_fte     TEXT,                         -- decimal as text, NULL when not stated
    headcount   INTEGER                       -- employees, NULL when not stated
);

CREATE TABLE sick_leave (
    unit_id          INTEGER NOT NULL REFERENCES units(id),
    period           TEXT NOT NULL,           -- 'YYYY-MM'
    scheduled_minutes INTEGER NOT NULL CHECK (scheduled_minutes >= 0),
    sick_minutes     INTEGER NOT NULL CHECK (sick_minutes >= 0),
    long_sick_minutes INTEGER CHECK (long_sick_minutes IS NULL OR long_sick_minutes >= 0),
    headcount        INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    source_file      TEXT NOT NULL,
    imported_at      TEXT NOT NULL,
    PRIMARY KEY (unit_id, period)
);
"""
