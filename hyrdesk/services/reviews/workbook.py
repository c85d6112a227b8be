"""A review (or an empty template) as a fillable Excel workbook.

Staff who do not have hyrdesk fill the review in Excel; ``review_import``
reads it back. The workbook has:

* **Instruktioner** – how to fill it in, the template's guidance per area and
  field, and how the computed columns are computed;
* **Uppgifter** – one row per task, dropdowns on every choice field, the
  computed columns (hours per year, route) as formulas and locked, like the
  task number that ties a row to the task in hyrdesk;
* **Förslag från mallen** – the template's suggested tasks to copy from;
* hidden **Listor** (the dropdowns' values) and **hyrdesk** (which unit,
  review and template the workbook belongs to, and the template itself, so
  that an empty template filled in elsewhere can be read back anywhere).

openpyxl is imported inside the functions: the GUI never pays for it at start-up.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk import __version__
from hyrdesk.domain.review import (
    COMPUTED_FIELDS,
    MAX_COUNT,
    MAX_MINUTES,
    MINUTES_PER_HOUR,
    MONTHS_PER_YEAR,
    SIMPLIFY_SHARE,
    TASK_FIELD_LABELS,
    WORKING_DAYS_PER_YEAR,
    WORKING_WEEKS_PER_YEAR,
    Affects,
    Frequency,
    Origin,
    Proposal,
    Review,
    ReviewTask,
    Route,
    Status,
)
from hyrdesk.domain.review_roles import exported_responsible, responsible_choices
from hyrdesk.domain.review_template import Template
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.space import disk_full_message
from hyrdesk.files.writable import explain_os_error
from hyrdesk.files.xlsx_safe import FMT_DATE, FMT_DEC1, fit_columns, print_setup, set_value, write_row

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_HELP = "Instruktioner"
SHEET_TASKS = "Uppgifter"
SHEET_SUGGESTIONS = "Förslag från mallen"
SHEET_LISTS = "Listor"
SHEET_META = "hyrdesk"
WORKBOOK_FORMAT = "hyrdesk-oversyn-arbetsbok"
WORKBOOK_FORMAT_VERSION = 1
ID_HEADER = "Nr (ändra inte)"
BLANK_ROWS = 150  # empty rows ready for new tasks, with formulas and dropdowns
META_CHUNK = 30_000  # an Excel cell holds at most 32 767 characters
HELP_WIDTH = 70  # characters: the instructions fit A4 portrait without scaling, in Excel and LibreOffice

_WIDTHS = {
    "id": 9,
    "area": 24,
    "description": 55,
    "role": 22,
    "minutes": 11,
    "frequency": 12,
    "count": 10,
    "hours_per_year": 11,
    "usefulness": 11,
    "origin": 19,
    "proposal": 13,
    "receiving_role": 20,
    "affects_others": 13,
    "route": 16,
    "responsible": 20,
    "due_date": 13,
    "status": 13,
    "hours_freed": 13,
}
_HEADER_FILL = "1F7A8C"
_COMPUTED_FILL = "E4E9EB"


def task_columns(template: Template) -> list[str]:
    """The columns of the task sheet: the number, the area, then the template's fields and the computed ones."""
    return template.columns


def column_header(key: str) -> str:
    return ID_HEADER if key == "id" else TASK_FIELD_LABELS[key]


