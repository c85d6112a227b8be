"""A million staffing gaps: the gaps page against SQLite doing the same work by hand.

Builds a database with ROWS gaps for one unit (20 years, about 140 a day:
far more than any real unit, on purpose), then measures, median of RUNS runs (ours and the baseline alternately),
each figure next to its baseline – the raw sqlite3 query that gives the same
answer, on its own connection – and the ratio:

* opening the page: the browse table's model counts the gaps and produces
  the texts of the first screenful (what the view asks for when it paints);
* changing a filter (a staff category), and a free-text filter;
* jumping to the end of the list (the scroll bar dragged to the bottom);
* sorting by hours;
* the monthly summary for 12 months (hours by cause and by coverage).

Painting a screenful in a real QTableView (offscreen) is measured on its own:
it costs the same for ten rows or a million.

Run: ``.venv/bin/python bench/gaps_scale.py [--rows N] [--runs N] [--keep DIR]``
(``--keep`` builds the database in DIR once and reuses it next time).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCREEN_ROWS = 40
CAUSES = ("vakans", "planerad", "oplanerad", "vardbehov", "ovrigt")
COVERAGES = ("egen", "timavlonad", "pool", "hyrpersonal", "ej_tackt")
NOTES = (
    "Stängda platser",
    "Extravak på natten",
    "Sent återbud",
    "Semesterperiod",
    "Hög beläggning",
    "Inskolning av ny medarbetare",
    "Utbildningsdag",
    "Rekrytering pågår",
)
COLUMNS = (
    "id, unit_id, start_date, end_date, period, last_period, shift, weekend, category_id, minutes, "
    "cause, coverage, agency, cost_ore, note, fingerprint"
)


# --- building the database --------------------------------------------------------------
def gap_rows(unit_id: int, categories: list[int], n: int, first: _dt.date, years: int = 20, seed: int = 9):
    """Plain tuples for executemany, in the table's column order (derived columns filled in)."""
    from hyrdesk.domain.dates import is_weekend_or_holiday

    rng = random.Random(seed)
    days = 365 * years
    # Per calendar day once, not per row: the date text, its month and whether it is a weekend/holiday.
    calendar = []
    for k in range(days + 31):
        d = first + _dt.timedelta(days=k)
        calendar.append((d.isoformat(), d.year * 100 + d.month, is_weekend_or_holiday(d)))
    shifts, minutes = ("dag", "kvall", "natt"), (240, 480, 480, 480, 600, 960)
    choice, random_ = rng.choice, rng.random
    for i in range(n):
        k = i * days // n
        k_end = k if random_() > 0.01 else k + rng.randint(1, 30)
        start, period, weekend = calendar[k]
        end, last_period, _ = calendar[k_end]
        weekend = weekend or any(calendar[j][2] for j in range(k, min(k_end, k + 6) + 1))
        coverage = choice(COVERAGES)
        hired = coverage == "hyrpersonal"
        yield (
            None,
            unit_id,
            start,
            end,
            period,
            last_period,
            choice(shifts),
            int(weekend),
            choice(categories),
            choice(minutes),
            choice(CAUSES),
            coverage,
            "Vårdbemanning Demo AB" if hired else "",
            rng.randint(40, 250) * 10_000 if hired else None,
            choice(NOTES) if random_() < 0.15 else "",
            None,
        )


