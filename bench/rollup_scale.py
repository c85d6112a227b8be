"""Roll-up at region scale: 1 000 unit workbooks in a shared folder.

The folder: one real line-dialogue export, written by the services for the
demo unit, then varied per unit (its own unit code, name, care area and
document properties, and its figures scaled) by rewriting the parts of the
zip, so that generating 1 000 files takes seconds. Medians of 5 (each a
fresh service over a fresh database, so "cold" means an empty cache):

* cold roll-up (scan, read every file, consolidate, every pivot) against
  python-calamine alone reading the same ``data`` sheets, in the same run,
  interleaved: target at most 3×;
* a second roll-up with nothing changed: no file read, at most a third of
  the cold time;
* one file changed: that file alone read again (a count, not a time);
* peak memory (RSS of this process and its worker processes) under 400 MB;
* the GUI thread while a roll-up runs in the task runner: longest gap
  between timer ticks, at most 100 ms.

Run: ``.venv/bin/python bench/rollup_scale.py [--quick] [--files N]``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AREAS = ("Primärvård", "Sjukhusvård", "Psykiatri", "Övrigt")


def real_export(workdir: Path) -> Path:
    """One line-dialogue export of the demo's first unit, written by the services."""
    from hyrdesk.paths import Paths
    from hyrdesk.services.demo.builder import create_demo
    from hyrdesk.services.line_dialogue.service import last_complete_month

    services = create_demo(Paths(workdir / "demo-data"), today=_dt.date(2026, 11, 20))
    try:
        unit = services.units.by_code("MED4")
        return services.exports.write(unit, last_complete_month(_dt.date(2026, 11, 20)), workdir)
    finally:
        services.close()


def _scale_numbers(xml: bytes, factor: float) -> bytes:
    """Scale every number cell's value (``<v>…</v>``) of a sheet: each unit gets figures of its own."""
    import re

    def scale(m: re.Match) -> bytes:
        return b"<v>" + repr(round(float(m.group(1)) * factor, 2)).encode() + b"</v>"

    return re.sub(rb"<v>(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)</v>", scale, xml)


def vary(template: bytes, i: int, created: _dt.datetime) -> bytes:
    """The template export as unit number ``i``: its own code, name, care area, creation time, figures."""
    code, name = f"E{i:04d}", f"Enhet {i:04d}"
    area = AREAS[i % len(AREAS)]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        data_part = "xl/worksheets/sheet6.xml"  # the data sheet: the last sheet of the export
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".xml"):
                data = data.replace(b"Medicinavdelning 4", name.encode()).replace(b"MED4", code.encode())
            if info.filename == "docProps/custom.xml":
                data = data.replace("Sjukhusvård".encode(), area.encode())
                start = data.index(b"hyrdesk_created")
                a = data.index(b"<vt:lpwstr>", start) + len(b"<vt:lpwstr>")
                b = data.index(b"</vt:lpwstr>", a)
                data = data[:a] + created.isoformat().encode() + data[b:]
            if info.filename == data_part:
                data = _scale_numbers(data, 0.5 + (i % 97) / 64)
            zout.writestr(info, data)
    return out.getvalue()


START = _dt.datetime(2026, 12, 1, 8, 0)


def unit_path(folder: Path, i: int) -> Path:
    return folder / f"E{i:04d}" / f"E{i:04d}_underlag-dialog-i-linjen_2026-10_2026-12-01.xlsx"


def make_folder(folder: Path, n: int, workdir: Path | None = None) -> tuple[list[Path], bytes]:
    """``n`` unit workbooks in ``folder/<code>/``; returns their paths and the template export."""
    workdir = workdir or Path(tempfile.mkdtemp(prefix="hyrdesk-rollup-template-"))
    template = real_export(workdir).read_bytes()
    paths = []
    for i in range(n):
        path = unit_path(folder, i)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(vary(template, i, START + _dt.timedelta(minutes=i)))
        paths.append(path)
    return paths, template


# --- measuring ---------------------------------------------------------------------------------
def calamine_alone(paths: list[Path]) -> float:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    for p in paths:
        CalamineWorkbook.from_path(str(p)).get_sheet_by_name("data").to_python()
    return time.perf_counter() - t


def _services(root: Path):
    from hyrdesk.paths import Paths
    from hyrdesk.services.container import open_services

    return open_services(Paths(root), daily_backup=False)


