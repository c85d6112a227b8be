"""Trend plots and memory with a big database: 1,000,000 gaps and 20 years of monthly costs.

Builds the gaps with ``gaps_scale.build`` (the same database as
``bench/gaps_scale.py``) and adds hire and own-staff costs for every month of
20 years and every staff category. Then a fresh process – so the builder's
memory does not count – opens the app's main window on that database,
visits Översikt, Bemanningsluckor (browse table and summary) and
Hyrkostnader (all 240 months shown), and measures, median of RUNS:

* the Hyrkostnader plots redrawn (``CostsPage.redraw`` and a repaint),
* the gap summary redrawn (``GapSummaryTab.redraw``: query, table, chart, repaint),

both against the target of 0.1 s (wall clock, and the GUI thread's own CPU
time, which other jobs on a busy machine do not inflate), and the process's resident memory
(current and peak) against 400 MB.

Run: ``.venv/bin/python bench/scale_memory.py [--quick] [--keep DIR]``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

YEARS = 20

CHILD = r"""
import json, os, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from hyrdesk.paths import Paths
from hyrdesk.services.container import open_services
from hyrdesk.app import build_main_window

def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return {k: int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")}

app = QApplication(sys.argv[:1])
from pathlib import Path
services = open_services(Paths(Path(sys.argv[1])), daily_backup=False)
services.units.set_current(services.units.by_code("BIG"))
window = build_main_window(services)
window.resize(1280, 860)
window.show()
app.processEvents()
runs = int(sys.argv[2])

cpu = {}
def timed(fn, name=None):
    times, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        times.append(time.perf_counter() - t0); cpus.append(time.thread_time() - c0)
    cpu[name] = statistics.median(cpus)
    return statistics.median(times)

out = {}
window.show_page("gaps"); app.processEvents()
gaps = window.current_page()
gaps.tabs.setCurrentWidget(gaps.browse); app.processEvents()
summary = gaps.summary
gaps.tabs.setCurrentWidget(summary); app.processEvents()
out["gap_summary"] = timed(lambda: (summary.redraw(), summary.repaint()), "gap_summary")
window.show_page("costs"); app.processEvents()
costs = window.current_page()
costs.range_combo.setCurrentIndex(costs.range_combo.findData(0))  # alla månader: 240
app.processEvents()
out["months"] = len(costs.shown_months())
out["cost_plots"] = timed(lambda: (costs.redraw(), costs.repaint()), "cost_plots")
window.show_page("overview"); app.processEvents()
out.update(rss())
out["cpu"] = cpu
print(json.dumps(out))
"""


def add_costs(services, unit, years: int = YEARS) -> int:
    """Manual monthly hire and own-staff costs for every category, ``years`` years back from the newest gap."""
    from hyrdesk.domain.period import Period, period_range

    if services.db.scalar("SELECT COUNT(*) FROM cost_entries WHERE unit_id = ?", (unit.id,)):
        return 0
    last = Period.from_date(services.gaps.repo.first_and_last_start(unit.id)[1])
    months = list(period_range(last - (12 * years - 1), last))
    categories = [c.id for c in services.units.categories()]
    rows = []
    for i, p in enumerate(months):
        for j, cat in enumerate(categories):
            own = 400_000_00 + 1_000_00 * ((i * 7 + j * 13) % 50)
            rows.append((unit.id, str(p), "own", cat, own))
            rows.append((unit.id, str(p), "hire", cat, own // (5 + (i + j) % 7)))
    with services.db.write() as c:
        c.executemany(
            "INSERT INTO cost_entries (unit_id, period, kind, category_id, amount_ore, source) "
            "VALUES (?, ?, ?, ?, ?, 'manual')",
            rows,
        )
    return len(rows)


def main(argv: list[str] | None = None) -> list[dict]:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    rows_n = 100_000 if quick else 1_000_000
    runs = 5

    import gaps_scale

    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="hyrdesk-bench-mem-"))
    try:
        services, unit = gaps_scale.build(folder, rows_n)
        add_costs(services, unit)
        gap_count = services.gaps.count(unit)
        services.close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), str(runs)],
            capture_output=True,
            text=True,
            env=env,
            timeout=1800,
            cwd=HERE.parent,
        )
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-3000:])
        m = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    n = f"{gap_count:,}".replace(",", " ")
    result = []
    for key, figure in (
        ("cost_plots", f"trend plots redraw, Hyrkostnader ({m['months']} months)"),
        ("gap_summary", "gap summary redraw, 12 months (query + table + chart)"),
    ):
        result.append(
            {"figure": figure, "value": m[key], "baseline": None, "ratio": None, "target": "< 0.1 s", "limit": 0.1}
        )
        result.append(
            {
                "figure": figure + ", CPU time of the GUI thread",
                "value": m["cpu"][key],
                "baseline": None,
                "ratio": None,
                "target": "< 0.1 s",
                "limit": 0.1,
            }
        )
    result.append(
        {
            "figure": f"memory (RSS) with {n} gaps + {YEARS} y costs, after visiting the pages",
            "value": m["VmRSS"],
            "unit": "MB",
            "baseline": None,
            "ratio": None,
            "target": "< 400 MB",
            "limit": 400,
        }
    )
    result.append(
        {
            "figure": "memory, peak RSS (VmHWM) of that process",
            "value": m["VmHWM"],
            "unit": "MB",
            "baseline": None,
            "ratio": None,
            "target": "< 400 MB",
            "limit": 400,
        }
    )
    for r in result:
        print(r)
    return result


if __name__ == "__main__":
    main()
