"""Schema v3: hire and own staff costs, ledger imports, account table.

* ``cost_accounts`` – the user's account table: a ledger account or range,
  what it holds (hire / own / ignore) and optionally its staff category.
* ``cost_imports`` – the log of ledger imports (file, hash, rows, time), with
  ``undone_at`` set when the user undid one.
* ``cost_entries`` – the figures, in öre. Ledger rows are summed per month,
  kind, category, agency and account at import. A row replaced by a later
  import is kept with ``superseded_by`` set, so undoing that import can bring
  it back. Manual entries (``source = 'manual'``) have one row per unit,
  month, kind and category and are never replaced by an import.
"""

SQL = """
CREATE TABLE cost_accounts (
    id            INTEGER PRIMARY KEY,
    first_account INTEGER NOT NULL CHECK (first_account >= 0),
    last_account  INTEGER NOT NULL CHECK (last_account >= first_account),
    kind          TEXT NOT NULL CHECK (kind IN ('hire', 'own', 'ignore')),
    category_id   INTEGER REFERENCES staff_categories(id),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    UNIQUE (first_account, last_account),
    CHECK (kind != 'ignore' OR category_id IS NULL)
);

CREATE TABLE cost_imports (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    rows_read       INTEGER NOT NULL,
    rows_imported   INTEGER NOT NULL,
    rows_rejected   INTEGER NOT NULL,
    rows_skipped    INTEGER NOT NULL,
    first_period    TEXT,
    last_period     TEXT,
    imported_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    undone_at       TEXT
);
CREATE INDEX cost_imports_unit ON cost_imports (unit_id, imported_at);

CREATE TABLE cost_entries (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    kind          TEXT NOT NULL CHECK (kind IN ('hire', 'own')),
    category_id   INTEGER REFERENCES staff_categories(id),
    agency        TEXT,
    account       INTEGER,
    amount_ore    INTEGER NOT NULL,
    source        TEXT NOT NULL CHECK (source IN ('ledger', 'manual')),
    import_id     INTEGER REFERENCES cost_imports(id) ON DELETE CASCADE,
    superseded_by INTEGER REFERENCES cost_imports(id),
    CHECK ((source = 'ledger') = (import_id IS NOT NULL)),
    CHECK (kind = 'own' OR category_id IS NOT NULL)
);
CREATE INDEX cost_entries_unit_period ON cost_entries (unit_id, period);
CREATE INDEX cost_entries_import ON cost_entries (import_id);
CREATE INDEX cost_entries_superseded ON cost_entries (superseded_by);
CREATE UNIQUE INDEX cost_entries_manual ON cost_entries (unit_id, period, kind, category_id)
    WHERE source = 'manual';
"""
