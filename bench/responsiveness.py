"""Responsiveness: the longest the GUI thread is blocked during import, export, sync and roll-up.

A watchdog ``QTimer`` ticks every 10 ms on the GUI thread and records the
longest gap between two ticks (minus the 10 ms interval) while the work runs
the way the app runs it: through ``ThreadTaskRunner`` (worker thread, modal
progress dialog) and the GUI-thread callbacks that follow.

* import: the ledger import wizard on a 100,000-row xlsx (read the file,
  mapping step, preview of every row, commit);
* export: the line-dialogue workbook (as Export och delning does);
* sync: delivering 12 queued exports to the shared folder (Leverera nu);
* roll-up: the Sammanställning tab scanning the shared folder.

The baseline is the same watchdog with nothing running (timer jitter of a
busy machine). Target: longest block under 100 ms. Median of RUNS runs.

Run: ``.venv/bin/python bench/responsiveness.py [--quick]``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TICK_MS = 10


class Watchdog:
    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()  # a block at the very end counts too
        self.timer.stop()
        return max(0.0, self.longest - TICK_MS / 1000)


def wait_until(cond, timeout: float = 600.0) -> None:
    """Run the event loop (as the app would) until cond() is true."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if cond() else None)
    poll.start()
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("the task did not finish")
        loop.exec()
    poll.stop()


def main(argv: list[str] | None = None) -> list[dict]:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    runs = 5
    n = 20_000 if quick else 100_000

    import costs_import  # bench/costs_import.py: the ledger file builder
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from hyrdesk.paths import Paths
    from hyrdesk.services.demo.builder import create_demo
    from hyrdesk.services.demo.costs import DEMO_ACCOUNTS
    from hyrdesk.services.line_dialogue.service import last_complete_month
    from hyrdesk.services.settings import SHARED_FOLDER
    from hyrdesk.ui.export.rollup_tab import RollupTab
    from hyrdesk.ui.runtime import heap
    from hyrdesk.ui.runtime.tasks import ThreadTaskRunner
    from hyrdesk.ui.widgets.import_wizard import ImportWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    failures: list[str] = []
    # The wizard reports with message boxes; a modal box would stop the benchmark.
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    QMessageBox.warning = staticmethod(lambda _p, _t, text, *a, **k: failures.append(text))

    folder = Path(tempfile.mkdtemp(prefix="hyrdesk-bench-resp-"))
    services = create_demo(Paths(folder / "data"))
    unit = services.units.current()
    for spec, kind, category in DEMO_ACCOUNTS:
        services.costs.accounts.set(spec, kind, category)
    shared = folder / "delad"
    shared.mkdir()
    services.settings.set(SHARED_FOLDER, str(shared))
    xlsx, _csv = costs_import.write_files(folder, n)
    last = last_complete_month()
    from hyrdesk.ui.runtime.interpreter import tune_for_gui

    tune_for_gui()  # as run_gui does
    runner = ThreadTaskRunner()
    window = QWidget()
    window.resize(1000, 700)
    window.show()
    heap.settle()  # as the app does once its window is drawn
    dog = Watchdog()

    def run_task(title, fn):
        box = {}
        runner.run(window, title, fn, lambda r: box.setdefault("done", r), lambda e: box.setdefault("error", e))
        wait_until(lambda: box)
        if "error" in box:
            raise box["error"]
        return box["done"]

    def do_import():
        wizard = ImportWizard(services.costs.importer(unit), services.settings, runner, window)
        wizard.open_file(xlsx)
        wait_until(lambda: wizard.table is not None or failures)
        wizard._next()  # Förhandsgranska
        wait_until(lambda: wizard.preview is not None or failures)
        wizard._next()  # Importera: the commit
        wizard.deleteLater()

    def do_export():
        out = services.exports
        return run_task("Exporterar", lambda p: out.write(unit, last, None, p))

    def queue_exports():
        for k in range(12):
            path = services.exports.write(unit, last - k)
            services.exports.enqueue(unit, last - k, path)

    def do_sync():
        delivery = services.delivery

        def work(progress):
            worker = delivery.for_thread()
            try:
                return worker.deliver_pending(progress)
            finally:
                worker.db.close()

        return run_task("Levererar", work)

    def do_rollup():
        tab = RollupTab(services.settings, services.rollup, runner)
        tab.folder.setText(str(shared))
        tab.rollup = None
        tab.run()
        wait_until(lambda: tab.rollup is not None or failures)
        tab.deleteLater()

    def idle():
        wait_until(lambda: time.perf_counter() > t_idle[0] + 1.0)

    t_idle = [0.0]
    cases = {
        "idle (baseline)": (None, idle),
        f"import {n // 1000}k-row ledger (wizard)": (None, do_import),
        "export line-dialogue workbook": (None, do_export),
        "sync 12 exports": (queue_exports, do_sync),
        "roll-up shared folder": (None, do_rollup),
    }
    results: dict[str, list[float]] = {name: [] for name in cases}
    try:
        for _ in range(runs):  # interleaved, so a busy spell hits every case alike
            for name, (setup, fn) in cases.items():
                if setup:
                    setup()
                app.processEvents()
                t_idle[0] = time.perf_counter()
                dog.start()
                fn()
                results[name].append(dog.stop())
                if failures:
                    raise RuntimeError(f"{name}: {failures}")
    finally:
        runner.wait()
        window.close()
        services.close()
        shutil.rmtree(folder, ignore_errors=True)
    base = statistics.median(results.pop("idle (baseline)"))
    rows = []
    for name, values in results.items():
        v = statistics.median(values)
        rows.append(
            {
                "figure": f"GUI block: {name}",
                "value": v,
                "baseline": base,
                "ratio": None,
                "target": "< 0.1 s",
                "limit": 0.1,
                "worst": max(values),
            }
        )
    for r in rows:
        print(
            f"{r['figure']}: longest block {r['value'] * 1000:.0f} ms (worst of {runs}: {r['worst'] * 1000:.0f} ms; "
            f"idle {base * 1000:.0f} ms)"
        )
    return rows


if __name__ == "__main__":
    main()
