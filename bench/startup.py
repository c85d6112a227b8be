"""Start-up time: process start → main window shown, against a bare PySide6 + pyqtgraph window.

Both are measured in fresh processes, in the same run, offscreen, median of N.
The probe records the moment the first event after ``show()`` is processed.
hyrdesk's bytecode is compiled first, as in an installed copy (pip and
PyInstaller both compile it; PySide6 and pyqtgraph in the baseline were
compiled by pip). Without it, with PYTHONDONTWRITEBYTECODE set as on these
machines, every start would compile hyrdesk's sources again (~0.1 s).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = r"""
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 760); w.show()
QTimer.singleShot(0, lambda: (print(time.time() - t0), app.quit()))
app.exec()
"""

HYRDESK = r"""
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hyrdesk.ui.shell import main_window
original = main_window.MainWindow.showEvent
def show_event(self, event):
    original(self, event)
    QTimer.singleShot(0, lambda: (print(time.time() - t0), QApplication.quit()))
main_window.MainWindow.showEvent = show_event
from hyrdesk.__main__ import main
main(["--data-dir", sys.argv[1]])
"""


def _once(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return float(out.stdout.strip().splitlines()[-1])


def measure(runs: int = 7) -> list[dict]:
    import compileall
    from pathlib import Path

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "hyrdesk"), quiet=1)
    data_dir = tempfile.mkdtemp(prefix="hyrdesk-bench-")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hyrdesk",
            "--data-dir",
            data_dir,
            "units",
            "add",
            "--code",
            "B1",
            "--name",
            "Bänk",
            "--area",
            "sjukhusvård",
        ],
        check=True,
        capture_output=True,
    )
    _once(BASELINE), _once(HYRDESK, data_dir)  # warm the file cache
    base, ours = [], []
    for _ in range(runs):  # interleaved, so drift affects both alike
        base.append(_once(BASELINE))
        ours.append(_once(HYRDESK, data_dir))
    b, o = statistics.median(base), statistics.median(ours)
    return [{"figure": "start-up to window shown", "value": o, "baseline": b, "ratio": o / b, "target": 1.3}]


def main() -> list[dict]:
    rows = measure()
    for r in rows:
        print(
            f"{r['figure']}: {r['value']:.3f} s vs {r['baseline']:.3f} s (ratio {r['ratio']:.2f}, target ≤ {r['target']})"
        )
    return rows


if __name__ == "__main__":
    main()
