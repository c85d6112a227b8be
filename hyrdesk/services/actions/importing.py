"""Reading a filled action-plan workbook back: every cell error at once, then before → after, then save.

``preview_workbook`` saves nothing: any problem is a ``CellError`` and all of
them are raised together (``WorkbookErrors``, shared with the review import).
Otherwise the ``ActionImportPlan`` lists new actions and changed ones field by
field. ``apply_plan`` saves it in one transaction and refuses if an action was
changed in hyrdesk after the preview. Actions missing from the workbook are
kept, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.actions import Action
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import check_xlsx_file, normalise_header
from hyrdesk.services.actions.workbook import (
    EDITABLE,
    HEADERS,
    SHEET_ACTIONS,
    SHEET_META,
    WORKBOOK_FORMAT,
    cell_text,
)
from hyrdesk.services.reviews.importing import CellError, WorkbookErrors

if TYPE_CHECKING:
    from hyrdesk.services.actions.service import ActionService

MAX_ROWS = 2000


@dataclass(frozen=True)
class ActionChange:
    old: Action
    new: Action
    fields: list[tuple[str, str, str]]  # (label, before, after)


@dataclass
class ActionImportPlan:
    path: Path
    unit: Unit
    added: list[Action] = field(default_factory=list)
    changed: list[ActionChange] = field(default_factory=list)
    unchanged: int = 0
    not_in_workbook: int = 0

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed)

    def lines(self) -> list[str]:
        """The preview in Swedish, one line per item."""
        out = [f"Åtgärdsplanen för {self.unit.display} från {self.path.name}:"]
        if self.added:
            out.append(f"{len(self.added)} nya åtgärder:")
            out += [f"  + {a.title} ({a.status.label.lower()}, klart senast {a.due.isoformat()})" for a in self.added]
        if self.changed:
            out.append(f"{len(self.changed)} ändrade åtgärder:")
            for c in self.changed:
                diffs = "; ".join(f"{label} {before or '–'} → {after or '–'}" for label, before, after in c.fields)
                out.append(f"  ~ Nr {c.old.id} {c.old.title}: {diffs}")
        if self.unchanged:
            out.append(f"{self.unchanged} åtgärder är oförändrade.")
        if self.not_in_workbook:
            out.append(f"{self.not_in_workbook} åtgärder finns i hyrdesk men inte i arbetsboken. De behålls som de är.")
        if not self.has_changes:
            out.append("Arbetsboken innehåller inga ändringar.")
        return out


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from hyrdesk.domain.numbers import format_decimal

        return format_decimal(value, 0 if value == int(value) else 2)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _action_id(value: object) -> int:
    """The number in the locked Nr column; -1 (no such action) for anything but a whole number."""
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return -1
    return int(number) if number == number.to_integral_value() else -1


def preview_workbook(path: Path | str, unit: Unit, service: ActionService) -> ActionImportPlan:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    path = check_xlsx_file(path)
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise UserError(f"{path.name} går inte att läsa som Excel-arbetsbok: {exc}") from None
    try:
        if SHEET_ACTIONS not in wb.sheetnames:
            raise WorkbookErrors(
                path.name, [CellError(SHEET_ACTIONS, "", f"bladet ”{SHEET_ACTIONS}” saknas. Exportera planen först.")]
            )
        if SHEET_META in wb.sheetnames:
            meta = {r[0]: r[1] for r in wb[SHEET_META].iter_rows(values_only=True) if r and r[0]}
            if meta.get("format") == WORKBOOK_FORMAT and meta.get("unit") not in (None, unit.code):
                raise UserError(
                    f"{path.name} är åtgärdsplanen för enheten {meta['unit']}, inte {unit.code}. Inget har sparats."
                )
        ws = wb[SHEET_ACTIONS]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, ())
        wanted = {normalise_header(h): k for k, h in HEADERS.items()}
        col = {wanted[normalise_header(h)]: i for i, h in enumerate(header) if normalise_header(h) in wanted}
        errors: list[CellError] = []
        for key in ("id", "title"):
            if key not in col:
                errors.append(CellError(SHEET_ACTIONS, "1", f"kolumnen ”{HEADERS[key]}” saknas."))
        if errors:
            raise WorkbookErrors(path.name, errors)
        existing = {a.id: a for a in service.actions(unit) if a.id is not None}
        areas = service.areas()
        categories = service.category_names()
        plan = ActionImportPlan(Path(path), unit)
        seen: set[int] = set()
        for n, values in enumerate(rows, start=2):
            if n > MAX_ROWS + 1:
                errors.append(CellError(SHEET_ACTIONS, str(n), f"arbetsboken har fler än {MAX_ROWS} rader."))
                break
            raw = {k: (values[i] if i < len(values) else None) for k, i in col.items()}
            if all(raw.get(k) in (None, "") for k in EDITABLE):
                continue
            old = None
            if raw.get("id") not in (None, ""):
                old = existing.get(_action_id(raw["id"]))
                if old is None or old.id in seen:
                    where = f"{get_column_letter(col['id'] + 1)}{n}"
                    errors.append(
                        CellError(SHEET_ACTIONS, where, f"åtgärd nr ”{raw['id']}” finns inte i enhetens plan.")
                    )
                    continue
                seen.add(_action_id(old.id))
            new, field_errors = service.check(unit, {k: raw.get(k) for k in EDITABLE}, old.id if old else None)
            for key, message in field_errors.items():
                where = f"{get_column_letter(col[key] + 1)}{n}" if key in col else str(n)
                errors.append(CellError(SHEET_ACTIONS, where, message))
            if new is None:
                continue
            if old is None:
                plan.added.append(new)
            elif new == old:
                plan.unchanged += 1
            else:
                diffs = [
                    (
                        HEADERS[k],
                        _shown(cell_text(old, k, areas, categories)),
                        _shown(cell_text(new, k, areas, categories)),
                    )
                    for k in EDITABLE
                    if cell_text(old, k, areas, categories) != cell_text(new, k, areas, categories)
                ]
                plan.changed.append(ActionChange(old, new, diffs))
        if errors:
            raise WorkbookErrors(path.name, errors)
        plan.not_in_workbook = len(set(existing) - seen)
        return plan
    finally:
        wb.close()


def apply_plan(plan: ActionImportPlan, service: ActionService) -> list[tuple[Action | None, Action]]:
    """Save in one transaction; (before, after) per saved action, for undo."""
    pairs: list[tuple[Action | None, Action]] = []
    with service.repo.db.write():
        for c in plan.changed:
            if c.old.id is None or service.repo.get(c.old.id) != c.old:
                raise UserError(
                    f"Åtgärd nr {c.old.id} ”{c.old.title}” har ändrats i hyrdesk efter förhandsgranskningen. "
                    "Inget har sparats. Läs in filen igen."
                )
        for c in plan.changed:
            service.repo.update(c.new)
            pairs.append((c.old, c.new))
        for a in plan.added:
            pairs.append((None, a.with_changes(id=service.repo.insert(a))))
    return pairs
