"""Input nobody wrote for the agreement: odd numbers, odd tariff files. Refused clearly, never a wrong figure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hyrdesk.domain.agreement import Booking
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError


def booking(hours: str = "10", ref: str = "AV-1") -> Booking:
    return Booking(ref, "Läkare", "Specialist", "Bolaget AB", dt.date(2026, 1, 1), dt.date(2026, 3, 31), Decimal(hours))


@pytest.mark.parametrize("hours", ["NaN", "sNaN", "Infinity", "-Infinity", "1E+9"])
def test_ordered_hours_that_are_not_a_number_are_refused_not_a_crash(services, unit, hours):
    with pytest.raises(UserError):
        services.agreement.add_booking(unit, booking(hours))
    assert services.agreement.bookings(unit) == []


@pytest.mark.parametrize("hours", ["NaN", "nan", "Infinity", "sNaN"])
def test_invoiced_hours_that_are_not_a_number_are_refused_not_a_crash(services, unit, hours):
    services.agreement.add_booking(unit, booking())
    with pytest.raises(UserError, match="inget antal timmar"):
        services.agreement.add_invoice("AV-1", Period(2026, 2), hours, "1000")
    assert services.agreement.invoices(unit) == []
