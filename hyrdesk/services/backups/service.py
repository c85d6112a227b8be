"""Backups of the database: listed, made, rotated and restored (GUI and CLI share this).

Every copy lives in ``backups/`` in the data folder as
``<kind>-<YYYYMMDD-HHMMSS>.sqlite3``; the copy taken before a schema upgrade
(made by ``storage.migrations``) also names the schema it came from:
``fore-uppgradering-v1-20261122-081500.sqlite3``. Copies are made with
SQLite's online backup API (:meth:`Database.backup_to`: consistent while the
program runs, written under a temporary name and renamed when whole).

Kinds and how long they are kept (``backup-keep``, default 10):

* ``daglig``   – made at start-up when the newest copy is from an earlier day;
* ``manuell``  – made on request (Skapa nu, ``hyrdesk backup create``);
* ``fore-uppgradering`` – made before a migration;
* ``fore-aterstallning`` – the database as it was just before a restore.

The newest N of *each* kind are kept, so daily copies never push out a copy
made before an upgrade or a restore. Other ``.sqlite3`` files a user puts in
the folder are listed (kind "annan") and never deleted.

A restore never leaves a half-restored file: the chosen copy must pass
``PRAGMA integrity_check`` and be a hyrdesk schema this version can open; the
current database is first saved (a ``fore-aterstallning`` copy, or, when it
is itself damaged, moved aside as ``<name>.skadad-<time>``); then the copy is
written into the live file with the backup API, in one transaction.
"""

from __future__ import annotations

import datetime as _dt
import errno
import logging
import os
import re
import socket
import sqlite3
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from hyrdesk.errors import DatabaseError, UserError
from hyrdesk.files.space import disk_full_message
from hyrdesk.paths import Paths
from hyrdesk.services.settings import BACKUP_KEEP, SettingsService
from hyrdesk.storage.db import Database
from hyrdesk.storage.identity import identify
from hyrdesk.storage.migrations import latest_version, migrate

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
DAMAGED_MARK = "skadad"


class BackupKind(str, Enum):
    DAILY = "daglig"
    MANUAL = "manuell"
    BEFORE_UPGRADE = "fore-uppgradering"
    BEFORE_RESTORE = "fore-aterstallning"
    OTHER = "annan"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    BackupKind.DAILY: "Automatisk (daglig)",
    BackupKind.MANUAL: "Skapad av dig",
    BackupKind.BEFORE_UPGRADE: "Före uppgradering",
    BackupKind.BEFORE_RESTORE: "Före återställning",
    BackupKind.OTHER: "Annan fil",
}

