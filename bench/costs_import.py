"""Ledger import on a 100,000-row file: hyrdesk's import against the spreadsheet readers alone.

Generates a ledger export (xlsx with openpyxl write_only, and the same rows as
a Swedish CSV), then times, median of N runs each:

* openpyxl read_only, reading every cell (the alternative reader);
* the fastest reader alone, the baseline: python-calamine's ``to_python`` for
  xlsx, ``csv.reader`` for CSV (pandas is not installed);
* ``tabular.read_table`` alone: the reader plus the checks that make an
  untrusted file safe to read (zip and XML bombs, memory estimate, caps);
* the import preview: read_table + column mapping + parsing and validating
  every row against the account table (what the user waits for before the
  preview appears; nothing is saved);
* the commit: summing and saving the figures in one transaction.

Run: ``.venv/bin/python bench/costs_import.py [ROWS] [RUNS]``.
"""

from __future__ import annotations

import datetime as _dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HEADER = ["Ansvar", "Period", "Konto", "Kontotext", "Yrkeskategori", "Leverantör", "Belopp"]
ACCOUNTS = [
    (4611, "Inhyrda läkare", "Läkare"),
    (4612, "Inhyrda sjuksköterskor", "Sjuksköterska"),
    (5011, "Lön läkare", "Läkare"),
    (5021, "Lön sjuksköterskor", "Sjuksköterska"),
    (5041, "Lön undersköterskor", "Undersköterska"),
    (6110, "Förbrukningsmaterial", ""),
]


def ledger_rows(n: int, seed: int = 4):
    rng = random.Random(seed)
    for i in range(n):
        account, text, category = ACCOUNTS[i % len(ACCOUNTS)]
        month = 1 + (i // 7) % 12
        yield [
            "MED4" if i % 10 else "MED5",
            f"2024{month:02d}",
            account,
            text,
            category,
            "Vårdkraft AB" if account < 5000 else "",
            round(rng.uniform(-500, 90_000), 2),
        ]


def write_files(folder: Path, n: int) -> tuple[Path, Path]:
    import openpyxl

    xlsx = folder / f"huvudbok-{n}.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Huvudbok")
    ws.append(["Utdrag ur huvudboken"])
    ws.append(HEADER)
    for row in ledger_rows(n):
        ws.append(row)
    wb.save(xlsx)
    csv = folder / f"huvudbok-{n}.csv"
    with csv.open("w", encoding="utf-8-sig", newline="") as f:
        f.write(";".join(HEADER) + "\n")
        for row in ledger_rows(n):
            amount = f"{row[-1]:,.2f}".replace(",", "\u00a0").replace(".", ",")
            f.write(";".join(str(c) for c in row[:-1]) + f";{amount}\n")
    return xlsx, csv


def openpyxl_read(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    ws.reset_dimensions()
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    wb.close()
    return len(rows)


def calamine_alone(path: Path) -> list:
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def csv_alone(path: Path) -> list:
    import csv

    # utf-8, not utf-8-sig: the faster codec (the BOM then stays in the first cell, which costs nothing).
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def interleaved(fns: dict, runs: int) -> dict[str, tuple[float, object]]:
    """Median time of each function, calling them in turn ``runs`` times; with the last result."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    last: dict[str, object] = {}
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            last[name] = fn()
            times[name].append(time.perf_counter() - t0)
    return {name: (statistics.median(t), last[name]) for name, t in times.items()}


def median_time(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> dict[str, float]:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 100_000
    runs = int(argv[1]) if len(argv) > 1 else 5

    from hyrdesk.files.tabular import read_table
    from hyrdesk.paths import Paths
    from hyrdesk.progress import Progress
    from hyrdesk.services.container import open_services
    from hyrdesk.services.demo.costs import DEMO_ACCOUNTS
    from hyrdesk.services.importing.importer import MappingMemory
    from hyrdesk.ui.runtime import heap

    folder = Path(tempfile.mkdtemp(prefix="hyrdesk-bench-costs-"))
    t0 = time.perf_counter()
    xlsx, csv = write_files(folder, n)
    print(f"{n} rader skrivna på {time.perf_counter() - t0:.1f} s ({xlsx.stat().st_size // 1024} kB xlsx)")
    services = open_services(Paths(folder / "data"), daily_backup=False)
    unit = services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    for spec, kind, category in DEMO_ACCOUNTS:
        services.costs.accounts.set(spec, kind, category)
    importer = services.costs.importer(unit)
    memory = MappingMemory(services.settings)
    heap.settle()  # as the app does once it has started (ui/runtime/heap.py)

    def preview(path):
        with heap.bulk_work():  # as the GUI's task runner runs every task
            table = read_table(path)
            mapping = memory.recall(importer.kind, table, importer.fields())
            return importer.preview(table, mapping, Progress())

    results: dict[str, float] = {}
    results["openpyxl read_only (xlsx)"], rows = median_time(lambda: openpyxl_read(xlsx), runs)
    # Each import against its baseline, interleaved run by run, so drift hits both alike.
    timed = interleaved(
        {
            "python-calamine ensam (xlsx)": lambda: calamine_alone(xlsx),
            "read_table, calamine (xlsx)": lambda: read_table(xlsx),
            "importförhandsgranskning (xlsx)": lambda: preview(xlsx),
            "csv-modulen ensam (csv)": lambda: csv_alone(csv),
            "read_table (csv)": lambda: read_table(csv),
            "importförhandsgranskning (csv)": lambda: preview(csv),
        },
        runs,
    )
    results.update({name: seconds for name, (seconds, _) in timed.items()})
    table, p = timed["read_table, calamine (xlsx)"][1], timed["importförhandsgranskning (xlsx)"][1]
    assert len(table.rows) == rows, (len(table.rows), rows)
    results["spara (commit)"], _ = median_time(lambda: importer.commit(p), runs)
    services.close()
    shutil.rmtree(folder, ignore_errors=True)

    print(
        f"\n{len(p.records)} rader importeras, {p.context['counts']['skipped']} hoppas över "
        f"(annat kostnadsställe eller ignorerat konto); median av {runs} körningar, {n} rader:\n"
    )
    print("| steg | tid |")
    print("|---|---|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds:.2f} s |")
    calamine = results["read_table, calamine (xlsx)"]
    print()
    print(f"openpyxl / calamine (bara läsning): {results['openpyxl read_only (xlsx)'] / calamine:.1f}×")
    print(
        f"förhandsgranskning / läsning med calamine (xlsx): {results['importförhandsgranskning (xlsx)'] / calamine:.1f}×"
    )
    print(
        f"förhandsgranskning / python-calamine ensam (xlsx): "
        f"{results['importförhandsgranskning (xlsx)'] / results['python-calamine ensam (xlsx)']:.1f}×"
    )
    print(
        f"förhandsgranskning / csv-modulen ensam (csv): "
        f"{results['importförhandsgranskning (csv)'] / results['csv-modulen ensam (csv)']:.1f}×"
    )
    print(
        f"förhandsgranskning (xlsx) / läsning med openpyxl: "
        f"{results['importförhandsgranskning (xlsx)'] / results['openpyxl read_only (xlsx)']:.2f}×"
    )
    print(
        f"förhandsgranskning / läsning (csv): {results['importförhandsgranskning (csv)'] / results['read_table (csv)']:.1f}×"
    )
    print(f"({_dt.date.today()}, Python {sys.version.split()[0]})")
    return results


if __name__ == "__main__":
    main()
