"""The consolidated workbook of a roll-up (sammanställning av alla enheters underlag).

Sheets: Enheter (one row per unit, every measure of the data sheet), Område
och yrkeskategori (SKR's breakdown), Luckor per täckning, Dialog i linjen,
Överhoppade filer. A total that the totals rule leaves empty carries its
reason as a cell comment, and the reasons are listed under the table.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from hyrdesk import __version__
from hyrdesk.files.atomic import atomic_save_workbook
from hyrdesk.files.xlsx_safe import FMT_DATE, FMT_DEC1, FMT_DEC2, FMT_KR, FMT_PCT
from hyrdesk.progress import Progress
from hyrdesk.services.line_dialogue import schema, styles
from hyrdesk.services.rollup.consolidate import Rollup
from hyrdesk.services.rollup.pivots import COUNT, HOURS, KR, NUMBER, PCT, Table, area_table, gap_table, unit_table

# openpyxl is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).

SHEET_UNITS = "Enheter"
SHEET_AREAS = "Område och yrkeskategori"
SHEET_GAPS = "Luckor per täckning"
SHEET_TASKS = "Dialog i linjen"
SHEET_SKIPPED = "Överhoppade filer"
HEADER_ROW = 3
FORMATS = {KR: FMT_KR, PCT: FMT_PCT, HOURS: FMT_DEC1, COUNT: "0", NUMBER: FMT_DEC2}
AREA_MEASURES = (
    (schema.HIRE_COST_R12, "Hyrkostnad R12 (kr) per verksamhetsområde och yrkeskategori"),
    (schema.HIRE_COST, "Hyrkostnad månad (kr) per verksamhetsområde och yrkeskategori"),
)


def write_rollup(r: Rollup, out: Path, now: _dt.datetime | None = None, progress: Progress | None = None) -> Path:
    """Write the consolidated workbook atomically to ``out``."""
    from openpyxl import Workbook

    progress = progress or Progress()
    now = (now or _dt.datetime.now()).replace(microsecond=0)
    where = f"Sammanställning av {r.folder} · {now:%Y-%m-%d %H:%M}"
    wb = Workbook()
    ws: Any = wb.active
    ws.title = SHEET_UNITS
    progress.step(0, 5, "Skriver enheterna…")
    _units(ws, r, where)
    progress.step(1, 5, "Skriver verksamhetsområdena…")
    _areas(wb.create_sheet(SHEET_AREAS), r, where)
    progress.step(2, 5, "Skriver luckorna…")
    _gaps(wb.create_sheet(SHEET_GAPS), r, where)
    _tasks(wb.create_sheet(SHEET_TASKS), r, where)
    _skipped(wb.create_sheet(SHEET_SKIPPED), r, where)
    p = wb.properties
    p.title = "Sammanställning av underlag för dialog i linjen"
    p.creator = p.lastModifiedBy = f"hyrdesk {__version__}"
    p.category = "Sammanställning av underlag för dialog i linjen"
    p.keywords = "hyrdesk; dialog i linjen; sammanställning"
    p.created = p.modified = now
    progress.step(4, 5, "Sparar…")
    return atomic_save_workbook(wb, Path(out))


def _comment(text: str) -> Any:
    from openpyxl.comments import Comment

    c = Comment(text, "hyrdesk")
    c.width, c.height = 320, 110
    return c


def _table(ws: Any, row: int, t: Table, wrap_header: bool = True) -> int:
    """Header, rows and the bold totals row; empty totals get their reason as a comment. Returns the next row."""
    styles.header(ws, row, [c.label for c in t.columns])
    formats = [FORMATS.get(c.kind) for c in t.columns]
    end = styles.rows(ws, row + 1, [*t.rows, t.total], formats, bold_last=True)
    for (i, j), reason in t.cell_notes.items():
        ws.cell(row=row + 1 + i, column=j + 1).comment = _comment(reason)
    for j, reason in t.notes.items():
        ws.cell(row=end - 1, column=j + 1).comment = _comment(reason)
    return end


def _reasons(ws: Any, row: int, t: Table) -> int:
    """The reasons of empty totals as sentences under the table."""
    seen: list[str] = []
    for j, reason in sorted(t.notes.items()):
        line = f"{t.columns[j].label}: {reason}"
        if line not in seen:
            seen.append(line)
    for line in seen:
        styles.note(ws, row, line, warn=True)
        row += 1
    return row


def _units(ws: Any, r: Rollup, where: str) -> None:
    from openpyxl.utils import get_column_letter

    styles.title(
        ws,
        "Enheternas senaste underlag",
        "Varje enhets mått för dess senaste period (kronor, procent av kostnad egen personal, timmar). "
        "Tom cell: värdet finns inte i enhetens underlag. En tom summa har sin orsak som kommentar.",
    )
    t = unit_table(r)
    end = _table(ws, HEADER_ROW, t)
    if not r.units:
        styles.note(ws, end, "Inga hyrdesk-underlag hittades i mappen.", warn=True)
        end += 1
    elif len(r.periods) > 1:
        styles.note(ws, end, "Obs: enheternas senaste underlag gäller olika perioder; summan lägger ihop dem ändå.")
        end += 1
    _reasons(ws, end, t)
    styles.widths(ws, {"A": 11, "B": 24, "C": 14, "D": 9})
    for j in range(4, len(t.columns)):
        ws.column_dimensions[get_column_letter(j + 1)].width = 13
    styles.fit_row_heights(ws, [HEADER_ROW])
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    styles.page(ws, HEADER_ROW, where)


def _areas(ws: Any, r: Rollup, where: str) -> None:
    styles.title(
        ws,
        "Hyrkostnad per verksamhetsområde och yrkeskategori",
        "Summor av enheternas senaste period, uppdelade som SKR redovisar. Tom cell: se kommentaren.",
    )
    row, headers = HEADER_ROW, []
    for measure, heading in AREA_MEASURES:
        styles.subheading(ws, row, heading)
        t = area_table(r, measure)
        end = _table(ws, row + 1, t)
        headers.append(row + 1)
        row = _reasons(ws, end, t) + 1
    styles.widths(ws, {"A": 26, "B": 9, "C": 14, "D": 16, "E": 14, "F": 14})
    styles.fit_row_heights(ws, headers)
    styles.page(ws, HEADER_ROW, where, repeat_rows=0)


def _gaps(ws: Any, r: Rollup, where: str) -> None:
    from openpyxl.utils import get_column_letter

    styles.title(ws, "Bemanningsluckor per täckning", "Timmar under de 12 månader som slutar med enhetens period.")
    t = gap_table(r)
    end = _table(ws, HEADER_ROW, t)
    _reasons(ws, end, t)
    styles.widths(ws, {"A": 11, "B": 24, "C": 14, "D": 9})
    for j in range(4, len(t.columns)):
        ws.column_dimensions[get_column_letter(j + 1)].width = 15
    styles.fit_row_heights(ws, [HEADER_ROW])
    styles.page(ws, HEADER_ROW, where)


def _tasks(ws: Any, r: Rollup, where: str) -> None:
    styles.title(
        ws,
        "Administrativa uppgifter som kräver dialog i linjen",
        "Från varje enhets senaste översyn: uppgifter som kan påverka andra enheter.",
    )
    columns = ["Enhetskod", "Enhet", *[c for c in schema.REVIEW_COLUMNS if c != "Beslutsväg"]]
    styles.header(ws, HEADER_ROW, columns)
    formats = [
        None,
        None,
        *[
            FMT_DEC1 if c in ("Timmar per år", "Frigjorda timmar per år") else FMT_DATE if c == "Klart senast" else None
            for c in columns[2:]
        ],
    ]
    values = [[u.unit_code, u.unit_name, *[task.get(c) for c in columns[2:]]] for u, task in r.line_dialogue_tasks()]
    row = styles.rows(ws, HEADER_ROW + 1, values, formats)
    if not values:
        styles.note(ws, row, "Inga uppgifter för dialog i linjen i enheternas underlag.")
    else:
        styles.wrap(ws, HEADER_ROW + 1, row - 1)
    styles.widths(
        ws,
        {"A": 10, "B": 18, "C": 16, "D": 34, "E": 17, "F": 9, "G": 11, "H": 17, "I": 10, "J": 17, "K": 12, "L": 10},
    )
    styles.fit_row_heights(ws, range(HEADER_ROW, min(row, HEADER_ROW + 2000)))
    styles.page(ws, HEADER_ROW, where)


def _skipped(ws: Any, r: Rollup, where: str) -> None:
    styles.title(
        ws,
        "Filer som inte togs med",
        "Filer i mappen som inte är hyrdesk-underlag, är skadade, "
        "eller är äldre underlag från en enhet som har ett nyare.",
    )
    styles.header(ws, HEADER_ROW, ["Fil", "Mapp", "Orsak"])
    values = [[s.path.name, str(s.path.parent), s.reason] for s in [*r.skipped, *r.superseded]]
    end = styles.rows(ws, HEADER_ROW + 1, values, [None, None, None])
    if not values:
        styles.note(ws, end, "Alla filer i mappen togs med.")
    else:
        styles.wrap(ws, HEADER_ROW + 1, end - 1)
    styles.widths(ws, {"A": 40, "B": 30, "C": 70})
    styles.fit_row_heights(ws, range(HEADER_ROW + 1, end))
    styles.page(ws, HEADER_ROW, where)
