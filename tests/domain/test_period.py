import datetime as dt

import pytest

from hyrdesk.domain.period import Period, period_range


@pytest.mark.parametrize(
    "text",
    [
        "2023-01",
        "202301",
        "2023-01-31",
        "jan 2023",
        "januari 2023",
        "Januari 2023",
        " 2023-1 ",
        "Jan. 2023",
        "2023/01",
        "20230115",
        "2023-01-31 00:00:00",
    ],
)
def test_parses_the_common_shapes(text):
    assert Period.parse(text) == Period(2023, 1)


def test_parses_dates_and_ints():
    assert Period.parse(dt.date(2024, 2, 29)) == Period(2024, 2)
    assert Period.parse(dt.datetime(2024, 12, 1, 13, 0)) == Period(2024, 12)
    assert Period.parse(202412) == Period(2024, 12)


@pytest.mark.parametrize(
    "text", ["", "2023-13", "2023-00", "13 2023", "foo 2023", "2023-02-30", "23-01", "abc", "1800-01"]
)
def test_rejects_with_a_swedish_message(text):
    with pytest.raises(ValueError) as err:
        Period.parse(text)
    assert "månad" in str(err.value) or "Året" in str(err.value)


def test_arithmetic_crosses_year_boundaries():
    assert Period(2023, 12) + 1 == Period(2024, 1)
    assert Period(2024, 1) - 1 == Period(2023, 12)
    assert Period(2024, 3) - Period(2023, 3) == 12
    assert Period(2024, 3).same_month_last_year() == Period(2023, 3)
    assert Period(2024, 2).last_day == dt.date(2024, 2, 29)
    assert list(period_range(Period(2023, 11), Period(2024, 2))) == [
        Period(2023, 11),
        Period(2023, 12),
        Period(2024, 1),
        Period(2024, 2),
    ]


def test_text_forms():
    p = Period(2023, 5)
    assert str(p) == "2023-05"
    assert p.label() == "maj 2023"
    assert p.long_label() == "maj 2023"
    assert Period(2023, 1).long_label() == "januari 2023"
    assert p.compact == 202305
    assert sorted([Period(2024, 1), Period(2023, 12)]) == [Period(2023, 12), Period(2024, 1)]
