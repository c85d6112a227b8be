"""Retrying delivery in the background: at start-up and every two minutes.

A network share that does not answer can block a write for tens of
seconds, so retries run on a worker thread with their own database
connection (``DeliveryService.for_thread``) and no progress dialog; the
status bar and the Export page learn the outcome through ``changed``.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from hyrdesk.services.delivery.service import DeliveryService

log = logging.getLogger(__name__)

RETRY_INTERVAL_MS = 2 * 60 * 1000


def _retry(delivery: DeliveryService) -> None:
    """One try of every pending export, on a worker with its own database connection."""
    try:
        worker = delivery.for_thread()
        try:
            worker.deliver_pending()
        finally:
            worker.db.close()
    except Exception:
        log.exception("background delivery failed")


class DeliveryMonitor(QObject):
    """Owns the retry timer. Tries run through ``runner.run_quietly`` (inline with the tests' SyncTaskRunner)."""

    changed = Signal()

    def __init__(self, delivery: DeliveryService, runner, parent: QObject | None = None):
        super().__init__(parent)
        self.delivery = delivery
        self.runner = runner
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.retry)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.retry)  # at start-up, once the window is up (dropped if we are gone)

    def retry(self) -> None:
        """Try the pending exports once, unless a try is already running or nothing waits."""
        if self.running:
            return
        try:
            if not self.delivery.pending():
                return
        except sqlite3.Error:  # the database was closed under us (the window is closing)
            return
        self.running = True
        self.runner.run_quietly(lambda: _retry(self.delivery), self._finished)

    def _finished(self) -> None:
        self.running = False
        self.changed.emit()
