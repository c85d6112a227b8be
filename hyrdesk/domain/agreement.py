"""Hire under the national agreement: tariffs, bookings (avrop), the invoice check, deviations.

**The tariff a line is priced against** is the region's tariff for the
booking's staff category and level in the unit's zone (1–3) that is valid in
the invoiced month: the newest tariff whose valid-from date is on or before
the later of the month's first day and the booking's start. A tariff change
in the middle of a booking therefore applies from the first month it is in
force. No tariff for the category, level and zone is a finding of its own
(``no_tariff``), never a crash and never a silent pass.

**What the check finds**, per invoice line (booking and month), each with the
kronor it concerns:

* ``above_tariff``: hours × (price per hour − tariff), when the price per
  hour (amount ÷ hours) is above the tariff;
* ``hours_over_ordered``: per booking and month, the month's net hours
  (credits netted, so the order lines were entered in does not matter) beyond
  the booking's ordered hours, × the month's price per hour;
* ``outside_agreement``: a booking outside the agreement is not priced
  against the tariff: the line's whole amount (travel included) counts;
* ``booking_over_12_months``: a booking longer than 12 months (the agreement's
  limit): the line's amount;
* ``documents_expired``: the IVO or HOSP extract older than 6 months, or the
  CPR training older than 12 months, at the booking's start (or not recorded):
  the line's amount.

A credit line (hours or amount zero or negative) is summed like any line but
never priced: there is no price per hour to compare.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from hyrdesk.domain.choices import QT_TRANSLATE_NOOP, LabelledChoice
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period

ZONES = (1, 2, 3)
MAX_BOOKING_MONTHS = 12
IVO_HOSP_MAX_AGE_MONTHS = 6
CPR_MAX_AGE_MONTHS = 12

ABOVE_TARIFF = "above_tariff"
HOURS_OVER_ORDERED = "hours_over_ordered"
OUTSIDE_AGREEMENT = "outside_agreement"
BOOKING_OVER_12_MONTHS = "booking_over_12_months"
DOCUMENTS_EXPIRED = "documents_expired"
NO_TARIFF = "no_tariff"
FINDING_KINDS = (
    ABOVE_TARIFF,
    HOURS_OVER_ORDERED,
    OUTSIDE_AGREEMENT,
    BOOKING_OVER_12_MONTHS,
    DOCUMENTS_EXPIRED,
    NO_TARIFF,
)


class DeviationReason(LabelledChoice):
    PATIENT_SAFETY = "patient_safety"
    NO_DELIVERY = "no_delivery"
    ACUTE_NEED = "acute_need"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[DeviationReason, str]:
        return {
            cls.PATIENT_SAFETY: QT_TRANSLATE_NOOP("Choices", "Patientsäkerhet"),
            cls.NO_DELIVERY: QT_TRANSLATE_NOOP("Choices", "Ingen leverans inom avtalet"),
            cls.ACUTE_NEED: QT_TRANSLATE_NOOP("Choices", "Akut behov"),
            cls.OTHER: QT_TRANSLATE_NOOP("Choices", "Annat"),
        }


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = (_dt.date(year + (month0 + 1) // 12, (month0 + 1) % 12 + 1, 1) - _dt.timedelta(days=1)).day
    return _dt.date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True)
class Tariff:
    category: str  # staff category name, as the unit's categories are named
    level: str
    zone: int
    valid_from: _dt.date
    price_per_hour: Money


class TariffTable:
    def __init__(self, tariffs: Iterable[Tariff]):
        self._by_key: dict[tuple[str, str, int], list[Tariff]] = {}
        for t in tariffs:
            self._by_key.setdefault((t.category.casefold(), t.level.casefold(), t.zone), []).append(t)
        for versions in self._by_key.values():
            versions.sort(key=lambda t: t.valid_from)

    def lookup(self, category: str, level: str, zone: int, on: _dt.date) -> Tariff | None:
        found = None
        for t in self._by_key.get((category.casefold(), level.casefold(), zone), []):
            if t.valid_from <= on:
                found = t
        return found


@dataclass(frozen=True)
class Booking:
    ref: str
    category: str
    level: str
    supplier: str
    start: _dt.date
    end: _dt.date
    hours_ordered: Decimal
    outside_agreement: bool = False
    ivo_checked_on: _dt.date | None = None
    hosp_checked_on: _dt.date | None = None
    cpr_trained_on: _dt.date | None = None
    karens_checked: bool | None = None  # None: not checked
    unit_id: int | None = None
    id: int | None = None

    @property
    def over_12_months(self) -> bool:
        return self.end >= add_months(self.start, MAX_BOOKING_MONTHS)

    def documents_expired(self) -> list[str]:
        """Which documents were missing or too old at the booking's start (Swedish names)."""
        out = []
        for name, day, months in (
            ("IVO-utdrag", self.ivo_checked_on, IVO_HOSP_MAX_AGE_MONTHS),
            ("HOSP-utdrag", self.hosp_checked_on, IVO_HOSP_MAX_AGE_MONTHS),
            ("HLR-utbildning", self.cpr_trained_on, CPR_MAX_AGE_MONTHS),
        ):
            if day is None or add_months(day, months) < self.start:
                out.append(name)
        return out


