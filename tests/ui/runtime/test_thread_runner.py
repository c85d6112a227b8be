"""ThreadTaskRunner with a real worker thread: results and errors come back, and jobs are let go."""

from hyrdesk.progress import Progress
from hyrdesk.ui.runtime.tasks import ThreadTaskRunner


def test_results_and_errors_come_back_and_no_job_is_kept(qtbot):
    runner = ThreadTaskRunner()
    done, failed = [], []

    def work(i):
        def fn(progress: Progress):
            progress.step(0, 1, "…")
            if i % 5 == 4:
                raise ValueError(f"fel {i}")
            return i * 2

        return fn

    for i in range(20):  # one after another, as a user clicking export again and again
        runner.run(None, "Arbetar", work(i), done.append, failed.append)
        qtbot.waitUntil(lambda i=i: len(done) + len(failed) == i + 1, timeout=10_000)
    runner.wait()
    assert done == [i * 2 for i in range(20) if i % 5 != 4]
    assert [str(e) for e in failed] == ["fel 4", "fel 9", "fel 14", "fel 19"]
    assert not runner._running  # every task handed over and let go


def test_quiet_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot):
    import threading

    runner = ThreadTaskRunner()
    ran_on, told_on = [], []
    runner.run_quietly(
        lambda: ran_on.append(threading.current_thread()), lambda: told_on.append(threading.current_thread())
    )
    qtbot.waitUntil(lambda: bool(told_on), timeout=10_000)
    assert ran_on[0] is not threading.main_thread()
    assert told_on == [threading.main_thread()]
    assert not runner._running


def test_delivery_retries_run_off_the_gui_thread(qtbot, services, unit, tmp_path):
    """A network share that hangs must not freeze the window (the retry used to run inline)."""
    import threading

    from hyrdesk.services.line_dialogue.service import last_complete_month
    from hyrdesk.services.settings import SHARED_FOLDER
    from hyrdesk.ui.export.monitor import DeliveryMonitor

    services.settings.set(SHARED_FOLDER, tmp_path / "delad")  # missing: the export waits
    path = services.exports.write(unit, last_complete_month())
    services.exports.enqueue(unit, last_complete_month(), path)
    threads = []
    original = services.delivery.for_thread

    def for_thread():
        threads.append(threading.current_thread())
        return original()

    services.delivery.for_thread = for_thread
    runner = ThreadTaskRunner()
    monitor = DeliveryMonitor(services.delivery, runner)
    changed = []
    monitor.changed.connect(lambda: changed.append(1))
    (tmp_path / "delad").mkdir()
    monitor.retry()
    qtbot.waitUntil(lambda: bool(changed), timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert services.delivery.pending() == []


def test_the_gui_start_up_alone_shortens_the_switch_interval():
    """Every cell Qt paints from a Python model needs the GIL: in the GUI a worker must let go
    within 0.5 ms. The setting is process-wide, so only the GUI start-up makes it."""
    import sys

    from hyrdesk.ui.runtime.interpreter import SWITCH_INTERVAL_S, tune_for_gui

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default
        ThreadTaskRunner()
        assert sys.getswitchinterval() == 0.005  # building a runner changes nothing for the process
        tune_for_gui()
        assert sys.getswitchinterval() <= SWITCH_INTERVAL_S
    finally:
        sys.setswitchinterval(before)


def test_a_task_runs_as_bulk_work_and_the_collector_is_back_after(qtbot):
    import gc

    runner = ThreadTaskRunner()
    seen: list[bool] = []
    runner.run(None, "t", lambda progress: gc.isenabled(), seen.append)
    runner.wait()
    assert seen == [False]
    assert gc.isenabled()


def test_a_finished_task_lets_go_of_its_result(qtbot):
    """Each task's timer, closure and future used to stay for the whole session, and with them
    the result: a whole imported table per import."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    class Result:
        pass

    runner = ThreadTaskRunner()
    refs, handed = [], []
    gc.disable()  # reference counting alone must free it: a full collection may be far off (ui/runtime/heap.py)
    try:
        runner.run(None, "Arbetar", lambda _p: Result(), lambda r: (refs.append(weakref.ref(r)), handed.append(1)))
        runner.run_quietly(Result, lambda: handed.append(2))
        qtbot.waitUntil(lambda: len(handed) == 2, timeout=10_000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert refs[0]() is None
    finally:
        gc.enable()
    assert not runner._running


def test_closing_the_owner_while_its_task_runs_cancels_quietly(qtbot):
    """An import wizard closed mid-preview is deleted, and its progress dialog with it: the task is
    cancelled and nothing is handed to the gone wizard (it used to raise RuntimeError per poll)."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    owner.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    owner.show()
    runner = ThreadTaskRunner()
    cancelled, handed = [], []

    def work(progress: Progress):
        for i in range(200):
            try:
                progress.step(i, 200, "…")
            except Exception:
                cancelled.append(i)
                raise
            time.sleep(0.01)
        return "klart"

    runner.run(owner, "Arbetar", work, handed.append, handed.append)
    qtbot.wait(100)
    owner.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not runner._running, timeout=10_000)
    assert cancelled and handed == []
