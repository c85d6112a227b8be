"""Demo data for hire under the agreement: an example tariff table, bookings, invoices, deviations.

The tariffs are an example, labelled so: they are not the national
agreement's prices. The invoices cover most, not all, of the demo ledger's
hire cost in the last months, so the reconciliation has something to say;
one booking is priced above tariff, one is outside the agreement and one
runs longer than 12 months.
"""

from __future__ import annotations

import datetime as _dt
import random
from decimal import Decimal

from hyrdesk.domain.agreement import Booking, DeviationReason, Tariff
from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services

EXAMPLE_SOURCE = "Exempeltariffer (demo, inte avtalets priser)"
EXAMPLE_PRICES = {  # (category, level): price per hour in zone 1; zones 2 and 3 pay more
    ("Läkare", "Specialist"): 1_150,
    ("Läkare", "Legitimerad"): 900,
    ("Sjuksköterska", "Grund"): 640,
    ("Sjuksköterska", "Specialist"): 720,
}
ZONE_MARKUP = {1: Decimal("1.00"), 2: Decimal("1.08"), 3: Decimal("1.18")}


def example_tariffs(valid_from: _dt.date) -> list[Tariff]:
    return [
        Tariff(cat, level, zone, valid_from, Money.from_sek((Decimal(price) * markup).quantize(Decimal(1))))
        for (cat, level), price in EXAMPLE_PRICES.items()
        for zone, markup in ZONE_MARKUP.items()
    ]


def populate_agreement(services: Services, unit: Unit, rng: random.Random, today: _dt.date) -> None:
    # A generator of its own: drawing from the shared one would change every later unit's demo data.
    rng = random.Random(f"agreement-{unit.code}")
    agreement = services.agreement
    last = services.costs.latest_period(unit)
    if last is None:
        return
    if not agreement.tariffs():
        agreement.repo.replace_tariffs(example_tariffs(_dt.date(last.year - 1, 1, 1)), EXAMPLE_SOURCE)
    agreement.set_zone(unit, 1 if unit.code == "MED4" else 3)
    code = unit.code
    start = (last - 5).first_day
    bookings = [
        Booking(f"{code}-A1", "Läkare", "Specialist", "Läkarbemanning Nord AB", start, (last + 3).last_day,
                Decimal(1200), ivo_checked_on=start, hosp_checked_on=start, cpr_trained_on=start, karens_checked=True),
        Booking(f"{code}-A2", "Sjuksköterska", "Grund", "Vårdpersonal i Sverige AB", (last - 14).first_day,
                last.last_day, Decimal(2400), ivo_checked_on=(last - 14).first_day,
                hosp_checked_on=(last - 14).first_day, cpr_trained_on=(last - 20).first_day, karens_checked=True),
        Booking(f"{code}-A3", "Läkare", "Specialist", "Akutläkarna AB", (last - 1).first_day, last.last_day,
                Decimal(120), outside_agreement=True, ivo_checked_on=(last - 1).first_day,
                hosp_checked_on=(last - 1).first_day, cpr_trained_on=(last - 3).first_day, karens_checked=None),
    ]  # fmt: skip
    saved = {b.ref: agreement.add_booking(unit, b) for b in bookings}
    zone = agreement.zone(unit) or 1
    series = services.costs.series(unit)
    for p in [last - 2, last - 1, last]:
        hire = series.amount(p, CostKind.HIRE, TOTAL)
        if hire is None:
            continue
        # The invoices found so far: most, not all, of the ledger; in the last month a fifth of it is
        # the booking outside the agreement.
        budget = hire.sek * (Decimal("0.7") if p == last else Decimal("0.9"))
        doctors = budget * Decimal("0.55")
        price = EXAMPLE_PRICES[("Läkare", "Specialist")] * ZONE_MARKUP[zone] * Decimal("1.06")  # 6 % over
        hours = (doctors / price).quantize(Decimal(1))
        agreement.add_invoice(f"{code}-A1", p, hours, (hours * price).quantize(Decimal(1)), rng.randrange(4, 12) * 1000)
        nurse_price = EXAMPLE_PRICES[("Sjuksköterska", "Grund")] * ZONE_MARKUP[zone]
        nurse_hours = ((budget - doctors) / nurse_price).quantize(Decimal(1))
        agreement.add_invoice(f"{code}-A2", p, nurse_hours, (nurse_hours * nurse_price).quantize(Decimal(1)))
    outside = saved[f"{code}-A3"]
    last_hire = series.amount(last, CostKind.HIRE, TOTAL)
    if last_hire is not None:
        amount = (last_hire.sek * Decimal("0.2")).quantize(Decimal(1))
        agreement.add_invoice(outside.ref, last, (amount / 2_100).quantize(Decimal(1)), amount - 4_000, 4_000)
    agreement.add_deviation(
        unit, (last.first_day + _dt.timedelta(days=3)), outside.ref, DeviationReason.PATIENT_SAFETY, 31_000,
        "Verksamhetschef", "Förvaltningschef", note="Ingen leverans inom avtalet till helgjouren.",
    )  # fmt: skip
