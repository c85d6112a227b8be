from decimal import Decimal

import pytest

from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal, format_percent, parse_decimal

NB = "\u00a0"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 234,50", "1234.50"),
        ("-1 234,50", "-1234.50"),
        ("\u22121 234,50", "-1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1\u202f234,5", "1234.5"),
        ("1234.5", "1234.5"),
        ("1.234.567,89", "1234567.89"),
        ("1,234.50", "1234.50"),
        ("0", "0"),
        (" 12 ", "12"),
        ("+5,5", "5.5"),
        ("1 000 kr", "1000"),
        (",5", "0.5"),
    ],
)
def test_parse_swedish_numbers(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12-", "--1", "1 2 3,4,5", "-", ",", "1e5"])
def test_parse_rejects_non_numbers(text):
    with pytest.raises(ValueError, match="inte ett tal"):
        parse_decimal(text)


def test_floats_from_spreadsheets_are_exact():
    assert parse_decimal(0.1) == Decimal("0.1")
    assert Money.from_sek(1234.56).ore == 123456


def test_money_is_exact():
    total = Money.sum(Money.from_sek("0,10") for _ in range(10))
    assert total == Money.from_sek(1)
    assert Money.from_sek("1 234,505").ore == 123451  # half up
    assert Money.from_sek("-0,005").ore == -1
    assert (Money(150) - Money(200)) == Money(-50)
    assert Money(100) * 3 == Money(300)
    assert sum([Money(1), Money(2)]) == Money(3)
    assert Money(100).ratio(Money(0)) is None
    assert Money(50).ratio(Money(200)) == Decimal("0.25")


def test_money_formats_the_swedish_way():
    m = Money.from_sek(1234567)
    assert m.format_kr() == f"1{NB}234{NB}567{NB}kr"
    assert m.format_tkr() == f"1{NB}235{NB}tkr"
    assert m.format_mkr() == f"1,2{NB}mkr"
    assert Money.from_sek("-1234,5").format_kr(2) == f"\u22121{NB}234,50{NB}kr"
    assert Money.from_sek("0,4").format_kr() == f"0{NB}kr"  # no "−0"


def test_format_decimal_and_percent():
    assert format_decimal(Decimal("1234.45"), 1) == f"1{NB}234,5"
    assert format_decimal(999, 0) == "999"
    assert format_percent(Decimal("2.345")) == f"2,3{NB}%"
    assert format_percent(None) == "–"
