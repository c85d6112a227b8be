"""The core's fixed choice labels in the language of the UI.

The Qt-free core labels its choices in Swedish (``Shift.DAY.label`` is
``Dag``, ``Coverage.HIRED.label`` ``Hyrpersonal``): the CLI, the exports and
the workbooks stay Swedish whatever the UI language. The GUI shows them
through this table instead, as ``ui/widgets/months.py`` does for month names. The
source words here are the core's own labels (a unit test holds them equal),
and Swedish has no catalogue of its own, so a Swedish UI reads exactly as
before while an English UI reads English.

Only fixed choices live here. Names the user typed or chose (staff
categories, report groups, units, template areas) are data and never
translated.

Widgets that let the user pick a choice keep the member's key as item data
and find it again by that key, never by its text, so nothing depends on the
language.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hyrdesk.domain.accounts import AccountKind
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.gaps import Cause, Coverage, Shift
from hyrdesk.domain.review import Affects, Frequency, Origin, Proposal, Review, Route, Status
from hyrdesk.domain.units import CareArea

CONTEXT = "Choices"

# Keyed by (enum class, value): str-based members of different enums compare
# equal when their keys do (Shift.DAY and Frequency.DAY are both "dag").
# One literal per entry: lupdate reads the strings from here.
_SOURCES: dict[tuple[type, str], str] = {
    (Shift, "dag"): QT_TRANSLATE_NOOP("Choices", "Dag"),
    (Shift, "kvall"): QT_TRANSLATE_NOOP("Choices", "Kväll"),
    (Shift, "natt"): QT_TRANSLATE_NOOP("Choices", "Natt"),
    (Cause, "vakans"): QT_TRANSLATE_NOOP("Choices", "Vakans"),
    (Cause, "planerad"): QT_TRANSLATE_NOOP("Choices", "Planerad frånvaro"),
    (Cause, "oplanerad"): QT_TRANSLATE_NOOP("Choices", "Oplanerad frånvaro"),
    (Cause, "vardbehov"): QT_TRANSLATE_NOOP("Choices", "Ökat vårdbehov"),
    (Cause, "ovrigt"): QT_TRANSLATE_NOOP("Choices", "Övrigt"),
    (Coverage, "egen"): QT_TRANSLATE_NOOP("Choices", "Egen personal (övertid/mertid)"),
    (Coverage, "timavlonad"): QT_TRANSLATE_NOOP("Choices", "Timavlönad"),
    (Coverage, "pool"): QT_TRANSLATE_NOOP("Choices", "Intern bemanningspool"),
    (Coverage, "hyrpersonal"): QT_TRANSLATE_NOOP("Choices", "Hyrpersonal"),
    (Coverage, "ej_tackt"): QT_TRANSLATE_NOOP("Choices", "Ej täckt"),
    (CareArea, "primarvard"): QT_TRANSLATE_NOOP("Choices", "Primärvård"),
    (CareArea, "sjukhusvard"): QT_TRANSLATE_NOOP("Choices", "Sjukhusvård"),
    (CareArea, "psykiatri"): QT_TRANSLATE_NOOP("Choices", "Psykiatri"),
    (CareArea, "ovrigt"): QT_TRANSLATE_NOOP("Choices", "Övrigt"),
    (CostKind, "hire"): QT_TRANSLATE_NOOP("Choices", "Hyrkostnad"),
    (CostKind, "own"): QT_TRANSLATE_NOOP("Choices", "Egen personal"),
    (AccountKind, "hire"): QT_TRANSLATE_NOOP("Choices", "Hyrkostnad"),
    (AccountKind, "own"): QT_TRANSLATE_NOOP("Choices", "Egen personal"),
    (AccountKind, "ignore"): QT_TRANSLATE_NOOP("Choices", "Ignoreras"),
    (Frequency, "dag"): QT_TRANSLATE_NOOP("Choices", "per dag"),
    (Frequency, "vecka"): QT_TRANSLATE_NOOP("Choices", "per vecka"),
    (Frequency, "manad"): QT_TRANSLATE_NOOP("Choices", "per månad"),
    (Frequency, "ar"): QT_TRANSLATE_NOOP("Choices", "per år"),
    (Origin, "lag"): QT_TRANSLATE_NOOP("Choices", "Lag/föreskrift"),
    (Origin, "region"): QT_TRANSLATE_NOOP("Choices", "Regionbeslut"),
    (Origin, "forvaltning"): QT_TRANSLATE_NOOP("Choices", "Förvaltningsbeslut"),
    (Origin, "lokal"): QT_TRANSLATE_NOOP("Choices", "Lokal rutin"),
    (Origin, "okant"): QT_TRANSLATE_NOOP("Choices", "Okänt"),
    (Proposal, "behalla"): QT_TRANSLATE_NOOP("Choices", "Behålla"),
    (Proposal, "forenkla"): QT_TRANSLATE_NOOP("Choices", "Förenkla"),
    (Proposal, "omfordela"): QT_TRANSLATE_NOOP("Choices", "Omfördela"),
    (Proposal, "ta_bort"): QT_TRANSLATE_NOOP("Choices", "Ta bort"),
    (Affects, "ja"): QT_TRANSLATE_NOOP("Choices", "Ja"),
    (Affects, "nej"): QT_TRANSLATE_NOOP("Choices", "Nej"),
    (Affects, "osakert"): QT_TRANSLATE_NOOP("Choices", "Osäkert"),
    (Route, "eget_beslut"): QT_TRANSLATE_NOOP("Choices", "Eget beslut"),
    (Route, "dialog_i_linjen"): QT_TRANSLATE_NOOP("Choices", "Dialog i linjen"),
    (Status, "forslag"): QT_TRANSLATE_NOOP("Choices", "Förslag"),
    (Status, "beslutad"): QT_TRANSLATE_NOOP("Choices", "Beslutad"),
    (Status, "genomford"): QT_TRANSLATE_NOOP("Choices", "Genomförd"),
    (Status, "avslagen"): QT_TRANSLATE_NOOP("Choices", "Avslagen"),
}

# domain.review.USEFULNESS_LABELS
_USEFULNESS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Choices", "1 – ingen nytta"),
    2: QT_TRANSLATE_NOOP("Choices", "2 – liten nytta"),
    3: QT_TRANSLATE_NOOP("Choices", "3 – ganska stor nytta"),
    4: QT_TRANSLATE_NOOP("Choices", "4 – stor nytta"),
}

# domain.review.TASK_FIELD_LABELS: the task table's column titles and the form's field names.
_TASK_FIELDS: dict[str, str] = {
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


def choice_label(member: Enum) -> str:
    """The member's label in the UI language (``Dag``, English ``Day``)."""
    return QCoreApplication.translate(CONTEXT, _SOURCES[type(member), member.value])


def choice_labels(enum: type[Enum]) -> list[tuple[str, str]]:
    """``(label, key)`` for every member, in order: what a combo box adds as text and item data."""
    return [(choice_label(m), m.value) for m in enum]


def usefulness_label(value: int) -> str:
    """``1 – ingen nytta`` … ``4 – stor nytta``."""
    return QCoreApplication.translate(CONTEXT, _USEFULNESS[value])


def task_field_label(key: str) -> str:
    """A review task field's name (``Förslag``, English ``Proposal``)."""
    return QCoreApplication.translate(CONTEXT, _TASK_FIELDS[key])


def review_label(review: Review) -> str:
    """``Översyn 2026 (pågående)`` as ``Review.display``, the status in the UI language; the title is data."""
    status = (
        QCoreApplication.translate("Choices", "pågående")
        if review.ongoing
        else QCoreApplication.translate("Choices", "avslutad")
    )
    return f"{review.title} ({status})"
