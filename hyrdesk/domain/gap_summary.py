"""Gap hours per month, by cause and by coverage: the arithmetic of the summary.

**Which month a gap's hours belong to.** A gap inside one calendar month
counts entirely in that month. A gap that spans months (a vacancy from
20 March to 10 April) is split *per day*: each month gets the share of the
gap's minutes that its days make up of the gap's days. Shares are whole
minutes, rounded by the largest-remainder method so that the parts always
add up to the gap's minutes exactly (a tie goes to the earlier month). The
summary on the page, ``hyrdesk gaps summary``, the line-dialogue workbook
and the SQL in ``storage.gaps`` all follow this rule: SQL sums the gaps that
lie inside one month; ``split_by_month`` splits the few that do not.

Everything is in integer minutes; hours and percentages are derived at the end.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from hyrdesk.domain.gaps import Cause, Coverage, Gap, hours_number, minutes_to_hours
from hyrdesk.domain.period import Period

Cell = tuple[Period, Cause, Coverage, int]  # (month, cause, coverage, minutes)
# The same in plain values, as SQL gives them: (Period.index, cause key, coverage key, minutes).
RawCell = tuple[int, str, str, int]


def month_shares(start: _dt.date, end: _dt.date, minutes: int) -> list[tuple[int, int]]:
    """The rule, in plain integers: [(month index as in ``Period.index``, minutes)], month by month."""
    i0 = start.year * 12 + start.month - 1
    i1 = end.year * 12 + end.month - 1
    if i0 == i1:
        return [(i0, minutes)]
    # Day numbers (ordinals) rather than dates: the summary splits hundreds of these per call.
    lo, last_day = start.toordinal(), end.toordinal()
    total_days = last_day - lo + 1
    if i1 == i0 + 1:  # the common case, two months: the same rule without the general loop
        year, month0 = divmod(i1, 12)
        first_days = _dt.date(year, month0 + 1, 1).toordinal() - lo
        w0, r0 = divmod(minutes * first_days, total_days)
        w1, r1 = divmod(minutes * (total_days - first_days), total_days)
        if w0 + w1 < minutes:  # one minute left over: to the larger remainder, the earlier on a tie
            if r0 >= r1:
                w0 += 1
            else:
                w1 += 1
        return [(i0, w0), (i1, w1)]
    shares: list[list[int]] = []  # [month index, whole minutes, remainder]
    for i in range(i0, i1 + 1):
        year, month0 = divmod(i + 1, 12)  # the month after i, 0-based
        hi = min(last_day, _dt.date(year, month0 + 1, 1).toordinal() - 1)
        whole, remainder = divmod(minutes * (hi - lo + 1), total_days)
        shares.append([i, whole, remainder])
        lo = hi + 1
    left = minutes - sum(s[1] for s in shares)
    # Largest remainder first; the earlier month wins a tie (the sort is stable).
    for s in sorted(shares, key=lambda s: -s[2])[:left]:
        s[1] += 1
    return [(i, whole) for i, whole, _ in shares]


def split_by_month(start: _dt.date, end: _dt.date, minutes: int) -> dict[Period, int]:
    """The gap's minutes per calendar month, in proportion to its days in each month."""
    return {Period.from_index(i): m for i, m in month_shares(start, end, minutes)}


def raw_cells(start: _dt.date, end: _dt.date, minutes: int, cause: str, coverage: str) -> Iterable[RawCell]:
    for i, m in month_shares(start, end, minutes):
        yield i, cause, coverage, m


def gap_cells(gaps: Iterable[Gap]) -> Iterable[RawCell]:
    for g in gaps:
        yield from raw_cells(g.start, g.end, g.minutes, g.cause.value, g.coverage.value)


