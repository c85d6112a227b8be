"""The consolidated workbook of a roll-up (sammanställning av alla enheters underlag)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from hyrdesk import __version__
from hyrdesk.files.atomic import atomic_save_workbook
from hyrdesk.files.xlsx_safe import FMT_DATE, FMT_DEC1, FMT_KR, FMT_PCT
from hyrdesk.services.line_dialogue import schema, styles
from hyrdesk.services.rollup.service import Rollup

# openpyxl is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).

SHEET_UNITS = "Enheter"
SHEET_GAPS = "Luckor per täckning"
SHEET_TASKS = "Dialog i linjen"
SHEET_SKIPPED = "Överhoppade filer"
HEADER_ROW = 3

UNIT_COLUMNS = (
    "Enhetskod",
    "Enhet",
    "Period",
    "Hyrkostnad månad",
    "Hyrkostnad R12",
    "Ack i år",
    "Ack samma period i fjol",
    "Förändring kr",
    "Förändring %",
    "Hyrkvot %",
    "Hyrkvot R12 %",
    "Frigjorda timmar per år (översyn)",
    "Uppgifter för dialog i linjen",
    "Fil",
)


def unit_rows(r: Rollup) -> list[list]:
    """The Enheter table as values (also what the app's comparison view shows)."""
    out = []
    for u in r.units:
        out.append(
            [
                u.unit_code,
                u.unit_name,
                str(u.period),
                u.value(schema.HIRE_COST),
                u.value(schema.HIRE_COST_R12),
                u.value(schema.HIRE_COST_YTD),
                u.value(schema.HIRE_COST_YTD_PREV),
                u.ytd_change,
                u.ytd_change_pct,
                u.value(schema.HIRE_RATIO_PCT),
                u.value(schema.HIRE_RATIO_R12_PCT),
                u.value(schema.ADMIN_HOURS_FREED, ""),
                len(u.tasks),
                u.path.name,
            ]
        )
    return out


def total_row(r: Rollup) -> list:
    ytd, prev = r.total(schema.HIRE_COST_YTD), r.total(schema.HIRE_COST_YTD_PREV)
    change = None if ytd is None or prev is None else ytd - prev
    return [
        "Summa",
        f"{len(r.units)} enheter",
        ", ".join(r.periods),
        r.total(schema.HIRE_COST),
        r.total(schema.HIRE_COST_R12),
        ytd,
        prev,
        change,
        None if change is None or not prev else change * 100 / abs(prev),
        r.total_ratio(),
        None,
        sum((u.value(schema.ADMIN_HOURS_FREED, "") or 0.0) for u in r.units),
        sum(len(u.tasks) for u in r.units),
        None,
    ]


def write_rollup(r: Rollup, out: Path, now: _dt.datetime | None = None) -> Path:
    """Write the consolidated workbook atomically to ``out``."""
    from openpyxl import Workbook

    now = (now or _dt.datetime.now()).replace(microsecond=0)
    where = f"Sammanställning av {r.folder} · {now:%Y-%m-%d %H:%M}"
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_UNITS
    _units(ws, r, where)
    _gaps(wb.create_sheet(SHEET_GAPS), r, where)
    _tasks(wb.create_sheet(SHEET_TASKS), r, where)
    _skipped(wb.create_sheet(SHEET_SKIPPED), r, where)
    p = wb.properties
    p.title = "Sammanställning av underlag för dialog i linjen"
    p.creator = p.lastModifiedBy = f"hyrdesk {__version__}"
    p.category = "Sammanställning av underlag för dialog i linjen"
    p.keywords = "hyrdesk; dialog i linjen; sammanställning"
    p.created = p.modified = now
    return atomic_save_workbook(wb, Path(out))


def _units(ws, r: Rollup, where: str) -> None:
    styles.title(
        ws,
        "Enheternas senaste underlag",
        "Hyrkostnad i kronor, hyrkvot i procent av kostnad egen "
        "personal, per enhet för dess senaste period. Tom cell: värdet finns inte i enhetens underlag.",
    )
    styles.header(ws, HEADER_ROW, list(UNIT_COLUMNS))
    formats = [None, None, None, FMT_KR, FMT_KR, FMT_KR, FMT_KR, FMT_KR, FMT_PCT, FMT_PCT, FMT_PCT, FMT_DEC1, "0", None]
    end = styles.rows(ws, HEADER_ROW + 1, [*unit_rows(r), total_row(r)], formats, bold_last=True)
    if not r.units:
        styles.note(ws, end, "Inga hyrdesk-underlag hittades i mappen.", warn=True)
    elif len(r.periods) > 1:
        styles.note(ws, end, "Obs: enheternas senaste underlag gäller olika perioder; summan lägger ihop dem ändå.")
    styles.widths(
        ws,
        {
            "A": 11,
            "B": 24,
            "C": 9,
            "D": 13,
            "E": 14,
            "F": 13,
            "G": 13,
            "H": 13,
            "I": 11,
            "J": 9,
            "K": 9,
            "L": 12,
            "M": 11,
            "N": 30,
        },
    )
    styles.wrap(ws, HEADER_ROW + 1, end - 1)
    styles.fit_row_heights(ws, range(HEADER_ROW, end))
    styles.page(ws, HEADER_ROW, where)


def _gaps(ws, r: Rollup, where: str) -> None:
    styles.title(ws, "Bemanningsluckor per täckning", "Timmar under de 12 månader som slutar med enhetens period.")
    labels = r.coverages
    styles.header(ws, HEADER_ROW, ["Enhetskod", "Enhet", "Period", *labels, "Totalt"])
    values = []
    for u in r.units:
        hours = u.gap_hours()
        row = [hours.get(label, 0.0) for label in labels]
        values.append([u.unit_code, u.unit_name, str(u.period), *row, sum(row)])
    totals = [r.total_gap_hours(label) for label in labels]
    values.append(["Summa", f"{len(r.units)} enheter", None, *totals, sum(totals)])
    styles.rows(ws, HEADER_ROW + 1, values, [None, None, None, *[FMT_DEC1] * (len(labels) + 1)], bold_last=True)
    styles.widths(ws, {"A": 11, "B": 24, "C": 9})
    from openpyxl.utils import get_column_letter

    for i in range(len(labels) + 1):
        ws.column_dimensions[get_column_letter(4 + i)].width = 15
    styles.fit_row_heights(ws, [HEADER_ROW])
    styles.page(ws, HEADER_ROW, where)


def _tasks(ws, r: Rollup, where: str) -> None:
    styles.title(
        ws,
        "Administrativa uppgifter som kräver dialog i linjen",
        "Från varje enhets senaste översyn: uppgifter som kan påverka andra enheter.",
    )
    columns = ["Enhetskod", "Enhet", *[c for c in schema.REVIEW_COLUMNS if c != "Beslutsväg"]]
    styles.header(ws, HEADER_ROW, columns)
    row = HEADER_ROW + 1
    for u, task in r.line_dialogue_tasks():
        values = [u.unit_code, u.unit_name, *[task.get(c) for c in columns[2:]]]
        formats = [
            None,
            None,
            *[
                FMT_DEC1
                if c in ("Timmar per år", "Frigjorda timmar per år")
                else FMT_DATE
                if c == "Klart senast"
                else None
                for c in columns[2:]
            ],
        ]
        styles.rows(ws, row, [values], formats)
        row += 1
    if row == HEADER_ROW + 1:
        styles.note(ws, row, "Inga uppgifter för dialog i linjen i enheternas underlag.")
    else:
        styles.wrap(ws, HEADER_ROW + 1, row - 1)
    styles.widths(
        ws,
        {
            "A": 10,
            "B": 18,
            "C": 16,
            "D": 34,
            "E": 17,
            "F": 9,
            "G": 11,
            "H": 17,
            "I": 10,
            "J": 17,
            "K": 12,
            "L": 10,
            "M": 10,
        },
    )
    styles.fit_row_heights(ws, range(HEADER_ROW, row))
    styles.page(ws, HEADER_ROW, where)


def _skipped(ws, r: Rollup, where: str) -> None:
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