_NAME = re.compile(
    r"^(?P<kind>daglig|manuell|fore-uppgradering|fore-aterstallning)"
    r"(?:-v(?P<schema>\d+))?-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?\.sqlite3$"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: BackupKind
    created: _dt.datetime
    size: int
    from_schema: int | None = None  # for copies made before an upgrade

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        if self.kind is BackupKind.BEFORE_UPGRADE and self.from_schema is not None:
            return f"{self.kind.label} (schema {self.from_schema})"
        return self.kind.label


@dataclass(frozen=True)
class RestoreResult:
    backup: Backup
    schema: int
    safety_copy: Backup | None  # the database as it was, when it could be copied
    moved_aside: Path | None  # the damaged database, moved aside instead


# --- listing ----------------------------------------------------------------------
def parse_backup(path: Path) -> Backup | None:
    """The backup a file in the backups folder is, or None for files that are not copies."""
    if path.suffix != SUFFIX or not path.is_file():
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    m = _NAME.match(path.name)
    if m is None:
        created = _dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        return Backup(path, BackupKind.OTHER, created, size)
    created = _dt.datetime.strptime(m.group("stamp"), STAMP_FORMAT)
    schema = int(m.group("schema")) if m.group("schema") else None
    return Backup(path, BackupKind(m.group("kind")), created, size, schema)


def list_backups(backups_dir: Path) -> list[Backup]:
    """Every copy in the folder, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [b for b in (parse_backup(p) for p in backups_dir.iterdir()) if b is not None]
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def find_backup(backups_dir: Path, name: str) -> Backup:
    """A copy by its file name (with or without ``.sqlite3``), as ``backup list`` shows it."""
    wanted = Path(name.strip()).name
    for b in list_backups(backups_dir):
        if wanted in (b.name, b.path.stem):
            return b
    raise UserError(f"Det finns ingen säkerhetskopia som heter ”{wanted}”. Se vilka som finns med: hyrdesk backup list")


# --- making and rotating ------------------------------------------------------------
def backup_name(kind: BackupKind, when: _dt.datetime, from_schema: int | None = None) -> str:
    schema = f"-v{from_schema}" if from_schema is not None else ""
    return f"{kind.value}{schema}-{when.strftime(STAMP_FORMAT)}{SUFFIX}"


def _backup_failed(db: Database, target: Path, exc: BaseException) -> str:
    text = str(exc).lower()
    if getattr(exc, "errno", None) in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or "disk is full" in text:
        try:
            size = db.path.stat().st_size
        except OSError:
            size = None
        return "Säkerhetskopian kunde inte skapas. " + disk_full_message(target.parent, size, target.name)
    if isinstance(exc, OSError) and exc.strerror:
        return f"Säkerhetskopian {target.name} kunde inte skapas i {target.parent} ({exc.strerror})."
    return f"Säkerhetskopian {target.name} kunde inte skapas i {target.parent} ({exc})."


def create_backup(db: Database, backups_dir: Path, kind: BackupKind, now: _dt.datetime | None = None) -> Backup:
    """A copy of ``db`` through the backup API; never overwrites an existing copy."""
    now = (now or _dt.datetime.now()).replace(microsecond=0)
    base = backup_name(kind, now)[: -len(SUFFIX)]
    target = backups_dir / f"{base}{SUFFIX}"
    seq = 2
    while target.exists():  # two copies in the same second
        target = backups_dir / f"{base}-{seq}{SUFFIX}"
        seq += 1
    try:
        db.backup_to(target)
    except (sqlite3.Error, OSError) as exc:
        raise UserError(_backup_failed(db, target, exc)) from exc
    log.info("backup %s made (%s)", target.name, kind.value)
    backup = parse_backup(target)
    assert backup is not None
    return backup


def prune(backups_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` copies of each kind; files of kind "annan" stay.

    A ``.partial`` file is a copy that a crash interrupted (never a whole copy);
    one older than an hour is no longer being written and goes too.
    """
    removed: list[Path] = []
    stale = _dt.datetime.now().timestamp() - 3600
    for partial in backups_dir.glob(f"*{SUFFIX}.partial"):
        try:
            if partial.stat().st_mtime < stale:
                partial.unlink()
                removed.append(partial)
        except OSError:
            pass
    seen: dict[BackupKind, int] = {}
    for b in list_backups(backups_dir):
        if b.kind is BackupKind.OTHER:
            continue
        seen[b.kind] = seen.get(b.kind, 0) + 1
        if seen[b.kind] > keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:  # a copy we cannot delete is no reason to stop
                log.warning("could not delete old backup %s: %s", b.path, exc)
    return removed


def daily_backup_due(backups_dir: Path, now: _dt.datetime | None = None) -> bool:
    """True when no copy was made today (any kind counts)."""
    today = (now or _dt.datetime.now()).date()
    return not any(b.created.date() >= today for b in list_backups(backups_dir) if b.kind is not BackupKind.OTHER)


# --- checking a copy ------------------------------------------------------------------
def verify_backup(path: Path) -> int:
    """The schema version of a sound hyrdesk copy; a UserError saying why not otherwise."""
    name = path.name
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UserError(f"Säkerhetskopian {name} går inte att öppna: {exc}") from exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise UserError(f"Säkerhetskopian {name} är skadad ({'; '.join(rows[:2])}). Välj en annan kopia.")
        who = identify(conn)
        version = who.user_version
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"Säkerhetskopian {name} är skadad eller ingen hyrdesk-databas ({exc}). Välj en annan kopia."
        ) from exc
    finally:
        conn.close()
    if version < 1 or not who.hyrdesk:
        raise UserError(f"{name} är ingen hyrdesk-databas. Välj en annan kopia.")
    if version > latest_version():
        raise UserError(
            f"Säkerhetskopian {name} kommer från en nyare version av hyrdesk (schema {version}); "
            "uppdatera hyrdesk för att kunna återställa den."
        )
    return int(version)


# --- restoring and setting aside ----------------------------------------------------------
def companion_files(db_path: Path) -> list[Path]:
    """The file and the journal files SQLite keeps beside it (they belong together)."""
    return [db_path.with_name(db_path.name + s) for s in ("", "-wal", "-shm", "-journal")]


