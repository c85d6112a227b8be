"""Alla luckor: filter, sort, change and remove gaps, however many there are.

The table is a lazy model (model.GapTableModel): filtering and sorting run
in SQLite, and only the rows on screen are read. Free text is applied a
moment after the last keystroke, not on every key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.gaps import Cause, Coverage, Shift
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.services.gaps.service import GapFilter, GapService
from hyrdesk.ui.gaps.form import current
from hyrdesk.ui.gaps.model import COLUMNS, SORTABLE, GapTableModel
from hyrdesk.ui.widgets.choice_labels import choice_labels
from hyrdesk.ui.widgets.date_field import DateField

MAX_DELETE = 5000
TEXT_DELAY_MS = 300
_ONE_ROW_WIDTH = 900


def narrow_combo() -> QComboBox:
    """A combo box that does not grow to its longest item (the list still shows it in full)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(13)
    return combo


class BrowseTab(QWidget):
    edit_requested = Signal(object)  # a Gap
    delete_requested = Signal(list)  # gap ids

    def __init__(self, gaps: GapService, parent: QWidget | None = None):
        super().__init__(parent)
        self.gaps = gaps
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        self.first = self._date_filter(self.tr("Från datum"))
        self.last = self._date_filter(self.tr("Till datum"))
        self.category = narrow_combo()
        self.category.setAccessibleName(self.tr("Yrkeskategori"))
        self.cause = self._choice_filter(Cause, self.tr("Alla orsaker"), self.tr("Orsak"))
        self.coverage = self._choice_filter(Coverage, self.tr("Alla täckningar"), self.tr("Täckning"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Sök i anteckning och bemanningsföretag"))
        self.text.setAccessibleName(self.tr("Fritext"))
        self.text.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Ren&sa filter"))
        self.clear_button.clicked.connect(self.clear_filters)
        self._filters = filters
        self._filter_pairs = []
        for text, widget in (
            (self.tr("&Från:"), self.first),
            (self.tr("&Till:"), self.last),
            (self.tr("&Yrkeskategori:"), self.category),
            (self.tr("&Orsak:"), self.cause),
            (self.tr("Täc&kning:"), self.coverage),
            (self.tr("S&ök:"), self.text),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            self._filter_pairs.append((label, widget))
        self._filter_columns = 0
        self._place_filters(3)  # six once the tab is shown wide enough (resizeEvent)
        lay.addLayout(filters)
        self.date_error = QLabel()  # a typed filter date that is not a whole date
        self.date_error.setProperty("role", "field-error")
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        lay.addWidget(self.date_error)
        for field in (self.first, self.last):
            field.problem_changed.connect(self._date_problem)

        self.model = GapTableModel(gaps, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Bemanningsluckor"))
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Fixed row heights and column widths: the view never measures a million rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = self.view.fontMetrics()
        shifts = [label for label, _key in choice_labels(Shift)]
        for key, samples in (
            ("date", ["2024-12-30 – 01-12"]),
            ("shift", shifts),
            ("weekend", [QCoreApplication.translate("GapTableModel", "Helg")]),
            ("category", ["Undersköterska"]),
            ("hours", ["Timmar"]),
            ("cause", ["Oplanerad frånvaro"]),
            ("coverage", ["Egen personal (övertid/mertid)"]),
            ("agency", ["Bemanningsföretag AB"]),
            ("cost", ["12 345 kr"]),
        ):
            # Wide enough for the header and the values in the UI language ("Evening", "Weekend").
            column = COLUMNS.index(key)
            header_text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(fm.horizontalAdvance(t) for t in [*samples, header_text]) + 20
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._activated)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.view,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        lay.addWidget(self.view, 1)

        footer = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        footer.addWidget(self.count_label, 1)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Ta &bort"))
        self.delete_button.setToolTip(self.tr("Ta bort de markerade luckorna (Delete). Kan ångras med Ctrl+Z."))
        self.delete_button.clicked.connect(self.delete_selected)
        footer.addWidget(self.edit_button)
        footer.addWidget(self.delete_button)
        lay.addLayout(footer)
        self.message = QLabel()
        self.message.setProperty("role", "field-error")
        self.message.hide()
        lay.addWidget(self.message)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())
        for w in (self.category, self.cause, self.coverage):
            w.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for date_field in (self.first, self.last):
            date_field.dateChanged.connect(lambda _d: self.apply_filter())

    # --- building ------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Six filters side by side need about 900 px; a narrower window gets two rows of three.
        self._place_filters(6 if self.width() >= _ONE_ROW_WIDTH else 3)

    def _place_filters(self, columns: int) -> None:
        if columns == self._filter_columns:
            return
        self._filter_columns = columns
        grid = self._filters
        for label, widget in self._filter_pairs:
            grid.removeWidget(label)
            grid.removeWidget(widget)
        grid.removeWidget(self.clear_button)
        for c in range(7):
            grid.setColumnStretch(c, 0)
        for i, (label, widget) in enumerate(self._filter_pairs):
            row, col = divmod(i, columns)
            grid.addWidget(label, 2 * row, col)
            grid.addWidget(widget, 2 * row + 1, col)
        grid.addWidget(self.clear_button, 2 * ((len(self._filter_pairs) - 1) // columns) + 1, columns)
        grid.setColumnStretch(columns - 1, 1)

    def _date_filter(self, name: str) -> DateField:
        edit = DateField(allow_empty=True)  # empty ("–"): no limit
        edit.setAccessibleName(name)
        return edit

    def _date_problem(self, _message: str) -> None:
        text = " ".join(m for m in (self.first.problem(), self.last.problem()) if m)
        self.date_error.setText(text)
        self.date_error.setVisible(bool(text))

    def _choice_filter(self, enum, all_text: str, name: str) -> QComboBox:
        combo = narrow_combo()
        combo.addItem(all_text, None)
        for label, key in choice_labels(enum):
            combo.addItem(label, key)
        combo.setAccessibleName(name)
        return combo

    # --- data ---------------------------------------------------------------------------------------
    def set_unit(self, unit, categories, category_names) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Alla yrkeskategorier"), None)
        for c in categories:
            self.category.addItem(c.name, c.id)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0) if chosen is not None else 0)
        self.category.blockSignals(False)
        self.model.filter = self.current_filter()
        self.model.set_unit(unit, category_names)
        self._update_count()

    def current_filter(self) -> GapFilter:
        return GapFilter(
            first=self.first.value(),
            last=self.last.value(),
            category_id=self.category.currentData(),
            cause=current(self.cause, Cause),
            coverage=current(self.coverage, Coverage),
            text=self.text.text().strip(),
        )

    def apply_filter(self) -> None:
        self._text_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def reload(self) -> None:
        """After a change: count again and show fresh rows, keeping the scroll position."""
        scroll = self.view.verticalScrollBar().value()
        self.model.reload()
        self.view.verticalScrollBar().setValue(scroll)
        self._update_count()

    def clear_filters(self) -> None:
        for w in (self.first, self.last, self.category, self.cause, self.coverage, self.text):
            w.blockSignals(True)
        self.first.setDate(None)
        self.last.setDate(None)
        for combo in (self.category, self.cause, self.coverage):
            combo.setCurrentIndex(0)
        self.text.clear()
        for w in (self.first, self.last, self.category, self.cause, self.coverage, self.text):
            w.blockSignals(False)
        self.apply_filter()

    def _update_count(self) -> None:
        n = self.model.total
        filtered = self.current_filter() != GapFilter()
        text = self.tr("{0} luckor").format(format_decimal(n)) if n != 1 else self.tr("1 lucka")
        if filtered:
            text += self.tr(" matchar filtret")
        self.count_label.setText(text)
        self.edit_button.setEnabled(n > 0)
        self.delete_button.setEnabled(n > 0)

    def _sort_changed(self, column: int, order) -> None:
        if COLUMNS[column] not in SORTABLE:  # helg and notes are not sortable: keep the current order
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    # --- actions ----------------------------------------------------------------------------------
    def _activated(self, index) -> None:
        gap = self.model.gap_at(index.row())
        if gap is not None:
            self.edit_requested.emit(gap)

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._activated(index)

    def selected_ids(self) -> list[int] | None:
        """The ids of the selected gaps; None when too many are selected to delete at once."""
        ranges = self.view.selectionModel().selection()
        rows: set[int] = set()
        for r in (ranges.at(i) for i in range(ranges.count())):
            if len(rows) + (r.bottom() - r.top() + 1) > MAX_DELETE:
                return None
            rows.update(range(r.top(), r.bottom() + 1))
        if not rows and self.view.currentIndex().isValid():
            rows.add(self.view.currentIndex().row())
        gaps = (self.model.gap_at(r) for r in sorted(rows))
        return [g.id for g in gaps if g is not None and g.id is not None]  # shown gaps are saved ones

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids is None:
            self.message.setText(
                self.tr("Markera högst {0} luckor åt gången för att ta bort dem.").format(format_decimal(MAX_DELETE))
            )
            self.message.show()
            return
        self.message.hide()
        if ids:
            self.delete_requested.emit(ids)
