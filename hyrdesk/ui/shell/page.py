"""What every page in the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.units import Unit

# Below this width left for the title, the header's buttons go on a row of their own.
_TITLE_MIN_WIDTH = 380


class Page(QWidget):
    """A page in the navigation. ``key`` is stable (used by shortcuts and tests).

    The page's content lives in a scroll area: on a small screen (1024×600) the page
    scrolls rather than squeezing its labels and buttons until they are cut.
    """

    key = ""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.unit: Unit | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_body = QWidget()
        self.scroll_body.setObjectName("page-body")
        self.scroll_area.setWidget(self.scroll_body)
        outer.addWidget(self.scroll_area)
        self.layout_ = QVBoxLayout(self.scroll_body)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(12)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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
        self.header.addLayout(titles, 1)
        self.header_actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.addLayout(self.header_actions)
        self.layout_.addLayout(self.header)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap_header()

    def _wrap_header(self) -> None:
        """Side by side when there is room, otherwise the buttons under the title."""
        needed = self.header_actions.sizeHint().width() + _TITLE_MIN_WIDTH
        margins = self.layout_.contentsMargins()
        room = self.scroll_area.viewport().width() - margins.left() - margins.right()
        wanted = QBoxLayout.Direction.LeftToRight if room >= needed else QBoxLayout.Direction.TopToBottom
        if self.header.direction() != wanted:
            self.header.setDirection(wanted)
            self.header_actions.setAlignment(
                Qt.AlignmentFlag.AlignLeft if wanted == QBoxLayout.Direction.TopToBottom else Qt.AlignmentFlag(0)
            )

    def focus_first_field(self) -> None:
        """Put the keyboard in the page's first field (in its current tab, if it has tabs)."""
        target = first_field(self.focus_area())
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_area(self) -> QWidget:
        """Where the first field is looked for: the open tab, or the whole page."""
        tabs = [t for t in self.findChildren(QTabWidget) if t.isVisibleTo(self)]
        if tabs and tabs[0].currentWidget() is not None:
            return tabs[0].currentWidget()
        return self.scroll_body

    def set_unit(self, unit: Unit | None) -> None:
        """Called when the user switches unit (and once at start)."""
        self.unit = unit
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows; called on unit change and after edits elsewhere."""


def first_field(area: QWidget) -> QWidget | None:
    """The first widget in ``area``'s tab order that takes the keyboard; inputs before buttons."""
    chain: list[QWidget] = []
    w = area.nextInFocusChain()
    seen = set()
    while w is not None and id(w) not in seen and w is not area:
        seen.add(id(w))
        if (
            area.isAncestorOf(w)
            and w.isVisibleTo(area)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w, QTabBar)
        ):
            chain.append(w)
        w = w.nextInFocusChain()
    inputs = [w for w in chain if not isinstance(w, QAbstractButton)]
    candidates = inputs or chain
    return candidates[0] if candidates else None
