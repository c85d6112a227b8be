"""Schema: hire under the national agreement: tariffs, zones, bookings, invoice lines, deviations.

``tariffs`` is the region's reference data (price per hour by staff category,
level and zone, with a valid-from date), imported from the region's file.
``unit_zones`` holds each unit's zone. A booking (avrop) never names the
consultant: it is a call-off, not a person. Hours are decimal text, money
integer öre. ``gaps.booking_id`` lets a gap covered by hire point at its booking.
"""

SQL = """
CREATE TABLE tariffs (
    id            INTEGER PRIMARY KEY,
    category      TEXT NOT NULL,
    level         TEXT NOT NULL,
    zone          INTEGER NOT NULL CHECK (zone IN (1, 2, 3)),
    valid_from    TEXT NOT NULL,              -- YYYY-MM-DD
    price_ore     INTEGER NOT NULL CHECK (price_ore > 0),
    source        TEXT NOT NULL,              -- the file it came from
    UNIQUE (category, level, zone, valid_from)
);

CREATE TABLE unit_zones (
    unit_id       INTEGER PRIMARY KEY REFERENCES units(id),
    zone          INTEGER NOT NULL CHECK (zone IN (1, 2, 3))
);

CREATE TABLE bookings (
    id                INTEGER PRIMARY KEY,
    unit_id           INTEGER NOT NULL REFERENCES units(id),
    ref               TEXT NOT NULL UNIQUE,
    category          TEXT NOT NULL,
    level             TEXT NOT NULL,
    supplier          TEXT NOT NULL,
    start_date        TEXT NOT NULL,
    end_date          TEXT NOT NULL,
    hours_ordered     TEXT NOT NULL,
    outside_agreement INTEGER NOT NULL DEFAULT 0,
    ivo_date          TEXT,
    hosp_date         TEXT,
    cpr_date          TEXT,
    karens_checked    INTEGER                  -- 1 yes, 0 no, NULL not checked
);

CREATE TABLE invoice_lines (
    id            INTEGER PRIMARY KEY,
    booking_id    INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
    month         TEXT NOT NULL,              -- YYYY-MM
    hours         TEXT NOT NULL,
    amount_ore    INTEGER NOT NULL,
    travel_ore    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX invoice_lines_booking ON invoice_lines (booking_id, month);

CREATE TABLE deviations (
    id                 INTEGER PRIMARY KEY,
    unit_id            INTEGER NOT NULL REFERENCES units(id),
    date               TEXT NOT NULL,
    booking_id         INTEGER REFERENCES bookings(id),
    reason             TEXT NOT NULL,
    above_tariff_ore   INTEGER NOT NULL DEFAULT 0,
    approver_role      TEXT NOT NULL,
    escalated_to_role  TEXT NOT NULL DEFAULT '',
    action_id          INTEGER,
    note               TEXT NOT NULL DEFAULT ''
);

ALTER TABLE gaps ADD COLUMN booking_id INTEGER REFERENCES bookings(id);
"""
