"""Staffing gaps (bemanningsluckor): a shift or a period own staff could not cover.

A gap records *what* was missing and *how* it was solved, never *who*: there
is no field for a person, and the note refuses personal identity numbers
(hyrdesk stores roles, never people). Causes are deliberately coarse: "oplanerad frånvaro"
and never "sjukdom", which tied to a shift could point at a person's health.

Hours are kept as whole minutes (exact integers, like money in öre); a gap
entered as a number of shifts is stored as shifts × the shift length set in
the settings, so later changes to a shift length do not rewrite history.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from hyrdesk.domain.choices import QT_TRANSLATE_NOOP, LabelledChoice
from hyrdesk.domain.dates import days, is_weekend_or_holiday
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.period import Period


class Shift(LabelledChoice):
    DAY = "dag"
    EVENING = "kvall"
    NIGHT = "natt"

    @classmethod
    @cache  # a table model asks for labels thousands of times a second
    def _labels(cls) -> dict[Shift, str]:
        return {
            cls.DAY: QT_TRANSLATE_NOOP("Choices", "Dag"),
            cls.EVENING: QT_TRANSLATE_NOOP("Choices", "Kväll"),
            cls.NIGHT: QT_TRANSLATE_NOOP("Choices", "Natt"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {
            Shift.DAY: ("d", "dagpass", "dagtid"),
            Shift.EVENING: ("k", "kvällspass", "kvallspass"),
            Shift.NIGHT: ("n", "nattpass"),
        }[self]


class Cause(LabelledChoice):
    VACANCY = "vakans"
    PLANNED = "planerad"
    UNPLANNED = "oplanerad"
    CARE_NEED = "vardbehov"
    OTHER = "ovrigt"

    @classmethod
    @cache  # a table model asks for labels thousands of times a second
    def _labels(cls) -> dict[Cause, str]:
        return {
            cls.VACANCY: QT_TRANSLATE_NOOP("Choices", "Vakans"),
            cls.PLANNED: QT_TRANSLATE_NOOP("Choices", "Planerad frånvaro"),
            cls.UNPLANNED: QT_TRANSLATE_NOOP("Choices", "Oplanerad frånvaro"),
            cls.CARE_NEED: QT_TRANSLATE_NOOP("Choices", "Ökat vårdbehov"),
            cls.OTHER: QT_TRANSLATE_NOOP("Choices", "Övrigt"),
        }

    def aliases(self) -> tuple[str, ...]:
        # Old logs say "sjuk" or "semester"; importing them keeps only the coarse cause.
        return {
            Cause.VACANCY: ("vakant", "vakanser", "ej tillsatt", "ledig tjänst"),
            Cause.PLANNED: (
                "planerad",
                "semester",
                "föräldraledighet",
                "föräldraledig",
                "utbildning",
                "kurs",
                "tjänstledighet",
                "komp",
                "planerad ledighet",
            ),
            Cause.UNPLANNED: ("oplanerad", "sjuk", "sjukdom", "vab", "sjukfrånvaro", "akut frånvaro"),
            Cause.CARE_NEED: ("vårdbehov", "ökad vårdtyngd", "vårdtyngd", "extravak", "överbeläggning"),
            Cause.OTHER: ("annat", "annan", "övrig"),
        }[self]


class Coverage(LabelledChoice):
    OWN_STAFF = "egen"
    HOURLY = "timavlonad"
    POOL = "pool"
    HIRED = "hyrpersonal"
    UNCOVERED = "ej_tackt"

    @classmethod
    @cache  # a table model asks for labels thousands of times a second
    def _labels(cls) -> dict[Coverage, str]:
        return {
            cls.OWN_STAFF: QT_TRANSLATE_NOOP("Choices", "Egen personal (övertid/mertid)"),
            cls.HOURLY: QT_TRANSLATE_NOOP("Choices", "Timavlönad"),
            cls.POOL: QT_TRANSLATE_NOOP("Choices", "Intern bemanningspool"),
            cls.HIRED: QT_TRANSLATE_NOOP("Choices", "Hyrpersonal"),
            cls.UNCOVERED: QT_TRANSLATE_NOOP("Choices", "Ej täckt"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {
            Coverage.OWN_STAFF: (
                "egen personal",
                "övertid",
                "mertid",
                "egen personal övertid/mertid",
                "egen personal övertid",
                "öt",
                "omflyttning",
            ),
            Coverage.HOURLY: ("timvikarie", "timanställd", "timavlönade", "timmis", "timanställning"),
            Coverage.POOL: ("bemanningspool", "bemanningsenhet", "resurspool", "intern pool"),
            Coverage.HIRED: (
                "hyr",
                "hyrläkare",
                "hyrsjuksköterska",
                "bemanningsföretag",
                "inhyrd",
                "inhyrd personal",
                "konsult",
            ),
            Coverage.UNCOVERED: ("inte täckt", "otäckt", "stängda platser", "nej", "ingen"),
        }[self]


# --- hours -----------------------------------------------------------------------
MINUTES_PER_HOUR = 60
# A single row may stand for several people missing the same shift, but more
# than this per calendar day is a typo, not a gap.
MAX_HOURS_PER_DAY = 100
MAX_DAYS = 366
# Shift lengths when the settings say nothing (hours).
DEFAULT_SHIFT_HOURS = {Shift.DAY: Decimal(8), Shift.EVENING: Decimal(8), Shift.NIGHT: Decimal(10)}


def hours_to_minutes(hours: Decimal) -> int:
    return int((Decimal(hours) * MINUTES_PER_HOUR).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def minutes_to_hours(minutes: int) -> Decimal:
    """Exact where it can be (0.25, 7.5); otherwise to four decimals."""
    hours = Decimal(minutes) / MINUTES_PER_HOUR
    return hours if hours == hours.quantize(Decimal("0.0001")) else hours.quantize(Decimal("0.0001"))


def format_hours(minutes: int, max_decimals: int = 2) -> str:
    """``8``, ``7,5``, ``7,33``: hours with as few decimals as they need (at most two)."""
    hours = Decimal(minutes) / MINUTES_PER_HOUR
    for decimals in range(max_decimals + 1):
        if hours == hours.quantize(Decimal(1).scaleb(-decimals)):
            return format_decimal(hours, decimals)
    return format_decimal(hours, max_decimals)


def hours_number(minutes: int) -> float:
    """Hours rounded to two decimals as a plain number, for JSON and Excel."""
    return float((Decimal(minutes) / MINUTES_PER_HOUR).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# --- the gap ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Gap:
    unit_id: int
    start: _dt.date
    end: _dt.date
    shift: Shift
    category_id: int
    minutes: int
    cause: Cause
    coverage: Coverage
    agency: str = ""  # only for hyrpersonal
    cost: Money | None = None  # only for hyrpersonal
    note: str = ""
    id: int | None = None
    fingerprint: str | None = None  # set for imported rows (see services.gap_import)

    @property
    def weekend(self) -> bool:
        """Derived, never typed: does the gap touch a Saturday, Sunday or holiday?"""
        if (self.end - self.start).days >= 6:
            return True  # seven days always include a weekend
        return any(is_weekend_or_holiday(d) for d in days(self.start, self.end))

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.minutes)

    @property
    def day_count(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def period(self) -> Period:
        return Period.from_date(self.start)

    @property
    def last_period(self) -> Period:
        return Period.from_date(self.end)

    def with_changes(self, **changes: Any) -> Gap:
        return replace(self, **changes)
