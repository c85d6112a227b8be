"""Schema migrations keyed on ``PRAGMA user_version``.

Each step is a module ``mNNN_<what>.py`` with a ``SQL`` string (and optionally
an ``upgrade(conn)`` function for data changes). Step N takes a database from
version N-1 to N inside one transaction, together with setting
``user_version``, so a crash mid-migration leaves the previous version intact.
Before migrating an existing database a copy is made with the backup API.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import logging
import pkgutil
import sqlite3
from pathlib import Path
from types import ModuleType

from hyrdesk.errors import DatabaseError
from hyrdesk.storage.db import Database
from hyrdesk.storage.identity import APPLICATION_ID, identify

log = logging.getLogger(__name__)


def _steps() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m") and m.name[1:4].isdigit())
    steps = [importlib.import_module(f"{__name__}.{n}") for n in names]
    for expected, (name, _) in enumerate(zip(names, steps), start=1):
        if int(name[1:4]) != expected:  # pragma: no cover - a packaging mistake
            raise RuntimeError(f"migration {name} is out of sequence (expected m{expected:03d})")
    return steps


def latest_version() -> int:
    return len(_steps())


class DatabaseTooNew(DatabaseError):
    def __init__(self, message: str, kind: str = "too_new"):
        super().__init__(message, kind)


def migrate(db: Database, backups_dir: Path | None = None) -> int:
    """Bring ``db`` to the latest schema; returns the version it started from."""
    steps = _steps()
    latest = len(steps)
    current = db.user_version
    who = identify(db.conn)
    if not (who.empty or who.hyrdesk):  # never migrate into another program's database
        raise DatabaseError(
            f"Filen {db.path} är en SQLite-databas från ett annat program ({who.describe()}), inte hyrdesks.",
            "not_hyrdesk",
        )
    if current > latest:
        raise DatabaseTooNew(
            f"Databasen {db.path} kommer från en nyare version av hyrdesk (schema {current}, "
            f"den här versionen känner till {latest}). Uppdatera hyrdesk för att öppna den; "
            "filen har inte ändrats."
        )
    if current == latest:
        return current
    if current > 0 and backups_dir is not None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backups_dir / f"fore-uppgradering-v{current}-{stamp}.sqlite3"
        db.backup_to(target)
        log.info("backed up %s to %s before migrating", db.path, target)
    for version in range(current + 1, latest + 1):
        step = steps[version - 1]
        with db.write() as conn:
            for statement in split_sql(getattr(step, "SQL", "")):
                conn.execute(statement)
            if hasattr(step, "upgrade"):
                step.upgrade(conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        log.info("migrated %s to schema %d", db.path, version)
    return current


def split_sql(script: str) -> list[str]:
    """Split a script into statements (``executescript`` would COMMIT our transaction)."""
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement: {buf.strip()[:60]}")
    return statements
