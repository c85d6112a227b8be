"""Export: the line-dialogue workbook for a year of data, and 100,000 rows through xlsx_safe.

* The line-dialogue workbook (``ExportService.write``: collect from the
  services, build with openpyxl, save atomically) for the demo unit's last
  complete month, which shows the 12 months before it: target under 2 s.
* 100,000 rows of the ``data`` sheet's shape (period, measure, category,
  text, a number) written with ``xlsx_safe.safe_row`` (``text_cell`` where needed) into a write-only
  worksheet (user text always text, numbers with a format) against plain
  openpyxl ``write_only`` writing the same file (the number column with the
  same number format): target at most 1.3 times. Also against bare
  ``ws.append`` of the values with no format at all, which is not the same
  workbook: it shows what the number format itself costs, with no target.
  Interleaved, so drift affects all alike, in CPU time of this process.

Run: ``.venv/bin/python bench/export.py [--quick]``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MEASURES = ("hyrkostnad_kr", "lonekostnad_kr", "hyrkvot_pct", "lucktimmar", "r12_hyrkostnad_kr")
CATEGORIES = ("Läkare", "Sjuksköterskor/barnmorskor", "Övriga", "Totalt")
NOTES = ("=SUMMA(A1)", "Stängda platser", "+46 sent återbud", "", "Hög beläggning")


def data_values(n: int) -> list[tuple]:
    """The same rows for both writers (built once, outside the timing)."""
    return [
        (
            f"20{10 + i % 15:02d}-{1 + i % 12:02d}",
            MEASURES[i % 5],
            CATEGORIES[i % 4],
            NOTES[i % 5],
            (i * 7919 % 1_000_003) / 100,
        )
        for i in range(n)
    ]


def write_plain(rows: list[tuple], out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    for row in rows:
        ws.append(row)
    wb.save(out)


def write_formatted(rows: list[tuple], out: Path) -> None:
    """Plain openpyxl writing the same file: the number column as a cell with the same number format."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from hyrdesk.files.xlsx_safe import FMT_DEC2

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    for *text, number in rows:
        cell = WriteOnlyCell(ws, number)
        cell.number_format = FMT_DEC2
        ws.append([*text, cell])
    wb.save(out)


def write_safe(rows: list[tuple], out: Path) -> None:
    from openpyxl import Workbook

    from hyrdesk.files.xlsx_safe import FMT_DEC2, safe_row

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    formats = (None, None, None, None, FMT_DEC2)
    for row in rows:
        ws.append(safe_row(ws, row, formats))
    wb.save(out)


def _timed(fn, clock=time.perf_counter) -> float:
    t0 = clock()
    fn()
    return clock() - t0


def _cpu(fn) -> float:
    """CPU seconds of this process: both writers are single-threaded, and other jobs on the machine
    inflate wall-clock time unevenly."""
    return _timed(fn, time.process_time)


def main(argv: list[str] | None = None) -> list[dict]:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    runs = 5
    n = 20_000 if quick else 100_000

    from hyrdesk.paths import Paths
    from hyrdesk.services.demo.builder import create_demo
    from hyrdesk.services.line_dialogue.service import last_complete_month

    folder = Path(tempfile.mkdtemp(prefix="hyrdesk-bench-export-"))
    try:
        services = create_demo(Paths(folder / "data"))
        unit = services.units.current()
        period = last_complete_month()
        out = folder / "out"
        out.mkdir()
        services.exports.write(unit, period, out)  # warm imports and caches
        workbook = statistics.median(_timed(lambda: services.exports.write(unit, period, out)) for _ in range(runs))
        services.close()

        rows = data_values(n)
        write_plain(rows, folder / "warm.xlsx")
        write_safe(rows[:1000], folder / "warm2.xlsx")
        plain, formatted, safe = [], [], []
        for i in range(runs):  # interleaved
            plain.append(_cpu(lambda i=i: write_plain(rows, folder / f"plain{i}.xlsx")))
            formatted.append(_cpu(lambda i=i: write_formatted(rows, folder / f"formatted{i}.xlsx")))
            safe.append(_cpu(lambda i=i: write_safe(rows, folder / f"safe{i}.xlsx")))
        p, f, s = statistics.median(plain), statistics.median(formatted), statistics.median(safe)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    n_text = f"{n:,}".replace(",", " ")
    result = [
        {
            "figure": f"export: line-dialogue workbook, 12 months ({period})",
            "value": workbook,
            "baseline": None,
            "ratio": None,
            "target": "< 2 s",
            "limit": 2.0,
        },
        {
            "figure": f"export: {n_text} rows, xlsx_safe.safe_row vs openpyxl write_only, same formats (CPU)",
            "value": s,
            "baseline": f,
            "ratio": s / f,
            "target": 1.3,
        },
        # Not the same data: without number formats the workbook shows bare numbers. Kept to show
        # what the formats themselves cost in openpyxl.
        {
            "figure": f"export: {n_text} rows, xlsx_safe.safe_row vs bare ws.append without number formats (CPU)",
            "value": s,
            "baseline": p,
            "ratio": s / p,
            "target": "–",
        },
    ]
    for r in result:
        print(r)
    return result


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
