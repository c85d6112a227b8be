"""The costs service: manual entry, rows for the line-dialogue workbook, Översikt cards, demo data."""

import datetime as _dt
from decimal import Decimal

import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.costs.overview import cost_figures
from hyrdesk.services.demo.builder import create_demo
from hyrdesk.services.demo.costs import demo_months
from hyrdesk.services.overview.key_figure import Assessment, Feature
from hyrdesk.services.settings import HIRE_TARGET_PCT

HIRE, OWN = CostKind.HIRE, CostKind.OWN


def fill(services, unit, first, last, hire="10000", own="500000", category="Läkare"):
    p = Period.parse(first)
    while p <= Period.parse(last):
        services.costs.add_manual(unit, p, category, HIRE, hire)
        services.costs.add_manual(unit, p, category, OWN, own)
        p += 1


def test_add_manual_accumulates_and_corrects(services, unit):
    assert services.costs.add_manual(unit, "2024-03", "Läkare", "hire", "1 000") == Money.from_sek(1000)
    assert services.costs.add_manual(unit, "2024-03", "läkare", "hyrkostnad", "-250,50") == Money.from_sek("749.50")
    cells = services.costs.month_cells(unit, Period(2024, 3))
    assert [(c.kind, c.manual) for c in cells] == [(HIRE, Money.from_sek("749.50"))]


@pytest.mark.parametrize(
    "args, field",
    [
        (("2024-13", "Läkare", "hire", "5"), "month"),
        (("2024-03", "Tandläkare", "hire", "5"), "category"),
        (("2024-03", "Läkare", "ignore", "5"), "kind"),
        (("2024-03", "Läkare", "hire", "fem"), "amount"),
    ],
)
def test_add_manual_rejects_bad_input(services, unit, args, field):
    with pytest.raises(ValidationError) as exc:
        services.costs.add_manual(unit, *args)
    assert field in exc.value.errors
    assert not services.costs.has_figures(unit)


@pytest.mark.parametrize(
    "key, amount, field",
    [
        (("hire", 999), Money.from_sek(5), "category"),  # no such staff category
        (("hire", None), Money.from_sek(5), "category"),  # hire cost always has a category
        (("hyra", "doc"), Money.from_sek(5), "kind"),
        (("hire", "doc"), "fem", "amount"),
        (("hire", "doc"), Money(10**20), "amount"),  # beyond what SQLite can store
    ],
)
def test_set_manual_values_built_in_code_gets_field_errors_not_a_database_error(services, unit, key, amount, field):
    doc = services.units.category_by_name("Läkare").id
    kind, category = key
    with pytest.raises(ValidationError) as exc:
        services.costs.set_manual_values(
            unit, Period(2024, 5), {(kind, doc if category == "doc" else category): amount}
        )
    assert field in exc.value.errors
    assert not services.costs.has_figures(unit)


def test_set_manual_values_sets_and_removes_in_one_go(services, unit):
    cat = services.units.category_by_name("Sjuksköterska").id
    doc = services.units.category_by_name("Läkare").id
    p = Period(2024, 5)
    services.costs.set_manual_values(unit, p, {(HIRE, cat): Money.from_sek(5), (OWN, doc): Money.from_sek(7)})
    assert services.costs.manual_values(unit, p) == {(HIRE, cat): Money.from_sek(5), (OWN, doc): Money.from_sek(7)}
    services.costs.set_manual_values(unit, p, {(HIRE, cat): None})
    assert services.costs.manual_values(unit, p) == {(OWN, doc): Money.from_sek(7)}


