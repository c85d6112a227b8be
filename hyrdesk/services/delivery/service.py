"""The outbox: every export is kept locally and delivered to the shared folder.

An export is written to the local exports folder first and recorded in the
``export_outbox`` table in the same step, so nothing is lost if the shared
folder is unreachable or the app is closed. Delivery copies the local file
atomically (``atomic.py``) to ``<shared folder>/<unit code>/<name>``, only
ever inside the unit's own folder, and never deletes anything there except
its own temporary files. A failed attempt keeps the item pending with a
Swedish reason; the GUI retries on a timer and at start-up, the CLI with
``hyrdesk sync``.
"""

from __future__ import annotations

import datetime as _dt
import errno
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.atomic import REAL_OPS, FileOps, atomic_copy
from hyrdesk.files.writable import check_writable, explain_os_error
from hyrdesk.progress import Progress
from hyrdesk.services.delivery.ownership import free_target, remove_stale_temps
from hyrdesk.services.settings import SHARED_FOLDER, SettingsService
from hyrdesk.storage.db import Database, inserted_id

log = logging.getLogger(__name__)

PENDING, DELIVERED, SUPERSEDED = "pending", "delivered", "superseded"
NO_SHARED_FOLDER = (
    "Ingen delad mapp är vald. Välj den under Arkiv → Inställningar, eller med "
    "”hyrdesk settings set shared-folder MAPP”."
)


def check_shared_folder(folder: Path | str | None, ops: FileOps = REAL_OPS) -> str | None:
    """None when hyrdesk can create files in the shared ``folder``, else the Swedish reason why not."""
    if folder is None or not str(folder).strip():
        return NO_SHARED_FOLDER
    return check_writable(Path(folder), ops)


@dataclass(frozen=True)
class OutboxItem:
    id: int
    unit_code: str
    kind: str
    period: str
    local_path: Path
    target_name: str
    status: str
    attempts: int
    last_error: str | None
    created_at: str
    last_attempt_at: str | None
    delivered_at: str | None
    delivered_path: str | None

    @property
    def pending(self) -> bool:
        return self.status == PENDING

    @property
    def note(self) -> str | None:
        """For a delivered export: what the user should know (written under another name)."""
        return self.last_error if self.status == DELIVERED else None


@dataclass(frozen=True)
class SyncResult:
    delivered: list[OutboxItem]
    pending: list[OutboxItem]


@dataclass(frozen=True)
class PendingStatus:
    count: int
    reason: str | None  # the latest failure, or why nothing can be tried


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        unit_code=row["unit_code"],
        kind=row["kind"],
        period=row["period"],
        local_path=Path(row["local_path"]),
        target_name=row["target_name"],
        status=row["status"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        last_attempt_at=row["last_attempt_at"],
        delivered_at=row["delivered_at"],
        delivered_path=row["delivered_path"],
    )


def _now() -> _dt.datetime:
    return _dt.datetime.now().replace(microsecond=0)