def build(folder: Path, n: int):
    """A database with n gaps for unit BIG. Indexes and the text index are built after the rows."""
    from hyrdesk.paths import Paths
    from hyrdesk.services.container import open_services

    services = open_services(Paths(folder), daily_backup=False)
    if services.units.list():
        unit = services.units.by_code("BIG")
        print(f"Återanvänder {services.gaps.count(unit):,} luckor i {folder}".replace(",", " "))
        return services, unit
    unit = services.units.create("BIG", "Mycket stor enhet", "sjukhusvård")
    services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    categories = [c.id for c in services.units.categories()]
    t0 = time.perf_counter()
    conn = services.db.conn
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'gaps' AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    conn.execute("PRAGMA synchronous = OFF")  # a throwaway benchmark file; the app keeps FULL
    with services.db.write() as c:
        for kind, name, _sql in schema:
            c.execute(f"DROP {kind.upper()} {name}")
        c.executemany(
            f"INSERT INTO gaps ({COLUMNS}) VALUES ({','.join('?' * 16)})",
            gap_rows(unit.id, categories, n, _dt.date(2007, 1, 1)),
        )
        for _kind, _name, sql in schema:
            c.execute(sql)
        c.execute(
            "INSERT INTO gaps_text (rowid, note, agency) SELECT id, note, agency FROM gaps "
            "WHERE note <> '' OR agency <> ''"
        )
    conn.execute("PRAGMA synchronous = FULL")
    print(f"{n:,} luckor byggda på {time.perf_counter() - t0:.1f} s".replace(",", " "))
    return services, unit


# --- measuring ---------------------------------------------------------------------------
def current_rss_mb() -> float:
    """Resident memory now (Linux /proc); elsewhere the peak, which includes building the database."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median(fn, runs: int, setup=None) -> float:
    """Median seconds of fn(); setup() runs before each, untimed."""
    return paired(fn, None, runs, setup)[0]


def paired(ours, base, runs: int, setup=None) -> tuple[float, float]:
    """Medians of ours() and base(), run alternately so that both meet the same machine load."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((ours, times[0]), (base, times[1])):
            if fn is None:
                continue
            if setup is not None:
                setup()
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return statistics.median(times[0]), statistics.median(times[1]) if times[1] else float("nan")


def raw_page(c: sqlite3.Connection, where: str, params: list, order: str, offset: int = 0):
    c.execute(f"SELECT COUNT(*) FROM gaps g WHERE {where}", params).fetchone()
    return c.execute(
        f"SELECT g.*, s.name FROM gaps g JOIN staff_categories s ON s.id = g.category_id WHERE {where} "
        f"ORDER BY {order} LIMIT {SCREEN_ROWS} OFFSET {offset}",
        params,
    ).fetchall()


