"""Action plan use cases: keep the unit's actions, measure their effect, follow the plan up.

Every change is one transaction and returns what undoing it needs (the
action as it was, the deleted actions with their ids); ``insert`` with an id
and ``restore`` put rows back under the same id, so the GUI's undo stack and
the CLI share one set of operations.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.action_effect import (
    Effect,
    PlanSummary,
    cost_series,
    gap_cells_of,
    gap_series,
    measure,
    summarise,
)
from hyrdesk.domain.actions import Action, ActionStatus, AreaList, parse_action
from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.actions.areas import AreaLibrary
from hyrdesk.services.costs.service import CostService
from hyrdesk.services.units import UnitService
from hyrdesk.storage.actions import ActionRepository

if TYPE_CHECKING:
    from hyrdesk.services.actions.importing import ActionImportPlan

MAX_PLAN_TEXT = 2000


def checked_plan_text(text: str) -> str:
    """The "plan framåt" text as it is saved; ValidationError when it is too long or holds a personnummer."""
    text = (text or "").strip()
    if len(text) > MAX_PLAN_TEXT:
        raise ValidationError({"plan": f"Texten får vara högst {MAX_PLAN_TEXT} tecken."})
    refusal = check_free_text(text)
    if refusal:
        raise ValidationError({"plan": refusal})
    return text


def last_closed_month(today: _dt.date | None = None) -> Period:
    """The follow-up month by default: the month before the current one."""
    return Period.from_date(today or _dt.date.today()) - 1


class ActionService:
    def __init__(self, repo: ActionRepository, units: UnitService, costs: CostService, areas: AreaLibrary):
        self.repo = repo
        self._units = units
        self._costs = costs
        self.area_library = areas

    # --- reading ----------------------------------------------------------------------
    def areas(self) -> AreaList:
        return self.area_library.current()

    def actions(self, unit: Unit) -> list[Action]:
        """The unit's actions, by due date."""
        return self.repo.actions(unit.id)

    def get(self, action_id: int) -> Action:
        action = self.repo.get(action_id)
        if action is None:
            raise UserError(f"Åtgärd {action_id} finns inte.")
        return action

    def category_names(self) -> dict[int, str]:
        return {c.id: c.name for c in self._units.categories(include_inactive=True)}

    # --- checking and saving ------------------------------------------------------------
    def check(
        self, unit: Unit, values: Mapping[str, Any], action_id: int | None = None
    ) -> tuple[Action | None, dict[str, str]]:
        """Parse and validate raw values (form, CLI, a spreadsheet row); saves nothing."""
        return parse_action(
            values,
            unit_id=unit.id,
            areas=self.areas(),
            categories=self._units.categories(include_inactive=True),
            action_id=action_id,
        )

    def add(self, unit: Unit, values: Mapping[str, Any]) -> Action:
        action, errors = self.check(unit, values)
        if action is None:
            raise ValidationError(errors)
        return self.insert(action)

    def insert(self, action: Action) -> Action:
        """Save a new action (or put back a deleted one under its own id)."""
        if self._units.get(action.unit_id) is None:
            raise UserError("Enheten finns inte längre.")
        return self.get(self.repo.insert(action))

    def update(self, action: Action) -> Action:
        """Save a changed action; returns it as saved. The caller keeps the old one for undo."""
        if action.id is None or self.repo.get(action.id) is None:
            raise UserError("Åtgärden finns inte längre.")
        self.repo.update(action)
        return self.get(action.id)

    def changed(self, action: Action, values: Mapping[str, Any]) -> Action:
        """``action`` with some fields set from raw values (CLI ``set``, one table cell); saves nothing."""
        from hyrdesk.domain.actions import action_values

        unit = self._units.get(action.unit_id)
        if unit is None:
            raise UserError("Enheten finns inte längre.")
        merged = action_values(action, self.areas(), self._units.categories(include_inactive=True))
        merged.update(values)
        new, errors = self.check(unit, merged, action.id)
        if new is None:
            raise ValidationError(errors)
        return new

    def delete(self, ids: Sequence[int]) -> list[Action]:
        return self.repo.delete(list(ids))

    def restore(self, actions: Sequence[Action]) -> None:
        with self.repo.db.write():
            for a in actions:
                self.repo.insert(a)

    # --- the follow-up -----------------------------------------------------------------
    def plan_text(self, unit: Unit, period: Period) -> str:
        return self.repo.plan_text(unit.id, period)

    def set_plan_text(self, unit: Unit, period: Period, text: str) -> str:
        """Save the "plan framåt" text; returns the text it replaced (for undo)."""
        text = checked_plan_text(text)
        old = self.repo.plan_text(unit.id, period)
        self.repo.set_plan_text(unit.id, period, text)
        return old

    def effects(self, unit: Unit, follow_up: Period, actions: Sequence[Action] | None = None) -> dict[int, Effect]:
        """Each action's effect at ``follow_up`` (the last closed month), by action id."""
        actions = self.actions(unit) if actions is None else actions
        with_indicator = [a for a in actions if a.indicator is not None]
        if not with_indicator:
            return {a.id: measure(a, {}, follow_up) for a in actions if a.id is not None}
        first = min(min(a.baseline_window[0], follow_up - 2) for a in with_indicator)
        last = max(follow_up, *(a.baseline_window[1] for a in with_indicator))
        cells = gap_cells_of(self.repo.gap_rows(unit.id, first, last))
        known_from = self.repo.first_gap_period(unit.id)
        cost_data = (
            self._costs.series(unit) if any(a.indicator and a.indicator.is_money for a in with_indicator) else None
        )
        groups = {c.id: c.report_group for c in self._units.categories(include_inactive=True)}
        out: dict[int, Effect] = {}
        for a in actions:
            if a.id is None:
                continue
            if a.indicator is None:
                series: dict[Period, Decimal] = {}
            elif a.indicator.is_money and cost_data is not None:
                group = groups.get(a.category_id, TOTAL) if a.category_id is not None else TOTAL
                series = cost_series({p: cost_data.amount(p, CostKind.HIRE, group) for p in period_range(first, last)})
            else:
                series = gap_series(a, cells, known_from, last)
            out[a.id] = measure(a, series, follow_up)
        return out

    def summary(
        self, unit: Unit, follow_up: Period, today: _dt.date
    ) -> tuple[list[Action], dict[int, Effect], PlanSummary]:
        actions = self.actions(unit)
        effects = self.effects(unit, follow_up, actions)
        order = [a.key for a in self.areas().areas]
        return actions, effects, summarise(actions, effects, today, order)

    def summary_json(self, unit: Unit, month: Period) -> dict[str, Any]:
        """``hyrdesk actions summary --json``: overdue as of the month's last day; hours in hours, money in kronor."""
        actions, effects, s = self.summary(unit, month, month.last_day)
        areas = self.areas()
        return {
            "unit": unit.code,
            "month": str(month),
            "total": s.total,
            "done": s.done,
            "overdue": s.overdue,
            "line_dialogue": s.line_dialogue,
            "without_effect": s.without_effect,
            "effect_reached": s.effect_reached,
            "by_status": {st.value: n for st, n in s.by_status.items()},
            "by_area": {areas.name(k): {"done": d, "total": t} for k, (d, t) in s.by_area.items()},
            "plan": self.plan_text(unit, month) or None,
            "actions": [action_json(a, effects.get(a.id or 0), month.last_day) for a in actions],
        }

    # --- Excel ------------------------------------------------------------------------
    def export_workbook(
        self, path: Path | str, unit: Unit, *, follow_up: Period | None = None, today: _dt.date | None = None
    ) -> Path:
        from hyrdesk.services.actions.workbook import write_workbook

        today = today or _dt.date.today()
        follow_up = follow_up or last_closed_month(today)
        actions = self.actions(unit)
        return write_workbook(
            path,
            unit,
            actions,
            self.effects(unit, follow_up, actions),
            areas=self.areas(),
            categories=self._units.categories(),
            follow_up=follow_up,
            today=today,
        )

    def preview_import(self, path: Path | str, unit: Unit) -> ActionImportPlan:
        from hyrdesk.services.actions.importing import preview_workbook

        return preview_workbook(path, unit, self)

    def apply_import(self, plan: ActionImportPlan) -> list[tuple[Action | None, Action]]:
        """Save a previewed import in one transaction; returns (before, after) pairs for undo."""
        from hyrdesk.services.actions.importing import apply_plan

        return apply_plan(plan, self)

    def put_back(self, pairs: Sequence[tuple[Action | None, Action]], *, undo: bool) -> None:
        """Undo (or redo) an import: each pair (before, after) by id, in one transaction."""
        with self.repo.db.write():
            for before, after in pairs:
                if undo:
                    if before is None:
                        self.repo.delete([after.id])  # type: ignore[list-item]
                    else:
                        self.repo.update(before)
                elif before is None:
                    self.repo.insert(after)
                else:
                    self.repo.update(after)


# --- JSON ---------------------------------------------------------------------------------
def number_json(value: Decimal | None, money: bool = False) -> float | int | None:
    if value is None:
        return None
    value = value.quantize(Decimal("0.01") if not money else Decimal("1"), rounding=ROUND_HALF_UP)
    return int(value) if money else float(value)


def action_json(a: Action, effect: Effect | None, today: _dt.date) -> dict[str, Any]:
    money = a.indicator is not None and a.indicator.is_money
    e = effect
    return {
        "id": a.id,
        "title": a.title,
        "status": a.status.value,
        "area": a.area,
        "decision_level": a.decision_level.value,
        "overdue": a.overdue(today),
        "indicator": a.indicator.value if a.indicator else None,
        "baseline": number_json(e.baseline if e else None, money),
        "observed": number_json(e.observed if e else None, money),
        "change": number_json(e.change if e else None, money),
        "expected": number_json(a.expected, money),
        "effect_reached": e.reached if e else None,
    }


__all__ = ["ActionService", "ActionStatus", "last_closed_month"]
