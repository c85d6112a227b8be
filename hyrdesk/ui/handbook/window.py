"""Hjälp → Handbok: the user's guide, rendered by Qt from the Markdown under resources/handbook/.

The same files are what the README links to. One file per section and language
(``handbook/<lang>/<section>.md``); a link between sections is a relative link to
the other file, so it works on GitHub and here alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout

from hyrdesk.resources import resource_path

# In reading order. A page's key is its section's name; F1 on a page without one opens "start".
SECTIONS = (
    "start",
    "overview",
    "gaps",
    "costs",
    "ledger-import",
    "followup",
    "hire",
    "review",
    "actions",
    "export",
    "backups",
    "measures",
)
LANGUAGES = ("sv", "en")


def handbook_language() -> str:
    """The handbook follows the UI language: English when the English catalogue is installed."""
    return "en" if QCoreApplication.translate("HandbookDialog", "Handbok") != "Handbok" else "sv"


def section_path(section: str, language: str):
    return resource_path("handbook", language, f"{section}.md")


def section_text(section: str, language: str) -> str:
    return section_path(section, language).read_text(encoding="utf-8")


def section_title(section: str, language: str) -> str:
    """The section's first heading."""
    for line in section_text(section, language).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return section


class HandbookDialog(QDialog):
    """A window beside the main one (not modal): the sections on the left, the text on the right."""

    def __init__(self, section: str = "start", parent=None, language: str | None = None):
        super().__init__(parent)
        self.language = language or handbook_language()
        self.setWindowTitle(self.tr("Handbok – hyrdesk"))
        self.setModal(False)
        self.resize(900, 640)
        lay = QHBoxLayout(self)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Avsnitt"))
        self.sections.setMaximumWidth(240)
        self.sections.setSpacing(3)
        for key in SECTIONS:
            item = QListWidgetItem(section_title(key, self.language))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sections.addItem(item)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Handbokens text"))
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)  # Tab leaves the text; links are followed by click
        self.text.anchorClicked.connect(self._link)
        self.text.setSearchPaths([str(resource_path("handbook", self.language))])
        self.sections.currentRowChanged.connect(self._show_row)
        lay.addWidget(self.sections)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        lay.addLayout(right, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.show_section(section)

    @property
    def current_section(self) -> str:
        item: QListWidgetItem | None = self.sections.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_section(self, section: str) -> None:
        if section not in SECTIONS:
            section = "start"
        self.sections.setCurrentRow(SECTIONS.index(section))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row]
        self.text.setMarkdown(section_text(key, self.language))
        self.text.verticalScrollBar().setValue(0)

    def _link(self, url: QUrl) -> None:
        """A link to another section's file opens it here; a web link opens in the browser."""
        name = url.path().rsplit("/", 1)[-1]
        if not url.scheme() and name.endswith(".md") and name[:-3] in SECTIONS:
            self.show_section(name[:-3])
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
