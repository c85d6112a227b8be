"""Writing the line-dialogue workbook (underlag för dialog i linjen) with openpyxl.

Sheets: Sammanfattning, Hyrkostnader (table + two native line charts),
Bemanningsluckor, Administrativ översyn, Definitioner and ``data`` (long
format, ``schema.py``). Every cell goes through ``xlsx_safe`` so user text
stays text and numbers are real numbers with number formats. The workbook is
small, so openpyxl's normal mode is fine. A section without data says so in
Swedish instead of failing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from hyrdesk.domain.period import MONTH_ABBREVIATIONS, Period
from hyrdesk.files.xlsx_safe import (
    FMT_DATE,
    FMT_DEC1,
    FMT_DEC2,
    FMT_INT,
    FMT_KR,
    FMT_PCT,
    set_value,
    write_row,
)
from hyrdesk.services.line_dialogue import schema, styles
from hyrdesk.services.line_dialogue.actions_sheet import write_sheet as write_actions_sheet
from hyrdesk.services.line_dialogue.agreement_sheet import write_sheet
from hyrdesk.services.line_dialogue.content import CostSection, DialogueData, data_rows, task_values
from hyrdesk.services.line_dialogue.definitions import DEFINITIONS, SCHEMA_ROWS

# openpyxl is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).
if TYPE_CHECKING:
    from openpyxl.chart import LineChart
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_ROW = 3  # rows 1–2: title and subtitle; row 3: the table's header (frozen, repeated in print)


def build_workbook(d: DialogueData) -> Workbook:
    """The workbook as an openpyxl ``Workbook`` (not saved)."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    summary = wb.active
    assert isinstance(summary, Worksheet)  # a new workbook has one worksheet
    summary.title = schema.SHEET_SUMMARY
    _summary(summary, d)
    _costs(wb.create_sheet(schema.SHEET_COSTS), d)
    _gaps(wb.create_sheet(schema.SHEET_GAPS), d)
    _review(wb.create_sheet(schema.SHEET_REVIEW), d)
    write_actions_sheet(
        wb.create_sheet(schema.SHEET_ACTIONS), d.actions, d.notes.get("actions", ""), _where(d), HEADER_ROW
    )
    write_sheet(wb.create_sheet(schema.SHEET_AGREEMENT), d.agreement, _where(d), HEADER_ROW)
    _definitions(wb.create_sheet(schema.SHEET_DEFINITIONS), d)
    _data(wb.create_sheet(schema.SHEET_DATA), d)
    _properties(wb, d)
    return wb


def _where(d: DialogueData) -> str:
    return f"{d.unit_name} ({d.unit_code}) · {d.period.long_label()}"


def _ratio_reasons(c: CostSection, period: Period) -> list[str]:
    """One sentence per distinct reason a hire ratio in the table is blank, naming the groups."""
    by_reason: dict[str, list[str]] = {}
    for g in c.groups:
        x = c.row(period, g)
        if x is None:
            continue
        for label, reason in (("månad", x.ratio_reason), ("R12", x.ratio_r12_reason)):
            if reason:
                by_reason.setdefault(reason, []).append(f"{g} ({label})")
    return [f"Hyrkvot kan inte räknas för {', '.join(where)}: {reason}." for reason, where in by_reason.items()]


def _ytd_label(d: DialogueData, year: int) -> str:
    first, last = MONTH_ABBREVIATIONS[0], MONTH_ABBREVIATIONS[d.period.month - 1]
    return f"jan {year}" if d.period.month == 1 else f"{first}–{last} {year}"


