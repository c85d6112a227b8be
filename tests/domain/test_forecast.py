"""The full-year forecast, room to the target and budget check, against hand-computed figures."""

from __future__ import annotations

from decimal import Decimal

from hyrdesk.domain.categories import DOCTORS, NURSES, TOTAL
from hyrdesk.domain.costs import CostFigure, CostKind, CostSeries
from hyrdesk.domain.forecast import LAST_YEAR_PROFILE, RUN_RATE, budget_check, forecast
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period

HIRE, OWN = CostKind.HIRE, CostKind.OWN


def kr(n: int | str) -> Money:
    return Money.from_sek(n)


def series(rows: dict[tuple[int, int], tuple[int, int]], group: str = DOCTORS) -> CostSeries:
    """{(year, month): (hire kr, own kr)} for one group."""
    figures = []
    for (y, m), (hire, own) in rows.items():
        figures.append(CostFigure(Period(y, m), HIRE, group, kr(hire)))
        figures.append(CostFigure(Period(y, m), OWN, group, kr(own)))
    return CostSeries(figures)


def year(y: int, hire: int | list[int], own: int | list[int], months: range = range(1, 13)):
    hires = hire if isinstance(hire, list) else [hire] * 12
    owns = own if isinstance(own, list) else [own] * 12
    return {(y, m): (hires[m - 1], owns[m - 1]) for m in months}


def test_complete_last_year_scales_its_profile_by_this_years_pace():
    # 2025: hire 100 kr a month, but 300 in each of Jul-Dec (a summer peak).
    last = year(2025, [100] * 6 + [300] * 6, 10_000)
    # 2026 Jan-Jun: 150 a month, i.e. 1.5 times last year's pace.
    this = year(2026, 150, 10_000, range(1, 7))
    f = forecast(series(last | this), Period(2026, 6), DOCTORS)
    assert f.hire.method == LAST_YEAR_PROFILE
    assert f.hire.actual_ytd == kr(900)
    assert f.hire.rest == kr(2_700)  # 6 × 300 × 900/600
    assert f.hire.year == kr(3_600)
    assert f.own.year == kr(120_000)  # own cost at the same pace as last year
    assert f.ratio_pct == Decimal(3)
    assert f.headroom(Decimal(2)) == kr(-1_200)  # 2 % of 120 000 = 2 400; 3 600 hire: 1 200 over
    assert not f.uncertain


def test_incomplete_last_year_uses_the_run_rate_of_the_last_three_months():
    last = year(2025, 100, 10_000, range(3, 13))  # January and February 2025 missing
    this = year(2026, [90, 120, 150, 180], 10_000, range(1, 5))
    f = forecast(series(last | this), Period(2026, 4), DOCTORS)
    assert f.hire.method == RUN_RATE
    assert f.hire.basis == (Period(2026, 2), Period(2026, 3), Period(2026, 4))
    assert f.hire.actual_ytd == kr(540)
    assert f.hire.rest == kr(1_200)  # (120 + 150 + 180) / 3 × 8
    assert f.hire.year == kr(1_740)


def test_a_zero_last_year_period_falls_back_to_the_run_rate():
    last = year(2025, [0, 0, 0] + [500] * 9, 10_000)
    this = year(2026, [30, 60, 90], 10_000, range(1, 4))
    f = forecast(series(last | this), Period(2026, 3), DOCTORS)
    assert f.hire.method == RUN_RATE  # 0 kr Jan-Mar 2025: no pace to scale by
    assert f.hire.rest == kr(540)  # (30 + 60 + 90) / 3 × 9
    assert f.uncertain  # March: still only a quarter of the year


def test_january_run_rate_reaches_back_into_last_year():
    rows = year(2025, 100, 1_000, range(11, 13)) | {(2026, 1): (400, 1_000)}
    f = forecast(series(rows), Period(2026, 1), DOCTORS)
    assert f.hire.method == RUN_RATE
    assert f.hire.rest == kr(2_200)  # (100 + 100 + 400) / 3 × 11
    assert f.uncertain


def test_december_has_nothing_left_to_forecast():
    rows = year(2026, 100, 1_000)
    f = forecast(series(rows), Period(2026, 12), DOCTORS)
    assert f.hire.rest == kr(0) and f.hire.year == kr(1_200)
    with_last = forecast(series(rows | year(2025, 50, 1_000)), Period(2026, 12), DOCTORS)
    assert with_last.hire.method == LAST_YEAR_PROFILE and with_last.hire.year == kr(1_200)