def move_aside(db_path: Path, now: _dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its journal files) to ``<name>.skadad-<time>``; never deletes."""
    stamp = (now or _dt.datetime.now()).strftime(STAMP_FORMAT)
    target = db_path.with_name(f"{db_path.name}.{DAMAGED_MARK}-{stamp}")
    seq = 2
    while target.exists():
        target = db_path.with_name(f"{db_path.name}.{DAMAGED_MARK}-{stamp}-{seq}")
        seq += 1
    try:
        for src, dst in zip(companion_files(db_path), companion_files(target)):
            if src.exists():
                os.replace(src, dst)
    except OSError as exc:
        raise UserError(f"Databasen {db_path} kunde inte flyttas undan: {exc}") from exc
    log.warning("moved %s aside to %s", db_path, target)
    return target


def _save_current(paths: Paths, now: _dt.datetime) -> tuple[Backup | None, Path | None]:
    """Keep the database that is about to be replaced: a copy if it is sound, else move it aside."""
    live = paths.database
    if not live.exists():
        return None, None
    if live.stat().st_size == 0:
        return None, move_aside(live, now)
    try:
        db = Database(live)
    except DatabaseError as exc:
        if exc.kind in ("locked", "read_only", "disk"):
            raise
        return None, move_aside(live, now)
    try:
        try:
            sound = not db.quick_check()
        except sqlite3.DatabaseError:
            sound = False
        if sound:
            return create_backup(db, paths.backups_dir, BackupKind.BEFORE_RESTORE, now), None
    finally:
        db.close()
    return None, move_aside(live, now)


def restore_backup(paths: Paths, backup: Backup, now: _dt.datetime | None = None) -> RestoreResult:
    """Replace the live database with ``backup``. Every connection to it must be closed first."""
    now = now or _dt.datetime.now()
    schema = verify_backup(backup.path)
    safety, moved = _save_current(paths, now)
    src = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = Database(paths.database)
        try:
            # One step (pages=-1): the whole copy is one write transaction on the live
            # file, so a crash leaves the old content or the new, never a mixture.
            src.backup(dest.conn, pages=-1)
            problems = dest.quick_check()
            if problems or dest.user_version != schema:  # pragma: no cover - defensive
                raise UserError(
                    f"Återställningen från {backup.name} kunde inte kontrolleras: {'; '.join(problems[:2])}"
                )
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise UserError(
            f"Återställningen från {backup.name} misslyckades: {exc}. Den tidigare databasen finns kvar."
        ) from exc
    finally:
        src.close()
    log.info("restored %s from %s (schema %d)", paths.database, backup.name, schema)
    return RestoreResult(backup, schema, safety, moved)


def describe_restore(result: RestoreResult) -> str:
    """What a restore did, in one or two sentences (CLI output, GUI confirmation)."""
    text = f"Databasen är återställd från {result.backup.name}."
    if result.safety_copy is not None:
        text += f" Den tidigare databasen sparades som {result.safety_copy.name}."
    if result.moved_aside is not None:
        text += f" Den skadade databasen flyttades undan till {result.moved_aside.name}."
    return text


# --- another copy of the program -------------------------------------------------------------
def gui_running(paths: Paths) -> bool:
    """Whether a live hyrdesk window holds this data folder's lock (QLockFile's file format).

    A restore from the CLI under an open window would leave the window showing
    data that is no longer there, so the CLI refuses while one is open.
    """
    try:
        lines = paths.lock_file.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    if len(lines) > 2 and lines[2] and lines[2] != socket.gethostname():
        return False
    # Line 5 is the boot id (line 4 the machine id): a lock from before a reboot is stale.
    boot_id = Path("/proc/sys/kernel/random/boot_id")
    if len(lines) > 4 and lines[4] and boot_id.exists():
        try:
            if boot_id.read_text().strip().replace("-", "") != lines[4].strip().replace("-", ""):
                return False  # the lock is from before the last reboot
        except OSError:
            pass
    return _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would terminate the process on Windows
        import ctypes  # Windows only, so imported here

        handle = ctypes.windll.kernel32.OpenProcess(0x100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- the service the running program uses ----------------------------------------------------
class BackupService:
    def __init__(self, paths: Paths, db: Database, settings: SettingsService):
        self.paths = paths
        self.db = db
        self.settings = settings
        self.daily_error: str | None = None  # why today's start-up copy failed, if it did

    @property
    def keep(self) -> int:
        return self.settings.get(BACKUP_KEEP)

    def list(self) -> list[Backup]:
        return list_backups(self.paths.backups_dir)

    def create(self, kind: BackupKind = BackupKind.MANUAL, db: Database | None = None) -> Backup:
        """A copy now (``db``: another thread's connection), then rotate."""
        backup = create_backup(db or self.db, self.paths.backups_dir, kind)
        prune(self.paths.backups_dir, self.keep)
        return backup

    def create_in_worker(self, kind: BackupKind = BackupKind.MANUAL) -> Backup:
        """``create`` for a worker thread: the copy is read through a connection of its own, closed after."""
        db = self.db.reopen()
        try:
            return self.create(kind, db=db)
        finally:
            db.close()

    def daily_if_due(self, now: _dt.datetime | None = None) -> Backup | None:
        """The start-up copy: once a day, and only once there is something of the user's to keep."""
        self.daily_error = None
        if self.db.read_only:  # nothing can change, and nothing can be written beside it
            return None
        if not daily_backup_due(self.paths.backups_dir, now):
            return None
        if not self.db.scalar("SELECT count(*) FROM units"):
            return None
        try:
            backup = create_backup(self.db, self.paths.backups_dir, BackupKind.DAILY, now)
            prune(self.paths.backups_dir, self.keep)
        except (UserError, OSError) as exc:  # e.g. a full disk: start anyway, and say so
            self.daily_error = exc.message if isinstance(exc, UserError) else str(exc)
            log.error("daily backup failed: %s", self.daily_error)
            return None
        return backup

    def restore(self, backup: Backup) -> RestoreResult:
        """Restore in place: close this connection, restore, reopen and upgrade the copy's schema."""
        verify_backup(backup.path)  # before closing anything: a bad choice changes nothing
        self.db.close()
        try:
            result = restore_backup(self.paths, backup)
        finally:
            self.db.reconnect()
        migrate(self.db, self.paths.backups_dir)
        prune(self.paths.backups_dir, self.keep)
        return result
