"""Reading a filled review workbook back: every error at once, then a preview, then apply.

``preview_workbook`` reads the file and saves nothing. Every problem is a
``CellError`` (sheet, cell, what is wrong); if there is any, they are all
raised together in ``WorkbookErrors``. Otherwise the ``ImportPlan`` says what
will change: new tasks, changed tasks field by field, tasks left as they
are. ``apply_plan`` saves it in one transaction, and refuses if a task was
changed in hyrdesk after the preview: nothing is overwritten silently.
Tasks that are in hyrdesk but not in the workbook are kept, never deleted.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.review import REQUIRED_FIELDS, TASK_FIELD_LABELS, Review, ReviewTask
from hyrdesk.domain.review_display import changed_fields, display_value
from hyrdesk.domain.review_roles import match_role, not_a_role_message, responsible_choices
from hyrdesk.domain.review_template import Template, TemplateError, parse_template_text
from hyrdesk.domain.review_validation import parse_field, parse_task
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import check_xlsx_file, normalise_header, xlsx_source
from hyrdesk.progress import Progress
from hyrdesk.services.importing.masking import mask_cell, masked_sentence
from hyrdesk.services.reviews.workbook import (
    SHEET_META,
    SHEET_TASKS,
    WORKBOOK_FORMAT,
    WORKBOOK_FORMAT_VERSION,
    column_header,
)

# openpyxl is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).

MAX_ROWS = 5000
_COMPARED = tuple(k for k in TASK_FIELD_LABELS if k not in ("hours_per_year", "route"))


if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from hyrdesk.services.reviews.service import ReviewService


@dataclass(frozen=True)
class CellError:
    sheet: str
    cell: str  # "E7", or a row number / "" when the problem is not one cell
    message: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.message}" if self.cell else f"{self.sheet}: {self.message}"


class WorkbookErrors(UserError):
    def __init__(self, name: str, errors: list[CellError]):
        lines = "\n".join(f"  • {e}" for e in errors)
        super().__init__(
            f"{name} har {len(errors)} fel. Inget har sparats. Rätta felen och läs in filen igen:\n{lines}"
        )
        self.name = name
        self.errors = list(errors)


@dataclass(frozen=True)
class TaskChange:
    old: ReviewTask
    new: ReviewTask
    fields: list[tuple[str, str, str]]  # (label, before, after)


@dataclass
class ImportPlan:
    path: Path
    unit: Unit
    template: Template
    review: Review | None  # None: a new review is created
    new_title: str = ""
    added: list[ReviewTask] = field(default_factory=list)
    changed: list[TaskChange] = field(default_factory=list)
    unchanged: int = 0
    not_in_workbook: list[ReviewTask] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    masked: dict[str, int] = field(default_factory=dict)  # column heading → personnummer masked in it

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed)

    def lines(self) -> list[str]:
        """The preview in Swedish, one line per item."""
        area = self.template.area_name
        out = list(self.notes)
        if self.masked:
            out.append(masked_sentence(self.masked))
        if self.review is None and not self.added:
            return out + ["Arbetsboken innehåller inga uppgifter. Ingen översyn skapas."]
        if self.review is None:
            out.append(
                f"En ny översyn ”{self.new_title}” skapas för {self.unit.display} med mallen {self.template.display}."
            )
        else:
            out.append(f"Översynen ”{self.review.title}” för {self.unit.display} uppdateras.")
        if self.added:
            out.append(f"{len(self.added)} nya uppgifter:")
            out += [
                f"  + {area(t.area)}: {t.description} ({display_value(t, 'hours_per_year')} h/år)" for t in self.added
            ]
        if self.changed:
            out.append(f"{len(self.changed)} ändrade uppgifter:")
            for c in self.changed:
                diffs = "; ".join(f"{label} {before or '–'} → {after or '–'}" for label, before, after in c.fields)
                out.append(f"  ~ Nr {c.old.id} {c.old.description}: {diffs}")
        if self.unchanged:
            out.append(f"{self.unchanged} uppgifter är oförändrade.")
        if self.not_in_workbook:
            out.append(
                f"{len(self.not_in_workbook)} uppgifter finns i hyrdesk men inte i arbetsboken. De behålls som de är."
            )
        if not self.has_changes:
            out.append("Arbetsboken innehåller inga ändringar.")
        return out


# --- reading --------------------------------------------------------------------------
def preview_workbook(
    path: Path | str, unit: Unit, reviews: ReviewService, progress: Progress | None = None
) -> ImportPlan:
    """Read a filled workbook for ``unit``; raises WorkbookErrors with every problem. Saves nothing."""
    from openpyxl import load_workbook

    path = check_xlsx_file(path)
    try:
        wb = load_workbook(xlsx_source(path), data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise UserError(f"{path.name} går inte att läsa som Excel-arbetsbok: {exc}") from None
    try:
        if SHEET_TASKS not in wb.sheetnames:
            raise WorkbookErrors(
                path.name,
                [
                    CellError(
                        SHEET_TASKS,
                        "",
                        f"bladet ”{SHEET_TASKS}” saknas. Läs in en arbetsbok som hyrdesk har exporterat.",
                    )
                ],
            )
        plan = _target(path, wb, unit, reviews)
        _read_rows(plan, wb[SHEET_TASKS], reviews, progress)
        return plan
    finally:
        wb.close()


def _meta(wb: Workbook) -> dict[str, Any]:
    if SHEET_META not in wb.sheetnames:
        return {}
    ws = wb[SHEET_META]
    meta: dict[str, Any] = {}
    for row in ws.iter_rows(max_row=50):
        key = row[0].value
        if key == "template_json":
            meta["template_json"] = "".join(str(c.value) for c in row[1:] if c.value is not None)
        elif key:
            meta[str(key)] = row[1].value if len(row) > 1 else None
    return meta


def _target(path: Path, wb: Workbook, unit: Unit, reviews: ReviewService) -> ImportPlan:
    """Which review the workbook updates (or which template a new one uses)."""
    meta = _meta(wb)
    if not meta:
        plan = ImportPlan(path, unit, reviews.templates.standard(), None)
        plan.notes.append("Arbetsboken saknar hyrdesks uppgifter om mall och översyn; standardmallen används.")
    else:
        if meta.get("format") != WORKBOOK_FORMAT or int(meta.get("format_version") or 0) > WORKBOOK_FORMAT_VERSION:
            raise UserError(f"{path.name} är inte en översynsarbetsbok som den här versionen av hyrdesk kan läsa.")
        code = str(meta.get("unit_code") or "")
        if code and code.lower() != unit.code.lower():
            raise UserError(f"{path.name} hör till enheten {code}, inte {unit.code}. Välj rätt enhet och försök igen.")
        try:
            template = parse_template_text(str(meta.get("template_json") or ""), path.name)
        except TemplateError as exc:
            raise UserError(f"Mallen i {path.name} är skadad: {'; '.join(exc.errors)}") from None
        plan = ImportPlan(path, unit, template, None)
        review_id = meta.get("review_id")
        if meta.get("kind") == "review" and review_id not in (None, ""):
            review = reviews.repo.get(int(review_id))
            if review is not None and review.unit_id == unit.id:
                plan.review = review
                plan.template = reviews.template_of(review)
            else:
                plan.notes.append(
                    "Översynen som arbetsboken exporterades från finns inte här; uppgifterna blir en ny översyn."
                )
    if plan.review is None:
        plan.new_title = reviews.free_title(unit, f"Översyn {_dt.date.today().year}")
    return plan


def _cell_text(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _read_rows(plan: ImportPlan, ws: Worksheet, reviews: ReviewService, progress: Progress | None) -> None:
    errors: list[CellError] = []
    columns: dict[str, int] = {}
    known = {normalise_header(column_header(k)): k for k in ["id", *TASK_FIELD_LABELS]}
    known[normalise_header("Nr")] = "id"
    header = next(ws.iter_rows(min_row=1, max_row=1), ())
    for cell in header:
        key = known.get(normalise_header(cell.value))
        if key and key not in columns and cell.column is not None:  # None only for a merged cell's rest
            columns[key] = cell.column
    for key in ("area", *REQUIRED_FIELDS):
        if key in plan.template.field_keys or key == "area":
            if key not in columns:
                errors.append(CellError(ws.title, "1", f"kolumnen ”{TASK_FIELD_LABELS[key]}” saknas."))
    if errors:
        raise WorkbookErrors(plan.path.name, errors)
    if ws.max_row > MAX_ROWS + 1:
        raise WorkbookErrors(
            plan.path.name, [CellError(ws.title, "", f"bladet har {ws.max_row} rader; hyrdesk läser högst {MAX_ROWS}.")]
        )

    existing = {t.id: t for t in (reviews.tasks(plan.review) if plan.review else [])}
    roles = responsible_choices(plan.template.roles, (t.role for t in existing.values()))
    seen_ids: dict[int, str] = {}
    inputs = [k for k in columns if k not in ("id", "hours_per_year", "route")]
    for row, row_cells in enumerate(ws.iter_rows(min_row=2, max_row=ws.max_row), start=2):
        if progress is not None and row % 200 == 0:
            progress.step(row, ws.max_row, f"Läser rad {row}…")
        cells = {k: row_cells[c - 1] for k, c in columns.items() if c - 1 < len(row_cells)}
        values = {k: _cell_text(cells[k].value) for k in inputs if k in cells}
        for k, value in values.items():  # masked before anything is checked or kept
            masked, found = mask_cell(value)
            if found:
                values[k] = masked
                heading = TASK_FIELD_LABELS[k]
                plan.masked[heading] = plan.masked.get(heading, 0) + found
        if all(v is None for v in values.values()):
            continue
        row_errors: list[CellError] = []
        formulas = {k for k in inputs if k in cells and cells[k].data_type == "f"}
        for k in formulas:
            row_errors.append(
                CellError(ws.title, cells[k].coordinate, "cellen innehåller en formel. Skriv in värdet i stället.")
            )
        base = None
        id_cell = cells.get("id")
        if id_cell is not None and id_cell.value not in (None, "") and plan.review is not None:
            task_id = _task_id(id_cell.value)
            if task_id is None or task_id not in existing:
                row_errors.append(
                    CellError(
                        ws.title,
                        id_cell.coordinate,
                        f"”{id_cell.value}” är inte numret på en uppgift i översynen. Töm cellen om raden är en ny uppgift.",
                    )
                )
            elif task_id in seen_ids:
                row_errors.append(
                    CellError(ws.title, id_cell.coordinate, f"nummer {task_id} finns redan på rad {seen_ids[task_id]}.")
                )
            else:
                seen_ids[task_id] = str(row)
                base = existing[task_id]
        if (
            base is not None
            and values.get("hours_freed") is not None
            and base.hours_freed == base.suggested_hours_freed
        ):
            # The exported value was hyrdesk's suggestion: left as it was, it keeps following the
            # suggestion (a proposal changed from ta bort to förenkla halves it).
            try:
                if parse_field("hours_freed", values["hours_freed"]) == base.hours_freed:
                    values["hours_freed"] = None
            except ValueError:
                pass  # reported below, with the cell
        area = plan.template.find_area(str(values.pop("area", None) or ""))
        if area is None:
            raw = cells["area"].value
            names = ", ".join(a.name for a in plan.template.areas)
            what = "Välj ett område" if raw in (None, "") else f"”{raw}” är inget område i mallen. Välj"
            row_errors.append(CellError(ws.title, cells["area"].coordinate, f"{what} bland: {names}."))
        task, field_errors = parse_task(values, area.key if area else "", base)
        if task is not None and task.responsible.strip() and "responsible" not in field_errors:
            role = match_role(task.responsible, roles)
            if role is None:
                field_errors["responsible"] = not_a_role_message(roles)
            else:
                task = task.with_changes(responsible=role)
        for key, message in field_errors.items():
            if key in formulas:
                continue  # already reported as a formula
            where = cells[key].coordinate if key in cells else str(row)
            row_errors.append(CellError(ws.title, where, message))
        errors += row_errors
        if row_errors or task is None:
            continue
        if base is None:
            plan.added.append(task)
            continue
        diff = changed_fields(base, task, _COMPARED)
        if diff:
            label = plan.template.area_name
            plan.changed.append(
                TaskChange(
                    base,
                    task,
                    [
                        (TASK_FIELD_LABELS[k], display_value(base, k, label), display_value(task, k, label))
                        for k in diff
                    ],
                )
            )
        else:
            plan.unchanged += 1
    if errors:
        raise WorkbookErrors(plan.path.name, errors)
    plan.not_in_workbook = [t for i, t in existing.items() if i not in seen_ids]


def _task_id(value: Any) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None


# --- applying ----------------------------------------------------------------------------
def apply_plan(plan: ImportPlan, reviews: ReviewService, today: _dt.date | None = None) -> tuple[Review, str]:
    """Save the plan in one transaction; returns the review and a sentence saying what was saved."""
    with reviews.repo.db.write():
        review = plan.review
        if review is None:
            review = reviews.start(plan.unit, plan.template, title=plan.new_title, today=today)
        for change in plan.changed:
            current = reviews.repo.task(change.old.id)
            if current != change.old:
                raise UserError(
                    f"Uppgiften ”{change.old.description}” har ändrats i hyrdesk sedan filen lästes in. "
                    "Läs in filen igen så att du ser de senaste ändringarna."
                )
            reviews.update_task(review, change.new)
        reviews.add_tasks(review, [t.with_changes(position=0) for t in plan.added])
    message = f"Inläst i ”{review.title}”: {len(plan.added)} nya och {len(plan.changed)} ändrade uppgifter" + (
        f", {plan.unchanged} oförändrade." if plan.unchanged else "."
    )
    if plan.masked:
        message += " " + masked_sentence(plan.masked)
    return review, message
