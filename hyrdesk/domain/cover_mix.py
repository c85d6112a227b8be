"""How the unit's staffing gaps were covered, in hours and in full-time equivalents.

Hours per coverage (egen personal övertid/mertid, timavlönad, intern
bemanningspool, hyrpersonal, ej täckt) and staff category, over a window of
whole months, split across months by the gap register's rule (a gap spanning
months counts in each month by its share of days).

**Årsarbetare (FTE)** = hours ÷ (hours per full-time year × months in the
window ÷ 12): the average number of full-time people the hours stand for over
the window. For a rolling 12 months that is simply hours ÷ hours per year; for
one month it is the month's hours ÷ a twelfth of them. The hours per
full-time year is a setting (the region's convention), 1 700 h by default:
40 h × 52 weeks = 2 080 h, less about 25 days of annual leave and 11 public
holidays on weekdays (≈ 290 h) and some training days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hyrdesk.domain.gaps import Coverage, minutes_to_hours
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period

DEFAULT_FTE_HOURS = Decimal(1700)

# (month index as in Period.index, staff category name, coverage key, minutes)
CoverCell = tuple[int, str, str, int]


def fte(hours: Decimal, fte_hours: Decimal, months: int) -> Decimal:
    """Full-time equivalents that ``hours`` over ``months`` months stand for."""
    return (hours * 12 / (fte_hours * months)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CoverMix:
    first: Period
    last: Period
    fte_hours: Decimal
    minutes: dict[tuple[str, Coverage], int]  # (category, coverage) -> minutes

    @property
    def months(self) -> int:
        return self.last.index - self.first.index + 1

    def fte(self, hours: Decimal) -> Decimal:
        return fte(hours, self.fte_hours, self.months)

    def by_coverage(self) -> dict[Coverage, Decimal]:
        out = dict.fromkeys(Coverage, 0)
        for (_, coverage), m in self.minutes.items():
            out[coverage] += m
        return {c: minutes_to_hours(m) for c, m in out.items()}

    def by_category(self) -> dict[str, dict[Coverage, Decimal]]:
        out: dict[str, dict[Coverage, int]] = defaultdict(lambda: dict.fromkeys(Coverage, 0))
        for (category, coverage), m in self.minutes.items():
            out[category][coverage] += m
        return {cat: {c: minutes_to_hours(m) for c, m in cov.items()} for cat, cov in sorted(out.items())}

    @property
    def total_hours(self) -> Decimal:
        return minutes_to_hours(sum(self.minutes.values()))


def cover_mix(cells: Iterable[CoverCell], first: Period, last: Period, fte_hours: Decimal) -> CoverMix:
    """Add up the cells inside first..last."""
    if last < first:
        raise ValueError("Slutmånaden ligger före startmånaden.")
    if fte_hours <= 0:
        raise ValueError("Timmar per årsarbetare måste vara större än noll.")
    lo, hi = first.index, last.index
    minutes: dict[tuple[str, Coverage], int] = defaultdict(int)
    for index, category, coverage, m in cells:
        if lo <= index <= hi:
            minutes[(category, Coverage(coverage))] += m
    return CoverMix(first, last, fte_hours, dict(minutes))


def own_fte_equivalent(hire_r12: Money | None, own_r12: Money | None, own_fte: Decimal | None) -> Decimal | None:
    """Hire cost R12 expressed as own full-time staff: hire ÷ (own staff cost per own FTE).

    None unless all three are known and positive.
    """
    if hire_r12 is None or own_r12 is None or own_fte is None or own_r12.ore <= 0 or own_fte <= 0:
        return None
    per_fte = Decimal(own_r12.ore) / own_fte
    return (Decimal(hire_r12.ore) / per_fte).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
