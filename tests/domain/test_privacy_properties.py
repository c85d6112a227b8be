"""The personnummer detector over generated valid numbers and the ways people disguise them by pasting."""

import datetime as _dt

from hypothesis import given, settings
from hypothesis import strategies as st

from hyrdesk.domain.privacy import MASK, check_free_text, find_personal_number, mask_personal_numbers

DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d"]
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "\u2007"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


@st.composite
def personal_numbers(draw, valid: bool = True):
    """(century, date part, serial+check) of a personnummer or samordningsnummer."""
    day = draw(st.dates(_dt.date(1900, 1, 1), _dt.date(2099, 12, 31)))
    coordination = draw(st.booleans())
    dd = day.day + (60 if coordination else 0)
    date_part = f"{day.year % 100:02d}{day.month:02d}{dd:02d}"
    serial = f"{draw(st.integers(0, 999)):03d}"
    check = luhn_digit(date_part + serial)
    if not valid:
        check = str((int(check) + draw(st.integers(1, 9))) % 10)
    return f"{day.year // 100}", date_part, serial + check


@st.composite
def disguised(draw, valid: bool = True):
    century, date_part, tail = draw(personal_numbers(valid))
    with_century = draw(st.booleans())
    sign = draw(st.sampled_from(["", "+", *DASHES]))
    if sign == "+":
        with_century = False
    body = (century if with_century else "") + date_part
    if draw(st.booleans()):  # spaces inside the date part: 12 12 12
        space = draw(st.sampled_from(SPACES))
        body = space.join(body[i : i + 2] for i in range(0, len(body), 2))
    around = draw(st.sampled_from(["", " ", "\u00a0"]))
    text = body + (around + sign + around if sign else draw(st.sampled_from(["", " "]))) + tail
    chars = []
    for ch in text:
        if ch.isdigit() and draw(st.booleans()):
            ch = chr(ord("\uff10") + int(ch))  # a full-width digit
        chars.append(ch)
        if draw(st.integers(0, 9)) == 0:
            chars.append(draw(st.sampled_from(INVISIBLE)))
    return "".join(chars)


WORDS = st.sampled_from(["", "Ersatt ", "pnr: ", "Konsult AB ", "natt, "])


@settings(max_examples=400, deadline=None)
@given(disguised(), WORDS, st.sampled_from(["", " idag", ", ring", "."]))
def test_every_disguise_of_a_valid_number_is_found_and_masked(number, before, after):
    text = before + number + after
    assert find_personal_number(text) is not None, repr(text)
    assert check_free_text(text) is not None
    masked, count = mask_personal_numbers(text)
    visible = "".join(ch for ch in masked if ch not in INVISIBLE)  # one may follow the number
    assert count == 1 and visible == before + MASK + after, repr(text)
    assert find_personal_number(masked) is None


@settings(max_examples=300, deadline=None)
@given(disguised(valid=False), WORDS)
def test_a_wrong_check_digit_is_left_alone(number, before):
    text = before + number
    assert find_personal_number(text) is None, repr(text)
    assert mask_personal_numbers(text) == (text, 0)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**7).map(lambda n: f"{n / 100:,.2f}".replace(",", " ").replace(".", ",")))
def test_amounts_are_never_personal_numbers(amount):
    assert find_personal_number(f"{amount} kr") is None


def test_two_numbers_in_one_text_are_both_masked():
    masked, count = mask_personal_numbers("811218-9876 och 121212–1212")
    assert count == 2 and masked == f"{MASK} och {MASK}"
