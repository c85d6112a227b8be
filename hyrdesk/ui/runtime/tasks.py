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
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from hyrdesk.progress import Cancelled, Progress
from hyrdesk.ui.runtime import heap

log = logging.getLogger(__name__)

TaskFn = Callable[[Progress], Any]
DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]

POLL_MS = 40  # how often the GUI thread looks at a running task: smooth, and cheap


class _PolledProgress(Progress):
    """Progress the worker writes into plain attributes; the GUI thread reads them on a timer.

    No Qt object is touched from the worker at all: creating, signalling or
    destroying QObjects across threads deadlocked against the progress dialog
    (found by bench/responsiveness.py), and plain attributes need no locks.
    """

    def __init__(self) -> None:
        super().__init__()
        self.latest: tuple[int, int, str] | None = None

    def report(self, done: int, total: int | None, text: str) -> None:
        self.latest = (done, total or 0, text)


class ThreadTaskRunner:
    def __init__(self, workers: int = 2):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hyrdesk-task")
        # Chores (delivery retries) get a thread of their own: a network share that hangs
        # must not hold up an import or an export.
        self._chores = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hyrdesk-chore")
        self._running: dict[Future, QTimer] = {}

    def run(
        self,
        parent: QWidget | None,
        title: str,
        fn: TaskFn,
        on_done: DoneFn,
        on_error: ErrorFn | None = None,
        cancellable: bool = True,
    ) -> None:
        progress = _PolledProgress()
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
        heap.tidy()  # here, not on the worker (ui/runtime/heap.py)
        shown: list[tuple[int, int, str] | None] = [None]

        def owner_gone() -> bool:
            # The dialog goes with its parent: a wizard closed (and deleted) while its task ran.
            return not isValid(dialog)

        def show_progress() -> None:
            if owner_gone():
                progress.cancel()  # nobody is waiting for the result any more
                return
            latest = progress.latest
            if latest is not None and latest != shown[0]:
                shown[0] = latest
                done, total, text = latest
                dialog.setMaximum(total)
                dialog.setValue(done if total else 0)
                if text:
                    dialog.setLabelText(text)

        def finished(future: Future) -> None:
            if owner_gone():
                return
            dialog.close()
            dialog.deleteLater()
            exc = future.exception()
            if exc is None:
                on_done(future.result())
            elif isinstance(exc, Cancelled):
                return
            else:
                log.error("background task failed", exc_info=exc)
                if on_error is None:
                    raise exc
                on_error(exc)

        self._watch(self._pool.submit(_as_bulk_work, fn, progress), show_progress, finished)

    def run_quietly(self, fn: Callable[[], Any], on_done: Callable[[], None]) -> None:
        """Run ``fn`` on a worker with no dialog (background chores); ``on_done`` on the GUI thread after.

        ``fn`` should handle its own errors: nobody is there to be told, so the rest are logged.
        """

        def finished(future: Future) -> None:
            if future.exception() is not None:
                log.error("background chore failed", exc_info=future.exception())
            on_done()

        self._watch(self._chores.submit(fn), None, finished)

    def _watch(self, future: Future, on_tick: Callable[[], None] | None, on_finished: Callable[[Future], None]) -> None:
        """Look at ``future`` from the GUI thread every POLL_MS; when it is done, let go and hand over."""
        timer = QTimer()
        timer.setInterval(POLL_MS)
        self._running[future] = timer
        # PySide keeps the connected closure with the timer, in a cycle only a full collection
        # frees: the closure must not keep the task (and its result, a whole table) from then on.
        watched = [future]

        def poll() -> None:
            if on_tick is not None:
                on_tick()
            task = watched[0] if watched else None
            if task is None or not task.done():
                return
            watched.clear()
            timer.stop()
            timer.deleteLater()
            self._running.pop(task, None)
            on_finished(task)

        timer.timeout.connect(poll)
        timer.start()

    def wait(self) -> None:
        """Block until every task has finished and its result has been handed over (tests, shutdown)."""
        while self._running:
            for future in list(self._running):
                future.exception()  # waits for the worker
            QCoreApplication.processEvents()
            for future, timer in list(self._running.items()):
                if future.done() and future in self._running:  # an earlier poll may have handed it over
                    timer.timeout.emit()


def _as_bulk_work(fn: TaskFn, progress: Progress) -> Any:
    """Run a task on the worker with the collector paused: what it builds (a whole table) is
    cycle-free and would only make a full collection stall the window (ui/runtime/heap.py)."""
    with heap.bulk_work():
        return fn(progress)


class SyncTaskRunner:
    """Runs the task inline: deterministic for tests."""

    def run_quietly(self, fn, on_done) -> None:
        fn()
        on_done()

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
