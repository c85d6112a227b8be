"""The action plan in the line-dialogue workbook: the Åtgärder sheet, its summary lines and data rows.

The figures are the action service's own (``services/actions``); this module
only turns them into the workbook's plain shapes. Actions above the unit's
own decision level are the line's dialogue items: they come first, as the
review's dialogue items do on their sheet.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.services.line_dialogue import schema

if TYPE_CHECKING:
    from hyrdesk.services.actions.service import ActionService

NOTE_ACTIONS_MISSING = "Uppgifter om åtgärdsplanen saknas: den här versionen av hyrdesk kan inte ta fram dem."


@dataclass(frozen=True)
class ActionLine:
    title: str
    area: str
    owner_role: str
    decision_level: str
    line_dialogue: bool
    status: str
    start: _dt.date
    due: _dt.date
    overdue: bool
    indicator: str
    baseline: Decimal | None
    observed: Decimal | None
    change: Decimal | None
    expected: Decimal | None
    reached: bool | None


@dataclass(frozen=True)
class ActionSection:
    follow_up: Period
    lines: list[ActionLine]  # line dialogue first, then by due date
    total: int
    done: int
    overdue: int
    line_dialogue: int
    without_effect: int
    effect_reached: int
    plan_text: str


def action_section(
    actions: ActionService | None, unit: Unit, period: Period
) -> tuple[ActionSection | None, str | None]:
    """The plan as of ``period`` (the export's month): effect to that month, overdue at its last day."""
    if actions is None:
        return None, NOTE_ACTIONS_MISSING
    items, effects, s = actions.summary(unit, period, period.last_day)
    if not items:
        return None, "Enheten har ingen åtgärdsplan ännu."
    areas = actions.areas()
    lines = []
    for a in sorted(items, key=lambda a: (not a.line_dialogue, a.due, a.id or 0)):
        e = effects.get(a.id or 0)
        lines.append(
            ActionLine(
                title=a.title,
                area=areas.name(a.area),
                owner_role=a.owner_role,
                decision_level=a.decision_level.label,
                line_dialogue=a.line_dialogue,
                status=a.status.label,
                start=a.start,
                due=a.due,
                overdue=a.overdue(period.last_day),
                indicator=a.indicator.label if a.indicator else "",
                baseline=e.baseline if e else None,
                observed=e.observed if e else None,
                change=e.change if e else None,
                expected=a.expected,
                reached=e.reached if e else None,
            )
        )
    return ActionSection(
        follow_up=period,
        lines=lines,
        total=s.total,
        done=s.done,
        overdue=s.overdue,
        line_dialogue=s.line_dialogue,
        without_effect=s.without_effect,
        effect_reached=s.effect_reached,
        plan_text=actions.plan_text(unit, period),
    ), None


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Ja" if value else "Nej")


def line_values(x: ActionLine) -> tuple[Any, ...]:
    """An action's cells, in the order of ``schema.ACTION_COLUMNS``."""
    return (
        x.title,
        x.area,
        x.owner_role,
        x.decision_level,
        "Dialog i linjen" if x.line_dialogue else "Eget beslut",
        x.status,
        x.start,
        x.due,
        _yes_no(x.overdue) if x.overdue else "",
        x.indicator,
        x.baseline,
        x.observed,
        x.change,
        x.expected,
        _yes_no(x.reached),
    )


def action_data_rows(section: ActionSection | None, period: Period) -> Iterator[tuple[Period, str, str, int]]:
    """(period, measure, category, value) for the data sheet; category Totalt."""
    if section is None:
        return
    for measure, value in (
        (schema.ACTIONS_TOTAL, section.total),
        (schema.ACTIONS_DONE, section.done),
        (schema.ACTIONS_OVERDUE, section.overdue),
        (schema.ACTIONS_LINE_DIALOGUE, section.line_dialogue),
    ):
        yield period, measure, schema.ACTIONS_CATEGORY, value


# --- writing --------------------------------------------------------------------------------
def write_sheet(ws: Any, section: ActionSection | None, note: str, where: str, header_row: int) -> None:
    from hyrdesk.files.xlsx_safe import FMT_DATE, FMT_DEC1
    from hyrdesk.services.line_dialogue import styles

    subtitle = (
        f"{where} · {section.done} av {section.total} genomförda, {section.overdue} försenade, "
        f"{section.line_dialogue} för dialog i linjen (först i listan) · effekt till och med "
        f"{section.follow_up.long_label()}"
        if section
        else where
    )
    styles.title(ws, "Åtgärder", subtitle)
    styles.header(ws, header_row, list(schema.ACTION_COLUMNS))
    if section is None:
        styles.note(ws, header_row + 1, note, warn=True)
        styles.widths(ws, {"A": 100})
        styles.page(ws, header_row, where)
        return
    formats = [None, None, None, None, None, None, FMT_DATE, FMT_DATE, None, None, *[FMT_DEC1] * 4, None]
    end = styles.rows(ws, header_row + 1, [line_values(x) for x in section.lines], formats)
    styles.wrap(ws, header_row + 1, end - 1)
    r = end + 1
    styles.note(
        ws,
        r,
        "Baslinje och utfall är medelvärden per månad (timmar, eller kronor för hyrkostnad): baslinjen de 6 "
        "månaderna före start, utfallet de 3 senaste månaderna från start. Tom cell: kan inte mätas ännu.",
    )
    r += 2
    styles.subheading(ws, r, "Plan framåt")
    r += 1
    from openpyxl.styles import Alignment, Font

    from hyrdesk.files.xlsx_safe import set_value

    text = section.plan_text.strip()
    cell = set_value(ws.cell(row=r, column=1), text or "(Ingen plan framåt skriven för månaden.)")
    if not text:
        cell.font = Font(italic=True, color=styles.MUTED)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = min(409, max(30, 15 * (len(text) // 120 + 1) + 6))
    styles.widths(
        ws,
        {"A": 36.0, "B": 18.0, "C": 18.0, "D": 12.0, "E": 15.0, "F": 12.0, "G": 11.0, "H": 11.0, "I": 9.0}
        | {"J": 22.0, "K": 10.0, "L": 10.0, "M": 11.0, "N": 11.0, "O": 9.0},
    )
    styles.fit_row_heights(ws, range(header_row, end))
    styles.page(ws, header_row, where)
