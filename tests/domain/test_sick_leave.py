"""Sick-leave measures and the small-group rule, against hand-computed figures."""

from __future__ import annotations

from decimal import Decimal

from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.sick_leave import SickMonth, by_period, sick_leave_figures, suppressed

M = Period(2026, 6)


def months(sick: int = 60, scheduled: int = 1000, long: int | None = 20, headcount: int | None = 25):
    return by_period(
        SickMonth(p, scheduled * 60, sick * 60, None if long is None else long * 60, headcount)
        for p in period_range(M - 11, M)
    )


def test_month_and_r12_percentages_and_the_long_share():
    data = months()
    data[M] = SickMonth(M, 1000 * 60, 90 * 60, 30 * 60, 25)
    f = sick_leave_figures(data, M)
    assert f.month_pct == Decimal(9)
    assert f.r12_pct == Decimal("6.25")  # (11 × 60 + 90) / (12 × 1000)
    assert f.long_share_r12_pct == Decimal(250) * 100 / 750  # (11 × 20 + 30) / 750
    assert not f.suppressed


def test_a_missing_month_leaves_r12_unknown_but_not_the_month():
    data = months()
    del data[M - 4]
    f = sick_leave_figures(data, M)
    assert f.r12_pct is None and f.long_share_r12_pct is None
    assert f.month_pct == Decimal(6)
    assert sick_leave_figures(data, M - 4).month_pct is None


def test_long_spells_unknown_in_one_month_leaves_only_their_share_unknown():
    data = months()
    data[M - 2] = SickMonth(M - 2, 60_000, 3_600, None, 25)
    f = sick_leave_figures(data, M)
    assert f.r12_pct == Decimal(6) and f.long_share_r12_pct is None


def test_no_scheduled_hours_gives_no_percentage():
    data = months(scheduled=0)
    f = sick_leave_figures(data, M)
    assert f.month_pct is None and f.r12_pct is None


def test_ten_or_fewer_employees_or_unknown_is_suppressed():
    assert suppressed(10) and suppressed(None) and suppressed(0)
    assert not suppressed(11)
    assert sick_leave_figures(months(headcount=10), M).suppressed
    assert not sick_leave_figures(months(headcount=11), M).suppressed
    # The file's headcount for the month wins over what the manager stated; with none, the stated one counts.
    assert sick_leave_figures(months(headcount=None), M, stated_headcount=14).headcount == 14
    assert sick_leave_figures(months(headcount=9), M, stated_headcount=14).suppressed


def test_a_month_without_a_row_keeps_the_latest_known_headcount():
    data = months(headcount=24)
    del data[M]
    f = sick_leave_figures(data, M)
    assert f.headcount == 24 and not f.suppressed and f.month_pct is None
