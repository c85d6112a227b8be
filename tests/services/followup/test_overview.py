"""The follow-up's and the agreement's Översikt cards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hyrdesk.domain.agreement import Booking, Tariff
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.services.overview.figures import key_figures
from hyrdesk.services.overview.key_figure import Assessment, Feature


def cards(services, unit, feature):
    return [f for f in key_figures(services, unit) if f.feature is feature]


def test_the_forecast_card_says_how_far_over_or_under_the_target(services, unit):
    assert cards(services, unit, Feature.FOLLOWUP) == []  # no costs, no card
    for p in period_range(Period(2026, 1), Period(2026, 6)):
        services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, 12_000)
        services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 500_000)
    [card] = cards(services, unit, Feature.FOLLOWUP)
    assert card.title == "Prognos hyrkvot helår 2026" and card.value == "2,4\u00a0%"
    assert "över målet" in card.detail and card.assessment is Assessment.OVER_TARGET


def test_the_agreement_card_appears_only_with_invoices_and_counts_kronor(services, unit):
    assert cards(services, unit, Feature.AGREEMENT) == []
    agreement = services.agreement
    agreement.repo.replace_tariffs([Tariff("Läkare", "Specialist", 1, dt.date(2025, 1, 1), Money.from_sek(1000))], "t")
    agreement.set_zone(unit, 1)
    day = dt.date(2026, 1, 1)
    agreement.add_booking(
        unit,
        Booking("B1", "Läkare", "Specialist", "X AB", day, dt.date(2026, 6, 30), Decimal(500),
                ivo_checked_on=day, hosp_checked_on=day, cpr_trained_on=day),
    )  # fmt: skip
    agreement.add_invoice("B1", Period(2026, 3), 100, 100_000)
    [card] = cards(services, unit, Feature.AGREEMENT)
    assert card.value == "Inga avvikelser" and card.assessment is Assessment.BETTER
    agreement.add_invoice("B1", Period(2026, 4), 100, 125_000)
    [card] = cards(services, unit, Feature.AGREEMENT)
    assert card.title == "Avvikelser från avtalet apr 2026" and card.value == "25\u00a0tkr"
    assert card.assessment is Assessment.ATTENTION
