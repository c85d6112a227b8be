"""The administration-task review (översyn av administrativa uppgifter).

A review is a run of a template: the unit lists its administrative tasks and,
for each, how much time it takes and what to do with it. Two things here are
rules rather than data and are therefore computed, never typed:

* **hours per year** from minutes per occurrence × occurrences per year;
* **the route** of a decision, which only a proposed change has (förenkla,
  omfördela, ta bort; *behålla* has none): a change that does not affect
  other units is the unit's own decision (*eget beslut*); any risk of
  affecting another unit (``ja`` or ``osäkert``) sends it through dialogue in
  the line. *Påverkar andra enheter* starts empty and must be answered for a
  change; until it is, the change has no route.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hyrdesk.domain.choices import QT_TRANSLATE_NOOP, LabelledChoice

# --- working time ---------------------------------------------------------------
# How many times a year a task "per dag" / "per vecka" happens. A full-time
# year has 52 × 5 = 260 weekdays; minus about 10 public holidays on weekdays
# and 25 days of annual leave (semesterlagen) that leaves about 225, and a
# little sick leave and training brings it to the round 220 that Swedish
# workforce planning commonly uses. A week then has 220 / 5 = 44 working
# weeks, so "5 gånger per vecka" and "1 gång per dag" give the same hours.
# Monthly and yearly tasks (reports, plans) are due whatever the holidays.
WORKING_DAYS_PER_YEAR = 220
WORKING_WEEKS_PER_YEAR = 44
MONTHS_PER_YEAR = 12
MINUTES_PER_HOUR = 60

# Sane upper bounds for hand-typed numbers (a typo, not a real task, beyond these).
MAX_MINUTES = 8 * 60 * 5  # one occurrence takes at most a working week
MAX_COUNT = 1000
MAX_TEXT = 300
MAX_HOURS_FREED = Decimal("100000")

TENTH = Decimal("0.1")


class Frequency(LabelledChoice):
    DAY = "dag"
    WEEK = "vecka"
    MONTH = "manad"
    YEAR = "ar"

    @classmethod
    def _labels(cls) -> dict[Frequency, str]:
        return {
            cls.DAY: QT_TRANSLATE_NOOP("Choices", "per dag"),
            cls.WEEK: QT_TRANSLATE_NOOP("Choices", "per vecka"),
            cls.MONTH: QT_TRANSLATE_NOOP("Choices", "per månad"),
            cls.YEAR: QT_TRANSLATE_NOOP("Choices", "per år"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {
            Frequency.DAY: ("dag", "dagligen", "varje dag"),
            Frequency.WEEK: ("vecka", "veckovis", "varje vecka"),
            Frequency.MONTH: ("månad", "månadsvis", "varje månad"),
            Frequency.YEAR: ("år", "årligen", "varje år"),
        }[self]

    @property
    def per_year(self) -> int:
        """Occurrence periods in a working year (see the constants above)."""
        return {
            Frequency.DAY: WORKING_DAYS_PER_YEAR,
            Frequency.WEEK: WORKING_WEEKS_PER_YEAR,
            Frequency.MONTH: MONTHS_PER_YEAR,
            Frequency.YEAR: 1,
        }[self]


class Origin(LabelledChoice):
    """Where the requirement behind a task comes from."""

    LAW = "lag"
    REGION = "region"
    ADMINISTRATION = "forvaltning"
    LOCAL = "lokal"
    UNKNOWN = "okant"

    @classmethod
    def _labels(cls) -> dict[Origin, str]:
        return {
            cls.LAW: QT_TRANSLATE_NOOP("Choices", "Lag/föreskrift"),
            cls.REGION: QT_TRANSLATE_NOOP("Choices", "Regionbeslut"),
            cls.ADMINISTRATION: QT_TRANSLATE_NOOP("Choices", "Förvaltningsbeslut"),
            cls.LOCAL: QT_TRANSLATE_NOOP("Choices", "Lokal rutin"),
            cls.UNKNOWN: QT_TRANSLATE_NOOP("Choices", "Okänt"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {Origin.LAW: ("lag", "föreskrift", "lag / föreskrift")}.get(self, ())


class Proposal(LabelledChoice):
    KEEP = "behalla"
    SIMPLIFY = "forenkla"
    REDISTRIBUTE = "omfordela"
    REMOVE = "ta_bort"

    @classmethod
    def _labels(cls) -> dict[Proposal, str]:
        return {
            cls.KEEP: QT_TRANSLATE_NOOP("Choices", "Behålla"),
            cls.SIMPLIFY: QT_TRANSLATE_NOOP("Choices", "Förenkla"),
            cls.REDISTRIBUTE: QT_TRANSLATE_NOOP("Choices", "Omfördela"),
            cls.REMOVE: QT_TRANSLATE_NOOP("Choices", "Ta bort"),
        }


class Affects(LabelledChoice):
    """Does the task (or changing it) affect other units?"""

    YES = "ja"
    NO = "nej"
    UNSURE = "osakert"

    @classmethod
    def _labels(cls) -> dict[Affects, str]:
        return {
            cls.YES: QT_TRANSLATE_NOOP("Choices", "Ja"),
            cls.NO: QT_TRANSLATE_NOOP("Choices", "Nej"),
            cls.UNSURE: QT_TRANSLATE_NOOP("Choices", "Osäkert"),
        }


class Route(LabelledChoice):
    OWN_DECISION = "eget_beslut"
    LINE_DIALOGUE = "dialog_i_linjen"

    @classmethod
    def _labels(cls) -> dict[Route, str]:
        return {
            cls.OWN_DECISION: QT_TRANSLATE_NOOP("Choices", "Eget beslut"),
            cls.LINE_DIALOGUE: QT_TRANSLATE_NOOP("Choices", "Dialog i linjen"),
        }


class Status(LabelledChoice):
    PROPOSED = "forslag"
    DECIDED = "beslutad"
    DONE = "genomford"
    REJECTED = "avslagen"

    @classmethod
    def _labels(cls) -> dict[Status, str]:
        return {
            cls.PROPOSED: QT_TRANSLATE_NOOP("Choices", "Förslag"),
            cls.DECIDED: QT_TRANSLATE_NOOP("Choices", "Beslutad"),
            cls.DONE: QT_TRANSLATE_NOOP("Choices", "Genomförd"),
            cls.REJECTED: QT_TRANSLATE_NOOP("Choices", "Avslagen"),
        }


USEFULNESS_LABELS = {
    1: QT_TRANSLATE_NOOP("Choices", "1 – ingen nytta"),
    2: QT_TRANSLATE_NOOP("Choices", "2 – liten nytta"),
    3: QT_TRANSLATE_NOOP("Choices", "3 – ganska stor nytta"),
    4: QT_TRANSLATE_NOOP("Choices", "4 – stor nytta"),
}


def derive_route(affects: Affects | None, proposal: Proposal) -> Route | None:
    """The one rule: no route for keeping a task (or an unanswered effect); else only a change that
    surely does not affect other units is the unit's own decision."""
    if proposal is Proposal.KEEP or affects is None:
        return None
    return Route.OWN_DECISION if affects is Affects.NO else Route.LINE_DIALOGUE


