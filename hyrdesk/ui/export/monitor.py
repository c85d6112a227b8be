"""Retrying delivery in the background: at start-up and every two minutes.

A network share that does not answer can block a write for tens of
seconds, so retries run on a worker thread with their own database
connection (``DeliveryService.for_thread``) and no progress dialog; the
status bar and the Export page learn the outcome through ``changed``.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

RETRY_INTERVAL_MS = 2 * 60 * 1000


class _Signals(QObject):
    done = Signal()


class _RetryJob(QRunnable):
    def __init__(self, delivery, signals: _Signals):
        super().__init__()
        self.delivery, self.signals = delivery, signals

    def run(self) -> None:
        try:
            worker = self.delivery.for_thread()
            try:
                worker.deliver_pending()
            finally:
                worker.db.close()
        except Exception:  # noqa: BLE001 - a retry must never take the app down; the next one tries again
            log.exception("background delivery failed")
        self.signals.done.emit()


class DeliveryMonitor(QObject):
    """Owns the retry timer. ``background=False`` (tests) retries inline, deterministically."""

    changed = Signal()

    def __init__(self, delivery, background: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.delivery = delivery
        self.background = background
        self.running = False
        self._signals = _Signals()
        self._signals.done.connect(self._finished)
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
        if self.background:
            QThreadPool.globalInstance().start(_RetryJob(self.delivery, self._signals))
        else:
            _RetryJob(self.delivery, self._signals).run()

    def _finished(self) -> None:
        self.running = False
        self.changed.emit()
