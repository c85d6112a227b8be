"""What every page in the main window has in common."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hyrdesk.domain.units import Unit


class Page(QWidget):
    """A page in the navigation. ``key`` is stable (used by shortcuts and tests)."""

    key = ""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.unit: Unit | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(12)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        heading = QLabel(title)
        heading.setProperty("role", "page-title")
        heading.setAccessibleName(title)
        titles.addWidget(heading)
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setProperty("role", "page-subtitle")
        self.subtitle_label.setWordWrap(True)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        self.header_actions = QHBoxLayout()
        header.addLayout(self.header_actions)
        self.layout_.addLayout(header)

    def set_unit(self, unit: Unit | None) -> None:
        """Called when the user switches unit (and once at start)."""
        self.unit = unit
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows; called on unit change and after edits elsewhere."""
