"""Guards against personal data in free text (hyrdesk stores roles, never people).

A staffing gap must never identify a person: sick leave tied to a person is
health data. Free text is therefore refused (in forms) or masked (in imports)
when it holds anything shaped like a Swedish personal identity number
(personnummer, or samordningsnummer: day + 60) with a valid check digit, and a
warning is given when the text looks like a person's name.

There is one detector for the whole program. It first normalises what people
paste: every dash and minus sign (en dash from Word, U+2212, the non-breaking
hyphen …) becomes ``-``, full-width and other Unicode digits become 0–9, zero-width
and other invisible format characters disappear, and every kind of space is a
space. Then it looks for 10 digits (``YYMMDD-NNNN``, ``+`` for the over-100s) or
12 (``YYYYMMDDNNNN``), in groups separated by spaces and at most one sign, which
sits before the last four digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

MASK = "[personnummer borttaget]"

# Signs that are not in Unicode's dash category (Pd) but are pasted as one.
_MINUS = {"\u2212", "\u02d7", "\u2796", "\ufe63", "\uff0d", "\u2043", "\u207b", "\u208b"}
_PLUS = {"\uff0b", "\u207a", "\u208a", "\ufe62", "\u2795"}
# Candidate runs in the normalised text: digits joined by spaces and signs.
_RUN = re.compile(r"\d[\d +-]*\d")
_GROUP = re.compile(r"\d+")
_SEPARATOR = re.compile(r" {0,2}[-+]? {0,2}")
_ASCII_DIGITS = re.compile(r"\d")


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text with dashes, digits, spaces and invisible characters normalised; and for
    every character of it, its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            c = " " if ch in "\t\r\n" else ch
        else:
            cat = unicodedata.category(ch)
            if cat == "Nd":
                c = str(unicodedata.decimal(ch))
            elif cat == "Cf":  # zero-width space/joiner, word joiner, soft hyphen, BOM, bidi marks
                continue
            elif cat == "Pd" or ch in _MINUS:
                c = "-"
            elif ch in _PLUS:
                c = "+"
            elif cat == "Zs":
                c = " "
            else:
                c = ch
        out.append(c)
        where.append(i)
    return "".join(out), where


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def is_personal_number(digits: str) -> bool:
    """Whether 10 or 12 digits (no separators) are a valid personnummer or samordningsnummer."""
    if len(digits) == 12:
        if digits[:2] not in ("18", "19", "20"):
            return False
        digits = digits[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if not 1 <= month <= 12:
        return False
    if not (1 <= day <= 31 or 61 <= day <= 91):
        return False
    return _luhn_ok(digits)


def _spans_in_run(run: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) in the normalised text of every personnummer in one candidate run."""
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(run)]
    i = 0
    while i < len(groups):
        found = None
        digits = ""
        signs = 0
        for j in range(i, len(groups)):
            if j > i:
                sep = run[groups[j - 1][1] : groups[j][0]]
                if not _SEPARATOR.fullmatch(sep):
                    break
                if "-" in sep or "+" in sep:
                    signs += 1
                    # The one sign sits between the date and the last four digits.
                    if signs > 1 or len(run[groups[j][0] : groups[j][1]]) > 4:
                        break
            digits += run[groups[j][0] : groups[j][1]]
            if len(digits) > 12:
                break
            if len(digits) in (10, 12) and is_personal_number(digits):
                if signs == 0 or _sign_before_last_four(run, groups, i, j):
                    found = j
        if found is not None:
            yield offset + groups[i][0], offset + groups[found][1]
            i = found + 1
        else:
            i += 1


def _sign_before_last_four(run: str, groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """Digits after the sign, up to group ``j``: exactly four."""
    after = 0
    for k in range(j, i, -1):
        after += groups[k][1] - groups[k][0]
        sep = run[groups[k - 1][1] : groups[k][0]]
        if "-" in sep or "+" in sep:
            return after == 4
    return True


def personal_number_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of every personnummer in it, however it was written."""
    if not text or (text.isascii() and len(_ASCII_DIGITS.findall(text)) < 10):
        return []
    norm, where = _normalise(text)
    spans = []
    for m in _RUN.finditer(norm):
        before = norm[m.start() - 1] if m.start() else ""
        after = norm[m.end()] if m.end() < len(norm) else ""
        if before.isdigit() or after.isdigit():  # pragma: no cover - the run is maximal
            continue
        for start, end in _spans_in_run(m.group(0), m.start()):
            spans.append((where[start], where[end - 1] + 1))
    return spans


def find_personal_number(text: str) -> str | None:
    """The first personnummer in ``text`` as it was written there, or None."""
    spans = personal_number_spans(text or "")
    return text[spans[0][0] : spans[0][1]] if spans else None


def mask_personal_numbers(text: str) -> tuple[str, int]:
    """``text`` with every personnummer replaced by :data:`MASK`, and how many there were."""
    spans = personal_number_spans(text or "")
    if not spans:
        return text, 0
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(MASK)
        last = end
    parts.append(text[last:])
    return "".join(parts), len(spans)


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
