"""The action plan as a fillable Excel workbook (read back by ``services.actions.importing``).

* **Instruktioner** – how to fill it in and how the effect is computed;
* **Åtgärder** – one row per action: dropdowns on every choice, the
  computed columns (baseline, observed, change, effect reached, overdue) and
  the action number locked;
* hidden **Listor** (the dropdowns' values) and **hyrdesk** (which unit the
  workbook belongs to).

openpyxl is imported inside the functions: the GUI never pays for it at start-up.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from hyrdesk import __version__
from hyrdesk.domain.action_effect import Effect
from hyrdesk.domain.actions import FIELD_LABELS, Action, ActionStatus, AreaList, DecisionLevel, Indicator
from hyrdesk.domain.categories import StaffCategory
from hyrdesk.domain.gaps import Cause
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.files.xlsx_safe import FMT_DATE, FMT_DEC1, set_value

SHEET_HELP = "Instruktioner"
SHEET_ACTIONS = "Åtgärder"
SHEET_LISTS = "Listor"
SHEET_META = "hyrdesk"
WORKBOOK_FORMAT = "hyrdesk-atgardsplan-arbetsbok"
WORKBOOK_FORMAT_VERSION = 1
ID_HEADER = "Nr (ändra inte)"
BLANK_ROWS = 60

EDITABLE = tuple(FIELD_LABELS)  # title … note, in this order
COMPUTED_LABELS = {
    "baseline": "Baslinje/mån",
    "observed": "Utfall/mån",
    "change": "Förändring/mån",
    "reached": "Effekt uppnådd",
    "overdue": "Försenad",
}
COLUMNS = ("id", *EDITABLE, *COMPUTED_LABELS)
HEADERS = {"id": ID_HEADER, **FIELD_LABELS, **COMPUTED_LABELS}
_WIDTHS = {"id": 9, "title": 44, "area": 22, "owner_role": 20, "causes": 30, "indicator": 24, "note": 36}
_HEADER_FILL = "1F7A8C"
_COMPUTED_FILL = "E4E9EB"


def cell_text(action: Action, key: str, areas: AreaList, categories: Mapping[int, str]) -> Any:
    """An editable field as the workbook (and the import preview) shows it."""
    value = getattr(action, {"category": "category_id"}.get(key, key))
    if key == "area":
        return areas.name(value)
    if key == "category":
        return categories.get(value, "") if value is not None else ""
    if key == "causes":
        return ", ".join(c.label for c in action.causes_sorted)
    if key == "cost":
        return float(Decimal(value.ore) / 100) if value is not None else None
    if key == "expected":
        return float(value) if value is not None else None
    if isinstance(value, Period):
        return str(value)
    if hasattr(value, "label"):
        return value.label
    return value


def write_workbook(
    path: Path | str,
    unit: Unit,
    actions: Sequence[Action],
    effects: Mapping[int, Effect],
    *,
    areas: AreaList,
    categories: Sequence[StaffCategory],
    follow_up: Period,
    today: _dt.date,
) -> Path:
    """Write the workbook atomically; returns its path."""
    from openpyxl import Workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    wb = Workbook()
    help_ws: Any = wb.active
    help_ws.title = SHEET_HELP
    ws = wb.create_sheet(SHEET_ACTIONS)
    lists = wb.create_sheet(SHEET_LISTS)
    meta = wb.create_sheet(SHEET_META)
    ranges = _write_lists(lists, areas, categories, actions)
    _write_actions(ws, unit, actions, effects, areas, {c.id: c.name for c in categories}, ranges, today)
    _write_help(help_ws, unit, follow_up, today)
    for key, value in (
        ("format", WORKBOOK_FORMAT),
        ("format_version", WORKBOOK_FORMAT_VERSION),
        ("unit", unit.code),
        ("follow_up", str(follow_up)),
        ("exported", today.isoformat()),
        ("hyrdesk", __version__),
    ):
        meta.append([key, value])
    lists.sheet_state = "hidden"
    meta.sheet_state = "hidden"
    wb.active = 1
    wb.properties.title = f"Åtgärdsplan {unit.display}"
    wb.properties.creator = f"hyrdesk {__version__}"
    return save_workbook(wb, path)


def save_workbook(wb: Any, path: Path) -> Path:
    """Atomically, with a Swedish message for a locked file or an unwritable folder."""
    from hyrdesk.errors import UserError
    from hyrdesk.files.atomic import atomic_save_workbook

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return atomic_save_workbook(wb, path)
    except PermissionError:
        raise UserError(
            f"{path.name} går inte att skriva. Är filen öppen i Excel? Stäng den och försök igen."
        ) from None
    except OSError as exc:
        raise UserError(f"{path} kunde inte sparas: {exc.strerror or exc}.") from None


def _write_lists(
    ws: Any, areas: AreaList, categories: Sequence[StaffCategory], actions: Sequence[Action]
) -> dict[str, str]:
    from openpyxl.utils import get_column_letter

    roles = list(dict.fromkeys([*areas.roles, *(a.owner_role for a in actions)]))
    columns = {
        "area": [a.name for a in areas.areas],
        "category": [c.name for c in categories],
        "owner_role": roles or [""],
        "decision_level": DecisionLevel.labels(),
        "status": ActionStatus.labels(),
        "indicator": Indicator.labels(),
        "causes": Cause.labels(),
    }
    ranges = {}
    for col, (key, values) in enumerate(columns.items(), start=1):
        set_value(ws.cell(row=1, column=col), HEADERS[key])
        for row, value in enumerate(values, start=2):
            set_value(ws.cell(row=row, column=col), value)
        letter = get_column_letter(col)
        ranges[key] = f"'{SHEET_LISTS}'!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _write_actions(
    ws: Any,
    unit: Unit,
    actions: Sequence[Action],
    effects: Mapping[int, Effect],
    areas: AreaList,
    categories: Mapping[int, str],
    ranges: Mapping[str, str],
    today: _dt.date,
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from hyrdesk.files.xlsx_safe import print_setup

    letter = {key: get_column_letter(i) for i, key in enumerate(COLUMNS, start=1)}
    last_row = len(actions) + BLANK_ROWS + 1
    computed_fill = PatternFill("solid", fgColor=_COMPUTED_FILL)
    for key in COLUMNS:
        cell = set_value(ws[f"{letter[key]}1"], HEADERS[key])
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[letter[key]].width = _WIDTHS.get(key, 14)
    ws.row_dimensions[1].height = 32
    for row, a in enumerate(actions, start=2):
        set_value(ws[f"{letter['id']}{row}"], a.id)
        for key in EDITABLE:
            value = cell_text(a, key, areas, categories)
            if value not in (None, ""):
                set_value(ws[f"{letter[key]}{row}"], value, FMT_DEC1 if key in ("expected", "cost") else None)
        e = effects.get(a.id or 0)
        computed = {
            "baseline": e.baseline if e else None,
            "observed": e.observed if e else None,
            "change": e.change if e else None,
            "reached": None if e is None or e.reached is None else ("Ja" if e.reached else "Nej"),
            "overdue": "Ja" if a.overdue(today) else "",
        }
        for key, value in computed.items():
            if value is not None:
                set_value(ws[f"{letter[key]}{row}"], value, FMT_DEC1)
    unlocked = Protection(locked=False)
    for row in range(2, last_row + 1):
        for key in COLUMNS:
            cell = ws[f"{letter[key]}{row}"]
            if key == "id" or key in COMPUTED_LABELS:
                cell.fill = computed_fill
            else:
                cell.protection = unlocked
                if key in ("start", "due", "follow_up"):
                    cell.number_format = FMT_DATE
                elif key in ("baseline_from", "baseline_to"):
                    cell.number_format = "@"  # 2024-01 stays text, not a date

    def dropdown(key: str, strict: bool = True) -> None:
        dv = DataValidation(
            type="list",
            formula1=f"={ranges[key]}",
            allow_blank=True,
            showErrorMessage=strict,
            errorTitle="Ogiltigt värde",
            error="Välj ett värde i listan.",
        )
        dv.add(f"{letter[key]}2:{letter[key]}{last_row}")
        ws.add_data_validation(dv)

    for key in ("area", "category", "decision_level", "status", "indicator"):
        dropdown(key)
    dropdown("owner_role", strict=False)  # suggestions: any role may be typed
    dropdown("causes", strict=False)  # one from the list, or several separated by commas
    for key in ("start", "due", "follow_up"):
        dv = DataValidation(
            type="date",
            operator="greaterThan",
            formula1="36526",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ogiltigt datum",
            error="Skriv ett datum, t.ex. 2025-03-31.",
        )
        dv.add(f"{letter[key]}2:{letter[key]}{last_row}")
        ws.add_data_validation(dv)
    print_setup(ws)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{letter[COLUMNS[-1]]}{last_row}"
    ws.protection.sheet = True  # locked, not secret: no password
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False


HELP = (
    "Fyll i en rad per åtgärd på bladet Åtgärder. Nya åtgärder skrivs på tomma rader; låt kolumnen Nr vara tom.",
    "Ansvarig anges som en roll (t.ex. Enhetschef), aldrig med namn. Skriv inga personuppgifter.",
    "Beslutsnivå över Enhet (Verksamhet, Förvaltning, Region) innebär att åtgärden tas i dialog i linjen.",
    "Orsaker: de orsaker till bemanningsluckor som åtgärden riktar sig mot, flera åtskilda med komma. "
    "Tomt betyder alla orsaker.",
    "Indikator och förväntad förändring per månad hör ihop: t.ex. Hyrpersonal, timmar/mån och −20 "
    "betyder 20 färre timmar hyrpersonal per månad.",
    "Baslinjen är som standard medelvärdet per månad för de 6 månaderna före startmånaden. "
    "Utfallet är medelvärdet för de 3 senaste avslutade månaderna, räknat från startmånaden.",
    "De grå kolumnerna räknas fram av hyrdesk och kan inte ändras. Effekten uppnås när förändringen "
    "är minst den förväntade, i rätt riktning.",
    "Läs in filen i hyrdesk (Åtgärder → Importera…). Du ser alla ändringar innan något sparas.",
)


def _write_help(ws: Any, unit: Unit, follow_up: Period, today: _dt.date) -> None:
    from openpyxl.styles import Alignment, Font

    set_value(ws["A1"], f"Åtgärdsplan – {unit.display}").font = Font(bold=True, size=14)
    set_value(ws["A2"], f"Exporterad {today.isoformat()}; effekten är beräknad till och med {follow_up.long_label()}.")
    for row, text in enumerate(HELP, start=4):
        cell = set_value(ws[f"A{row}"], text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 100
