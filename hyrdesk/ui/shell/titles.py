"""Page titles, known before any page is built: the navigation lists every page at start-up."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TITLES = {
    "overview": QT_TRANSLATE_NOOP("pages", "Översikt"),
    "gaps": QT_TRANSLATE_NOOP("pages", "Bemanningsluckor"),
    "costs": QT_TRANSLATE_NOOP("pages", "Hyrkostnader"),
    "followup": QT_TRANSLATE_NOOP("pages", "Månadsuppföljning"),
    "hire": QT_TRANSLATE_NOOP("pages", "Inhyrning och avtal"),
    "review": QT_TRANSLATE_NOOP("pages", "Administrativ översyn"),
    "actions": QT_TRANSLATE_NOOP("pages", "Åtgärder"),
    "export": QT_TRANSLATE_NOOP("pages", "Export och delning"),
}


def page_title(key: str) -> str:
    return QCoreApplication.translate("pages", str(_TITLES[key]))  # QT_TRANSLATE_NOOP gave a str, typed object