def _pct(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None
    return Decimal(part) * 100 / Decimal(whole)


@dataclass(frozen=True)
class Hours:
    """Minutes by cause and by coverage, for one month or a whole range."""

    by_cause: Mapping[Cause, int]
    by_coverage: Mapping[Coverage, int]

    @property
    def total(self) -> int:
        return sum(self.by_coverage.values())

    @property
    def hired(self) -> int:
        return self.by_coverage[Coverage.HIRED]

    @property
    def uncovered(self) -> int:
        return self.by_coverage[Coverage.UNCOVERED]

    @property
    def hire_share_pct(self) -> Decimal | None:
        """The share of gap hours covered by hyrpersonal, in %; None when there are no gap hours."""
        return _pct(self.hired, self.total)


@dataclass(frozen=True)
class MonthHours(Hours):
    period: Period = field(kw_only=True)


@dataclass(frozen=True)
class GapSummary:
    first: Period
    last: Period
    months: tuple[MonthHours, ...]  # every month of the range, empty ones too
    totals: Hours

    @property
    def total_minutes(self) -> int:
        return self.totals.total

    @property
    def hire_share_pct(self) -> Decimal | None:
        return self.totals.hire_share_pct

    @property
    def uncovered_minutes(self) -> int:
        return self.totals.uncovered

    def long_rows(self) -> Iterable[tuple[Period, str, str, Decimal]]:
        """(month, "cause" or "coverage", label, hours) for every month and value, zeros included."""
        for m in self.months:
            for cause, minutes in m.by_cause.items():
                yield m.period, "cause", cause.label, minutes_to_hours(minutes)
            for coverage, minutes in m.by_coverage.items():
                yield m.period, "coverage", coverage.label, minutes_to_hours(minutes)

    def as_json(self) -> dict[str, object]:
        """The shape ``hyrdesk gaps summary --json`` prints: UI labels as keys, hours as numbers."""
        share = self.hire_share_pct
        return {
            "total_hours": hours_number(self.total_minutes),
            "by_coverage": {c.label: hours_number(m) for c, m in self.totals.by_coverage.items()},
            "by_cause": {c.label: hours_number(m) for c, m in self.totals.by_cause.items()},
            "hire_share_pct": None if share is None else float(share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)),
            "uncovered_hours": hours_number(self.uncovered_minutes),
        }


def summary_from_raw(cells: Iterable[RawCell], first: Period, last: Period) -> GapSummary:
    """Add up (month index, cause key, coverage key, minutes); cells outside first..last are ignored."""
    if last < first:
        raise ValueError("Slutmånaden ligger före startmånaden.")
    lo, hi = first.index, last.index
    by_cause = {i: dict.fromkeys((c.value for c in Cause), 0) for i in range(lo, hi + 1)}
    by_coverage = {i: dict.fromkeys((c.value for c in Coverage), 0) for i in range(lo, hi + 1)}
    for i, cause, coverage, minutes in cells:
        if lo <= i <= hi:
            by_cause[i][cause] += minutes
            by_coverage[i][coverage] += minutes
    months = tuple(
        MonthHours(
            {c: by_cause[i][c.value] for c in Cause},
            {c: by_coverage[i][c.value] for c in Coverage},
            period=Period.from_index(i),
        )
        for i in range(lo, hi + 1)
    )
    totals = Hours(
        {c: sum(m.by_cause[c] for m in months) for c in Cause},
        {c: sum(m.by_coverage[c] for m in months) for c in Coverage},
    )
    return GapSummary(first, last, months, totals)


def summary_from_cells(cells: Iterable[Cell], first: Period, last: Period) -> GapSummary:
    """Add up (month, cause, coverage, minutes) cells; cells outside first..last are ignored."""
    return summary_from_raw(((p.index, ca.value, co.value, m) for p, ca, co, m in cells), first, last)


def summarise(gaps: Iterable[Gap], first: Period, last: Period) -> GapSummary:
    """The summary of gaps for the months first..last (gaps spanning months are split per day)."""
    return summary_from_raw(gap_cells(gaps), first, last)
