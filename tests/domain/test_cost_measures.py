"""The hire-cost measures against values computed by hand."""

from decimal import Decimal

import pytest

from hyrdesk.domain.categories import DOCTORS, NURSES, OTHERS, TOTAL
from hyrdesk.domain.costs import (
    CostFigure,
    CostKind,
    CostSeries,
    change_pct,
    measures,
    r12_months,
    ratio_pct,
    summary,
    ytd_months,
)
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range

HIRE, OWN = CostKind.HIRE, CostKind.OWN


def fig(month, kind, group, kr):
    return CostFigure(Period.parse(month), kind, group, Money.from_sek(kr))


def monthly(first, last, hire_by_group, own_by_group):
    """Every month first..last with the same figures; returns a list of CostFigure."""
    out = []
    for p in period_range(Period.parse(first), Period.parse(last)):
        out += [CostFigure(p, HIRE, g, Money.from_sek(v)) for g, v in hire_by_group.items()]
        out += [CostFigure(p, OWN, g, Money.from_sek(v)) for g, v in own_by_group.items()]
    return out


def kr(value):
    return Money.from_sek(value)


def test_windows():
    assert r12_months(Period(2023, 5)) == list(period_range(Period(2022, 6), Period(2023, 5)))
    assert ytd_months(Period(2023, 3)) == [Period(2023, 1), Period(2023, 2), Period(2023, 3)]
    assert ytd_months(Period(2023, 1)) == [Period(2023, 1)]


def test_monthly_cost_per_group_and_total():
    s = CostSeries(
        [
            fig("2023-03", HIRE, DOCTORS, 100_000),
            fig("2023-03", HIRE, DOCTORS, 25_000.50),
            fig("2023-03", HIRE, NURSES, 40_000),
            fig("2023-03", OWN, DOCTORS, 900_000),
        ]
    )
    m = Period(2023, 3)
    assert s.amount(m, HIRE, DOCTORS) == kr("125000.50")
    assert s.amount(m, HIRE, NURSES) == kr(40_000)
    assert s.amount(m, HIRE, OTHERS) == kr(0)  # the month exists: no hire is zero hire
    assert s.amount(m, HIRE, TOTAL) == kr("165000.50")
    assert s.amount(Period(2023, 4), HIRE, DOCTORS) is None  # a missing month is unknown, not zero


def test_r12_needs_all_twelve_months():
    figures = monthly("2022-05", "2023-03", {DOCTORS: 10_000}, {DOCTORS: 500_000})  # 11 months
    s = CostSeries(figures)
    assert measures(s, Period(2023, 3), DOCTORS).r12 is None
    s = CostSeries(figures + monthly("2023-04", "2023-04", {DOCTORS: 22_000}, {DOCTORS: 500_000}))
    m = measures(s, Period(2023, 4), DOCTORS)
    assert m.r12 == kr(11 * 10_000 + 22_000)
    assert m.own_r12 == kr(12 * 500_000)
    # R12 for Mar 2023 still lacks Apr 2022.
    assert measures(s, Period(2023, 3), DOCTORS).r12 is None


def test_a_missing_month_inside_the_window_makes_r12_none():
    figures = monthly("2022-01", "2023-12", {DOCTORS: 10_000}, {DOCTORS: 500_000})
    figures = [f for f in figures if f.period != Period(2023, 6)]
    s = CostSeries(figures)
    assert measures(s, Period(2023, 5), DOCTORS).r12 == kr(120_000)
    for month in range(6, 13):  # every window that contains June 2023
        m = measures(s, Period(2023, month), DOCTORS)
        assert m.r12 is None and m.hire_ratio_r12_pct is None
    assert measures(s, Period(2023, 6), DOCTORS).hire is None
    assert measures(s, Period(2023, 6), DOCTORS).hire_ratio_pct is None


def test_a_month_with_only_own_staff_cost_exists():
    figures = monthly("2022-01", "2022-12", {DOCTORS: 10_000}, {DOCTORS: 500_000})
    figures = [f for f in figures if not (f.period == Period(2022, 7) and f.kind is HIRE)]
    s = CostSeries(figures)
    m = measures(s, Period(2022, 12), DOCTORS)
    assert m.r12 == kr(110_000)
    assert measures(s, Period(2022, 7), DOCTORS).hire == kr(0)


def test_r12_across_a_year_boundary():
    figures = []
    for i, p in enumerate(period_range(Period(2022, 6), Period(2023, 5)), start=1):
        figures.append(CostFigure(p, HIRE, NURSES, Money.from_sek(i * 1000)))  # 1000, 2000, … 12000
    s = CostSeries(figures)
    assert measures(s, Period(2023, 5), NURSES).r12 == kr(78_000)  # 1000 × (1+…+12)
    assert measures(s, Period(2023, 5), TOTAL).r12 == kr(78_000)


def test_year_to_date_against_the_same_months_last_year():
    figures = monthly("2022-01", "2022-12", {DOCTORS: 50_000, NURSES: 20_000}, {DOCTORS: 1_000_000})
    figures += monthly("2023-01", "2023-03", {DOCTORS: 52_000, NURSES: 26_600}, {DOCTORS: 1_000_000})
    s = CostSeries(figures)
    d = measures(s, Period(2023, 3), DOCTORS)
    assert d.ytd == kr(156_000) and d.ytd_prev == kr(150_000)
    assert d.ytd_change == kr(6_000)
    assert d.ytd_change_pct == Decimal(4)
    n = measures(s, Period(2023, 3), NURSES)
    assert n.ytd == kr(79_800) and n.ytd_prev == kr(60_000) and n.ytd_change == kr(19_800)
    assert n.ytd_change_pct == Decimal(33)
    t = measures(s, Period(2023, 3), TOTAL)
    assert t.ytd == kr(235_800) and t.ytd_prev == kr(210_000)
    assert t.ytd_change_pct.quantize(Decimal("0.01")) == Decimal("12.29")
    # January: year to date is the month itself.
    jan = measures(s, Period(2023, 1), DOCTORS)
    assert jan.ytd == kr(52_000) and jan.ytd_prev == kr(50_000)