class DeliveryService:
    def __init__(
        self, db: Database, settings: SettingsService, ops: FileOps = REAL_OPS, clock: Callable[[], _dt.datetime] = _now
    ):
        self.db = db
        self.settings = settings
        self.ops = ops
        self.clock = clock

    def for_thread(self) -> DeliveryService:
        """The same service over its own connection, for a worker thread (writes need their own)."""
        db = self.db.reopen()
        return DeliveryService(db, SettingsService(type(self.settings.repo)(db)), self.ops, self.clock)

    # --- the shared folder --------------------------------------------------
    def shared_folder(self) -> Path | None:
        return self.settings.get(SHARED_FOLDER)

    def check_shared_folder(self) -> str | None:
        return check_shared_folder(self.shared_folder(), self.ops)

    # --- the queue ----------------------------------------------------------------
    def queue(self, unit: Unit, kind: str, period: str, local_path: Path, target_name: str) -> OutboxItem:
        """Record an export for delivery; an older pending export of the same unit, kind and period is superseded."""
        if os.sep in target_name or (os.altsep and os.altsep in target_name) or target_name.startswith("."):
            raise ValueError(f"bad target name {target_name!r}")
        now = self.clock().isoformat()
        with self.db.write() as c:
            c.execute(
                "UPDATE export_outbox SET status = ? WHERE status = ? AND unit_id = ? AND kind = ? AND period = ?",
                (SUPERSEDED, PENDING, unit.id, kind, period),
            )
            cur = c.execute(
                "INSERT INTO export_outbox (unit_id, unit_code, kind, period, local_path, target_name, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (unit.id, unit.code, kind, period, str(local_path), target_name, now),
            )
            item_id = inserted_id(cur)
        return self.get(item_id)

    def get(self, item_id: int) -> OutboxItem:
        row = self.db.query_one("SELECT * FROM export_outbox WHERE id = ?", (item_id,))
        assert row is not None  # ids come from the queue, whose rows are never deleted
        return _item(row)

    def pending(self) -> list[OutboxItem]:
        rows = self.db.query("SELECT * FROM export_outbox WHERE status = ? ORDER BY created_at, id", (PENDING,))
        return [_item(r) for r in rows]

    def recent(self, limit: int = 100) -> list[OutboxItem]:
        """Pending exports first, then the latest delivered ones."""
        rows = self.db.query(
            "SELECT * FROM export_outbox WHERE status != ? "
            "ORDER BY status = ? DESC, COALESCE(delivered_at, created_at) DESC, id DESC LIMIT ?",
            (SUPERSEDED, PENDING, limit),
        )
        return [_item(r) for r in rows]

    def status(self) -> PendingStatus:
        items = self.pending()
        if not items:
            return PendingStatus(0, None)
        if self.shared_folder() is None:
            return PendingStatus(len(items), NO_SHARED_FOLDER)
        latest = max(items, key=lambda i: (i.last_attempt_at or "", i.id))
        return PendingStatus(len(items), latest.last_error)

    # --- delivery -------------------------------------------------------------------
    def tidy(self) -> list[Path]:
        """Remove hyrdesk's own stale temporary files from the unit folders it delivers to."""
        shared = self.shared_folder()
        if shared is None or not Path(shared).is_dir():
            return []
        codes = [r[0] for r in self.db.query("SELECT DISTINCT unit_code FROM export_outbox")]
        removed: list[Path] = []
        for code in codes:
            folder = Path(shared) / code
            if folder.is_dir():
                removed += remove_stale_temps(folder)
        return removed

    def deliver_pending(self, progress: Progress | None = None) -> SyncResult:
        """Try every pending export once; returns what was delivered and what is still pending."""
        self.tidy()
        items = self.pending()
        delivered = []
        for i, item in enumerate(items):
            if progress is not None:
                progress.step(i, len(items), f"Levererar {item.target_name}…")
            if self.deliver(item).status == DELIVERED:
                delivered.append(self.get(item.id))
        return SyncResult(delivered, self.pending())

    def deliver(self, item: OutboxItem) -> OutboxItem:
        """One attempt at delivering ``item``; never raises for file-system trouble."""
        if item.status != PENDING:
            return item
        shared = self.shared_folder()
        if shared is None:
            return self._failed(item, NO_SHARED_FOLDER)
        if not item.local_path.is_file():
            return self._failed(item, f"Den lokala kopian {item.local_path} finns inte längre. Exportera igen.")
        shared = Path(shared)
        # The shared folder itself must already exist: creating it would hide an
        # unmapped network drive behind a new local folder nobody else sees.
        if not shared.is_dir():
            return self._failed(item, explain_os_error(OSError(errno.ENOENT, "missing"), shared))
        folder = shared / item.unit_code
        target = folder / item.target_name
        try:
            if not folder.is_dir():
                self.ops.mkdir(folder)
            remove_stale_temps(folder)  # left by a copy whose folder vanished mid-write
            # Never over a file hyrdesk did not write: beside it, under a new name.
            target, note = free_target(folder, item.target_name, item.unit_code)
            atomic_copy(item.local_path, target, self.ops)
        except OSError as exc:
            log.info("delivery of %s to %s failed: %s", item.local_path, target, exc)
            return self._failed(item, explain_os_error(exc, folder, item.local_path))
        except UserError as exc:
            return self._failed(item, exc.message)
        now = self.clock().isoformat()
        with self.db.write() as c:
            c.execute(
                "UPDATE export_outbox SET status = ?, attempts = attempts + 1, last_error = ?, "
                "last_attempt_at = ?, delivered_at = ?, delivered_path = ? WHERE id = ?",
                (DELIVERED, note, now, now, str(target), item.id),
            )
        log.info("delivered %s to %s", item.local_path, target)
        return self.get(item.id)

    def _failed(self, item: OutboxItem, reason: str) -> OutboxItem:
        with self.db.write() as c:
            c.execute(
                "UPDATE export_outbox SET attempts = attempts + 1, last_error = ?, last_attempt_at = ? WHERE id = ?",
                (reason, self.clock().isoformat(), item.id),
            )
        return self.get(item.id)
