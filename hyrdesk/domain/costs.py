"""Hire cost and own staff cost per month, and the measures regions report on them.

Definitions (docs/data-schema.md says the same for other tools):

* A month **exists** for a unit when at least one figure is recorded for it –
  a ledger row or a manual entry, of either kind, in any category, even an
  explicit zero. A month with no figure at all is *missing*: it is not zero,
  it is unknown.
* **Monthly cost** of a report group: the sum of its hire-cost figures that
  month; ``None`` when the month is missing.
* **R12** for month M: the sum of the 12 months M-11..M. ``None`` unless all
  12 months exist – a missing month inside the window makes R12 ``None``,
  so a partial sum is never shown as R12.
* **Year to date** (ack) for month M of year Y: January..M of Y, compared
  with January..M of Y-1. Either sum is ``None`` if one of its months is
  missing. Change in kr = ytd − ytd_prev; change in % = change / |ytd_prev|,
  ``None`` when ytd_prev is missing or zero.
* **Hire ratio** (SKR-måttet): hire cost / own staff cost × 100, for one
  month and for R12. ``None`` – never infinity, never 0 – when the own staff
  cost is zero or negative, or when a month of the window is missing.
* **Report groups**: Läkare, Sjuksköterskor/barnmorskor, Övriga (by the staff
  category's group) and Totalt (everything). Hire cost always has a category.
  Own staff cost may lack one (an account for, say, employer's contributions
  that the account table gives no category); such cost counts in Totalt only,
  and a group's ratio is then ``None`` for any window where uncategorised own
  cost is not zero – dividing the group's hire by only part of its own cost
  would overstate the ratio.
* A ratio that cannot be computed carries its **reason** (``ratio_reason``):
  the missing month, the accounts whose own staff cost has no category (by
  number and ledger text), or own staff cost that is zero or negative, each
  with what to do about it.
* Negative figures (corrections, reversals) are ordinary figures and are summed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from hyrdesk.domain.categories import REPORT_GROUPS, TOTAL
from hyrdesk.domain.choices import QT_TRANSLATE_NOOP, LabelledChoice
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range

HUNDRED = Decimal(100)


class CostKind(LabelledChoice):
    HIRE = "hire"
    OWN = "own"

    @classmethod
    def _labels(cls) -> dict[CostKind, str]:
        return {
            cls.HIRE: QT_TRANSLATE_NOOP("Choices", "Hyrkostnad"),
            cls.OWN: QT_TRANSLATE_NOOP("Choices", "Egen personal"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {CostKind.HIRE: ("hyr", "hyrpersonal"), CostKind.OWN: ("egen", "kostnad egen personal")}[self]


@dataclass(frozen=True, slots=True)
class CostFigure:
    period: Period
    kind: CostKind
    group: str | None  # report group; None only for own staff cost without a category
    amount: Money
    account: int | None = None  # for own staff cost without a category: the ledger account (None: manual)


class CostSeries:
    """One unit's figures summed per month, kind and report group."""

    def __init__(
        self,
        figures: Iterable[CostFigure],
        groups: Sequence[str] = REPORT_GROUPS,
        account_names: Mapping[int, str] | None = None,
    ):
        self.groups = tuple(groups)
        self.account_names: Mapping[int, str] = account_names or {}
        self._sums: dict[tuple[Period, CostKind, str | None], int] = defaultdict(int)
        self._uncategorised: dict[Period, dict[int | None, int]] = defaultdict(lambda: defaultdict(int))
        self.months: set[Period] = set()
        self._amounts: dict[tuple[Period, CostKind, str], Money | None] = {}  # the series never changes
        for f in figures:
            self._sums[(f.period, f.kind, f.group)] += f.amount.ore
            self.months.add(f.period)
            if f.kind is CostKind.OWN and f.group is None:
                self._uncategorised[f.period][f.account] += f.amount.ore

    @property
    def first(self) -> Period | None:
        return min(self.months) if self.months else None

    @property
    def last(self) -> Period | None:
        return max(self.months) if self.months else None

    def has(self, period: Period) -> bool:
        return period in self.months

    def amount(self, period: Period, kind: CostKind, group: str) -> Money | None:
        """The month's sum for a group (or Totalt); None when the month is missing."""
        key = (period, kind, group)
        try:  # remembered: R12 and year-to-date windows ask for each month many times over
            return self._amounts[key]
        except KeyError:
            pass
        if period not in self.months:
            result = None
        else:
            keys = [*self.groups, None] if group == TOTAL else [group]
            result = Money(sum(self._sums.get((period, kind, g), 0) for g in keys))
        self._amounts[key] = result
        return result

    def uncategorised_own(self, period: Period) -> Money:
        return Money(self._sums.get((period, CostKind.OWN, None), 0))

    # --- sums over several months -----------------------------------------
    def window(self, months: Iterable[Period], kind: CostKind, group: str) -> Money | None:
        """Sum over the months, or None if any of them is missing."""
        total = 0
        for p in months:
            m = self.amount(p, kind, group)
            if m is None:
                return None
            total += m.ore
        return Money(total)

    def uncategorised_accounts(self, months: Iterable[Period]) -> list[int | None]:
        """The accounts (None: entered by hand) holding own staff cost without a category in these months."""
        found: dict[int | None, int] = defaultdict(int)
        for p in months:
            for account, ore in self._uncategorised.get(p, {}).items():
                if ore:
                    found[account] += abs(ore)
        return sorted(found, key=lambda a: (-found[a], a or 0))

    def own_attributable(self, months: Iterable[Period], group: str) -> bool:
        """Can the group's own staff cost over these months be told apart from the rest?"""
        if group == TOTAL:
            return True
        return all(self.uncategorised_own(p).ore == 0 for p in months)


