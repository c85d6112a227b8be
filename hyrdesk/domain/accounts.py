"""The account table: which ledger accounts are hire cost, own staff cost, or ignored.

No account number is built into hyrdesk: every region's chart of accounts
differs, so the user (or the region's finance department) says, for each
account or range of accounts, what it holds. A lookup picks the most specific
row that contains the account: a single account beats a range, a narrow range
beats a wide one. Ranges may nest (``4600–4699`` with ``4611`` inside) but not
partly overlap, so "most specific" always names exactly one row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hyrdesk.domain.choices import QT_TRANSLATE_NOOP, LabelledChoice

MAX_ACCOUNT = 10**12 - 1  # twelve digits is more than any chart of accounts uses


class AccountKind(LabelledChoice):
    HIRE = "hire"
    OWN = "own"
    IGNORE = "ignore"

    @classmethod
    def _labels(cls) -> dict[AccountKind, str]:
        return {
            cls.HIRE: QT_TRANSLATE_NOOP("Choices", "Hyrkostnad"),
            cls.OWN: QT_TRANSLATE_NOOP("Choices", "Egen personal"),
            cls.IGNORE: QT_TRANSLATE_NOOP("Choices", "Ignoreras"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {
            AccountKind.HIRE: ("hyr", "hyrpersonal", "inhyrd personal"),
            AccountKind.OWN: ("egen", "egen personal", "kostnad egen personal"),
            AccountKind.IGNORE: ("ignorera", "ignore", "ingen"),
        }[self]


@dataclass(frozen=True, order=True, slots=True)
class AccountRange:
    first: int
    last: int

    @property
    def width(self) -> int:
        return self.last - self.first

    def contains(self, account: int) -> bool:
        return self.first <= account <= self.last

    def overlaps_partly(self, other: AccountRange) -> bool:
        """True when the ranges share accounts but neither lies inside the other."""
        if self.last < other.first or other.last < self.first:
            return False
        inside = (self.first >= other.first and self.last <= other.last) or (
            other.first >= self.first and other.last <= self.last
        )
        return not inside

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


_ACCOUNT_SPEC = re.compile(r"^\s*(\d{1,12})\s*(?:[-\u2013\u2212]\s*(\d{1,12}))?\s*$")
# A ledger cell may hold the account followed by its name: "4611 Inhyrda läkare".
_LEADING_ACCOUNT = re.compile(r"^\s*(\d{1,12})(?:\s*[-\u2013:]?\s+\D.*)?$")


def parse_account_range(text: str) -> AccountRange:
    """``4611`` or ``4600-4699`` (also with an en dash). Raises ValueError in Swedish."""
    m = _ACCOUNT_SPEC.match(str(text))
    if not m:
        raise ValueError(
            f"”{str(text).strip()}” är inget konto. Skriv ett kontonummer, t.ex. 4611, eller ett intervall, t.ex. 4600-4699."
        )
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    if last < first:
        raise ValueError(f"Intervallet {first}-{last} går baklänges; skriv det lägsta kontot först.")
    return AccountRange(first, last)


def parse_account(value: object) -> int:
    """A ledger cell as an account number: 4611, 4611.0, "4611" or "4611 Inhyrda läkare"."""
    if isinstance(value, bool):
        raise ValueError(f"”{value}” är inget kontonummer")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"”{value}” är inget kontonummer")
        number = int(value)
    else:
        m = _LEADING_ACCOUNT.match(str(value))
        if not m:
            raise ValueError(f"”{str(value).strip()}” är inget kontonummer")
        number = int(m.group(1))
    if not 0 <= number <= MAX_ACCOUNT:
        raise ValueError(f"”{value}” är inget kontonummer")
    return number


@dataclass(frozen=True, slots=True)
class AccountRule:
    id: int
    range: AccountRange
    kind: AccountKind
    category_id: int | None = None
    category: str | None = None  # the staff category's name, for display

    def describe(self) -> str:
        text = f"{self.range}: {self.kind.label.lower()}"
        return f"{text} ({self.category})" if self.category else text


class AccountTable:
    """Lookup of ledger accounts in the user's account rules."""

    def __init__(self, rules: Iterable[AccountRule]):
        # Narrowest first, so the first hit is the most specific one.
        self.rules = sorted(rules, key=lambda r: (r.range.width, r.range.first))
        self._cache: dict[int, AccountRule | None] = {}

    def lookup(self, account: int) -> AccountRule | None:
        if account in self._cache:
            return self._cache[account]
        hit = next((r for r in self.rules if r.range.contains(account)), None)
        self._cache[account] = hit
        return hit

    def __len__(self) -> int:
        return len(self.rules)


def check_new_range(new: AccountRange, existing: Iterable[AccountRange]) -> str | None:
    """A Swedish message when ``new`` partly overlaps an existing range, else None."""
    for old in existing:
        if old != new and new.overlaps_partly(old):
            return (
                f"Intervallet {new} överlappar delvis {old}. Ett intervall måste ligga helt inuti "
                "eller helt utanför ett annat, så att det alltid är klart vilken rad som gäller."
            )
    return None


def validate_rule(kind: AccountKind, category: str | None) -> str | None:
    if kind is AccountKind.IGNORE and category:
        return "Ett konto som ignoreras har ingen yrkeskategori."
    return None
