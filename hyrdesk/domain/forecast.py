"""The full-year forecast, the room left to the target and the budget check.

For a closed month M of year Y, per report group (and Totalt), for hire cost
and for own staff cost alike:

* **Actual year to date**: months 1..M of Y (unknown if any of them is missing).
* **The rest of the year**, months M+1..12:
  - *last year's profile* (``last_year_profile``) when the unit has figures for
    every month of Y-1 and the sum of Y-1's months 1..M is above zero (a
    negative sum, all credits, would turn the pace upside down):
    Y-1's months M+1..12 × (this year to date ÷ the same period last year),
    i.e. last year's seasonal shape scaled by this year's pace;
  - otherwise the *run rate* (``run_rate``): the mean of the last 3 closed
    months (M-2..M, across a year end if need be) × the months left.
  The rest is rounded to whole öre once, at the end. In December it is zero.
* **Forecast for the year** = actual year to date + the rest.
* **Forecast ratio** = forecast hire ÷ forecast own staff cost × 100.
* **Room to the target** = target % × forecast own staff cost − forecast hire,
  in kronor; negative means over the line.
* The forecast is **uncertain** while M ≤ 3: a quarter says little about a year.
* **Budget** (optional, per year and group or Totalt): deviation = forecast −
  budget, in kronor and in % of the budget; a deviation whose size exceeds the
  threshold (a setting) asks the manager for a comment.

Every figure is ``None`` when it cannot be computed; how it was made (method
and months) travels with it, so it is never shown without its basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hyrdesk.domain.costs import CostKind, CostSeries, ratio_pct
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range

LAST_YEAR_PROFILE = "last_year_profile"
RUN_RATE = "run_rate"
UNCERTAIN_UNTIL_MONTH = 3
RUN_RATE_MONTHS = 3
HUNDRED = Decimal(100)


def _round_ore(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class KindForecast:
    """One kind of cost (hire or own staff) for one group: actual, rest and year."""

    method: str
    basis: tuple[Period, ...]  # the months the rest was derived from
    actual_ytd: Money | None
    rest: Money | None

    @property
    def year(self) -> Money | None:
        if self.actual_ytd is None or self.rest is None:
            return None
        return self.actual_ytd + self.rest


def last_year_complete(series: CostSeries, year: int) -> bool:
    """Does the unit have figures for every month of ``year``?"""
    return all(series.has(p) for p in period_range(Period(year, 1), Period(year, 12)))


def forecast_kind(series: CostSeries, month: Period, kind: CostKind, group: str) -> KindForecast:
    ytd_months = list(period_range(month.year_start(), month))
    actual = series.window(ytd_months, kind, group)
    left = 12 - month.month
    if last_year_complete(series, month.year - 1):
        prev = series.window([p.same_month_last_year() for p in ytd_months], kind, group)
        # Only a positive base is a pace: a period of net credits last year would flip the sign.
        if prev is not None and prev.ore > 0:
            rest_months = [Period(month.year - 1, m) for m in range(month.month + 1, 13)]
            basis = tuple(p.same_month_last_year() for p in ytd_months) + tuple(rest_months)
            last_rest = series.window(rest_months, kind, group) if rest_months else Money(0)
            if actual is None or last_rest is None:
                return KindForecast(LAST_YEAR_PROFILE, basis, actual, None)
            scaled = Decimal(last_rest.ore) * Decimal(actual.ore) / Decimal(prev.ore)
            return KindForecast(LAST_YEAR_PROFILE, basis, actual, Money(_round_ore(scaled)))
    recent = list(period_range(month - (RUN_RATE_MONTHS - 1), month))
    recent_sum = series.window(recent, kind, group)
    if left == 0:
        return KindForecast(RUN_RATE, tuple(recent), actual, Money(0))
    if recent_sum is None:
        return KindForecast(RUN_RATE, tuple(recent), actual, None)
    rest = Decimal(recent_sum.ore) * left / RUN_RATE_MONTHS
    return KindForecast(RUN_RATE, tuple(recent), actual, Money(_round_ore(rest)))


@dataclass(frozen=True)
class BudgetCheck:
    budget: Money
    deviation: Money | None  # forecast − budget
    deviation_pct: Decimal | None  # of the budget
    needs_comment: bool


def budget_check(forecast_year: Money | None, budget: Money, threshold_pct: Decimal) -> BudgetCheck:
    if forecast_year is None:
        return BudgetCheck(budget, None, None, False)
    deviation = forecast_year - budget
    pct = None if budget.ore == 0 else Decimal(deviation.ore) * HUNDRED / Decimal(abs(budget.ore))
    # With a zero budget any spending is a deviation worth a word.
    needs = deviation.ore != 0 if pct is None else abs(pct) > threshold_pct
    return BudgetCheck(budget, deviation, pct, needs)


@dataclass(frozen=True)
class GroupForecast:
    group: str
    month: Period
    hire: KindForecast
    own: KindForecast
    budget: BudgetCheck | None

    @property
    def uncertain(self) -> bool:
        return self.month.month <= UNCERTAIN_UNTIL_MONTH

    @property
    def ratio_pct(self) -> Decimal | None:
        return ratio_pct(self.hire.year, self.own.year)

    def headroom(self, target_pct: Decimal) -> Money | None:
        """target % × forecast own staff cost − forecast hire; negative: over the line."""
        if self.hire.year is None or self.own.year is None:
            return None
        allowed = Decimal(self.own.year.ore) * target_pct / HUNDRED
        return Money(_round_ore(allowed) - self.hire.year.ore)


def forecast(
    series: CostSeries,
    month: Period,
    group: str,
    budget: Money | None = None,
    threshold_pct: Decimal = Decimal(10),
) -> GroupForecast:
    """The forecast of one group (or Totalt) for the year of the closed month ``month``."""
    hire = forecast_kind(series, month, CostKind.HIRE, group)
    own = forecast_kind(series, month, CostKind.OWN, group)
    if not series.own_attributable(list(period_range(month.year_start(), month)), group):
        own = KindForecast(own.method, own.basis, None, None)
    check = None if budget is None else budget_check(hire.year, budget, threshold_pct)
    return GroupForecast(group, month, hire, own, check)