def test_year_to_date_with_a_missing_month_is_none_not_partial():
    figures = monthly("2022-01", "2023-03", {DOCTORS: 50_000}, {DOCTORS: 1_000_000})
    s = CostSeries([f for f in figures if f.period != Period(2022, 2)])
    m = measures(s, Period(2023, 3), DOCTORS)
    assert m.ytd == kr(150_000)
    assert m.ytd_prev is None and m.ytd_change is None and m.ytd_change_pct is None
    # January 2023 compares with January 2022 only, which exists.
    assert measures(s, Period(2023, 1), DOCTORS).ytd_prev == kr(50_000)


def test_change_in_percent_is_none_when_last_year_was_zero():
    figures = monthly("2022-01", "2022-03", {OTHERS: 0}, {OTHERS: 100_000})
    figures += monthly("2023-01", "2023-03", {OTHERS: 5_000}, {OTHERS: 100_000})
    m = measures(CostSeries(figures), Period(2023, 3), OTHERS)
    assert m.ytd_prev == kr(0) and m.ytd_change == kr(15_000)
    assert m.ytd_change_pct is None
    assert change_pct(kr(0), kr(-100)) == Decimal(100)  # relative to the size of last year's figure


def test_hire_ratio_monthly_and_r12():
    figures = monthly("2022-04", "2023-03", {DOCTORS: 30_000, NURSES: 20_000}, {DOCTORS: 1_000_000, NURSES: 1_500_000})
    figures.append(fig("2023-03", HIRE, DOCTORS, 20_000))  # March: 50 000 on doctors
    s = CostSeries(figures)
    d = measures(s, Period(2023, 3), DOCTORS)
    assert d.hire_ratio_pct == Decimal(5)
    assert d.hire_ratio_r12_pct == Decimal(380_000) * 100 / Decimal(12_000_000)
    t = measures(s, Period(2023, 3), TOTAL)
    assert t.hire_ratio_pct == Decimal("2.8")  # 70 000 / 2 500 000
    assert t.hire_ratio_r12_pct == Decimal(620_000) * 100 / Decimal(30_000_000)


def test_zero_own_staff_cost_makes_the_ratio_undefined_not_infinite():
    figures = monthly("2022-04", "2023-03", {DOCTORS: 30_000, OTHERS: 1_000}, {DOCTORS: 1_000_000})
    s = CostSeries(figures)
    o = measures(s, Period(2023, 3), OTHERS)
    assert o.own == kr(0)
    assert o.hire_ratio_pct is None and o.hire_ratio_r12_pct is None
    assert ratio_pct(kr(5), kr(0)) is None
    assert ratio_pct(kr(5), kr(-10)) is None  # a negative own staff cost gives no meaningful share
    assert ratio_pct(kr(0), kr(10)) == Decimal(0)
    assert ratio_pct(None, kr(10)) is None


def test_negative_corrections_are_summed():
    figures = monthly("2022-04", "2023-03", {NURSES: 40_000}, {NURSES: 2_000_000})
    figures.append(fig("2023-02", HIRE, NURSES, "-55000"))  # a credit note larger than the month
    s = CostSeries(figures)
    feb = measures(s, Period(2023, 2), NURSES)
    assert feb.hire == kr(-15_000)
    assert feb.hire_ratio_pct == Decimal("-0.75")
    m = measures(s, Period(2023, 3), NURSES)
    assert m.r12 == kr(12 * 40_000 - 55_000)
    assert m.ytd == kr(80_000 - 55_000 + 40_000)


def test_uncategorised_own_cost_counts_in_total_only_and_blocks_group_ratios():
    figures = monthly("2022-04", "2023-03", {DOCTORS: 20_000}, {DOCTORS: 600_000, None: 400_000})
    s = CostSeries(figures)
    d = measures(s, Period(2023, 3), DOCTORS)
    t = measures(s, Period(2023, 3), TOTAL)
    assert d.own == kr(600_000) and t.own == kr(1_000_000)
    assert d.hire_ratio_pct is None and d.hire_ratio_r12_pct is None
    assert t.hire_ratio_pct == Decimal(2)
    assert t.hire_ratio_r12_pct == Decimal(2)


def test_summary_lists_every_group_then_total():
    s = CostSeries(monthly("2023-01", "2023-01", {DOCTORS: 1}, {DOCTORS: 100}))
    assert [m.group for m in summary(s, Period(2023, 1))] == [DOCTORS, NURSES, OTHERS, TOTAL]
    assert s.first == s.last == Period(2023, 1)
    assert CostSeries([]).last is None


@pytest.mark.parametrize("group", [DOCTORS, NURSES, OTHERS, TOTAL])
def test_an_empty_series_gives_none_everywhere(group):
    m = measures(CostSeries([]), Period(2023, 3), group)
    assert all(
        getattr(m, f) is None
        for f in (
            "hire",
            "own",
            "r12",
            "own_r12",
            "ytd",
            "ytd_prev",
            "ytd_change",
            "ytd_change_pct",
            "hire_ratio_pct",
            "hire_ratio_r12_pct",
        )
    )