# --- the measures -------------------------------------------------------------
def r12_months(period: Period) -> list[Period]:
    return list(period_range(period - 11, period))


def ytd_months(period: Period) -> list[Period]:
    return list(period_range(period.year_start(), period))


def ratio_pct(hire: Money | None, own: Money | None) -> Decimal | None:
    """hire / own in percent; None when either is unknown or own is zero or negative."""
    if hire is None or own is None or own.ore <= 0:
        return None
    return Decimal(hire.ore) * HUNDRED / Decimal(own.ore)


def change_pct(current: Money | None, previous: Money | None) -> Decimal | None:
    """(current − previous) / |previous| in percent; None when undefined."""
    if current is None or previous is None or previous.ore == 0:
        return None
    return Decimal(current.ore - previous.ore) * HUNDRED / Decimal(abs(previous.ore))


def window_ratio(series: CostSeries, months: list[Period], group: str) -> Decimal | None:
    if not series.own_attributable(months, group):
        return None
    return ratio_pct(series.window(months, CostKind.HIRE, group), series.window(months, CostKind.OWN, group))


def ratio_reason(series: CostSeries, months: list[Period], group: str) -> str | None:
    """Why the hire ratio over ``months`` cannot be computed, and what to do, in Swedish; None when it can."""
    missing = [p for p in months if not series.has(p)]
    if missing:
        if len(months) == 1:
            return (
                f"{missing[0].long_label()} saknar belopp: importera ekonomiutdraget för månaden "
                "eller lägg in beloppen för hand"
            )
        return (
            f"{len(missing)} av de 12 månaderna saknar belopp (först {missing[0].long_label()}): "
            "R12 kräver alla 12; importera eller lägg in de månaderna"
        )
    if not series.own_attributable(months, group):
        accounts = series.uncategorised_accounts(months)
        named = [_account_name(series, a) for a in accounts[:3]] + (["…"] if len(accounts) > 3 else [])
        if len(accounts) == 1:
            what = f"{named[0]} saknar yrkeskategori: ge kontot en kategori"
        else:
            what = f"{', '.join(named[:-1])} och {named[-1]} saknar yrkeskategori: ge dem en kategori"
        if None in accounts:
            what += " (belopp inlagda för hand utan kategori: lägg in dem per yrkeskategori)"
        return f"{what}, eller jämför bara Totalt"
    own = series.window(months, CostKind.OWN, group)
    if own is not None and own.ore == 0:
        return (
            f"ingen kostnad för egen personal i {group}: lägg till kontona för egen personal i "
            "kontotabellen med yrkeskategori och importera igen"
        )
    if own is not None and own.ore < 0:
        return f"kostnaden för egen personal är negativ ({own.format_kr()}): kontrollera rättelserna"
    return None


def _account_name(series: CostSeries, account: int | None) -> str:
    if account is None:
        return "belopp inlagda för hand"
    text = series.account_names.get(account)
    return f"konto {account} {text}" if text else f"konto {account}"


@dataclass(frozen=True)
class GroupMeasures:
    """Every measure for one report group and month; None wherever it cannot be computed."""

    group: str
    period: Period
    hire: Money | None  # the month's hire cost
    own: Money | None  # the month's own staff cost (for Totalt including uncategorised cost)
    r12: Money | None
    own_r12: Money | None
    ytd: Money | None
    ytd_prev: Money | None
    ytd_change: Money | None
    ytd_change_pct: Decimal | None
    hire_ratio_pct: Decimal | None
    hire_ratio_r12_pct: Decimal | None
    hire_ratio_reason: str | None = None  # why hire_ratio_pct is None, and what to do
    hire_ratio_r12_reason: str | None = None


def measures(series: CostSeries, period: Period, group: str) -> GroupMeasures:
    r12 = r12_months(period)
    ytd = ytd_months(period)
    ytd_prev = [p.same_month_last_year() for p in ytd]
    ytd_sum = series.window(ytd, CostKind.HIRE, group)
    prev_sum = series.window(ytd_prev, CostKind.HIRE, group)
    return GroupMeasures(
        group=group,
        period=period,
        hire=series.amount(period, CostKind.HIRE, group),
        own=series.amount(period, CostKind.OWN, group),
        r12=series.window(r12, CostKind.HIRE, group),
        own_r12=series.window(r12, CostKind.OWN, group),
        ytd=ytd_sum,
        ytd_prev=prev_sum,
        ytd_change=None if ytd_sum is None or prev_sum is None else ytd_sum - prev_sum,
        ytd_change_pct=change_pct(ytd_sum, prev_sum),
        hire_ratio_pct=(ratio := window_ratio(series, [period], group)),
        hire_ratio_r12_pct=(ratio_r12 := window_ratio(series, r12, group)),
        hire_ratio_reason=ratio_reason(series, [period], group) if ratio is None else None,
        hire_ratio_r12_reason=ratio_reason(series, r12, group) if ratio_r12 is None else None,
    )


def all_groups(series: CostSeries) -> tuple[str, ...]:
    return (*series.groups, TOTAL)


def summary(series: CostSeries, period: Period) -> list[GroupMeasures]:
    """Measures for every report group and Totalt, in report order."""
    return [measures(series, period, g) for g in all_groups(series)]
