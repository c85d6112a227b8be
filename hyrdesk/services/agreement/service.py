"""Hire under the national agreement: tariffs, zones, bookings, invoice lines, the check, deviations.

The check (``domain.agreement``) runs over what is stored; the reconciliation
compares the month's checked invoice lines with the ledger's hire cost for the
same month, so that "ledger 412 tkr, checked invoices 380 tkr: 32 tkr not
checked" is said, not guessed. No person is ever a record here: a booking is a
call-off, its documents are dates, and free text is guarded against personal
identity numbers.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from hyrdesk.domain.agreement import (
    ABOVE_TARIFF,
    OUTSIDE_AGREEMENT,
    ZONES,
    Booking,
    CategoryTotals,
    Deviation,
    DeviationReason,
    InvoiceLine,
    MonthCheck,
    Tariff,
    TariffTable,
    check_month,
    totals_by_category,
)
from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.agreement.tariffs import read_tariff_file, shared_tariff_file
from hyrdesk.services.costs.service import CostService, sek_json
from hyrdesk.services.settings import SHARED_FOLDER, SettingsService
from hyrdesk.storage.agreement import AgreementRepository

MAX_HOURS = Decimal(100_000)


def _text(value: str, what: str, required: bool = True, limit: int = 200) -> str:
    value = " ".join((value or "").split())
    if required and not value:
        raise UserError(f"Ange {what}.")
    if len(value) > limit:
        raise UserError(f"{what.capitalize()} är för lång (högst {limit} tecken).")
    problem = check_free_text(value)
    if problem:
        raise UserError(f"{what.capitalize()}: {problem}")
    return value


def _hours(value: Any, what: str) -> Decimal:
    try:
        hours = Decimal(str(value).replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise UserError(f"{what}: ”{value}” är inget antal timmar.") from None
    if not hours.is_finite():  # "NaN" and "Infinity" are Decimals too, and NaN cannot be compared
        raise UserError(f"{what}: ”{value}” är inget antal timmar.")
    if not -MAX_HOURS <= hours <= MAX_HOURS:
        raise UserError(f"{what}: {value} timmar är orimligt.")
    return hours


def _money(value: Any, what: str) -> Money:
    try:
        return Money.from_sek(value)
    except (ValueError, ArithmeticError):
        raise UserError(f"{what}: ”{value}” är inget belopp.") from None


@dataclass(frozen=True)
class HireCheck:
    month: Period
    check: MonthCheck
    ledger_hire: Money | None

    @property
    def unchecked(self) -> Money | None:
        return None if self.ledger_hire is None else self.ledger_hire - self.check.checked


class AgreementService:
    def __init__(self, repo: AgreementRepository, costs: CostService, settings: SettingsService):
        self.repo, self.costs, self.settings = repo, costs, settings

    # --- tariffs ------------------------------------------------------------------------------
    def tariffs(self) -> list[Tariff]:
        return self.repo.tariffs()

    def tariff_source(self) -> str | None:
        return self.repo.tariff_source()

    def import_tariffs(self, path: Path | str) -> int:
        """Replace the tariff table with the file's (every row checked first; nothing saved on an error)."""
        parsed = read_tariff_file(path)
        return self.repo.replace_tariffs(parsed.tariffs, parsed.name)

    def shared_tariff_file(self) -> Path | None:
        return shared_tariff_file(self.settings.get(SHARED_FOLDER))

    # --- zone ---------------------------------------------------------------------------------
    def zone(self, unit: Unit) -> int | None:
        return self.repo.zone(unit.id)

    def set_zone(self, unit: Unit, zone: int | str | None) -> None:
        if zone is not None:
            try:
                zone = int(zone)
            except ValueError:
                zone = 0
            if zone not in ZONES:
                raise UserError("Zonen ska vara 1, 2 eller 3 (kommunens zon i det nationella avtalet).")
        self.repo.set_zone(unit.id, zone)

    # --- bookings ------------------------------------------------------------------------------
    def bookings(self, unit: Unit) -> list[Booking]:
        return self.repo.bookings(unit.id)

    def booking(self, ref: str) -> Booking:
        b = self.repo.booking_by_ref(ref.strip())
        if b is None:
            raise UserError(f"Det finns inget avrop med referensen ”{ref}”.")
        return b

    def add_booking(self, unit: Unit, booking: Booking) -> Booking:
        b = self._checked(replace(booking, unit_id=unit.id, id=None))
        if self.repo.booking_by_ref(b.ref) is not None:
            raise UserError(f"Det finns redan ett avrop med referensen ”{b.ref}”.")
        return self.repo.save_booking(b)

    def update_booking(self, booking: Booking) -> Booking:
        return self.repo.save_booking(self._checked(booking))

    def delete_booking(self, booking: Booking) -> None:
        if booking.id is not None:
            self.repo.delete_booking(booking.id)

    def _checked(self, b: Booking) -> Booking:
        if b.end < b.start:
            raise UserError("Avropets slutdatum ligger före startdatumet.")
        for day in (b.start, b.end):
            Period.from_date(day)  # the years Period accepts: a clear message when absurd
        if not b.hours_ordered.is_finite() or b.hours_ordered <= 0:
            raise UserError("Ange hur många timmar som beställts (mer än noll).")
        if b.hours_ordered > MAX_HOURS:
            raise UserError(f"{b.hours_ordered} beställda timmar är orimligt.")
        return replace(
            b,
            ref=_text(b.ref, "avropets referens", limit=60),
            category=_text(b.category, "yrkeskategori", limit=60),
            level=_text(b.level, "nivå", limit=60),
            supplier=_text(b.supplier, "leverantör"),
        )

    # --- gaps covered by a booking -------------------------------------------------------------
    def link_gap(self, gap_id: int, ref: str | None) -> None:
        """Say which booking covered a gap (None: none); only gaps covered by hyrpersonal can point at one."""
        booking_id = None if ref is None else self.booking(ref).id
        if not self.repo.link_gap(gap_id, booking_id):
            raise UserError(f"Det finns ingen lucka {gap_id} som täcktes av hyrpersonal.")

    def gap_hours_by_booking(self, unit: Unit) -> dict[str, tuple[int, Decimal]]:
        """Booking ref -> (gaps, hours) in the gap register that point at it."""
        return {
            ref: (n, Decimal(minutes) / 60) for ref, (n, minutes) in self.repo.gap_minutes_by_booking(unit.id).items()
        }

    # --- invoice lines --------------------------------------------------------------------------
    def invoices(self, unit: Unit) -> list[InvoiceLine]:
        return self.repo.invoices(unit.id)

    def add_invoice(self, ref: str, month: Period, hours: Any, amount: Any, travel: Any = 0) -> InvoiceLine:
        b = self.booking(ref)
        assert b.id is not None
        line = InvoiceLine(
            b.ref, month, _hours(hours, "timmar"), _money(amount, "belopp"), _money(travel or 0, "resor och logi")
        )
        return self.repo.add_invoice(b.id, line)

    def delete_invoice(self, line: InvoiceLine) -> None:
        if line.id is not None:
            self.repo.delete_invoice(line.id)

    # --- the check -------------------------------------------------------------------------------
    def check(self, unit: Unit, month: Period) -> HireCheck:
        checked = check_month(
            month, self.bookings(unit), self.invoices(unit), TariffTable(self.tariffs()), self.zone(unit)
        )
        series = self.costs.series(unit)
        return HireCheck(month, checked, series.amount(month, CostKind.HIRE, TOTAL))

    def check_json(self, unit: Unit, month: Period) -> dict[str, Any]:
        """``hyrdesk hire check --json``: kronor as numbers, null where unknown."""
        c = self.check(unit, month)
        return {
            "month": str(month),
            "zone": self.zone(unit),
            "checked_kr": sek_json(c.check.checked),
            "ledger_hire_kr": sek_json(c.ledger_hire),
            "unchecked_kr": sek_json(c.unchecked),
            "above_tariff_kr": sek_json(c.check.total(ABOVE_TARIFF)),
            "outside_agreement_kr": sek_json(c.check.total(OUTSIDE_AGREEMENT)),
            "findings": [{"booking": f.booking, "kind": f.kind, "kr": sek_json(f.kr), "detail": f.detail}
                         for f in c.check.findings],
        }  # fmt: skip

    def by_category(self, unit: Unit, month: Period) -> dict[str, CategoryTotals]:
        """The month's findings, kronor and deviations per staff category."""
        return totals_by_category(self.check(unit, month).check, self.bookings(unit), self.deviations(unit))

    # --- deviations ------------------------------------------------------------------------------
    def deviations(self, unit: Unit) -> list[Deviation]:
        return self.repo.deviations(unit.id)

    def add_deviation(
        self,
        unit: Unit,
        day: _dt.date,
        booking_ref: str,
        reason: DeviationReason | str,
        above_tariff: Any,
        approver_role: str,
        escalated_to_role: str = "",
        action_id: int | None = None,
        note: str = "",
    ) -> Deviation:
        b = self.booking(booking_ref) if booking_ref else None
        if b is not None and b.unit_id != unit.id:
            raise UserError(f"Avropet ”{booking_ref}” hör till en annan enhet.")
        try:
            why = DeviationReason.parse(reason)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        Period.from_date(day)
        kr = _money(above_tariff or 0, "kronor över tariff")
        if kr.ore < 0:
            raise UserError("Kronor över tariff kan inte vara negativt.")
        d = Deviation(
            day,
            b.ref if b else "",
            why,
            kr,
            _text(approver_role, "godkännarens roll", limit=80),
            _text(escalated_to_role, "rollen det eskalerades till", required=False, limit=80),
            action_id,
            _text(note, "anteckningen", required=False, limit=500),
            unit.id,
        )
        return self.repo.add_deviation(d, None if b is None else b.id)

    def delete_deviation(self, deviation: Deviation) -> None:
        if deviation.id is not None:
            self.repo.delete_deviation(deviation.id)

    def month_measures(self, unit: Unit, month: Period) -> dict[str, Money | int | None]:
        """What the line dialogue gets: kronor above tariff and outside the agreement, deviations."""
        c = self.check(unit, month)
        deviations = [d for d in self.deviations(unit) if Period.from_date(d.date) == month]
        return {
            ABOVE_TARIFF: c.check.total(ABOVE_TARIFF),
            OUTSIDE_AGREEMENT: c.check.total(OUTSIDE_AGREEMENT),
            "deviations": len(deviations),
        }
