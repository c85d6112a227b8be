"""Schema v8: the roll-up's cache of what it read from each workbook in a shared folder.

One row per file path. A row is used only while the file's size, modification
time (nanoseconds) and SHA-256 are unchanged, so an unchanged file is not read
again; anything else is read again and the row replaced. ``meta`` is JSON
(the unit, its period and creation time, its line-dialogue tasks, or the
Swedish reason the file was skipped); the four BLOBs hold the ``data`` sheet
as packed arrays (``services/rollup/reader.py``). Only a cache: deleting a row
or the whole table loses nothing.
"""

SQL = """
CREATE TABLE rollup_cache (
    path        TEXT PRIMARY KEY,           -- absolute path of the workbook
    folder      TEXT NOT NULL,              -- the roll-up folder it was found in
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    format      INTEGER NOT NULL,           -- the reader's format version; others are read again
    meta        TEXT NOT NULL,              -- JSON
    periods     BLOB,                       -- array('i'): year * 12 + month - 1
    measures    BLOB,                       -- array('H'): index into meta.measures
    categories  BLOB,                       -- array('H'): index into meta.categories
    vals        BLOB,                       -- array('d')
    read_at     TEXT NOT NULL               -- local time, ISO 8601
);

CREATE INDEX rollup_cache_folder ON rollup_cache (folder);
"""
