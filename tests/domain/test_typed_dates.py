"""A typed date is read whole; a partial or impossible one is an error, never another date."""

import datetime as _dt

import pytest

from hyrdesk.domain.dates import parse_typed_date

TODAY = _dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-11-23", _dt.date(2026, 11, 23)),
        ("20261123", _dt.date(2026, 11, 23)),
        ("23/11", _dt.date(2026, 11, 23)),
        ("23.11", _dt.date(2026, 11, 23)),
        ("23/11/2026", _dt.date(2026, 11, 23)),
        ("1/2/2027", _dt.date(2027, 2, 1)),
        (" 2026-1-5 ", _dt.date(2026, 1, 5)),
    ],
)
def test_whole_dates(text, expected):
    assert parse_typed_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["2026-11", "2026", "23", "2026112", "23/11/20", "202611"])
def test_partial_dates_are_errors(text):
    with pytest.raises(ValueError, match="inget helt datum"):
        parse_typed_date(text, TODAY)


@pytest.mark.parametrize("text", ["2026-02-30", "31/4", "20261340", "30/2/2026"])
def test_impossible_dates_are_errors(text):
    with pytest.raises(ValueError, match="inget giltigt datum"):
        parse_typed_date(text, TODAY)


def test_other_text_is_an_error():
    with pytest.raises(ValueError, match="inget datum"):
        parse_typed_date("igår", TODAY)