def write_workbook(
    path: Path | str,
    template: Template,
    *,
    unit: Unit | None = None,
    review: Review | None = None,
    tasks: Iterable[ReviewTask] = (),
    today: _dt.date | None = None,
) -> Path:
    """Write the workbook atomically (a half-written file never appears under ``path``)."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    today = today or _dt.date.today()
    tasks = list(tasks)
    wb = Workbook()
    help_ws = wb.active
    assert isinstance(help_ws, Worksheet)  # a new workbook has one worksheet
    help_ws.title = SHEET_HELP
    tasks_ws = wb.create_sheet(SHEET_TASKS)
    suggestions_ws = wb.create_sheet(SHEET_SUGGESTIONS)
    lists_ws = wb.create_sheet(SHEET_LISTS)
    meta_ws = wb.create_sheet(SHEET_META)
    ranges = _write_lists(lists_ws, template, tasks)
    _write_tasks(tasks_ws, template, tasks, ranges)
    _write_help(help_ws, template, unit, review, today)
    _write_suggestions(suggestions_ws, template)
    _write_meta(meta_ws, template, unit, review, today)
    lists_ws.sheet_state = "hidden"
    meta_ws.sheet_state = "veryHidden"
    wb.active = 1 if tasks else 0
    wb.properties.title = "Översyn av administrativa uppgifter"
    wb.properties.subject = unit.display if unit else template.display
    wb.properties.creator = f"hyrdesk {__version__}"
    return _save_atomically(wb, path)


def _save_atomically(wb: Workbook, path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Det går inte att skriva i mappen {path.parent}: {exc.strerror or exc}.") from None
    tmp = path.parent / f".{path.stem}.{secrets.token_hex(4)}.tmp"
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            f"{path.name} går inte att skriva. Är filen öppen i Excel? Stäng den och försök igen."
        ) from None
    except OSError as exc:
        size = Path(tmp).stat().st_size if Path(tmp).exists() else None
        Path(tmp).unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise UserError(f"{path.name} sparades inte. {disk_full_message(path.parent, size, path.name)}") from None
        raise UserError(f"{path} sparades inte: {explain_os_error(exc, path.parent)}") from None
    return path


# --- the hidden lists -------------------------------------------------------------------
def _write_lists(ws: Worksheet, template: Template, tasks: list[ReviewTask]) -> dict[str, str]:
    """Write each dropdown's values in a column; returns field key → absolute range."""
    roles = list(
        dict.fromkeys(
            [*template.roles, *(t.role for t in tasks), *(t.receiving_role for t in tasks if t.receiving_role)]
        )
    )
    columns: dict[str, tuple[str, Sequence[object]]] = {
        "area": ("Område", [a.name for a in template.areas]),
        "frequency": ("Frekvens", Frequency.labels()),
        "per_year": ("Gånger per år", [f.per_year for f in Frequency]),
        "usefulness": ("Nytta", [1, 2, 3, 4]),
        "origin": ("Kravets ursprung", Origin.labels()),
        "proposal": ("Förslag", Proposal.labels()),
        "affects_others": ("Påverkar andra enheter", Affects.labels()),
        "status": ("Status", Status.labels()),
        "role": ("Roller", roles or [""]),
        # Ansvarig is a role from the template's list, never a name (domain/review_roles.py).
        "responsible": ("Ansvarig (roll)", list(responsible_choices(template.roles, (t.role for t in tasks))) or [""]),
    }
    from openpyxl.utils import get_column_letter

    ranges = {}
    for col, (key, (title, values)) in enumerate(columns.items(), start=1):
        set_value(ws.cell(row=1, column=col), title)
        for row, value in enumerate(values, start=2):
            set_value(ws.cell(row=row, column=col), value)
        letter = get_column_letter(col)
        ranges[key] = f"'{SHEET_LISTS}'!${letter}$2:${letter}${len(values) + 1}"
    ranges["receiving_role"] = ranges["role"]
    return ranges


