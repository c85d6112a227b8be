"""A thin, typed wrapper around one SQLite database file.

Rules it enforces on every connection (docs/architecture.md, "Storage"):
WAL journal, ``synchronous=FULL``, foreign keys on, a busy timeout, and
``BEGIN IMMEDIATE`` for every write transaction. A read that later turns into
a write under a plain ``BEGIN`` fails with "database is locked" as soon as a
second process (the CLI beside the GUI) writes; taking the write lock up front
makes the second writer wait for the busy timeout instead.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hyrdesk.errors import DatabaseError
from hyrdesk.files.fsync import fsync_path
from hyrdesk.files.space import format_size, free_space

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row an ``INSERT`` on ``cur`` just added (sqlite3 types ``lastrowid`` as optional)."""
    row_id = cur.lastrowid
    assert row_id is not None  # an INSERT always sets it
    return row_id


class Database:
    """One connection to the hyrdesk database.

    The connection may be *read* from a worker thread (an import preview runs
    off the GUI thread while the GUI waits behind a progress dialog; SQLite
    serialises access to one connection). Writes from another thread use
    their own connection (:meth:`reopen`), so that two transactions never
    interleave on one connection.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False, immutable: bool = False):
        self.path = Path(path)
        self.read_only = read_only or immutable
        # In a folder nobody may write to, SQLite cannot make the WAL index (-shm) a
        # read-only connection needs; ``immutable`` reads the file as it is instead.
        self.immutable = immutable
        self._depth = 0
        self.conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.read_only:
                uri = f"{self.path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if self.immutable else "")
                conn = sqlite3.connect(
                    uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
                )
            else:
                conn = sqlite3.connect(
                    self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
                )
        except sqlite3.OperationalError as exc:
            raise DatabaseError(f"Databasen {self.path} kan inte öppnas: {exc}", _kind(exc)) from exc
        try:
            self._configure(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DatabaseError(_explain(self.path, exc), _kind(exc)) from exc
        return conn

    def _configure(self, c: sqlite3.Connection) -> None:
        c.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not self.read_only:
            mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":  # pragma: no cover - e.g. a file system without shared memory
                log.warning("journal_mode is %s, not WAL", mode)
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")

    def reopen(self) -> Database:
        """A new connection to the same file, for another thread."""
        return Database(self.path, read_only=self.read_only, immutable=self.immutable)

    def close(self) -> None:
        self.conn.close()

    def reconnect(self) -> None:
        """Close and open the connection again, in place (after a restore replaced the file).

        Repositories hold this object, not the connection, so they carry on
        with the new file.
        """
        if self._depth:
            raise RuntimeError("reconnect inside a transaction")
        self.conn.close()
        self.conn = self._connect()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ----------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on error.

        Nested use joins the outer transaction, so a service can call another
        service's write inside its own and both commit (or neither does).
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise DatabaseError(_explain(self.path, exc), _kind(exc)) from exc
        self._depth = 1
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            # A read-only file, a full disk, a lock held too long: a message, not a crash.
            self._depth = 0
            self._rollback()
            raise DatabaseError(_explain(self.path, exc), _kind(exc)) from exc
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise DatabaseError(_explain(self.path, exc), _kind(exc)) from exc

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # --- reading -----------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        cur = self.conn.cursor()
        cur.row_factory = sqlite3.Row
        return cur.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Row | None:
        cur = self.conn.cursor()
        cur.row_factory = sqlite3.Row
        row: sqlite3.Row | None = cur.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        """Run one statement; writes must be inside :meth:`write`."""
        if not self._depth and not _is_read(sql):
            raise RuntimeError("write outside a transaction: use `with db.write():`")
        return self.conn.execute(sql, params)

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def quick_check(self) -> list[str]:
        """Problems ``PRAGMA quick_check`` reports; an empty list means the file is sound."""
        rows = [r[0] for r in self.conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def backup_to(self, target: Path) -> Path:
        """A consistent copy through SQLite's online backup API.

        The copy is written under a temporary name, switched out of WAL mode
        (one self-contained file) and synced before it is renamed, so a copy
        under its final name is always whole.
        """
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            self.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        except BaseException:
            dest.close()
            partial.unlink(missing_ok=True)
            raise
        dest.close()
        fsync_path(partial)
        os.replace(partial, target)
        fsync_path(target.parent)
        return target


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _is_read(sql: str) -> bool:
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    return head in {"SELECT", "WITH", "PRAGMA", "EXPLAIN"}


def _kind(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "locked"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "damaged"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk is full" in text or "disk i/o" in text:
        return "disk"
    return "other"


def _explain(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "disk is full" in text:
        free = free_space(path.parent)
        room = f" ({format_size(free)} ledigt)" if free is not None else ""
        return (
            f"Disken är full{room}, så ändringen i databasen {path} kunde inte sparas. Frigör minst "
            f"{format_size(max(_size(path) // 10, 10 << 20))} och försök igen; inget annat har ändrats."
        )
    if "disk i/o" in text:
        return f"Ett fel på disken hindrade hyrdesk från att läsa eller skriva {path}. Inget har sparats av den senaste ändringen."
    if "locked" in text or "busy" in text:
        return f"Databasen {path} används av ett annat program just nu. Försök igen om en stund."
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"Filen {path} är ingen hel hyrdesk-databas (den är skadad eller av fel sort)."
    if "readonly" in text or "read-only" in text:
        return (
            f"Databasen {path} går inte att skriva till (skrivskyddad fil eller mapp), så ändringen sparades inte. "
            "Ge ditt konto skrivrätt till filen och mappen, eller välj en annan datamapp med --data-dir."
        )
    return f"Databasen {path} kan inte användas: {exc}"
