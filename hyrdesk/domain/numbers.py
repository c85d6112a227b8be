"""Swedish number parsing and formatting.

Ledger exports and hand-kept spreadsheets write numbers the Swedish way:
``1 234,50`` with a space (often a non-breaking one) between thousands, a
decimal comma and sometimes the typographic minus ``−``. Everything here works
on ``Decimal`` so that money never passes through a binary float.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Characters used as thousands separators in the wild: space, no-break space,
# narrow no-break space, thin space, and the apostrophe some systems emit.
_GROUP_SEPARATORS = " \u00a0\u202f\u2009'"
_MINUS_SIGNS = "\u2212\u2013"  # typographic minus, en dash
MINUS = "\u2212"
NBSP = "\u00a0"

_DOT_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$")
_PLAIN = re.compile(r"^[+-]?(\d+)?(\.\d+)?$")


def parse_decimal(text: str | int | float | Decimal) -> Decimal:
    """Parse a number written the Swedish (or machine) way into a Decimal.

    Accepts ``1 234,50``, ``-1 234,50``, ``−1 234,50``, ``1234.5``,
    ``1.234.567,89`` and numbers that are already numeric. Raises
    ``ValueError`` with a Swedish message when the text is not a number.
    """
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool):
        raise ValueError(f"”{text}” är inte ett tal")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        # Spreadsheet cells arrive as floats; repr gives the shortest exact form.
        return Decimal(repr(text))
    raw = str(text)
    s = raw.strip()
    for ch in _MINUS_SIGNS:
        s = s.replace(ch, "-")
    for ch in _GROUP_SEPARATORS:
        s = s.replace(ch, "")
    if s.endswith("kr"):
        s = s[:-2]
    if "," in s and "." in s:
        # The later of the two is the decimal separator: 1.234,50 or 1,234.50
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        if s.count(",") > 1:
            raise ValueError(f"”{raw.strip()}” är inte ett tal")
        s = s.replace(",", ".")
    elif _DOT_GROUPED.match(s):
        s = s.replace(".", "")
    if not s or not _PLAIN.match(s) or s in {"+", "-", ".", "+.", "-."}:
        raise ValueError(f"”{raw.strip()}” är inte ett tal")
    try:
        return Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex
        raise ValueError(f"”{raw.strip()}” är inte ett tal") from exc


def format_decimal(value: Decimal | int | float, decimals: int = 0) -> str:
    """Format a number the Swedish way: ``1 234,5`` (no-break spaces, typographic minus)."""
    d = value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else value)
    quant = Decimal(1).scaleb(-decimals)
    d = d.quantize(quant, rounding=ROUND_HALF_UP)
    negative = d < 0
    digits = f"{abs(d):f}"
    whole, _, frac = digits.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = NBSP.join(groups)
    if decimals > 0:
        out += "," + frac
    if negative and d != 0:
        out = MINUS + out
    return out


def format_percent(value: Decimal | float | None, decimals: int = 1) -> str:
    """``2,3 %``; an undefined value (None) is shown as an en dash."""
    if value is None:
        return "–"
    return f"{format_decimal(value, decimals)}{NBSP}%"