def main(argv: list[str] | None = None) -> dict[str, tuple[float, float]]:
    """Run the measurements; returns {figure: (hyrdesk seconds, SQLite seconds)} (bench/run uses it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="bygg databasen här och återanvänd den nästa gång")
    args = parser.parse_args(argv)
    runs = max(args.runs, 5)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from hyrdesk.domain.gaps import Coverage
    from hyrdesk.domain.period import Period
    from hyrdesk.services.gaps.service import GapFilter
    from hyrdesk.ui.gaps.browse_tab import BrowseTab
    from hyrdesk.ui.gaps.model import COLUMNS as VIEW_COLUMNS

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hyrdesk-bench-gaps-"))
    services, unit = build(folder, args.rows)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    categories = services.units.categories()
    names = {c.id: c.name for c in categories}
    nurse = next(c.id for c in categories if c.name == "Sjuksköterska")
    raw = sqlite3.connect(services.db.path)
    u = unit.id
    last = Period.from_date(services.gaps.repo.first_and_last_start(u)[1])
    first = last - 11

    tab = BrowseTab(services.gaps)
    tab.resize(1100, SCREEN_ROWS * tab.view.verticalHeader().defaultSectionSize() + 120)
    tab.show()
    app.processEvents()

    def first_screen():
        """What the view asks for to paint the first screenful (display texts), without painting."""
        m = tab.model
        for r in range(min(SCREEN_ROWS, m.rowCount())):
            for c in range(m.columnCount()):
                m.data(m.index(r, c))

    def last_screen():
        m = tab.model
        for r in range(max(m.rowCount() - SCREEN_ROWS, 0), m.rowCount()):
            for c in range(m.columnCount()):
                m.data(m.index(r, c))

    def reset():
        tab.model.filter = GapFilter()
        tab.model.sort_key, tab.model.descending = "date", True
        tab.model.reload()
        tab.view.scrollToTop()

    def open_page():
        tab.set_unit(unit, categories, names)
        first_screen()

    def filter_category():
        tab.model.set_filter(GapFilter(category_id=nurse))
        first_screen()

    def filter_text():
        tab.model.set_filter(GapFilter(text="stängda"))
        first_screen()

    def sort_hours():
        tab.model.sort(VIEW_COLUMNS.index("hours"), Qt.SortOrder.DescendingOrder)
        first_screen()

    newest = "g.start_date DESC, g.id DESC"
    cases = {
        "öppna sidan (antal + första skärmen)": (open_page, lambda: raw_page(raw, "g.unit_id = ?", [u], newest)),
        "byta filter (yrkeskategori)": (
            filter_category,
            lambda: raw_page(raw, "g.unit_id = ? AND g.category_id = ?", [u, nurse], newest),
        ),
        "fritextfilter (”stängda”)": (
            filter_text,
            lambda: raw_page(
                raw,
                "g.unit_id = ? AND g.id IN (SELECT rowid FROM gaps_text WHERE gaps_text MATCH ?)",
                [u, '"stängda"'],
                newest,
            ),
        ),
        "hoppa till slutet av listan": (
            # The count is known already: only the last screenful is read, in both.
            last_screen,
            lambda: raw.execute(
                f"SELECT g.*, s.name FROM gaps g JOIN staff_categories s ON s.id = g.category_id "
                f"WHERE g.unit_id = ? ORDER BY {newest} LIMIT {SCREEN_ROWS} OFFSET {tab.model.total - SCREEN_ROWS}",
                [u],
            ).fetchall(),
        ),
        "sortera på timmar": (
            # A sort keeps the count: only the first screenful in the new order is read, in both.
            sort_hours,
            lambda: raw.execute(
                "SELECT g.*, s.name FROM gaps g JOIN staff_categories s ON s.id = g.category_id "
                f"WHERE g.unit_id = ? ORDER BY g.minutes DESC, {newest} LIMIT {SCREEN_ROWS}",
                [u],
            ).fetchall(),
        ),
        "månadssammanställning, 12 månader": (
            lambda: services.gaps.summary(unit, first, last),
            lambda: raw.execute(
                "SELECT period, cause, coverage, SUM(minutes) FROM gaps WHERE unit_id = ? AND period BETWEEN ? AND ? "
                "GROUP BY period, cause, coverage",
                (u, first.compact, last.compact),
            ).fetchall(),
        ),
    }
    tab.set_unit(unit, categories, names)
    for ours, base in cases.values():  # warm SQLite's and the OS's caches once, for both alike
        reset()
        ours()
        base()
    results: dict[str, tuple[float, float]] = {}
    for name, (ours, base) in cases.items():
        results[name] = paired(ours, base, runs, reset)
    # Painting a screenful costs the same for ten rows or a million: measured once, on its own.
    reset()
    first_screen()
    paint = median(lambda: tab.view.viewport().repaint(), runs)
    scroll = median(lambda: (tab.view.scrollToBottom(), tab.view.viewport().repaint()), runs, reset)

    total = services.gaps.count(unit)
    summary = services.gaps.summary(unit, first, last)
    assert summary.totals.by_coverage[Coverage.HIRED] > 0
    rss_mb = current_rss_mb()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\n{total:_} luckor; median av {runs} körningar; SQLite {sqlite3.sqlite_version}; ".replace("_", " ")
        + f"{platform.machine()}, {os.cpu_count()} kärnor, belastning {load:.1f}; "
        f"Python {platform.python_version()}; {_dt.date.today()}\n"
    )
    print("| mått | hyrdesk | SQLite direkt | kvot |")
    print("|---|---:|---:|---:|")
    for name, (ours, base) in results.items():
        print(f"| {name} | {ours * 1000:.1f} ms | {base * 1000:.1f} ms | {ours / base:.2f} |")
    print(
        f"\nRita en skärmfull rader ({SCREEN_ROWS}): {paint * 1000:.1f} ms; dra rullningslisten till slutet "
        f"och rita: {scroll * 1000:.1f} ms. Processens minne (RSS) efteråt: {rss_mb:.0f} MB"
    )
    raw.close()
    tab.close()
    services.close()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return results


if __name__ == "__main__":
    main()