def rollup_all(services, folder: Path):
    """What the user waits for: the scan and every table the roll-up shows or writes."""
    from hyrdesk.services.rollup.pivots import area_table, gap_table, unit_table

    r = services.rollup.scan(folder)
    unit_table(r)
    area_table(r, "hire_cost_r12")
    area_table(r, "hire_cost")
    gap_table(r)
    return r


def peak_rss_mb() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def gui_blocking(services, folder: Path) -> float:
    """The longest gap between 10 ms timer ticks on the GUI thread while the roll-up tab rolls up."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from hyrdesk.ui.export.rollup_tab import RollupTab
    from hyrdesk.ui.runtime.tasks import ThreadTaskRunner

    app = QApplication.instance() or QApplication([])
    runner = ThreadTaskRunner()
    tab = RollupTab(services.settings, services.rollup, runner)
    tab.resize(1200, 700)
    tab.show()
    tab.folder.setText(str(folder))
    clock, worst, last = QElapsedTimer(), [0], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    app.processEvents()
    last[0] = clock.elapsed()
    tab.run()
    deadline = time.perf_counter() + 120
    while tab.rollup is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    for _ in range(20):  # the table's first paints after the result came back
        app.processEvents()
        time.sleep(0.005)
    timer.stop()
    tab.close()
    return worst[0] / 1000


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--files", type=int)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    n = args.files or (200 if args.quick else 1000)
    root = Path(tempfile.mkdtemp(prefix="hyrdesk-bench-rollup-"))
    try:
        folder = root / "delad"
        t = time.perf_counter()
        paths, template = make_folder(folder, n, root)
        print(f"{n} workbooks generated in {time.perf_counter() - t:.1f} s", flush=True)
        cold, warm, alone, changed_read, warm_read = [], [], [], [], []
        for run in range(args.runs):
            alone.append(calamine_alone(paths))
            services = _services(root / f"data-{run}")
            try:
                t = time.perf_counter()
                r = rollup_all(services, folder)
                cold.append(time.perf_counter() - t)
                assert len(r.units) == n and r.files_read == n, (len(r.units), r.files_read)
                t = time.perf_counter()
                r = rollup_all(services, folder)
                warm.append(time.perf_counter() - t)
                warm_read.append(r.files_read)
                # A unit exports again: a new file content under the same name.
                paths[run].write_bytes(vary(template, run, START + _dt.timedelta(days=1, minutes=run)))
                r = rollup_all(services, folder)
                changed_read.append(r.files_read)
            finally:
                services.close()
            print(
                f"run {run + 1}: cold {cold[-1]:.2f} s, warm {warm[-1]:.2f} s, calamine alone {alone[-1]:.2f} s",
                flush=True,
            )
        services = _services(root / "data-gui")
        try:
            blocked = gui_blocking(services, folder)
        finally:
            services.close()
        memory = peak_rss_mb()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    c, w, a = statistics.median(cold), statistics.median(warm), statistics.median(alone)
    label = f"{n:,}".replace(",", " ")
    return [
        {
            "figure": f"rollup: {label} workbooks, cold vs python-calamine alone (data sheets)",
            "value": c,
            "baseline": a,
            "ratio": c / a,
            "target": 3,
        },
        {
            "figure": f"rollup: {label} workbooks, nothing changed vs cold (files read: {max(warm_read)})",
            "value": w,
            "baseline": c,
            "ratio": w / c,
            "target": 0.34,
            "limit": None if max(warm_read) == 0 else 0,
        },
        {
            "figure": f"rollup: one file changed, files read again (of {label})",
            "value": max(changed_read),
            "baseline": None,
            "ratio": None,
            "target": "= 1",
            "unit": "files",
            "limit": 1 if set(changed_read) == {1} else -1,
        },
        {
            "figure": f"rollup: {label} workbooks, peak memory (incl. workers)",
            "value": memory,
            "baseline": None,
            "ratio": None,
            "target": "< 400 MB",
            "unit": "MB",
            "limit": 400,
        },
        {
            "figure": f"rollup: {label} workbooks in the roll-up tab, longest GUI-thread block",
            "value": blocked,
            "baseline": None,
            "ratio": None,
            "target": "≤ 100 ms",
            "limit": 0.1,
        },
    ]


if __name__ == "__main__":
    for row in main():
        print(row)
