"""The core's fixed choice labels in the language of the UI.

The Qt-free core labels its choices in Swedish (``Shift.DAY.label`` is
``Dag``, ``Coverage.HIRED.label`` ``Hyrpersonal``): the CLI, the exports and
the workbooks stay Swedish whatever the UI language. The core marks each label
once with ``QT_TRANSLATE_NOOP("Choices", ...)`` (domain/choices.py), so
``make translations`` collects it; the GUI shows it through these functions,
as ``ui/widgets/months.py`` does for month names. Swedish has no catalogue of
its own, so a Swedish UI reads the core's words while an English UI reads
English.

Only fixed choices live here. Names the user typed or chose (staff
categories, report groups, units, template areas) are data and never
translated.

Widgets that let the user pick a choice keep the member's key as item data
and find it again by that key, never by its text, so nothing depends on the
language.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from hyrdesk.domain.choices import CHOICES_CONTEXT, QT_TRANSLATE_NOOP
from hyrdesk.domain.review import TASK_FIELD_LABELS, USEFULNESS_LABELS, Review

CONTEXT = CHOICES_CONTEXT


# The report groups are fixed by the regions' reporting (seed 003), not chosen by the user:
# their names are shown in the UI language. Staff categories stay data.
_REPORT_GROUPS = {
    "Läkare": QT_TRANSLATE_NOOP("Choices", "Läkare (rapportgrupp)"),
    "Sjuksköterskor/barnmorskor": QT_TRANSLATE_NOOP("Choices", "Sjuksköterskor/barnmorskor"),
    "Övriga": QT_TRANSLATE_NOOP("Choices", "Övriga (rapportgrupp)"),
    "Totalt": QT_TRANSLATE_NOOP("Choices", "Totalt"),
}


def report_group_label(group: str) -> str:
    """A report group's name in the UI language (``Sjuksköterskor/barnmorskor``, English ``Nurses/midwives``)."""
    source = _REPORT_GROUPS.get(group)
    if source is None:
        return group
    text = QCoreApplication.translate(CONTEXT, source)
    return group if text == source else text  # Swedish: the name itself, without the disambiguation


def choice_label(member: Enum) -> str:
    """The member's label in the UI language (``Dag``, English ``Day``)."""
    label: str = getattr(member, "label")  # noqa: B009 - every choice enum has a label; Enum does not say so
    return QCoreApplication.translate(CONTEXT, label)


def choice_labels(enum: type[Enum]) -> list[tuple[str, str]]:
    """``(label, key)`` for every member, in order: what a combo box adds as text and item data."""
    return [(choice_label(m), m.value) for m in enum]


def usefulness_label(value: int) -> str:
    """``1 – ingen nytta`` … ``4 – stor nytta``."""
    return QCoreApplication.translate(CONTEXT, USEFULNESS_LABELS[value])


def task_field_label(key: str) -> str:
    """A review task field's name (``Förslag``, English ``Proposal``)."""
    return QCoreApplication.translate(CONTEXT, TASK_FIELD_LABELS[key])


def review_label(review: Review) -> str:
    """``Översyn 2026 (pågående)`` as ``Review.display``, the status in the UI language; the title is data."""
    status = (
        QCoreApplication.translate("Choices", "pågående")
        if review.ongoing
        else QCoreApplication.translate("Choices", "avslutad")
    )
    return f"{review.title} ({status})"
