"""Schema v2: staffing gaps (bemanningsluckor).

A gap is stored with its derived values (``period``/``last_period`` as
year*100+month of the first and last day, the ``weekend`` flag) written by the
repository from the domain object, so that filtering and summing a million
rows needs no date arithmetic in SQL. Hours are integer minutes and the
agency cost integer öre: exact.

Indexes, each for a query the gaps page or the summary runs (a unit can hold
hundreds of thousands of rows; the benchmark uses a million):

* ``gaps_unit_date``: the browse table's default order and the period filter;
* ``gaps_unit_category`` / ``_cause`` / ``_coverage``: those filters, and sorting
  by those columns, still in date order within a value;
* ``gaps_unit_minutes`` / ``_shift`` / ``_agency`` / ``_cost``: sorting by those
  columns without sorting a million rows for every page;
* ``gaps_summary``: covers the monthly summary of gaps inside one month, in
  GROUP BY order, so it is an index-only scan without a sort;
* ``gaps_spanning``: the few gaps that span months, split per day in Python;
* ``gaps_fingerprint``: an imported row is saved once, however often its file
  is imported;
* ``gaps_text``: an FTS5 trigram index on note and agency, so that the
  free-text filter (a substring, any case) does not scan the table.
"""

SQL = """
CREATE TABLE gaps (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    start_date   TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date     TEXT NOT NULL CHECK (end_date >= start_date),
    period       INTEGER NOT NULL,
    last_period  INTEGER NOT NULL CHECK (last_period >= period),
    shift        TEXT NOT NULL CHECK (shift IN ('dag', 'kvall', 'natt')),
    weekend      INTEGER NOT NULL CHECK (weekend IN (0, 1)),
    category_id  INTEGER NOT NULL REFERENCES staff_categories(id),
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    cause        TEXT NOT NULL CHECK (cause IN ('vakans', 'planerad', 'oplanerad', 'vardbehov', 'ovrigt')),
    coverage     TEXT NOT NULL CHECK (coverage IN ('egen', 'timavlonad', 'pool', 'hyrpersonal', 'ej_tackt')),
    agency       TEXT NOT NULL DEFAULT '',
    cost_ore     INTEGER CHECK (cost_ore IS NULL OR cost_ore >= 0),
    note         TEXT NOT NULL DEFAULT '',
    fingerprint  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE INDEX gaps_unit_date ON gaps (unit_id, start_date, id);
CREATE INDEX gaps_unit_category ON gaps (unit_id, category_id, start_date);
CREATE INDEX gaps_unit_cause ON gaps (unit_id, cause, start_date);
CREATE INDEX gaps_unit_coverage ON gaps (unit_id, coverage, start_date);
CREATE INDEX gaps_unit_minutes ON gaps (unit_id, minutes, start_date);
CREATE INDEX gaps_unit_shift ON gaps (unit_id, shift, start_date);
CREATE INDEX gaps_unit_agency ON gaps (unit_id, agency, start_date);
CREATE INDEX gaps_unit_cost ON gaps (unit_id, cost_ore, start_date);
CREATE INDEX gaps_summary ON gaps (unit_id, period, cause, coverage, last_period, minutes);
CREATE INDEX gaps_spanning ON gaps (unit_id, last_period, period) WHERE last_period <> period;
CREATE UNIQUE INDEX gaps_fingerprint ON gaps (fingerprint) WHERE fingerprint IS NOT NULL;

CREATE VIRTUAL TABLE gaps_text USING fts5 (
    note, agency, content = 'gaps', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER gaps_text_insert AFTER INSERT ON gaps WHEN new.note <> '' OR new.agency <> '' BEGIN
    INSERT INTO gaps_text (rowid, note, agency) VALUES (new.id, new.note, new.agency);
END;

CREATE TRIGGER gaps_text_delete AFTER DELETE ON gaps WHEN old.note <> '' OR old.agency <> '' BEGIN
    INSERT INTO gaps_text (gaps_text, rowid, note, agency) VALUES ('delete', old.id, old.note, old.agency);
END;

CREATE TRIGGER gaps_text_update AFTER UPDATE OF note, agency ON gaps BEGIN
    INSERT INTO gaps_text (gaps_text, rowid, note, agency)
        SELECT 'delete', old.id, old.note, old.agency WHERE old.note <> '' OR old.agency <> '';
    INSERT INTO gaps_text (rowid, note, agency)
        SELECT new.id, new.note, new.agency WHERE new.note <> '' OR new.agency <> '';
END;
"""
