"""Sick leave as the unit's monthly aggregate, never per person.

* **Sick leave % for a month** = sick hours ÷ scheduled (ordinary) hours × 100.
* **R12 %** = the 12 months' summed sick hours ÷ their summed scheduled hours;
  unknown unless all 12 months are there (a partial sum is never shown as R12).
* **Share in long spells** (R12) = sick hours in spells of 60 days or more ÷
  all sick hours, when every month of the window states its long-spell hours.
* **Suppression**: a unit with 10 or fewer employees (or an unknown number)
  never has its sick-leave figures leave the computer: a figure about a group
  that small can point at a person's health. The rule public accounts follow.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from hyrdesk.domain.period import Period, period_range

SUPPRESS_AT_OR_BELOW = 10
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class SickMonth:
    period: Period
    scheduled_minutes: int
    sick_minutes: int
    long_sick_minutes: int | None = None
    headcount: int | None = None


def _pct(part: int, whole: int) -> Decimal | None:
    return None if whole <= 0 else Decimal(part) * HUNDRED / Decimal(whole)


def suppressed(headcount: int | None) -> bool:
    """True when the figures must stay on this computer (10 or fewer employees, or unknown)."""
    return headcount is None or headcount <= SUPPRESS_AT_OR_BELOW


@dataclass(frozen=True)
class SickLeaveFigures:
    month: Period
    month_pct: Decimal | None
    r12_pct: Decimal | None
    long_share_r12_pct: Decimal | None
    headcount: int | None
    r12_sick_minutes: int | None = None  # the sums behind r12_pct, so that units can be added up
    r12_scheduled_minutes: int | None = None

    @property
    def suppressed(self) -> bool:
        return suppressed(self.headcount)


def sick_leave_figures(
    months: Mapping[Period, SickMonth], month: Period, stated_headcount: int | None = None
) -> SickLeaveFigures:
    """The measures for ``month``; the headcount is the file's for that month, else the stated one."""
    this = months.get(month)
    window = [months.get(p) for p in period_range(month - 11, month)]
    complete = [m for m in window if m is not None]
    r12 = long_share = None
    sick = scheduled = None
    if len(complete) == 12:
        sick = sum(m.sick_minutes for m in complete)
        scheduled = sum(m.scheduled_minutes for m in complete)
        r12 = _pct(sick, scheduled)
        if all(m.long_sick_minutes is not None for m in complete):
            long_share = _pct(sum(m.long_sick_minutes or 0 for m in complete), sick)
    # The file's headcount for the month, else its latest earlier one in the window, else the stated one:
    # a month without a row must not make a unit of 24 look like one of 10 or fewer.
    known = [m.headcount for m in window if m is not None and m.headcount is not None]
    headcount = known[-1] if known else stated_headcount
    return SickLeaveFigures(
        month=month,
        month_pct=None if this is None else _pct(this.sick_minutes, this.scheduled_minutes),
        r12_pct=r12,
        long_share_r12_pct=long_share,
        headcount=headcount,
        r12_sick_minutes=sick,
        r12_scheduled_minutes=scheduled,
    )


def by_period(months: Iterable[SickMonth]) -> dict[Period, SickMonth]:
    return {m.period: m for m in months}
