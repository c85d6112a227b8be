"""An action's measured effect, and the follow-up counts of a plan.

**Indicators.** ``gap_hours`` counts every gap hour; ``hire_hours`` the gaps
covered by hyrpersonal; ``overtime_hours`` those covered by own staff with
overtime/mertid; ``uncovered_hours`` those not covered at all. For these only
gaps of the action's causes count (every cause when none is linked) and of
its staff category when one is set. Hours belong to months by the register's
own rule (``domain.gap_summary.month_shares``). ``hire_cost`` is the ledger's
hire cost for the report group of the action's category (Totalt without one).

**Known months.** A month is known for a gap indicator from the month of the
unit's first registered gap on (a month without gaps after that is 0 hours;
before it nothing was registered, which is not the same as no gaps). For
``hire_cost`` a month is known when the ledger has any figure for it
(``CostSeries``). Unknown months are left out of every mean, never counted
as zero.

**Baseline** = mean per known month of the baseline window (the user's, or
the 6 months before the start month). **Observed** = mean per known month of
the last 3 months up to the follow-up month, counting only months from the
start month on; none yet → observed is empty. **Change** = observed −
baseline. **Effect reached** when the change is at least the expected change
in its direction (expected −20: change ≤ −20; expected +5: change ≥ +5).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from hyrdesk.domain.actions import OBSERVED_MONTHS, Action, ActionStatus, Indicator
from hyrdesk.domain.gap_summary import month_shares
from hyrdesk.domain.gaps import Cause, Coverage
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range

CENT = Decimal("0.01")
# (month index as Period.index, cause key, coverage key, category id, minutes)
GapCell = tuple[int, str, str, int, int]

_COVERAGE = {
    Indicator.HIRE_HOURS: Coverage.HIRED.value,
    Indicator.OVERTIME_HOURS: Coverage.OWN_STAFF.value,
    Indicator.UNCOVERED_HOURS: Coverage.UNCOVERED.value,
}


def gap_cells_of(
    rows: Iterable[tuple[_dt.date, _dt.date, int, str, str, int]],
) -> list[GapCell]:
    """(start, end, minutes, cause, coverage, category id) rows split into months by the register's rule."""
    cells: list[GapCell] = []
    for start, end, minutes, cause, coverage, category_id in rows:
        for index, m in month_shares(start, end, minutes):
            cells.append((index, cause, coverage, category_id, m))
    return cells


def gap_series(
    action: Action, cells: Iterable[GapCell], known_from: Period | None, last: Period
) -> dict[Period, Decimal]:
    """Hours per known month (known_from..last) of the action's gap indicator."""
    if action.indicator is None or action.indicator.is_money or known_from is None or last < known_from:
        return {}
    causes = {c.value for c in (action.causes or frozenset(Cause))}
    coverage = _COVERAGE.get(action.indicator)
    minutes: Counter[int] = Counter()
    for index, cause, cov, category_id, m in cells:
        if cause not in causes or (coverage is not None and cov != coverage):
            continue
        if action.category_id is not None and category_id != action.category_id:
            continue
        minutes[index] += m
    return {p: Decimal(minutes[p.index]) / 60 for p in period_range(known_from, last)}


def cost_series(amounts: Mapping[Period, Money | None]) -> dict[Period, Decimal]:
    """Kronor per known month (a month the ledger has no figure for is left out)."""
    return {p: Decimal(m.ore) / 100 for p, m in amounts.items() if m is not None}


@dataclass(frozen=True)
class Effect:
    indicator: Indicator | None
    baseline_months: tuple[Period, ...] = ()  # the window (known or not)
    observed_months: tuple[Period, ...] = ()
    baseline: Decimal | None = None
    observed: Decimal | None = None
    expected: Decimal | None = None
    values: Mapping[Period, Decimal] = field(default_factory=dict)  # known months of both windows

    @property
    def change(self) -> Decimal | None:
        if self.baseline is None or self.observed is None:
            return None
        return self.observed - self.baseline

    @property
    def reached(self) -> bool | None:
        """None while there is nothing to compare (no indicator, no expectation, no observed months)."""
        change = self.change
        if change is None or self.expected is None:
            return None
        return change <= self.expected if self.expected < 0 else change >= self.expected

    @property
    def measured(self) -> bool:
        return self.change is not None


def observed_window(action: Action, follow_up: Period) -> tuple[Period, ...]:
    first = max(action.start_period, follow_up - (OBSERVED_MONTHS - 1))
    return tuple(period_range(first, follow_up)) if first <= follow_up else ()


def _mean(values: Sequence[Decimal]) -> Decimal | None:
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(CENT, rounding=ROUND_HALF_UP)


def measure(action: Action, series: Mapping[Period, Decimal], follow_up: Period) -> Effect:
    """The action's effect at ``follow_up`` (the last closed month) from its indicator's monthly series."""
    if action.indicator is None:
        return Effect(None)
    lo, hi = action.baseline_window
    baseline_months = tuple(period_range(lo, hi))
    observed_months = observed_window(action, follow_up)
    wanted = set(baseline_months) | set(observed_months)
    return Effect(
        indicator=action.indicator,
        baseline_months=baseline_months,
        observed_months=observed_months,
        baseline=_mean([series[p] for p in baseline_months if p in series]),
        observed=_mean([series[p] for p in observed_months if p in series]),
        expected=action.expected,
        values={p: v for p, v in series.items() if p in wanted},
    )


# --- the follow-up ---------------------------------------------------------------------
@dataclass(frozen=True)
class PlanSummary:
    total: int
    done: int
    overdue: int
    line_dialogue: int
    without_effect: int  # no indicator, or nothing measured yet
    effect_reached: int
    by_status: dict[ActionStatus, int]
    by_area: dict[str, tuple[int, int]]  # area key → (done, total), in first-seen order

    @property
    def done_text(self) -> str:
        return f"{self.done} av {self.total} genomförda"


def summarise(
    actions: Sequence[Action], effects: Mapping[int, Effect], today: _dt.date, area_order: Sequence[str] = ()
) -> PlanSummary:
    by_status = {s: 0 for s in ActionStatus}
    areas: dict[str, list[int]] = {key: [0, 0] for key in area_order}
    for a in actions:
        by_status[a.status] += 1
        counts = areas.setdefault(a.area, [0, 0])
        counts[1] += 1
        counts[0] += a.status is ActionStatus.DONE
    measured = [effects.get(a.id) if a.id is not None else None for a in actions]
    return PlanSummary(
        total=len(actions),
        done=by_status[ActionStatus.DONE],
        overdue=sum(a.overdue(today) for a in actions),
        line_dialogue=sum(a.line_dialogue for a in actions),
        without_effect=sum(e is None or not e.measured for e in measured),
        effect_reached=sum(bool(e is not None and e.reached) for e in measured),
        by_status=by_status,
        by_area={k: (v[0], v[1]) for k, v in areas.items() if v[1]},
    )
