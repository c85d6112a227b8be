"""Property-based tests (hypothesis) for the parsers every import relies on.

Periods, Swedish numbers and money, CSV encoding and delimiter detection, and
the personal-number guard: generated inputs in the shapes real files have,
checked to round-trip (or, for the guard, to be always found / never found).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal, parse_decimal
from hyrdesk.domain.period import ENTRY_MAX_YEAR, ENTRY_MIN_YEAR, MAX_YEAR, MIN_YEAR, Period
from hyrdesk.domain.privacy import find_personal_number
from hyrdesk.files.tabular import decode_text, detect_delimiter, read_table

periods = st.builds(Period, st.integers(MIN_YEAR, MAX_YEAR), st.integers(1, 12))
entered = st.builds(Period, st.integers(ENTRY_MIN_YEAR, ENTRY_MAX_YEAR), st.integers(1, 12))


# --- periods ------------------------------------------------------------------------
@given(entered)
def test_every_view_of_a_period_parses_back(p):
    assert Period.parse(str(p)) == p
    assert Period.parse(p.compact) == p
    assert Period.parse(str(p.compact)) == p
    assert Period.parse(p.label()) == p
    assert Period.parse(p.long_label()) == p
    assert Period.parse(p.long_label().upper()) == p
    assert Period.parse(f"  {p.label().replace(' ', '. ', 1)} ") == p  # "jan. 2023" with stray spaces
    assert Period.parse(p.first_day) == p and Period.parse(p.last_day) == p
    assert Period.parse(p.last_day.isoformat()) == p


@given(periods, st.integers(-600, 600))
def test_period_arithmetic_is_consistent(p, n):
    assume(MIN_YEAR * 12 <= p.index + n < (MAX_YEAR + 1) * 12)
    q = p + n
    assert q - p == n and q - n == p
    assert (q > p) == (n > 0)


# --- Swedish numbers and money -----------------------------------------------------------
decimals = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False, places=4
)


@given(decimals, st.integers(0, 4))
def test_format_then_parse_gives_the_rounded_number(d, places):
    text = format_decimal(d, places)
    expected = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert parse_decimal(text) == expected
    # the same number as people type it: plain spaces, a hyphen for minus
    assert parse_decimal(text.replace("\u00a0", " ").replace("\u2212", "-")) == expected


@given(decimals.filter(lambda d: abs(d) >= 1000), st.integers(1, 4))
def test_dot_grouped_numbers_with_decimal_comma(d, places):
    text = format_decimal(d, places).replace("\u00a0", ".")
    assert parse_decimal(text) == d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False))
def test_spreadsheet_floats_parse_exactly_as_shown(f):
    assert parse_decimal(f) == Decimal(repr(f))


@given(st.integers(-(10**13), 10**13))
def test_money_formatted_in_kronor_parses_back(ore):
    m = Money(ore)
    assert Money.parse(m.format_kr(2)) == m
    assert Money.parse(str(m)) == m
    assert Money.parse(m.format_kr(0)) == Money.from_sek(m.sek.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- CSV: encoding and delimiter detection -------------------------------------------------
# Words as they appear in ledgers and gap logs: Swedish words, codes, a little noise.
SWEDISH = [
    "Läkare",
    "Sjuksköterska",
    "Undersköterska",
    "Övriga",
    "Barnmorska",
    "Hälsocentral",
    "Förlossning",
    "Akutmottagning",
    "Vårdavdelning 4",
    "Inhyrd personal",
    "Konto 5611",
    "Semester",
    "Föräldraledighet",
    "Ökat vårdbehov",
    "Kväll",
    "Natt",
    "Hyrläkare Norrland AB",
    "Café",
    "Frånvaro",
    "Övertid/mertid",
]
WORD = st.one_of(
    st.sampled_from(SWEDISH),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=12).map(str.strip).filter(bool),
    st.tuples(st.sampled_from(SWEDISH), st.integers(1, 99)).map(lambda t: f"{t[0]} {t[1]}"),
)
NUMBER = st.one_of(
    st.integers(-(10**9), 10**9).map(str),
    st.decimals(min_value=-(10**7), max_value=10**7, places=2, allow_nan=False).map(lambda d: format_decimal(d, 2)),
)
HEADER = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö", min_size=1, max_size=10)


@st.composite
def tables(draw):
    columns = draw(st.integers(2, 8))
    header = draw(st.lists(HEADER, min_size=columns, max_size=columns))
    rows = draw(st.lists(st.lists(st.one_of(WORD, NUMBER), min_size=columns, max_size=columns), max_size=25))
    return [header] + rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    tables(),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    st.sampled_from(["\n", "\r\n"]),
)
def test_csv_in_each_encoding_and_delimiter_reads_back(tmp_path_factory, table, delimiter, encoding, newline):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows(table)
    data = buf.getvalue().replace("\u00a0", " ").replace("\u2212", "-").encode(encoding)
    expected = [[c.replace("\u00a0", " ").replace("\u2212", "-") for c in row] for row in table]
    text, detected = decode_text(data)
    ascii_only = data.isascii()
    assert detected == ("utf-8" if encoding == "utf-8" or (ascii_only and encoding == "cp1252") else encoding)
    assert detect_delimiter(text) == delimiter
    path = tmp_path_factory.mktemp("csv") / "export.csv"
    path.write_bytes(data)
    read = read_table(path)
    assert read.delimiter == delimiter
    assert read.rows == expected


# --- personal identity numbers -------------------------------------------------------------
def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö .,:;()", max_size=30)


@st.composite
def personal_numbers(draw, valid=True):
    born = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)  # samordningsnummer: day + 60
    serial = f"{draw(st.integers(0, 999)):03d}"
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    check = luhn_digit(yymmdd + serial)
    if not valid:
        check = (check + draw(st.integers(1, 9))) % 10
    century = f"{born.year // 100}"
    shape = draw(
        st.sampled_from(["{c}{d}-{s}{k}", "{c}{d}{s}{k}", "{d}-{s}{k}", "{d}{s}{k}", "{d}+{s}{k}", "{d} {s}{k}"])
    )
    return shape.format(c=century, d=yymmdd, s=serial, k=check)


@given(TEXT, personal_numbers(valid=True), TEXT)
def test_a_valid_personal_number_is_always_found(before, pnr, after):
    text = f"{before} {pnr} {after}"
    assert find_personal_number(text) is not None


@given(TEXT, personal_numbers(valid=False), TEXT)
def test_a_wrong_check_digit_is_never_flagged(before, pnr, after):
    assert find_personal_number(f"{before} {pnr} {after}") is None


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_random_ten_digits_are_flagged_only_with_a_valid_check_digit(digits):
    nine, last = digits[:9], int(digits[9])
    broken = nine + str((luhn_digit(nine) + 1 + last % 9) % 10)
    assert find_personal_number(broken) is None


def test_the_last_allowed_month_has_a_last_day():
    """Found by the property test above: December 2200 asked for January 2201 to find its last day."""
    assert Period(MAX_YEAR, 12).last_day == dt.date(MAX_YEAR, 12, 31)
    assert Period(2024, 2).last_day == dt.date(2024, 2, 29)


@given(periods)
def test_a_month_outside_2000_to_2100_is_refused_at_entry(p):
    if ENTRY_MIN_YEAR <= p.year <= ENTRY_MAX_YEAR:
        assert Period.parse(str(p)) == p
    else:
        with pytest.raises(ValueError, match="2000–2100"):
            Period.parse(str(p))