@dataclass(frozen=True)
class InvoiceLine:
    booking_ref: str
    month: Period
    hours: Decimal
    amount: Money  # for the hours, excluding travel
    travel: Money = Money(0)  # travel and lodging
    id: int | None = None

    @property
    def total(self) -> Money:
        return self.amount + self.travel

    @property
    def price_per_hour(self) -> Decimal | None:
        if self.hours <= 0 or self.amount.ore <= 0:
            return None
        return Decimal(self.amount.ore) / self.hours  # öre per hour


@dataclass(frozen=True)
class Finding:
    booking: str
    kind: str
    kr: Money
    detail: str = ""  # Swedish, for the table and the tooltip


def _ore(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class MonthCheck:
    month: Period
    checked: Money = Money(0)
    findings: list[Finding] = field(default_factory=list)

    def total(self, kind: str) -> Money:
        return Money.sum(f.kr for f in self.findings if f.kind == kind)


def check_month(
    month: Period,
    bookings: Sequence[Booking],
    invoices: Sequence[InvoiceLine],
    tariffs: TariffTable,
    zone: int | None,
) -> MonthCheck:
    """Check every invoice line of ``month`` against its booking and the tariffs."""
    by_ref = {b.ref: b for b in bookings}
    result = MonthCheck(month)
    before: dict[str, Decimal] = {}  # hours invoiced per booking in earlier months (credits netted)
    this_month: dict[str, list[InvoiceLine]] = {}
    for line in sorted(invoices, key=lambda i: (i.month, i.id or 0)):
        booking = by_ref.get(line.booking_ref)
        if booking is None or line.month > month:
            continue
        if line.month < month:
            before[line.booking_ref] = before.get(line.booking_ref, Decimal(0)) + line.hours
            continue
        this_month.setdefault(line.booking_ref, []).append(line)
        result.checked = result.checked + line.total
        result.findings.extend(_line_findings(booking, line, tariffs, zone))
    for ref, lines in this_month.items():
        over = _hours_over_ordered(by_ref[ref], before.get(ref, Decimal(0)), lines)
        if over is not None:
            result.findings.append(over)
    return result


def _hours_over_ordered(booking: Booking, before: Decimal, lines: Sequence[InvoiceLine]) -> Finding | None:
    """The month's hours beyond the booking's ordered hours, at the month's price per hour.

    Counted on the month's net hours (a credit line takes hours back), so the
    answer does not depend on the order the lines were entered in.
    """
    ordered = booking.hours_ordered
    net = sum((line.hours for line in lines), Decimal(0))
    excess = max(Decimal(0), before + net - ordered) - max(Decimal(0), before - ordered)
    if excess <= 0:
        return None
    priced = [line for line in lines if line.price_per_hour is not None]
    priced_hours = sum((line.hours for line in priced), Decimal(0))
    price = Decimal(sum(line.amount.ore for line in priced)) / priced_hours if priced_hours else Decimal(0)
    return Finding(
        booking.ref, HOURS_OVER_ORDERED, Money(_ore(price * excess)), f"{excess} h utöver {ordered} h beställda"
    )


def _line_findings(booking: Booking, line: InvoiceLine, tariffs: TariffTable, zone: int | None) -> list[Finding]:
    out: list[Finding] = []
    ref = booking.ref
    if booking.outside_agreement:
        out.append(Finding(ref, OUTSIDE_AGREEMENT, line.total, "utanför avtalet: hela beloppet"))
    else:
        price = line.price_per_hour
        on = max(line.month.first_day, booking.start)
        tariff = None if zone is None else tariffs.lookup(booking.category, booking.level, zone, on)
        if tariff is None:
            where = "enheten saknar zon" if zone is None else f"zon {zone}"
            out.append(
                Finding(ref, NO_TARIFF, Money(0), f"ingen tariff för {booking.category}, nivå {booking.level}, {where}")
            )
        elif price is not None and price > tariff.price_per_hour.ore:
            above = _ore((price - tariff.price_per_hour.ore) * line.hours)
            out.append(
                Finding(
                    ref,
                    ABOVE_TARIFF,
                    Money(above),
                    f"{Money(_ore(price)).format_kr()}/h mot tariff {tariff.price_per_hour.format_kr()}/h "
                    f"(gäller från {tariff.valid_from.isoformat()})",
                )
            )
    if booking.over_12_months:
        out.append(
            Finding(
                ref,
                BOOKING_OVER_12_MONTHS,
                line.total,
                f"avropet {booking.start}–{booking.end} är längre än 12 månader",
            )
        )
    expired = booking.documents_expired()
    if expired:
        out.append(Finding(ref, DOCUMENTS_EXPIRED, line.total, "saknas eller för gammalt: " + ", ".join(expired)))
    return out


@dataclass(frozen=True)
class CategoryTotals:
    """One staff category's month: findings and the kronor above tariff and outside the agreement."""

    findings: int = 0
    above_tariff: Money = Money(0)
    outside_agreement: Money = Money(0)
    deviations: int = 0


def totals_by_category(
    check: MonthCheck, bookings: Sequence[Booking], deviations: Sequence[Deviation]
) -> dict[str, CategoryTotals]:
    """The month per staff category, as regions report it (an unknown booking counts as "Okänd")."""
    category = {b.ref: b.category for b in bookings}
    out: dict[str, CategoryTotals] = {}
    for f in check.findings:
        name = category.get(f.booking, "Okänd")
        t = out.get(name, CategoryTotals())
        out[name] = CategoryTotals(
            t.findings + 1,
            t.above_tariff + (f.kr if f.kind == ABOVE_TARIFF else Money(0)),
            t.outside_agreement + (f.kr if f.kind == OUTSIDE_AGREEMENT else Money(0)),
            t.deviations,
        )
    for d in deviations:
        if Period.from_date(d.date) == check.month:
            name = category.get(d.booking_ref, "Okänd")
            t = out.get(name, CategoryTotals())
            out[name] = CategoryTotals(t.findings, t.above_tariff, t.outside_agreement, t.deviations + 1)
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class Deviation:
    """An avsteg: hire outside the agreement, above tariff or beyond plan, with its kronor."""

    date: _dt.date
    booking_ref: str
    reason: DeviationReason
    above_tariff: Money
    approver_role: str
    escalated_to_role: str = ""
    action_id: int | None = None
    note: str = ""
    unit_id: int | None = None
    id: int | None = None