def minutes_per_year(minutes: int, frequency: Frequency, count: int) -> int:
    """Minutes per occurrence × occurrences per period × periods per year: an exact integer."""
    return int(minutes) * int(count) * frequency.per_year


def hours_per_year(minutes: int, frequency: Frequency, count: int) -> Decimal:
    """The same in hours. Sums are made over minutes and divided once, so they stay exact."""
    return Decimal(minutes_per_year(minutes, frequency, count)) / MINUTES_PER_HOUR


def round_hours(hours: Decimal) -> Decimal:
    """Hours as shown and stored: one decimal, half up."""
    return hours.quantize(TENTH, rounding=ROUND_HALF_UP)


# The default estimate of hours freed, which the user may always overwrite:
# removing a task frees all its time; simplifying it is assumed to halve it;
# redistributing moves the time to the receiving role, so the unit as a whole
# frees nothing unless the user knows better; keeping frees nothing.
SIMPLIFY_SHARE = Decimal("0.5")


def suggested_hours_freed(proposal: Proposal, hours: Decimal) -> Decimal:
    share = {Proposal.REMOVE: Decimal(1), Proposal.SIMPLIFY: SIMPLIFY_SHARE}.get(proposal, Decimal(0))
    return round_hours(hours * share)


@dataclass(frozen=True, slots=True)
class ReviewTask:
    """One administrative task in a review. ``area`` is the template's area key."""

    area: str
    description: str
    role: str
    minutes: int
    frequency: Frequency
    count: int = 1
    usefulness: int | None = None
    origin: Origin = Origin.UNKNOWN
    proposal: Proposal = Proposal.KEEP
    receiving_role: str = ""
    affects_others: Affects | None = None  # required for a change; empty until answered
    responsible: str = ""
    due_date: _dt.date | None = None
    status: Status = Status.PROPOSED
    hours_freed: Decimal = Decimal("0.0")  # per year, the user's estimate
    id: int | None = None
    review_id: int | None = None
    position: int = 0

    @property
    def minutes_per_year(self) -> int:
        return minutes_per_year(self.minutes, self.frequency, self.count)

    @property
    def hours_per_year(self) -> Decimal:
        return hours_per_year(self.minutes, self.frequency, self.count)

    @property
    def route(self) -> Route | None:
        return derive_route(self.affects_others, self.proposal)

    @property
    def suggested_hours_freed(self) -> Decimal:
        return suggested_hours_freed(self.proposal, self.hours_per_year)

    def with_changes(self, **changes: Any) -> ReviewTask:
        """A copy with ``changes``; hours freed follows the suggestion while the user has not set it.

        When the task's hours freed equals the suggestion for its old values and
        the change does not set hours freed itself, it moves to the suggestion
        for the new values (changing ``ta bort`` to ``förenkla`` halves it).
        """
        following = self.hours_freed == self.suggested_hours_freed
        new = replace(self, **changes)
        if following and "hours_freed" not in changes:
            new = replace(new, hours_freed=new.suggested_hours_freed)
        return new