# --- the task sheet -----------------------------------------------------------------------
def _write_tasks(ws: Worksheet, template: Template, tasks: list[ReviewTask], ranges: dict[str, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = task_columns(template)
    letter = {key: get_column_letter(i) for i, key in enumerate(columns, start=1)}
    last_row = len(tasks) + BLANK_ROWS + 1
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    computed_fill = PatternFill("solid", fgColor=_COMPUTED_FILL)
    unlocked = Protection(locked=False)
    for key in columns:
        cell = set_value(ws[f"{letter[key]}1"], column_header(key))
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[letter[key]].width = _WIDTHS.get(key, 14)
    ws.row_dimensions[1].height = 32

    area_name = {a.key: a.name for a in template.areas}
    choices = responsible_choices(template.roles, (t.role for t in tasks))
    for row, task in enumerate(tasks, start=2):
        for key in columns:
            _write_task_cell(ws[f"{letter[key]}{row}"], key, task, area_name, choices)

    # VLOOKUP table: frequency labels and occurrences per year, side by side in the hidden list sheet.
    per_year_table = f"{ranges['frequency'].split(':')[0]}:{ranges['per_year'].split(':')[1]}"
    for row in range(2, last_row + 1):
        for key in columns:
            cell = ws[f"{letter[key]}{row}"]
            if key in COMPUTED_FIELDS:
                cell.fill = computed_fill
                cell.value = _formula(key, row, letter, per_year_table)
                if key == "hours_per_year":
                    cell.number_format = FMT_DEC1
            elif key == "id":
                cell.fill = computed_fill
            else:
                cell.protection = unlocked
                if key == "due_date":
                    cell.number_format = FMT_DATE
                if key == "hours_freed":
                    cell.number_format = FMT_DEC1

    def validation(key: str, dv: DataValidation) -> None:
        if key not in letter:
            return
        guidance = template.guidance_for(key)
        if guidance:
            dv.promptTitle = TASK_FIELD_LABELS[key][:32]
            dv.prompt = guidance[:250]
            dv.showInputMessage = True
        dv.add(f"{letter[key]}2:{letter[key]}{last_row}")
        ws.add_data_validation(dv)

    for key in ("area", "frequency", "usefulness", "origin", "proposal", "affects_others", "status"):
        validation(
            key,
            DataValidation(
                type="list",
                formula1=f"={ranges[key]}",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Ogiltigt värde",
                error="Välj ett värde i listan.",
            ),
        )
    validation(
        "responsible",
        DataValidation(
            type="list",
            formula1=f"={ranges['responsible']}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ansvarig är en roll",
            error="Välj en roll i listan. Skriv aldrig ett namn här.",
        ),
    )
    for key in ("role", "receiving_role"):  # suggestions only: any role may be typed
        validation(
            key, DataValidation(type="list", formula1=f"={ranges[key]}", allow_blank=True, showErrorMessage=False)
        )
    validation(
        "minutes",
        DataValidation(
            type="whole",
            operator="between",
            formula1="1",
            formula2=str(MAX_MINUTES),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ogiltigt värde",
            error=f"Ange hela minuter, 1–{MAX_MINUTES}.",
        ),
    )
    validation(
        "count",
        DataValidation(
            type="whole",
            operator="between",
            formula1="1",
            formula2=str(MAX_COUNT),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ogiltigt värde",
            error=f"Ange ett heltal, 1–{MAX_COUNT}.",
        ),
    )
    validation(
        "hours_freed",
        DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ogiltigt värde",
            error="Ange timmar per år, 0 eller mer.",
        ),
    )
    validation(
        "due_date",
        DataValidation(
            type="date",
            operator="greaterThan",
            formula1="36526",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ogiltigt datum",
            error="Skriv ett datum, t.ex. 2025-03-31.",
        ),
    )

    print_setup(ws)
    ws.freeze_panes = "D2"  # number, area and task stay in view
    ws.auto_filter.ref = f"A1:{letter[columns[-1]]}{last_row}"
    # Locked, not secret: no password. It keeps formulas and numbers from being overwritten by mistake.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False


def _write_task_cell(
    cell: Cell | MergedCell, key: str, task: ReviewTask, area_name: dict[str, str], choices: tuple[str, ...]
) -> None:
    if key in COMPUTED_FIELDS:
        return
    value: Any = task.id if key == "id" else getattr(task, key)
    if key == "responsible":
        value = exported_responsible(value, choices)  # text that is not a role is never exported
    if key == "area":
        value = area_name.get(value, value)
    elif hasattr(value, "label"):
        value = value.label
    elif key in ("receiving_role", "responsible") and not value:
        value = None
    set_value(cell, value, FMT_DEC1 if key == "hours_freed" else None)


def _formula(key: str, row: int, letter: dict[str, str], per_year_table: str) -> str:
    """The computed columns, giving exactly what hyrdesk computes for the row (checked in LibreOffice).

    Hours: minutes and frequency are required; a blank *Antal per period* is once per period
    (as the import reads it); a value the import would refuse (not a whole number in range,
    an unknown frequency) gives an empty cell. Route: only a proposed change has one; blank
    *Förslag* is *Behålla*; a change whose *Påverkar andra enheter* is blank has none yet.
    """
    if key == "hours_per_year":
        m, n, f = (f"{letter[k]}{row}" for k in ("minutes", "count", "frequency"))
        whole_minutes = f"AND(ISNUMBER({m}),{m}=INT({m}),{m}>=1,{m}<={MAX_MINUTES})"
        whole_count = f'OR({n}="",AND(ISNUMBER({n}),{n}=INT({n}),{n}>=1,{n}<={MAX_COUNT}))'
        return (
            f'=IF(OR({m}="",{f}=""),"",IF(AND({whole_minutes},{whole_count}),'
            f'IFERROR({m}*IF({n}="",1,{n})*VLOOKUP({f},{per_year_table},2,FALSE)/{MINUTES_PER_HOUR},""),""))'
        )
    d, p, a = (f"{letter[k]}{row}" for k in ("description", "proposal", "affects_others"))
    changes = ",".join(f'{p}<>"{x.label}"' for x in (Proposal.SIMPLIFY, Proposal.REDISTRIBUTE, Proposal.REMOVE))
    return (
        f'=IF(OR({d}="",AND({changes})),"",'
        f'IF({a}="{Affects.NO.label}","{Route.OWN_DECISION.label}",'
        f'IF(OR({a}="{Affects.YES.label}",{a}="{Affects.UNSURE.label}"),"{Route.LINE_DIALOGUE.label}","")))'
    )


# --- instructions, suggestions, metadata ----------------------------------------------
def _write_help(ws: Worksheet, template: Template, unit: Unit | None, review: Review | None, today: _dt.date) -> None:
    from openpyxl.styles import Alignment, Font

    ws.column_dimensions["A"].width = HELP_WIDTH
    ws.sheet_view.showGridLines = False
    rows: list[tuple[str, str]] = [("title", "Översyn av administrativa uppgifter")]
    if unit is not None:
        rows.append(("text", f"Enhet: {unit.display}"))
    if review is not None:
        rows.append(("text", f"Översyn: {review.title}, startad {review.started_on.isoformat()}"))
    rows += [
        ("text", f"Mall: {template.display}"),
        ("text", f"Exporterad {today.isoformat()} från hyrdesk {__version__}"),
        ("blank", ""),
        ("heading", "Så här fyller du i"),
        (
            "text",
            f"1. Fyll i en rad per administrativ uppgift på bladet ”{SHEET_TASKS}”. Välj område, frekvens, förslag och de andra valen i listorna.",
        ),
        (
            "text",
            f"2. Mallens förslag på vanliga uppgifter finns på bladet ”{SHEET_SUGGESTIONS}” – kopiera dem som passar.",
        ),
        (
            "text",
            "3. De grå kolumnerna räknas fram och är låsta: Timmar per år och Beslutsväg. Numret kopplar raden till uppgiften i hyrdesk – ändra det inte.",
        ),
        ("text", "4. Skriv aldrig namn eller personnummer. Ange roller (t.ex. sjuksköterska), inte personer."),
        (
            "text",
            "5. Spara som .xlsx och läs in filen i hyrdesk: Administrativ översyn → Importera från Excel. Du ser alla ändringar innan något sparas.",
        ),
    ]
    if template.start_guidance:
        rows += [("blank", ""), ("heading", "Om översynen"), ("text", template.start_guidance)]
    rows += [("blank", ""), ("heading", "Områden")]
    for area in template.areas:
        rows.append(("bold", area.name))
        if area.guidance:
            rows.append(("text", area.guidance))
    rows += [("blank", ""), ("heading", "Fälten")]
    for f in template.fields:
        rows.append(("text", f"{f.label}: {f.guidance}" if f.guidance else f.label))
    rows += [
        ("blank", ""),
        ("heading", "Så räknar hyrdesk"),
        (
            "text",
            f"Timmar per år = minuter per tillfälle × antal per period × perioder per år / 60. Ett arbetsår räknas som "
            f"{WORKING_DAYS_PER_YEAR} arbetsdagar (per dag) eller {WORKING_WEEKS_PER_YEAR} arbetsveckor (per vecka), "
            f"{MONTHS_PER_YEAR} månader och 1 gång per år: helgdagar och semester är borträknade.",
        ),
        (
            "text",
            f"Beslutsväg finns bara för ett förslag om förändring (förenkla, omfördela, ta bort); en uppgift som "
            f"behålls har ingen. En förändring som inte påverkar andra enheter (”{Affects.NO.label}”) får enheten "
            f"besluta om själv (”{Route.OWN_DECISION.label}”). Påverkar den andra enheter, eller är det osäkert, tas "
            f"den i ”{Route.LINE_DIALOGUE.label.lower()}”. Påverkar andra enheter måste fyllas i för varje förändring.",
        ),
        (
            "text",
            "Måste fyllas i: uppgift, roll, minuter per tillfälle (ett heltal) och frekvens. Antal per period får "
            "lämnas tomt: det räknas som 1 gång per period. Timmar per år och beslutsväg räknas fram och lämnas "
            "tomma tills uppgifterna räcker.",
        ),
        (
            "text",
            f"Frigjorda timmar per år är din uppskattning. Lämnas fältet tomt föreslår hyrdesk alla timmar för ”ta bort”, "
            f"{int(SIMPLIFY_SHARE * 100)} % för ”förenkla” och inga för ”omfördela” (tiden flyttas till en annan roll).",
        ),
    ]
    for i, (kind, text) in enumerate(rows, start=1):
        cell = set_value(ws.cell(row=i, column=1), text or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if kind == "title":
            cell.font = Font(bold=True, size=16)
        elif kind == "heading":
            cell.font = Font(bold=True, size=12, color=_HEADER_FILL)
        elif kind == "bold":
            cell.font = Font(bold=True)
        # Neither Excel nor LibreOffice grows a row for wrapped text written by openpyxl: estimate it.
        lines = max(1, -(-len(text) // (HELP_WIDTH + 5)))
        ws.row_dimensions[i].height = (24 if kind == "title" else 15) * lines + (4 if lines > 1 else 0)
    print_setup(ws, header_rows=0, landscape=False)


def _write_suggestions(ws: Worksheet, template: Template) -> None:
    from openpyxl.styles import Font

    write_row(
        ws,
        1,
        [TASK_FIELD_LABELS[k] for k in ("area", "description", "role", "minutes", "frequency", "count", "origin")],
    )
    for cell in ws[1]:
        cell.font = Font(bold=True)
    row = 2
    for area in template.areas:
        for s in area.suggested_tasks:
            write_row(
                ws, row, [area.name, s.description, s.role, s.minutes, s.frequency.label, s.count, s.origin.label]
            )
            row += 1
    fit_columns(ws)
    print_setup(ws)


def _write_meta(ws: Worksheet, template: Template, unit: Unit | None, review: Review | None, today: _dt.date) -> None:
    values = [
        ("format", WORKBOOK_FORMAT),
        ("format_version", WORKBOOK_FORMAT_VERSION),
        ("kind", "review" if review is not None else "template"),
        ("unit_code", unit.code if unit else ""),
        ("review_id", review.id if review else ""),
        ("review_title", review.title if review else ""),
        ("template_id", template.id),
        ("template_version", template.version),
        ("exported_on", today.isoformat()),
        ("app_version", __version__),
    ]
    for i, (key, value) in enumerate(values, start=1):
        set_value(ws.cell(row=i, column=1), key)
        set_value(ws.cell(row=i, column=2), value)
    row = len(values) + 1
    set_value(ws.cell(row=row, column=1), "template_json")
    chunks = [template.data[i : i + META_CHUNK] for i in range(0, len(template.data), META_CHUNK)]
    for j, chunk in enumerate(chunks, start=2):
        set_value(ws.cell(row=row, column=j), chunk)
    ws.protection.sheet = True
