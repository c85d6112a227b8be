"""Opening the database at start-up, checked, with a way out when it cannot be used.

Every problem becomes a ``DatabaseError`` whose ``kind`` tells the GUI which
ways out to offer (``ui/backups/recovery.py``) and whose message, one line, tells a
CLI user what to type. Nothing here deletes or rewrites a file the user owns:
a damaged database is only ever moved aside (``backups.move_aside``).

Decisions:

* A 0-byte database file when there are backups is treated as damaged (a file
  that once held data has been emptied, e.g. by a sync tool or a failed copy):
  starting afresh in it would hide that. With no backups a 0-byte file is what
  an interrupted first start leaves, and becomes a new database.
* ``PRAGMA quick_check`` runs on every start (milliseconds on a hyrdesk-sized
  file), on a read-only connection before anything is written; a failure is
  "damaged".
* A SQLite file that is not hyrdesk's (tables but no schema version) is never
  migrated into.
* A database that cannot be written (read-only file, folder or mount) is opened
  for reading when it needs no migration: everything can be looked at and
  exported to the screen, and every change is refused with a message.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from hyrdesk.errors import DatabaseError, UserError
from hyrdesk.paths import Paths
from hyrdesk.services.backups.service import list_backups
from hyrdesk.storage.db import Database
from hyrdesk.storage.identity import identify
from hyrdesk.storage.migrations import latest_version, migrate

log = logging.getLogger(__name__)

RESTORE_HINT = (
    "Återställ en säkerhetskopia (”hyrdesk backup list”, sedan ”hyrdesk backup restore NAMN”) "
    "eller flytta undan filen och börja om (”hyrdesk backup set-aside”); starta programmet för att välja i ett fönster."
)

_HINTS = {
    "damaged": RESTORE_HINT,
    "empty": RESTORE_HINT,
    "not_hyrdesk": (
        "Den hör troligen till ett annat program: flytta den till en annan mapp, eller välj en annan datamapp "
        "med --data-dir. Har den ersatt din egen databas: ”hyrdesk backup set-aside” flyttar undan den, "
        "och ”hyrdesk backup restore NAMN” återställer en säkerhetskopia (”hyrdesk backup list”)."
    ),
    "too_new": "Uppdatera hyrdesk, eller återställ en äldre säkerhetskopia (”hyrdesk backup restore NAMN”).",
    "locked": "Stäng det andra programmet som använder filen (t.ex. ett annat hyrdesk eller ett säkerhetskopieringsprogram) och försök igen.",
    "read_only": "Ge ditt konto skrivrätt till filen och mappen, eller välj en annan datamapp med --data-dir.",
    "disk": "Frigör utrymme på disken, eller kontrollera disken, och försök igen.",
}


def with_hint(exc: DatabaseError) -> DatabaseError:
    """The same error with its way out appended (once)."""
    hint = _HINTS.get(exc.kind)
    if not hint or hint in exc.message:
        return exc
    new = type(exc)(f"{exc.message} {hint}")
    new.kind = exc.kind
    new.detail = exc.message  # the problem alone, for the GUI (which offers the way out itself)
    return new


def data_folder_error(folder: Path, exc: OSError) -> UserError:
    """A data folder that cannot be made or used, in Swedish, with what to do."""
    if isinstance(exc, FileExistsError) or (folder.exists() and not folder.is_dir()):
        what = "det finns en fil med det namnet där mappen ska vara"
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        what = "ditt konto får inte skriva där, eller disken är skrivskyddad"
    else:
        what = exc.strerror or type(exc).__name__
    return UserError(
        f"Datamappen {folder} kan inte skapas eller användas ({what}). "
        "Ge ditt konto skrivrätt till mappen, eller välj en annan datamapp med --data-dir."
    )


def ensure_data_folder(paths: Paths) -> None:
    """``paths.ensure()``, with a Swedish ``UserError`` when the data folder cannot be made."""
    try:
        paths.ensure()
    except OSError as exc:
        raise data_folder_error(paths.data_dir, exc) from exc


def open_database(paths: Paths) -> Database:
    """Open, check and migrate the database of ``paths``; every failure is a ``DatabaseError``."""
    ensure_data_folder(paths)
    path = paths.database
    if path.exists():
        if path.stat().st_size == 0 and list_backups(paths.backups_dir):
            raise with_hint(DatabaseError(f"Databasfilen {path} är tom (0 byte), fast det har funnits data.", "empty"))
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
            return _open_for_reading(paths)
    elif not paths.writable():
        raise with_hint(
            DatabaseError(
                f"Datamappen {paths.data_dir} går inte att skriva till, så ingen databas kan skapas där.", "read_only"
            )
        )
    wal_gone = _wal_deleted(path)  # before an open makes a new, empty one
    try:
        if path.exists() and path.stat().st_size > 0:
            # Look before touching: a read-only connection changes nothing (not even the
            # journal mode) in a file that turns out to be damaged or someone else's, and an
            # immutable one does not even make a WAL index beside it. Only a WAL that holds
            # changes needs the ordinary read-only connection to be seen.
            with Database(path, read_only=True, immutable=not _wal_has_changes(path)) as peek:
                _check(peek)
        db = Database(path)
    except DatabaseError as exc:
        if exc.kind in ("damaged", "disk") and wal_gone and _sound(path):
            raise with_hint(
                DatabaseError(
                    f"Databasens loggfil {path.name}-wal har tagits bort medan ett annat hyrdesk har databasen öppen. "
                    f"Databasfilen {path} är hel (kontrollerad) och inget är förlorat: stäng det andra "
                    "hyrdesk-fönstret, så att det skriver tillbaka sina ändringar, och försök sedan igen.",
                    "locked",
                )
            ) from exc
        raise with_hint(exc) from exc
    try:
        migrate(db, paths.backups_dir)
    except DatabaseError as exc:
        db.close()
        raise with_hint(exc) from exc
    except BaseException:
        db.close()
        raise
    return db


def _open_for_reading(paths: Paths) -> Database:
    """The database of a read-only file or folder, opened for reading only, or a ``read_only`` error."""
    path = paths.database
    wal = path.with_name(path.name + "-wal")
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    # Without a writable folder SQLite cannot make the WAL index; reading the file as it
    # is ("immutable") is right only when no WAL holds changes not yet in the file.
    immutable = not folder_writable and not (wal.exists() and wal.stat().st_size > 0)
    refused = DatabaseError(f"Databasen {path} går inte att skriva till (skrivskyddad fil eller mapp).", "read_only")
    try:
        db = Database(path, read_only=True, immutable=immutable)
    except DatabaseError as exc:
        raise with_hint(refused) from exc
    try:
        _check(db)
        needs_migration = db.user_version != latest_version()
    except DatabaseError as exc:
        db.close()
        raise with_hint(exc) from exc
    except sqlite3.Error as exc:
        db.close()
        raise with_hint(refused) from exc
    if needs_migration:  # an older schema must be upgraded, which needs writing
        db.close()
        raise with_hint(refused)
    log.warning("database %s is read-only: opened for reading", path)
    return db


def _wal_deleted(path: Path) -> bool:
    """The WAL is gone but its index (-shm) is not.

    That is what deleting ``-wal`` while another process has the database open
    leaves: the other process still holds the WAL it writes, so nothing is lost
    when it closes normally. With a sound file it is not damage.
    """
    return not path.with_name(path.name + "-wal").exists() and path.with_name(path.name + "-shm").exists()


def _sound(path: Path) -> bool:
    """The database file itself, as it is on disk, passes ``quick_check``."""
    try:
        with Database(path, read_only=True, immutable=True) as peek:
            return not peek.quick_check()
    except (DatabaseError, sqlite3.Error):
        return False


def _wal_has_changes(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _check(db: Database) -> None:
    try:
        who = identify(db.conn)
    except sqlite3.DatabaseError as exc:
        who = None
        problems = [str(exc)]
    if who is not None and not (who.empty or who.hyrdesk):
        raise DatabaseError(
            f"Filen {db.path} är en SQLite-databas från ett annat program ({who.describe()}), inte hyrdesks. "
            "hyrdesk har inte ändrat den.",
            "not_hyrdesk",
        )
    if who is not None:
        try:
            problems = db.quick_check()
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
    if problems:
        raise DatabaseError(f"Databasen {db.path} är skadad (SQLite: {'; '.join(problems[:2])}).", "damaged")