# --- Sammanfattning ------------------------------------------------------------------
def _summary(ws: Worksheet, d: DialogueData) -> None:
    from openpyxl.styles import Alignment, Font

    styles.title(ws, "Underlag för dialog i linjen", _where(d))
    styles.header(ws, HEADER_ROW, ["Uppgift", "Värde", "Kommentar"])
    r = HEADER_ROW + 1
    for label, value, fmt in (
        ("Enhet", d.unit_name, None),
        ("Enhetskod", d.unit_code, None),
        ("Verksamhetsområde", d.care_area, None),
        ("Period", str(d.period), None),
        ("Skapad", d.created, "yyyy-mm-dd hh:mm"),
        ("Skapad med", f"hyrdesk {d.app_version}", None),
    ):
        write_row(ws, r, [label, value], [None, fmt])
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="left")
        r += 1

    r += 1
    styles.subheading(ws, r, "Nyckeltal")
    r += 1
    r = _summary_costs(ws, r, d)
    r = _summary_followup(ws, r, d)
    r = _summary_gaps(ws, r, d)
    r = _summary_review(ws, r, d)
    r = _summary_actions(ws, r, d)

    r += 1
    styles.subheading(ws, r, "Text till dialogen")
    r += 1
    text = d.text.strip("\n") if d.text.strip() else ""
    cell = set_value(ws.cell(row=r, column=1), text if text else "(Ingen text skriven för den här perioden.)")
    if not text:
        cell.font = Font(italic=True, color=styles.MUTED)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    lines = sum(max(1, len(line) // 95 + 1) for line in (text or " ").split("\n"))
    ws.row_dimensions[r].height = min(409, max(30, 15 * lines + 6))

    styles.widths(ws, {"A": 44, "B": 22, "C": 48})
    styles.page(ws, HEADER_ROW, _where(d), landscape=False)


def _figure(ws: Worksheet, r: int, label: str, value: Decimal | int | None, fmt: str, comment: str = "") -> int:
    from openpyxl.styles import Alignment

    cells = write_row(ws, r, [label, value, comment or None], [None, fmt, None])
    cells[2].alignment = Alignment(indent=1)
    return r + 1


def _missing(ws: Worksheet, r: int, label: str, note: str) -> int:
    set_value(ws.cell(row=r, column=1), label)
    styles.note(ws, r, note, column=2, warn=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    styles.wrap(ws, r, r, [2])
    ws.row_dimensions[r].height = 15 * (len(note) // 60 + 1) + 3
    return r + 1


def _summary_costs(ws: Worksheet, r: int, d: DialogueData) -> int:
    c = d.costs
    if c is None:
        return _missing(ws, r, "Hyrkostnader", d.notes.get("costs", ""))
    t = c.row(d.period, c.total_group)
    target = f"Mål: högst {str(c.target_pct).replace('.', ',')} %"
    month = d.period.label()
    r = _figure(ws, r, f"Hyrkostnad {month}", t.hire if t else None, FMT_KR)
    r = _figure(
        ws,
        r,
        "Hyrkostnad rullande 12 månader (R12)",
        t.r12 if t else None,
        FMT_KR,
        "" if t and t.r12 is not None else "Kräver 12 månader med uppgifter.",
    )
    r = _figure(ws, r, f"Hyrkostnad ackumulerat {_ytd_label(d, d.period.year)}", t.ytd if t else None, FMT_KR)
    r = _figure(ws, r, f"Samma period {d.period.year - 1}", t.ytd_prev if t else None, FMT_KR)
    r = _figure(ws, r, "Förändring mot samma period förra året", t.ytd_change if t else None, FMT_KR)
    r = _figure(ws, r, "Förändring i procent", t.ytd_change_pct if t else None, FMT_PCT)
    r = _figure(ws, r, f"Hyrkvot {month} (% av kostnad egen personal)", t.ratio_pct if t else None, FMT_PCT, target)
    r = _figure(ws, r, "Hyrkvot R12", t.ratio_r12_pct if t else None, FMT_PCT, target)
    return r


def _summary_followup(ws: Worksheet, r: int, d: DialogueData) -> int:
    f = d.followup
    if f is None:
        note = d.notes.get("followup")
        return _missing(ws, r, "Helårsprognos", note) if note else r
    year = d.period.year
    total = f.total
    how = f.how + (" Osäker: bara årets första månader är kända." if f.uncertain else "")
    r = _figure(ws, r, f"Helårsprognos hyrkostnad {year}", total.year, FMT_KR, how)
    _wrap_comment(ws, r - 1, how)
    r = _figure(ws, r, f"Prognos hyrkvot {year}", f.ratio_pct, FMT_PCT)
    if f.headroom is not None:
        label = "Utrymme kvar till målet" if f.headroom >= 0 else "Över målet med"
        r = _figure(ws, r, label, abs(f.headroom), FMT_KR, "Målet × prognosen för egen personal − prognosen för hyr.")
    if total.budget is not None:
        r = _figure(ws, r, f"Budget hyrkostnad {year}", total.budget, FMT_KR)
        r = _figure(ws, r, "Avvikelse mot budget (prognos − budget)", total.deviation, FMT_KR)
    for row in f.rows[:-1]:
        if row.budget is not None:
            r = _figure(ws, r, f"  {row.group}: avvikelse mot budget", row.deviation, FMT_KR)
    if f.comment:
        r = _figure(ws, r, "Kommentar till avvikelsen", None, FMT_KR, f.comment)
        _wrap_comment(ws, r - 1, f.comment)
    hired = next((v for k, v in f.cover_r12.items() if k == "Hyrpersonal"), None)
    if hired is not None:
        r = _figure(
            ws, r, "Hyrpersonal R12 i årsarbetare", hired[1], FMT_DEC2, f"{f.fte_hours:g} timmar per årsarbetare"
        )
    if f.sick_note:
        r = _missing(ws, r, "Sjukfrånvaro", f.sick_note)
    else:
        r = _figure(ws, r, f"Sjukfrånvaro {d.period.label()}", f.sick_month_pct, FMT_PCT)
        r = _figure(ws, r, "Sjukfrånvaro R12", f.sick_r12_pct, FMT_PCT)
    return r


def _wrap_comment(ws: Worksheet, r: int, text: str) -> None:
    """A long comment in column C wraps within the printed width; its row grows to fit."""
    from openpyxl.styles import Alignment

    for column in (1, 2):
        ws.cell(row=r, column=column).alignment = Alignment(vertical="top")
    ws.cell(row=r, column=3).alignment = Alignment(wrap_text=True, vertical="top", indent=1)
    ws.row_dimensions[r].height = 15 * (len(text) // 50 + 1) + 3


def _summary_gaps(ws: Worksheet, r: int, d: DialogueData) -> int:
    g = d.gaps
    if g is None:
        return _missing(ws, r, "Bemanningsluckor", d.notes.get("gaps", ""))
    span = f"{g.months[0].label()}–{g.months[-1].label()}"
    r = _figure(ws, r, f"Bemanningsluckor, timmar {span}", g.total, FMT_DEC1)
    if g.hire_label:
        r = _figure(ws, r, "  varav täckta av hyrpersonal", g.coverage_total(g.hire_label), FMT_DEC1)
    if g.uncovered_label:
        r = _figure(ws, r, "  varav inte täckta", g.coverage_total(g.uncovered_label), FMT_DEC1)
    return r


def _summary_review(ws: Worksheet, r: int, d: DialogueData) -> int:
    v = d.review
    if v is None:
        return _missing(ws, r, "Administrativ översyn", d.notes.get("review", ""))
    r = _figure(ws, r, "Administrativa uppgifter i senaste översynen", len(v.tasks), FMT_INT, v.title)
    r = _figure(ws, r, "  varav dialog i linjen", v.line_dialogue, FMT_INT)
    r = _figure(ws, r, "  varav eget beslut", v.own_decision, FMT_INT)
    r = _figure(ws, r, "Tid för uppgifterna, timmar per år", v.hours_per_year, FMT_DEC1)
    r = _figure(ws, r, "Frigjorda timmar per år", v.hours_freed_per_year, FMT_DEC1)
    return r


def _summary_actions(ws: Worksheet, r: int, d: DialogueData) -> int:
    a = d.actions
    if a is None:
        return _missing(ws, r, "Åtgärdsplan", d.notes.get("actions", ""))
    r = _figure(ws, r, "Åtgärder i åtgärdsplanen", a.total, FMT_INT, f"{a.done} av {a.total} genomförda")
    r = _figure(ws, r, "  varav försenade", a.overdue, FMT_INT)
    r = _figure(ws, r, "  varav dialog i linjen", a.line_dialogue, FMT_INT, "beslut över enhetens nivå")
    r = _figure(ws, r, "  varav med uppnådd effekt", a.effect_reached, FMT_INT)
    dialogue = (d.review.line_dialogue if d.review else 0) + a.line_dialogue
    r = _figure(ws, r, "Att ta i dialog i linjen", dialogue, FMT_INT, "uppgifter i översynen och åtgärder")
    return r


# --- Hyrkostnader -------------------------------------------------------------------
def _costs(ws: Worksheet, d: DialogueData) -> None:
    styles.title(ws, "Hyrkostnader", f"{_where(d)} · belopp i kronor, hyrkvot i procent av kostnad egen personal")
    c = d.costs
    if c is None:
        styles.header(ws, HEADER_ROW, ["Månad"])
        styles.note(ws, HEADER_ROW + 1, d.notes.get("costs", ""), warn=True)
        styles.widths(ws, {"A": 100})
        styles.page(ws, HEADER_ROW, _where(d))
        return
    groups, total = c.groups[:-1], c.total_group
    labels = ["Månad", *groups, total, "R12 totalt", "Kostnad egen personal", "Hyrkvot %", "Hyrkvot R12 %", "Mål %"]
    styles.header(ws, HEADER_ROW, labels)
    values = []
    for p in c.months:
        rows = [c.row(p, g) for g in c.groups]
        t = rows[-1]
        values.append(
            [
                p.first_day,
                *[x.hire if x else None for x in rows],
                t.r12 if t else None,
                t.own if t else None,
                t.ratio_pct if t else None,
                t.ratio_r12_pct if t else None,
                c.target_pct,
            ]
        )
    formats = ["yyyy-mm", *[FMT_KR] * (len(c.groups) + 2), FMT_PCT, FMT_PCT, FMT_PCT]
    first = HEADER_ROW + 1
    end = styles.rows(ws, first, values, formats)
    last = end - 1

    r = end + 1
    styles.subheading(ws, r, f"Ackumulerat {_ytd_label(d, d.period.year)} mot samma period {d.period.year - 1}")
    r += 1
    ytd_header = r
    styles.header(
        ws,
        r,
        [
            "Rapportgrupp",
            f"Hyrkostnad {d.period.label()}",
            "R12",
            f"Ack {d.period.year}",
            f"Ack {d.period.year - 1}",
            "Förändring kr",
            "Förändring %",
            "Hyrkvot %",
            "Hyrkvot R12 %",
        ],
    )
    ytd = []
    for g in c.groups:
        x = c.row(d.period, g)
        ytd.append(
            [
                g,
                *(
                    (x.hire, x.r12, x.ytd, x.ytd_prev, x.ytd_change, x.ytd_change_pct, x.ratio_pct, x.ratio_r12_pct)
                    if x
                    else [None] * 8
                ),
            ]
        )
    r = styles.rows(
        ws, r + 1, ytd, [None, FMT_KR, FMT_KR, FMT_KR, FMT_KR, FMT_KR, FMT_PCT, FMT_PCT, FMT_PCT], bold_last=True
    )
    styles.note(
        ws,
        r,
        "Tom cell: värdet kan inte beräknas (t.ex. R12 innan det finns 12 månader med uppgifter). "
        "Se bladet Definitioner.",
    )
    r += 1
    for line in _ratio_reasons(c, d.period):  # a blank ratio says exactly why, and what to do
        styles.note(ws, r, line, warn=True)
        r += 1

    from openpyxl.worksheet.pagebreak import Break

    ws.row_breaks.append(Break(id=r))  # the charts start a printed page of their own
    _cost_charts(ws, c, first, last, r + 1)
    styles.widths(ws, {"A": 27, **{col: 14 for col in "BCDEFG"}, "H": 11, "I": 11, "J": 11})
    styles.page(ws, HEADER_ROW, _where(d), repeat_rows=2)
    styles.fit_row_heights(ws, [HEADER_ROW, ytd_header])


def _cost_charts(ws: Worksheet, c: CostSection, first: int, last: int, anchor_row: int) -> None:
    from openpyxl.chart import LineChart, Reference

    n_groups = len(c.groups)
    cats = Reference(ws, min_col=1, min_row=first, max_row=last)

    cost = LineChart()
    cost.title = "Hyrkostnad per månad och rapportgrupp (kr)"
    cost.y_axis.title = "kr"
    cost.y_axis.number_format = "#,##0"
    cost.add_data(
        Reference(ws, min_col=2, max_col=1 + n_groups, min_row=HEADER_ROW, max_row=last), titles_from_data=True
    )
    cost.set_categories(cats)
    _axes(cost, len(c.months))
    cost.width = 15
    ws.add_chart(cost, f"A{anchor_row}")

    ratio = LineChart()
    ratio.title = "Hyrkvot: hyrkostnad i % av kostnad egen personal"
    ratio.y_axis.title = "%"
    ratio.y_axis.number_format = "0.0"
    ratio_col = 2 + n_groups + 2  # after the groups, R12 totalt and own staff cost
    ratio.add_data(
        Reference(ws, min_col=ratio_col, max_col=ratio_col + 2, min_row=HEADER_ROW, max_row=last), titles_from_data=True
    )
    ratio.set_categories(cats)
    _axes(ratio, len(c.months))
    # Three lines a black-and-white print still tells apart: the month thin, R12 thick and
    # solid, the target dashed (before, R12 and the target were the same red).
    month, r12, target = ratio.series[-3:]
    month.graphicalProperties.line.solidFill = "1F7A8C"
    month.graphicalProperties.line.width = 15875  # 1.25 pt
    r12.graphicalProperties.line.solidFill = "1B2830"
    r12.graphicalProperties.line.width = 31750  # 2.5 pt
    target.graphicalProperties.line.dashStyle = "dash"
    target.graphicalProperties.line.solidFill = "B3261E"
    target.graphicalProperties.line.width = 19050  # 1.5 pt
    ratio.width = 13
    ws.add_chart(ratio, f"F{anchor_row}")


def _axes(chart: LineChart, months: int) -> None:
    from openpyxl.chart.axis import TextAxis

    x_axis, legend = chart.x_axis, chart.legend
    assert isinstance(x_axis, TextAxis) and legend is not None  # what a new LineChart has
    chart.height = 11
    x_axis.number_format = "yyyy-mm"
    x_axis.title = "Månad"
    legend.position = "b"
    # openpyxl hides both axes unless told otherwise (``delete`` defaults to True in 3.1).
    x_axis.delete = False
    chart.y_axis.delete = False
    x_axis.tickLblSkip = 3 if months > 12 else 1
    for s in chart.series:
        s.smooth = False
        s.marker.symbol = "none"


# --- Bemanningsluckor ----------------------------------------------------------------
def _gaps(ws: Worksheet, d: DialogueData) -> None:
    styles.title(ws, "Bemanningsluckor", f"{_where(d)} · timmar per månad, bara summor (inga anteckningar)")
    g = d.gaps
    if g is None:
        styles.header(ws, HEADER_ROW, ["Månad"])
        styles.note(ws, HEADER_ROW + 1, d.notes.get("gaps", ""), warn=True)
        styles.widths(ws, {"A": 100})
        styles.page(ws, HEADER_ROW, _where(d))
        return
    r = _gap_table(ws, HEADER_ROW, g.coverages, g.by_coverage, g.months)
    styles.subheading(ws, r + 1, "Orsak: timmar per månad")
    _gap_table(ws, r + 2, g.causes, g.by_cause, g.months)
    from openpyxl.utils import get_column_letter

    styles.widths(
        ws, {"A": 14, **{get_column_letter(i): 15 for i in range(2, 3 + max(len(g.coverages), len(g.causes)))}}
    )
    styles.fit_row_heights(ws, [HEADER_ROW, r + 2])
    styles.page(ws, HEADER_ROW, _where(d), repeat_rows=2, one_page=True)


def _gap_table(
    ws: Worksheet,
    header_row: int,
    labels: Sequence[str],
    table: Mapping[Period, Mapping[str, Decimal]],
    months: Sequence[Period],
) -> int:
    styles.header(ws, header_row, ["Månad", *labels, "Totalt"])
    values = []
    sums = [Decimal(0)] * (len(labels) + 1)
    for p in months:
        hours = [table.get(p, {}).get(label, Decimal(0)) for label in labels]
        row = [*hours, sum(hours, Decimal(0))]
        sums = [a + b for a, b in zip(sums, row)]
        values.append([p.first_day, *row])
    values.append(["Summa", *sums])
    formats = ["yyyy-mm", *[FMT_DEC1] * (len(labels) + 1)]
    return styles.rows(ws, header_row + 1, values, formats, bold_last=True)


# --- Administrativ översyn ----------------------------------------------------------------
def _review(ws: Worksheet, d: DialogueData) -> None:
    v = d.review
    subtitle = (
        (
            f"{v.title} · mall: {v.template} · påbörjad {v.started_on.isoformat()}"
            + (f", avslutad {v.finished_on.isoformat()}" if v.finished_on else ", pågående")
            + " · uppgifter som kräver dialog i linjen först"
        )
        if v
        else _where(d)
    )
    styles.title(ws, "Administrativ översyn", subtitle)
    styles.header(ws, HEADER_ROW, list(schema.REVIEW_COLUMNS))
    if v is None:
        styles.note(ws, HEADER_ROW + 1, d.notes.get("review", ""), warn=True)
    elif not v.tasks:
        styles.note(ws, HEADER_ROW + 1, "Översynen har inga uppgifter ännu.")
    else:
        formats = [None, None, None, FMT_DEC1, None, None, None, None, None, FMT_DATE, None, FMT_DEC1]
        # A totals row under the tasks (its Beslutsväg is empty, so a roll-up never reads it as a task).
        total = (
            "Summa",
            f"{len(v.tasks)} uppgifter",
            None,
            sum((t.hours_per_year for t in v.tasks if t.hours_per_year is not None), Decimal(0)),
            *([None] * 7),
            sum((t.hours_freed for t in v.tasks if t.hours_freed is not None), Decimal(0)),
        )
        styles.rows(ws, HEADER_ROW + 1, [*(task_values(t) for t in v.tasks), total], formats, bold_last=True)
        styles.wrap(ws, HEADER_ROW + 1, HEADER_ROW + len(v.tasks) + 1)
    styles.widths(
        ws, {"A": 16, "B": 36, "C": 19, "D": 9, "E": 11, "F": 19, "G": 10, "H": 15, "I": 19, "J": 11, "K": 10, "L": 10}
    )
    styles.fit_row_heights(ws, range(HEADER_ROW, HEADER_ROW + 2 + (len(v.tasks) if v else 0)))
    styles.page(ws, HEADER_ROW, _where(d))


# --- Definitioner and data -------------------------------------------------------------
def _definitions(ws: Worksheet, d: DialogueData) -> None:
    styles.title(
        ws, "Definitioner", "Hur varje mått räknas fram, och bladet data för maskinell läsning (dolt, skrivs inte ut)"
    )
    styles.header(ws, HEADER_ROW, ["Mått", "Definition"])
    target = str(d.costs.target_pct if d.costs else "2").replace(".", ",")
    r = styles.rows(ws, HEADER_ROW + 1, [(k, v.format(target=target)) for k, v in DEFINITIONS], [None, None])
    styles.wrap(ws, HEADER_ROW + 1, r - 1)
    r += 1
    styles.subheading(ws, r, "Bladet data (långt format, schema " + schema.SCHEMA + ")")
    r += 1
    styles.header(ws, r, ["Kolumn eller mått", "Betydelse"])
    end = styles.rows(ws, r + 1, SCHEMA_ROWS, [None, None])
    styles.wrap(ws, r + 1, end - 1)
    styles.widths(ws, {"A": 30, "B": 100})
    styles.fit_row_heights(ws, range(HEADER_ROW + 1, end))
    styles.page(ws, HEADER_ROW, _where(d))


def _data(ws: Worksheet, d: DialogueData) -> None:
    styles.header(ws, 1, list(schema.DATA_COLUMNS))
    r = 2
    for values in data_rows(d):
        write_row(ws, r, values, [None, None, None, None, None, FMT_DEC2])
        r += 1
    ws.auto_filter.ref = f"A1:F{max(r - 1, 1)}"
    # For the roll-up, not for paper: hidden, it is left out when the workbook is printed
    # (it was 20-odd of the printout's pages). Excel shows it again with Ta fram (Unhide).
    ws.sheet_state = "hidden"
    styles.widths(ws, {"A": 12, "B": 28, "C": 10, "D": 26, "E": 30, "F": 16})
    styles.page(ws, 1, _where(d))


def _properties(wb: Workbook, d: DialogueData) -> None:
    from openpyxl.packaging.custom import IntProperty, StringProperty

    custom = wb.custom_doc_props  # type: ignore[attr-defined]  # openpyxl 3.1 has it; types-openpyxl does not yet
    p = wb.properties
    p.title = d.title
    p.subject = f"{d.unit_name} ({d.unit_code}), {d.period}"
    p.creator = f"hyrdesk {d.app_version}"
    p.lastModifiedBy = p.creator
    p.keywords = f"hyrdesk; dialog i linjen; {d.unit_code}; {d.period}"
    p.category = "Underlag för dialog i linjen"
    p.description = "Skapad av hyrdesk. Bladet data följer schemat " + schema.SCHEMA + "."
    p.created = p.modified = d.created
    for name, value in (
        (schema.PROP_SCHEMA, schema.SCHEMA),
        (schema.PROP_UNIT_CODE, d.unit_code),
        (schema.PROP_UNIT_NAME, d.unit_name),
        (schema.PROP_PERIOD, str(d.period)),
        (schema.PROP_CREATED, d.created.isoformat()),
        (schema.PROP_VERSION, d.app_version),
        (schema.PROP_CARE_AREA, d.care_area),
    ):
        custom.append(StringProperty(name=name, value=value))
    custom.append(IntProperty(name="hyrdesk_schema_version", value=schema.SCHEMA_VERSION))
