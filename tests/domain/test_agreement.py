"""The invoice check against the region's tariffs, for hand-made cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from hyrdesk.domain.agreement import (
    ABOVE_TARIFF,
    BOOKING_OVER_12_MONTHS,
    DOCUMENTS_EXPIRED,
    HOURS_OVER_ORDERED,
    NO_TARIFF,
    OUTSIDE_AGREEMENT,
    Booking,
    InvoiceLine,
    Tariff,
    TariffTable,
    add_months,
    check_month,
)
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period

D = dt.date
KR = Money.from_sek

TARIFFS = TariffTable(
    [
        Tariff("Läkare", "Specialist", 1, D(2025, 1, 1), KR(1_200)),
        Tariff("Läkare", "Specialist", 3, D(2025, 1, 1), KR(1_500)),
        Tariff("Läkare", "Specialist", 1, D(2026, 4, 1), KR(1_260)),  # a new price from April
        Tariff("Sjuksköterska", "Grund", 1, D(2025, 1, 1), KR(700)),
    ]
)


def booking(**kw) -> Booking:
    base = dict(
        ref="AV-1",
        category="Läkare",
        level="Specialist",
        supplier="Läkarbolaget AB",
        start=D(2026, 2, 1),
        end=D(2026, 7, 31),
        hours_ordered=Decimal(400),
        ivo_checked_on=D(2026, 1, 10),
        hosp_checked_on=D(2026, 1, 10),
        cpr_trained_on=D(2025, 9, 1),
        karens_checked=True,
    )
    return Booking(**(base | kw))


def line(month: Period, hours: int, amount: int, ref="AV-1", travel=0) -> InvoiceLine:
    return InvoiceLine(ref, month, Decimal(hours), KR(amount), KR(travel))


def kinds(check) -> dict[str, Money]:
    return {f.kind: f.kr for f in check.findings}


def test_a_line_at_tariff_has_no_finding_and_counts_as_checked():
    c = check_month(Period(2026, 3), [booking()], [line(Period(2026, 3), 100, 120_000, travel=5_000)], TARIFFS, 1)
    assert c.findings == []
    assert c.checked == KR(125_000)


def test_kronor_above_tariff_and_a_tariff_change_in_the_middle_of_a_booking():
    b = booking()
    invoices = [line(Period(2026, 3), 100, 130_000), line(Period(2026, 4), 100, 130_000)]
    march = check_month(Period(2026, 3), [b], invoices, TARIFFS, 1)
    assert kinds(march) == {ABOVE_TARIFF: KR(10_000)}  # 1 300/h against 1 200/h, 100 h
    april = check_month(Period(2026, 4), [b], invoices, TARIFFS, 1)
    assert kinds(april) == {ABOVE_TARIFF: KR(4_000)}  # the new tariff 1 260/h applies from April


def test_zone_1_and_zone_3_price_the_same_line_differently():
    invoices = [line(Period(2026, 3), 100, 140_000)]
    assert kinds(check_month(Period(2026, 3), [booking()], invoices, TARIFFS, 1)) == {ABOVE_TARIFF: KR(20_000)}
    assert kinds(check_month(Period(2026, 3), [booking()], invoices, TARIFFS, 3)) == {}


def test_a_level_without_a_tariff_is_a_clear_finding_not_a_crash():
    b = booking(level="Överläkare")
    c = check_month(Period(2026, 3), [b], [line(Period(2026, 3), 10, 20_000)], TARIFFS, 1)
    assert [f.kind for f in c.findings] == [NO_TARIFF]
    assert "Överläkare" in c.findings[0].detail
    no_zone = check_month(Period(2026, 3), [booking()], [line(Period(2026, 3), 10, 12_000)], TARIFFS, None)
    assert "saknar zon" in no_zone.findings[0].detail


def test_a_credit_invoice_is_summed_but_never_priced():
    invoices = [line(Period(2026, 3), 100, 130_000), line(Period(2026, 3), -10, -13_000)]
    c = check_month(Period(2026, 3), [booking()], invoices, TARIFFS, 1)
    assert c.checked == KR(117_000)
    assert kinds(c) == {ABOVE_TARIFF: KR(10_000)}


def test_hours_over_ordered_count_the_excess_at_the_lines_price():
    b = booking(hours_ordered=Decimal(150))
    invoices = [line(Period(2026, 3), 100, 120_000), line(Period(2026, 4), 100, 126_000)]
    assert kinds(check_month(Period(2026, 3), [b], invoices, TARIFFS, 1)) == {}
    april = check_month(Period(2026, 4), [b], invoices, TARIFFS, 1)
    assert kinds(april) == {HOURS_OVER_ORDERED: KR(63_000)}  # 50 h × 1 260/h


def test_outside_the_agreement_counts_the_whole_amount_and_is_not_priced():
    b = booking(outside_agreement=True)
    c = check_month(Period(2026, 3), [b], [line(Period(2026, 3), 100, 190_000, travel=8_000)], TARIFFS, 1)
    assert kinds(c) == {OUTSIDE_AGREEMENT: KR(198_000)}


def test_a_13_month_booking_is_flagged():
    b = booking(start=D(2026, 1, 1), end=D(2027, 1, 31), hours_ordered=Decimal(2000))
    c = check_month(Period(2026, 3), [b], [line(Period(2026, 3), 100, 120_000)], TARIFFS, 1)
    assert kinds(c) == {BOOKING_OVER_12_MONTHS: KR(120_000)}
    assert not booking(start=D(2026, 1, 1), end=D(2026, 12, 31)).over_12_months
    assert booking(start=D(2026, 1, 1), end=D(2027, 1, 1)).over_12_months


def test_documents_too_old_or_missing_at_the_start():
    b = booking(hosp_checked_on=D(2025, 6, 1), cpr_trained_on=None)
    assert b.documents_expired() == ["HOSP-utdrag", "HLR-utbildning"]
    c = check_month(Period(2026, 3), [b], [line(Period(2026, 3), 10, 12_000)], TARIFFS, 1)
    assert kinds(c) == {DOCUMENTS_EXPIRED: KR(12_000)}


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 15), 2) == D(2027, 1, 15)


def test_hours_over_ordered_net_a_credit_whatever_order_the_lines_came_in():
    # 100 h ordered; 80 h in March; April: 40 h at 1 400/h and a 15 h credit. Net 105 h: 5 h over.
    b = booking(hours_ordered=Decimal(100))
    march = line(Period(2026, 3), 80, 96_000)
    debit, credit = line(Period(2026, 4), 40, 56_000), line(Period(2026, 4), -15, -21_000)
    for april_lines in ([debit, credit], [credit, debit]):
        numbered = [replace(x, id=i) for i, x in enumerate([march, *april_lines], start=1)]
        c = check_month(Period(2026, 4), [b], numbered, TARIFFS, 1)
        over = [f for f in c.findings if f.kind == HOURS_OVER_ORDERED]
        assert [(f.kr, f.detail) for f in over] == [(KR(7_000), "5 h utöver 100 h beställda")]  # 5 h × 1 400/h


def test_a_month_already_over_counts_all_its_hours_and_a_credit_month_none():
    b = booking(hours_ordered=Decimal(100))
    lines = [line(Period(2026, 3), 120, 144_000), line(Period(2026, 4), 10, 12_600), line(Period(2026, 5), -5, -6_300)]
    lines = [replace(x, id=i) for i, x in enumerate(lines, start=1)]
    assert kinds(check_month(Period(2026, 3), [b], lines, TARIFFS, 1)) == {HOURS_OVER_ORDERED: KR(24_000)}
    assert kinds(check_month(Period(2026, 4), [b], lines, TARIFFS, 1)) == {HOURS_OVER_ORDERED: KR(12_600)}
    assert HOURS_OVER_ORDERED not in kinds(check_month(Period(2026, 5), [b], lines, TARIFFS, 1))