def test_monthly_rows_for_the_line_dialogue(services, unit):
    fill(services, unit, "2023-01", "2024-02")
    rows = services.costs.monthly_rows(unit, Period(2023, 12), Period(2024, 3))
    assert len(rows) == 4 * 4
    assert [r.group for r in rows[:4]] == ["Läkare", "Sjuksköterskor/barnmorskor", "Övriga", "Totalt"]
    dec = rows[0]
    assert dec.period == Period(2023, 12) and dec.hire == Money.from_sek(10_000) and dec.own == Money.from_sek(500_000)
    assert dec.r12 == Money.from_sek(120_000) and dec.ytd == Money.from_sek(120_000) and dec.ytd_prev is None
    assert dec.hire_ratio_pct == Decimal(2) and dec.hire_ratio_r12_pct == Decimal(2)
    feb = rows[8]
    assert feb.period == Period(2024, 2) and feb.ytd == Money.from_sek(20_000)
    assert feb.ytd_prev == Money.from_sek(20_000) and feb.ytd_change_pct == 0
    mar = rows[12]  # a month without figures is there, with None values
    assert mar.period == Period(2024, 3) and mar.hire is None and mar.r12 is None
    with pytest.raises(UserError):
        services.costs.monthly_rows(unit, Period(2024, 3), Period(2024, 1))


def test_overview_cards(services, unit):
    assert cost_figures(services, unit) == []
    fill(services, unit, "2023-01", "2023-12", hire="30000", own="1000000")
    fill(services, unit, "2024-01", "2024-03", hire="15000", own="1000000")
    r12, ytd, ratio = cost_figures(services, unit)
    assert r12.value == "315\u00a0tkr" and "t.o.m. mar 2024" in r12.detail  # 9 × 30 000 + 3 × 15 000
    assert ytd.title == "Hyrkostnad ack jan–mar 2024"
    assert ytd.value == "\u221245\u00a0tkr"
    assert r12.assessment is Assessment.NONE  # no R12 a year before to compare with
    assert ytd.assessment is Assessment.BETTER and "\u221250\u00a0%" in ytd.detail
    assert ratio.value == "1,5\u00a0%" and "mål högst 2,0\u00a0%" in ratio.detail
    assert ratio.assessment is Assessment.WITHIN_TARGET
    services.settings.set(HIRE_TARGET_PCT, Decimal("1"))
    assert cost_figures(services, unit)[2].assessment is Assessment.OVER_TARGET
    assert all(f.feature is Feature.COSTS for f in cost_figures(services, unit))


def test_overview_cards_before_twelve_months_say_why(services, unit):
    fill(services, unit, "2024-01", "2024-03")
    r12, ytd, ratio = cost_figures(services, unit)
    assert r12.value == "–" and "12 månader" in r12.detail
    assert ytd.value == "–"
    assert ratio.value == "2,0\u00a0%"


def test_demo_has_years_of_realistic_costs(tmp_path):
    from hyrdesk.paths import Paths

    today = _dt.date(2026, 11, 22)
    services = create_demo(Paths(tmp_path / "demo"), today=today)
    try:
        months = demo_months(today)
        assert months[0] == Period(2023, 1) and months[-1] == Period(2026, 10)
        assert len(services.costs.accounts.rules()) >= 10
        for unit in services.units.list():
            series = services.costs.series(unit)
            assert series.months == set(months)
            first_r12 = services.costs.summary(unit, Period(2023, 12))[-1]
            last = services.costs.summary(unit, months[-1])[-1]
            assert first_r12.hire_ratio_r12_pct > 2 * last.hire_ratio_r12_pct / Decimal("1.5")
            assert last.hire_ratio_r12_pct > Decimal("1.5")
            assert last.own > Money.from_sek(1_000_000)  # millions a month
            assert last.ytd_change.ore < 0  # falling after the peak
            july = series.amount(Period(2025, 7), HIRE, "Totalt")
            may = series.amount(Period(2025, 5), HIRE, "Totalt")
            assert july > may  # the summer peak
            assert len(services.costs.imports(unit)) == 4
    finally:
        services.close()


def test_short_amounts_on_cards():
    from hyrdesk.services.costs.overview import short_amount

    assert short_amount(Money.from_sek(845_400)) == "845\u00a0tkr"
    assert short_amount(Money.from_sek(2_149_000), signed=True) == "+2,1\u00a0mkr"
    assert short_amount(Money.from_sek(-1_250_000), signed=True) == "\u22121,3\u00a0mkr"
    assert short_amount(Money.from_sek(200), signed=True) == "0\u00a0tkr"