def test_a_negative_correction_is_an_ordinary_figure():
    this = year(2026, [200, -50, 150], 1_000, range(1, 4))
    f = forecast(series(this), Period(2026, 3), DOCTORS)
    assert f.hire.actual_ytd == kr(300)
    assert f.hire.rest == kr(900)  # (200 − 50 + 150) / 3 × 9


def test_rest_is_rounded_once_to_whole_ore():
    this = year(2026, [5, 1, 0, 0], 1_000, range(1, 5))
    f = forecast(series(this), Period(2026, 4), DOCTORS)
    assert f.hire.rest == Money(267)  # (1 + 0 + 0) / 3 × 8 = 2.666… kr → 2.67 kr


def test_a_run_rate_with_a_missing_month_is_unknown_not_a_guess():
    this = year(2026, [1, 1], 1_000, range(1, 3))  # December 2025 is missing
    f = forecast(series(this), Period(2026, 2), DOCTORS)
    assert f.hire.actual_ytd == kr(2)
    assert f.hire.rest is None and f.hire.year is None


def test_own_staff_cost_zero_gives_no_ratio_and_no_room():
    this = year(2026, 100, 0, range(1, 7))
    f = forecast(series(this), Period(2026, 6), DOCTORS)
    assert f.own.year == kr(0)
    assert f.ratio_pct is None
    assert f.headroom(Decimal(2)) == kr(-1_200)  # 2 % of nothing is nothing: all of the hire is over the line


def test_a_missing_month_this_year_leaves_the_forecast_unknown():
    rows = year(2026, 100, 1_000, range(1, 7))
    del rows[(2026, 3)]
    f = forecast(series(rows), Period(2026, 6), DOCTORS)
    assert f.hire.actual_ytd is None and f.hire.year is None
    assert f.headroom(Decimal(2)) is None


def test_totalt_sums_the_groups_and_own_cost_without_a_category():
    figures = []
    for m in range(1, 7):
        p = Period(2026, m)
        figures += [
            CostFigure(p, HIRE, DOCTORS, kr(100)),
            CostFigure(p, HIRE, NURSES, kr(50)),
            CostFigure(p, OWN, DOCTORS, kr(1_000)),
            CostFigure(p, OWN, None, kr(500)),  # employer's contributions with no category
        ]
    s = CostSeries(figures)
    total = forecast(s, Period(2026, 6), TOTAL)
    assert total.hire.year == kr(1_800)  # 150 × 12
    assert total.own.year == kr(18_000)
    doctors = forecast(s, Period(2026, 6), DOCTORS)
    assert doctors.own.year is None  # part of its own cost cannot be told apart
    assert doctors.ratio_pct is None


def test_budget_deviation_and_when_a_comment_is_asked_for():
    over = budget_check(kr(1_150), kr(1_000), Decimal(10))
    assert over.deviation == kr(150) and over.deviation_pct == Decimal(15) and over.needs_comment
    within = budget_check(kr(1_080), kr(1_000), Decimal(10))
    assert within.deviation_pct == Decimal(8) and not within.needs_comment
    under = budget_check(kr(800), kr(1_000), Decimal(10))
    assert under.deviation == kr(-200) and under.needs_comment  # far under budget is worth a word too
    unknown = budget_check(None, kr(1_000), Decimal(10))
    assert unknown.deviation is None and not unknown.needs_comment
    zero = budget_check(kr(10), kr(0), Decimal(10))
    assert zero.deviation_pct is None and zero.needs_comment


def test_a_last_year_period_of_net_credits_falls_back_to_the_run_rate():
    # Övriga had only a credit note in Jan–Mar last year: −1 000 kr. Scaling by 300 / −1 000 would
    # forecast a negative rest of the year from a positive pace.
    last = year(2025, [-1_000, 0, 0] + [500] * 9, 1_000)
    this = year(2026, 100, 1_000, range(1, 4))
    f = forecast(series(last | this), Period(2026, 3), DOCTORS)
    assert f.hire.method == RUN_RATE
    assert f.hire.rest == kr(900)  # (100 + 100 + 100) / 3 × 9
    assert f.hire.year == kr(1_200)
