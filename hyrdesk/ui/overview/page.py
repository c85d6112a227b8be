"""Översikt: the unit at a glance and where to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hyrdesk.services.container import Services
from hyrdesk.services.overview.figures import key_figures
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.style import BAD, GOOD, WARN
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.choice_labels import choice_label

_CARD_MIN_WIDTH = 200
_CARD_COMFORT_WIDTH = 270  # below this a row holds one card fewer

# How a figure's assessment looks (none: the normal text colour) ...
ASSESSMENT_COLOURS = {
    Assessment.BETTER: GOOD,
    Assessment.WITHIN_TARGET: GOOD,
    Assessment.WORSE: BAD,
    Assessment.OVER_TARGET: BAD,
    Assessment.ATTENTION: WARN,
}
# ... and the page a click on its card opens.
FEATURE_PAGES = {
    Feature.COSTS: "costs",
    Feature.GAPS: "gaps",
    Feature.REVIEWS: "review",
    Feature.ACTIONS: "actions",
    Feature.FOLLOWUP: "followup",
    Feature.AGREEMENT: "hire",
}


class FigureCard(QFrame):
    clicked = Signal(str)

    def __init__(self, figure: KeyFigure, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.setProperty("role", "card")
        self.setMinimumWidth(_CARD_MIN_WIDTH)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        title = QLabel(figure.title)
        title.setProperty("role", "card-title")
        title.setWordWrap(True)
        value = QLabel(figure.value)
        value.setProperty("role", "card-value")
        colour = ASSESSMENT_COLOURS.get(figure.assessment)
        if colour:
            value.setStyleSheet(f"color: {colour};")
        lay.addWidget(title)
        lay.addWidget(value)
        if figure.detail:
            detail = QLabel(figure.detail)
            detail.setProperty("role", "card-detail")
            detail.setWordWrap(True)
            lay.addWidget(detail)
        lay.addStretch(1)
        self.setAccessibleName(f"{figure.title}: {figure.value}")
        self.setAccessibleDescription(figure.detail or "")
        # Every card takes the keyboard (its figure is read out); one that leads to a
        # page opens it with Enter or Space, as a click does.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page = FEATURE_PAGES.get(figure.feature)
        if self.page:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:
        if self.page:
            self.clicked.emit(self.page)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.page and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.page)
            return
        super().keyPressEvent(event)


class OverviewPage(Page):
    key = "overview"
    open_page = Signal(str)

    def __init__(self, services: Services, shortcuts: list[tuple[str, str, str]]):
        """``shortcuts``: (page key, button text, explanation) for the "Kom igång" list."""
        super().__init__(page_title(self.key), "")
        self.services = services
        self.cards_host = QWidget()
        self.cards = QGridLayout(self.cards_host)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.cards.setSpacing(12)
        self._columns = 0
        self.layout_.addWidget(self.cards_host)
        self.empty_label = QLabel(
            self.tr("Nyckeltalen visas här när du har registrerat bemanningsluckor och hyrkostnader.")
        )
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.layout_.addWidget(self.empty_label)

        start = QFrame()
        start.setProperty("role", "card")
        grid = QGridLayout(start)
        grid.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(self.tr("Kom igång"))
        heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        grid.addWidget(heading, 0, 0, 1, 2)
        self.shortcut_buttons: list[QPushButton] = []
        for row, (key, text, explanation) in enumerate(shortcuts, start=1):
            button = QPushButton(text)
            self.shortcut_buttons.append(button)
            button.setMinimumWidth(200)
            button.clicked.connect(lambda _=False, k=key: self.open_page.emit(k))
            grid.addWidget(button, row, 0)
            label = QLabel(explanation)
            label.setWordWrap(True)
            label.setProperty("role", "muted")
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addWidget(start)
        self.layout_.addStretch(1)

    def columns_for(self, width: int) -> int:
        """Three cards a row when they fit at their minimum width, else two (one when very narrow)."""
        for columns in (3, 2):
            if width >= columns * _CARD_COMFORT_WIDTH + (columns - 1) * self.cards.spacing():
                return columns
        return 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def _card_widgets(self) -> list[QWidget]:
        items = [self.cards.itemAt(i) for i in range(self.cards.count())]
        return [w for w in (item.widget() if item is not None else None for item in items) if w is not None]

    def _place_cards(self) -> None:
        cards = self._card_widgets()
        columns = self.columns_for(self.cards_host.width() or self.width())
        if cards and self._columns == columns:
            return
        self._columns = columns
        for card in cards:
            self.cards.removeWidget(card)
        for c in range(3):
            self.cards.setColumnStretch(c, 1 if c < columns else 0)
        for i, card in enumerate(cards):
            self.cards.addWidget(card, i // columns, i % columns)

    def showEvent(self, event) -> None:
        # Other pages change the figures (an import, a manual entry): recount when shown.
        super().showEvent(event)
        if self.unit is not None:
            self.refresh()

    def refresh(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            assert item is not None  # count() says there is one
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: a hidden card cannot keep (or get) the focus
                widget.deleteLater()
        if self.unit is None:
            self.subtitle_label.setText("")
            return
        self.subtitle_label.setText(f"{self.unit.name} · {self.unit.code} · {choice_label(self.unit.care_area)}")
        figures = key_figures(self.services, self.unit)
        for figure in figures:
            card = FigureCard(figure)
            card.clicked.connect(self.open_page.emit)
            self.cards.addWidget(card)
        self._columns = 0
        self._place_cards()
        # The cards are made after the "Kom igång" buttons: put them first in the Tab order.
        chain: list[QWidget] = [*self._card_widgets(), *self.shortcut_buttons]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.empty_label.setVisible(not figures)
