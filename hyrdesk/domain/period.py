"""A calendar month (year + month), the unit of time for costs and summaries."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import overload

MONTH_NAMES = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

# Accept Swedish names, their abbreviations (with or without a dot) and the
# English spellings that differ (may, oct) since some ledger systems use them.
_MONTH_WORDS: dict[str, int] = {}
for _i, (_name, _abbr) in enumerate(zip(MONTH_NAMES, MONTH_ABBREVIATIONS), start=1):
    _MONTH_WORDS[_name] = _i
    _MONTH_WORDS[_abbr] = _i
_MONTH_WORDS.update(
    {
        "may": 5,
        "oct": 10,
        "sept": 9,
        "january": 1,
        "february": 2,
        "march": 3,
        "june": 6,
        "july": 7,
        "august": 8,
        "october": 10,
    }
)

_ISO_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WORDS = re.compile(r"^([a-zåäö]+)\.?\s*[-/ ]?\s*(\d{4})$")

MIN_YEAR, MAX_YEAR = 1900, 2200  # what arithmetic may reach (a year back from 2000 …)
# What a person or a file may enter: anything else is a typing mistake (1900-01, 20230-1)
# that would otherwise be saved and then break every summary and export of the unit.
ENTRY_MIN_YEAR, ENTRY_MAX_YEAR = 2000, 2100


@dataclass(frozen=True, order=True, slots=True)
class Period:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"Månaden måste vara 1–12, inte {self.month}")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"Året {self.year} är orimligt")

    # --- construction -------------------------------------------------
    @classmethod
    def parse(cls, value: str | int | _dt.date | Period) -> Period:
        """Parse ``2023-01``, ``202301``, ``2023-01-31``, ``jan 2023``, ``januari 2023``.

        Also takes a ``date``/``datetime`` (as spreadsheet cells give them) and an
        int ``202301``. Raises ``ValueError`` with a Swedish message otherwise, also
        for a month outside the years hyrdesk takes (2000–2100): this is how every
        command, form and import takes a month.
        """
        period = cls._parse(value)
        period.check_entry()
        return period

    def check_entry(self) -> None:
        """Raise ``ValueError`` (Swedish) unless the month is one a person may enter (2000–2100)."""
        if not ENTRY_MIN_YEAR <= self.year <= ENTRY_MAX_YEAR:
            raise ValueError(
                f"Månaden {self} ligger utanför de år hyrdesk tar emot ({ENTRY_MIN_YEAR}–{ENTRY_MAX_YEAR}). "
                "Kontrollera året."
            )

    @classmethod
    def _parse(cls, value: str | int | _dt.date | Period) -> Period:
        if isinstance(value, Period):
            return value
        if isinstance(value, (_dt.date, _dt.datetime)):
            return cls(value.year, value.month)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"”{value}” är ingen månad")
        s = value.strip().lower()
        try:
            for pattern in (_ISO_MONTH, _COMPACT):
                m = pattern.match(s)
                if m:
                    return cls(int(m.group(1)), int(m.group(2)))
            for pattern in (_ISO_DATE, _COMPACT_DATE):
                m = pattern.match(s)
                if m:
                    d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                    return cls(d.year, d.month)
            m = _WORDS.match(s)
            if m and m.group(1) in _MONTH_WORDS:
                return cls(int(m.group(2)), _MONTH_WORDS[m.group(1)])
        except ValueError as exc:
            raise ValueError(f"”{value.strip()}” är ingen giltig månad") from exc
        raise ValueError(f"”{value.strip()}” är ingen månad (skriv t.ex. 2023-01, 202301 eller januari 2023)")

    @classmethod
    def from_date(cls, d: _dt.date) -> Period:
        return cls(d.year, d.month)

    @classmethod
    def from_index(cls, index: int) -> Period:
        return cls(index // 12, index % 12 + 1)

    @classmethod
    def current(cls) -> Period:
        return cls.from_date(_dt.date.today())

    # --- arithmetic ----------------------------------------------------
    @property
    def index(self) -> int:
        """Months since year 0; consecutive months have consecutive indexes."""
        return self.year * 12 + self.month - 1

    def __add__(self, months: int) -> Period:
        if not isinstance(months, int):
            return NotImplemented
        return Period.from_index(self.index + months)

    @overload
    def __sub__(self, other: Period) -> int: ...
    @overload
    def __sub__(self, other: int) -> Period: ...
    def __sub__(self, other: Period | int) -> int | Period:
        if isinstance(other, Period):
            return self.index - other.index
        if isinstance(other, int):
            return Period.from_index(self.index - other)
        return NotImplemented

    def same_month_last_year(self) -> Period:
        return Period(self.year - 1, self.month)

    def year_start(self) -> Period:
        return Period(self.year, 1)

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> _dt.date:
        # Not via self + 1: December of the last allowed year has no next month.
        return _dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    # --- views -----------------------------------------------------------
    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def compact(self) -> int:
        return self.year * 100 + self.month

    def label(self) -> str:
        """``jan 2023``, as in tables and plot axes."""
        return f"{MONTH_ABBREVIATIONS[self.month - 1]} {self.year}"

    def long_label(self) -> str:
        """``januari 2023``."""
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"


def period_range(first: Period, last: Period) -> Iterator[Period]:
    """Every month from first to last, both included."""
    for i in range(first.index, last.index + 1):
        yield Period.from_index(i)
