"""Money as an exact number of öre.

Amounts are stored and added as integers (öre), so that sums of thousands of
ledger rows come out to the öre. Formatting follows Swedish practice:
``1 234 567 kr``, ``1 235 tkr``, ``1,2 mkr``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hyrdesk.domain.numbers import NBSP, format_decimal, parse_decimal


@dataclass(frozen=True, order=True, slots=True)
class Money:
    ore: int = 0

    # --- construction -------------------------------------------------
    @classmethod
    def from_sek(cls, amount: Decimal | int | str | float) -> Money:
        """From kronor: a Decimal, an int, a Swedish-formatted string or a spreadsheet float."""
        d = parse_decimal(amount)
        return cls(int((d * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)))

    parse = from_sek

    @classmethod
    def sum(cls, amounts: Iterable[Money]) -> Money:
        return cls(sum(m.ore for m in amounts))

    # --- arithmetic ----------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.ore + other.ore)

    def __radd__(self, other: object) -> Money:
        if other == 0:  # lets the built-in sum() work
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.ore - other.ore)

    def __neg__(self) -> Money:
        return Money(-self.ore)

    def __abs__(self) -> Money:
        return Money(abs(self.ore))

    def __mul__(self, factor: int | Decimal) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(int((Decimal(self.ore) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)))

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.ore != 0

    # --- views -----------------------------------------------------------
    @property
    def sek(self) -> Decimal:
        return Decimal(self.ore).scaleb(-2)

    def ratio(self, other: Money) -> Decimal | None:
        """self / other, or None when other is zero (a ratio that does not exist)."""
        if other.ore == 0:
            return None
        return Decimal(self.ore) / Decimal(other.ore)

    def format_kr(self, decimals: int = 0) -> str:
        return f"{format_decimal(self.sek, decimals)}{NBSP}kr"

    def format_tkr(self, decimals: int = 0) -> str:
        return f"{format_decimal(self.sek / 1000, decimals)}{NBSP}tkr"

    def format_mkr(self, decimals: int = 1) -> str:
        return f"{format_decimal(self.sek / 1_000_000, decimals)}{NBSP}mkr"

    def __str__(self) -> str:
        return self.format_kr(2 if self.ore % 100 else 0)


ZERO = Money(0)
