"""Guards against personal data in free text (hyrdesk stores roles, never people).

A staffing gap must never identify a person: sick leave tied to a person is
health data. Free-text fields therefore refuse anything shaped like a Swedish
personal identity number (personnummer, or samordningsnummer) with a valid
check digit, and warn when the text looks like a person's name.
"""

from __future__ import annotations

import re

# YYMMDD-NNNN, YYYYMMDDNNNN, with -, + or nothing between the parts.
_PNR = re.compile(r"(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})\s?[-+]?\s?(\d{3})(\d)(?!\d)")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def find_personal_number(text: str) -> str | None:
    """Return the first substring that is a valid-looking personnummer, or None.

    A match needs a plausible month, a day 01–31 (or 61–91 for a
    samordningsnummer) and a correct Luhn check digit over the ten digits.
    """
    for m in _PNR.finditer(text or ""):
        _century, yy, mm, dd, serial, check = m.groups()
        if not 1 <= int(mm) <= 12:
            continue
        day = int(dd)
        if not (1 <= day <= 31 or 61 <= day <= 91):
            continue
        if _luhn_ok(yy + mm + dd + serial + check):
            return m.group(0).strip()
    return None


PERSONAL_NUMBER_MESSAGE = (
    "Texten innehåller något som ser ut som ett personnummer. "
    "Skriv aldrig personuppgifter här: hyrdesk ska inte kunna peka ut en medarbetare."
)

# Two or three capitalised words in a row ("Anna Svensson") look like a name.
_NAME = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖÉ][a-zåäöé]{2,}\b")


def looks_like_name(text: str) -> bool:
    """A cheap heuristic for a warning (never a refusal): two capitalised words in a row."""
    return bool(_NAME.search(text or ""))


NAME_WARNING = "Texten kan innehålla ett namn. Skriv inte vem som var frånvarande, bara vad som hände."


def check_free_text(text: str) -> str | None:
    """The refusal message for a free-text field, or None when it is acceptable."""
    if find_personal_number(text):
        return PERSONAL_NUMBER_MESSAGE
    return None
