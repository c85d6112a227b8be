"""The monthly summary against figures computed by hand, in pure code and through SQLite."""

import datetime as _dt
import random
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from hyrdesk.domain.gap_summary import split_by_month, summarise
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.period import Period

D = _dt.date


def gap(start, minutes, cause, coverage, end=None, unit_id=1, category_id=2):
    return Gap(unit_id, start, end or start, Shift.DAY, category_id, minutes, cause, coverage)


# Hand-computed example, January–March 2024:
#   jan: 10 h vakans/hyr, 8 h planerad/egen, 6 h oplanerad/ej täckt       → 24 h, hyr 10, ej täckt 6
#   feb: 20 h vakans/hyr                                                    → 20 h, hyr 20
#   31 jan – 2 feb, 30 h vårdbehov/pool: 1 day in Jan, 2 in Feb            → jan +10 h, feb +20 h
#   mar: nothing; april (outside the range): 100 h that must not count
EXAMPLE = [
    gap(D(2024, 1, 3), 600, Cause.VACANCY, Coverage.HIRED),
    gap(D(2024, 1, 9), 480, Cause.PLANNED, Coverage.OWN_STAFF),
    gap(D(2024, 1, 20), 360, Cause.UNPLANNED, Coverage.UNCOVERED),
    gap(D(2024, 2, 14), 1200, Cause.VACANCY, Coverage.HIRED),
    gap(D(2024, 1, 31), 1800, Cause.CARE_NEED, Coverage.POOL, end=D(2024, 2, 2)),
    gap(D(2024, 4, 1), 6000, Cause.OTHER, Coverage.HIRED),
]


def check_example(s):
    jan, feb, mar = s.months
    assert [m.period for m in s.months] == [Period(2024, 1), Period(2024, 2), Period(2024, 3)]
    assert jan.total == (10 + 8 + 6 + 10) * 60
    assert feb.total == (20 + 20) * 60
    assert mar.total == 0 and mar.hire_share_pct is None
    assert jan.by_coverage[Coverage.POOL] == 600 and feb.by_coverage[Coverage.POOL] == 1200
    assert jan.hire_share_pct == Decimal(600) * 100 / Decimal(34 * 60)
    assert feb.hire_share_pct == Decimal(50)
    assert s.total_minutes == 74 * 60
    assert s.totals.by_cause[Cause.VACANCY] == 30 * 60
    assert s.totals.by_cause[Cause.CARE_NEED] == 30 * 60
    assert s.totals.by_cause[Cause.OTHER] == 0
    assert s.uncovered_minutes == 360
    assert s.as_json() == {
        "total_hours": 74.0,
        "by_coverage": {
            "Egen personal (övertid/mertid)": 8.0,
            "Timavlönad": 0.0,
            "Intern bemanningspool": 30.0,
            "Hyrpersonal": 30.0,
            "Ej täckt": 6.0,
        },
        "by_cause": {
            "Vakans": 30.0,
            "Planerad frånvaro": 8.0,
            "Oplanerad frånvaro": 6.0,
            "Ökat vårdbehov": 30.0,
            "Övrigt": 0.0,
        },
        "hire_share_pct": 40.54,  # 30 / 74
        "uncovered_hours": 6.0,
    }


def test_summary_by_hand_in_pure_code():
    check_example(summarise(EXAMPLE, Period(2024, 1), Period(2024, 3)))


def test_summary_by_hand_through_the_database(services, unit):
    for g in EXAMPLE:
        services.gaps.insert(g.with_changes(unit_id=unit.id))
    check_example(services.gaps.summary(unit, Period(2024, 1), Period(2024, 3)))


def test_no_gap_hours_means_no_hire_share(services, unit):
    s = services.gaps.summary(unit, Period(2024, 1), Period(2024, 12))
    assert len(s.months) == 12
    assert s.as_json()["hire_share_pct"] is None and s.as_json()["total_hours"] == 0


def test_a_gap_starting_before_the_range_counts_its_days_inside_it(services, unit):
    # 20 March – 10 April: 12 of 22 days in March. 100 minutes → 55 in March, 45 in April.
    services.gaps.insert(gap(D(2024, 3, 20), 100, Cause.VACANCY, Coverage.HIRED, end=D(2024, 4, 10), unit_id=unit.id))
    s = services.gaps.summary(unit, Period(2024, 4), Period(2024, 6))
    assert s.months[0].total == 45 and s.total_minutes == 45


def test_split_by_month_is_exact_and_proportional():
    assert split_by_month(D(2024, 1, 31), D(2024, 2, 2), 600) == {Period(2024, 1): 200, Period(2024, 2): 400}
    # 3 minutes over one day in January and one in February: 1,5 each; the earlier month wins the tie.
    assert split_by_month(D(2024, 1, 31), D(2024, 2, 1), 3) == {Period(2024, 1): 2, Period(2024, 2): 1}
    # 31 Jan – 1 Mar: 1 + 29 + 1 days; 62 minutes → 2, 58, 2 (exactly proportional).
    assert split_by_month(D(2024, 1, 31), D(2024, 3, 1), 62) == {
        Period(2024, 1): 2,
        Period(2024, 2): 58,
        Period(2024, 3): 2,
    }


@given(
    start=st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)),
    length=st.integers(min_value=0, max_value=365),
    minutes=st.integers(min_value=1, max_value=100_000),
)
def test_split_by_month_always_adds_up(start, length, minutes):
    parts = split_by_month(start, start + _dt.timedelta(days=length), minutes)
    assert sum(parts.values()) == minutes
    assert all(v >= 0 for v in parts.values())


def test_sql_and_pure_summary_agree_on_random_gaps(services, unit):
    rng = random.Random(5)
    gaps = []
    for _ in range(400):
        start = D(2023, 1, 1) + _dt.timedelta(days=rng.randint(0, 700))
        end = start + _dt.timedelta(days=rng.choice([0, 0, 0, 3, 20, 45]))
        gaps.append(
            gap(
                start,
                rng.randint(1, 2000),
                rng.choice(list(Cause)),
                rng.choice(list(Coverage)),
                end=end,
                unit_id=unit.id,
            )
        )
    services.gaps.repo.insert_many(gaps)
    for first, last in [
        (Period(2023, 1), Period(2024, 12)),
        (Period(2023, 7), Period(2023, 9)),
        (Period(2024, 12), Period(2025, 3)),
    ]:
        assert services.gaps.summary(unit, first, last) == summarise(gaps, first, last)
