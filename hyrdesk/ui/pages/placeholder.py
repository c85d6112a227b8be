"""A page whose feature is not built yet: it says what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from .base import Page


class PlaceholderPage(Page):
    def __init__(self, key: str, icon_name: str, title: str, subtitle: str, points: list[str]):
        super().__init__(title, subtitle)
        self.key = key
        self.icon_name = icon_name
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        lead = QLabel(self.tr("Här kommer du att kunna:"))
        lead.setStyleSheet("font-weight: 600;")
        inner.addWidget(lead)
        for point in points:
            label = QLabel(f"•  {point}")
            label.setWordWrap(True)
            inner.addWidget(label)
        note = QLabel(self.tr("Den här delen ingår i en kommande version av hyrdesk."))
        note.setProperty("role", "muted")
        inner.addSpacing(8)
        inner.addWidget(note)
        self.layout_.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addStretch(1)
