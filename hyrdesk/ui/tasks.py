"""Running long work off the GUI thread, with progress and cancel.

``ThreadTaskRunner`` runs a function on a worker thread and shows a modal
progress dialog with Avbryt; the result or error comes back on the GUI thread.
Tests use ``SyncTaskRunner``, which runs the same function inline.
A task function takes a ``Progress``. It may read through the services, but
writes either happen in ``on_done`` (on the GUI thread, usually one short
transaction) or through a connection of its own (``services.db.reopen()``).
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

TaskFn = Callable[[Progress], Any]
DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _SignalProgress(Progress):
    def __init__(self, signals: _Signals):
        super().__init__()
        self._signals = signals

    def report(self, done: int, total: int | None, text: str) -> None:
        self._signals.progress.emit(done, total or 0, text)


class _Job(QRunnable):
    """Work for the pool. The GUI thread owns the job and drops it only after ``released``.

    Qt objects made on the GUI thread (the signals, whatever ``fn`` holds) must
    not be destroyed on the worker: destroying a QObject there takes Qt's
    connection locks and then waits for the GIL, while the GUI thread, holding
    the GIL, closes the progress dialog and waits for the same locks – the
    window froze for good (found by bench/responsiveness.py).
    """

    def __init__(self, fn: TaskFn, progress: Progress, signals: _Signals):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.progress, self.signals = fn, progress, signals
        self.released = False

    def run(self) -> None:
        signals = self.signals
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            signals.failed.emit(exc)
        else:
            signals.finished.emit(result)
            del result
        self.fn = self.progress = self.signals = signals = None
        self.released = True  # from here on the worker holds nothing the GUI thread made


class ThreadTaskRunner:
    def __init__(self, pool: QThreadPool | None = None):
        self.pool = pool or QThreadPool.globalInstance()
        self._running: dict[_Signals, _Job] = {}
        self._finished: list[_Job] = []  # dropped on the GUI thread once the worker let go (_Job)

    def run(
        self,
        parent: QWidget | None,
        title: str,
        fn: TaskFn,
        on_done: DoneFn,
        on_error: ErrorFn | None = None,
        cancellable: bool = True,
    ) -> None:
        signals = _Signals()
        progress = _SignalProgress(signals)
        cancel_text = QCoreApplication.translate("tasks", "Avbryt") if cancellable else ""
        dialog = QProgressDialog(title, cancel_text, 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(progress.cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done if total else 0)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            self._finished.append(self._running.pop(signals))
            dialog.close()
            dialog.deleteLater()
            QTimer.singleShot(100, self._reap)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                return
            if on_error is None:
                raise exc
            on_error(exc)

        signals.progress.connect(on_progress)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        self._reap()
        job = _Job(fn, progress, signals)
        self._running[signals] = job
        self.pool.start(job)

    def _reap(self) -> None:
        self._finished = [job for job in self._finished if not job.released]

    def wait(self) -> None:
        self.pool.waitForDone()
        self._reap()


class SyncTaskRunner:
    """Runs the task inline: deterministic for tests."""

    def run(self, parent, title, fn, on_done, on_error=None, cancellable=True) -> None:
        try:
            result = fn(Progress())
        except Cancelled:
            return
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        on_done(result)

    def wait(self) -> None:
        pass
