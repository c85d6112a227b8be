"""Month names in the language of the UI.

The Qt-free core names months in Swedish (``Period.label()`` ``jan 2024``,
``long_label()`` ``januari 2024``): the exports, the CLI and the line-dialogue
workbook stay Swedish whatever the UI language. The GUI names months through
this table instead, so an English UI says ``Jan 2024`` and ``January 2024``.
Swedish has no catalogue of its own: there the source words are shown, and
they are the core's words, so a Swedish UI reads exactly as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hyrdesk.domain.period import Period


def month_abbreviation(month: int) -> str:
    """``jan`` … ``dec`` (1–12), as on plot axes."""
    # One literal per call: lupdate reads the strings from here.
    return (
        QCoreApplication.translate("Months", "jan"),
        QCoreApplication.translate("Months", "feb"),
        QCoreApplication.translate("Months", "mar"),
        QCoreApplication.translate("Months", "apr"),
        QCoreApplication.translate("Months", "maj"),
        QCoreApplication.translate("Months", "jun"),
        QCoreApplication.translate("Months", "jul"),
        QCoreApplication.translate("Months", "aug"),
        QCoreApplication.translate("Months", "sep"),
        QCoreApplication.translate("Months", "okt"),
        QCoreApplication.translate("Months", "nov"),
        QCoreApplication.translate("Months", "dec"),
    )[month - 1]


def month_name(month: int) -> str:
    """``januari`` … ``december`` (1–12)."""
    return (
        QCoreApplication.translate("Months", "januari"),
        QCoreApplication.translate("Months", "februari"),
        QCoreApplication.translate("Months", "mars"),
        QCoreApplication.translate("Months", "april"),
        QCoreApplication.translate("Months", "maj"),
        QCoreApplication.translate("Months", "juni"),
        QCoreApplication.translate("Months", "juli"),
        QCoreApplication.translate("Months", "augusti"),
        QCoreApplication.translate("Months", "september"),
        QCoreApplication.translate("Months", "oktober"),
        QCoreApplication.translate("Months", "november"),
        QCoreApplication.translate("Months", "december"),
    )[month - 1]


def month_label(p: Period) -> str:
    """``jan 2024`` (English ``Jan 2024``): tables, combo boxes, hover texts."""
    return f"{month_abbreviation(p.month)} {p.year}"


def month_long_label(p: Period) -> str:
    """``januari 2024`` (English ``January 2024``): headings and tooltips."""
    return f"{month_name(p.month)} {p.year}"


def year_to_date_label(p: Period) -> str:
    """January up to ``p``: ``jan–okt 2024``, or ``jan 2024`` for January itself."""
    if p.month == 1:
        return month_label(p)
    return f"{month_abbreviation(1)}–{month_label(p)}"
