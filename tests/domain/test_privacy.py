import pytest

from hyrdesk.domain.privacy import check_free_text, find_personal_number, looks_like_name

# 811218-9876 has a valid Luhn digit (the Swedish Tax Agency's example number).
VALID = [
    "811218-9876",
    "8112189876",
    "198112189876",
    "19811218-9876",
    "811218+9876",
    "Ersatt 811218-9876 idag",
    "811278-9873",
]  # the last is a samordningsnummer (day + 60)


@pytest.mark.parametrize("text", VALID)
def test_finds_valid_personal_numbers(text):
    assert find_personal_number(text)
    assert check_free_text(text) is not None


@pytest.mark.parametrize(
    "text",
    ["811218-9875", "811318-9876", "12 pass à 8 timmar", "faktura 2023-01-31", "tel 090-785 00 00", "1234567890", ""],
)
def test_does_not_flag_other_numbers(text):
    assert find_personal_number(text) is None
    assert check_free_text(text) is None


def test_name_heuristic():
    assert looks_like_name("Anna Svensson sjuk")
    assert not looks_like_name("vakans natt, ingen sökande")