# The fields of a task, in the order of the task table and the workbook.
# Keys are the attribute names; the computed ones cannot be set.
TASK_FIELD_LABELS = {
    "area": QT_TRANSLATE_NOOP("Choices", "Område"),
    "description": QT_TRANSLATE_NOOP("Choices", "Uppgift"),
    "role": QT_TRANSLATE_NOOP("Choices", "Utförs av (roll)"),
    "minutes": QT_TRANSLATE_NOOP("Choices", "Minuter per tillfälle"),
    "frequency": QT_TRANSLATE_NOOP("Choices", "Frekvens"),
    "count": QT_TRANSLATE_NOOP("Choices", "Antal per period"),
    "hours_per_year": QT_TRANSLATE_NOOP("Choices", "Timmar per år"),
    "usefulness": QT_TRANSLATE_NOOP("Choices", "Nytta (1–4)"),
    "origin": QT_TRANSLATE_NOOP("Choices", "Kravets ursprung"),
    "proposal": QT_TRANSLATE_NOOP("Choices", "Förslag"),
    "receiving_role": QT_TRANSLATE_NOOP("Choices", "Mottagande roll"),
    "affects_others": QT_TRANSLATE_NOOP("Choices", "Påverkar andra enheter"),
    "route": QT_TRANSLATE_NOOP("Choices", "Beslutsväg"),
    "responsible": QT_TRANSLATE_NOOP("Choices", "Ansvarig"),
    "due_date": QT_TRANSLATE_NOOP("Choices", "Klart senast"),
    "status": QT_TRANSLATE_NOOP("Choices", "Status"),
    "hours_freed": QT_TRANSLATE_NOOP("Choices", "Frigjorda timmar per år"),
}
COMPUTED_FIELDS = ("hours_per_year", "route")
# Fields every template must ask for: without them there is no hours figure and no route.
REQUIRED_FIELDS = ("description", "role", "minutes", "frequency", "count", "proposal", "affects_others")
OPTIONAL_FIELDS = tuple(
    k for k in TASK_FIELD_LABELS if k not in REQUIRED_FIELDS and k not in COMPUTED_FIELDS and k != "area"
)


@dataclass(frozen=True, slots=True)
class Review:
    """One run of a template for a unit. Ongoing while ``finished_on`` is None."""

    id: int
    unit_id: int
    title: str
    template_id: str
    template_version: str
    template_json: str = field(repr=False)  # the template as it was when the review started
    started_on: _dt.date
    finished_on: _dt.date | None = None
    based_on_id: int | None = None

    @property
    def ongoing(self) -> bool:
        return self.finished_on is None

    @property
    def status_label(self) -> str:
        return "Pågående" if self.ongoing else "Avslutad"

    @property
    def display(self) -> str:
        return f"{self.title} ({self.status_label.lower()})"
