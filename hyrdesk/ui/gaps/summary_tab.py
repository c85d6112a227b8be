"""Sammanställning: hours per month by coverage or by cause, as a chart and a table.

Month attribution is the core's (domain.gap_summary): a gap spanning months
is split per day. The chart module (pyqtgraph) is imported the first time
the tab is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.gap_summary import GapSummary, Hours
from hyrdesk.domain.gaps import Cause, Coverage, format_hours
from hyrdesk.domain.numbers import NBSP, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.services.gaps.service import GapService
from hyrdesk.ui.gaps.form import date_edit
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.months import month_label


def wrap_header(text: str, width: int = 14) -> str:
    """Long labels on two lines, broken at the space nearest the middle."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


class SummaryModel(QAbstractTableModel):
    """One row per month and a total row; hours per coverage (or cause) and the hire share."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: GapSummary | None = None
        self.dimension = "coverage"

    def members(self):
        return list(Coverage) if self.dimension == "coverage" else list(Cause)

    def set_summary(self, summary: GapSummary, dimension: str) -> None:
        self.beginResetModel()
        self.summary, self.dimension = summary, dimension
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.summary is None else len(self.summary.months) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3 + len(self.members())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Månad")
        if section == 1:
            return self.tr("Totalt, h")
        if section == self.columnCount() - 1:
            return self.tr("Andel\nhyrpersonal")
        return wrap_header(choice_label(self.members()[section - 2]))

    def _row(self, row: int) -> tuple[str, Hours]:
        summary = self.summary
        assert summary is not None  # there are rows only with a summary
        months = summary.months
        if row < len(months):
            return month_label(months[row].period), months[row]
        return self.tr("Totalt"), summary.totals

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.summary is None:
            return None
        col, total_row = index.column(), index.row() == len(self.summary.months)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        label, hours = self._row(index.row())
        if col == 0:
            return label
        if col == 1:
            return format_hours(hours.total, 1)
        if col == self.columnCount() - 1:
            return format_percent(hours.hire_share_pct)
        member = self.members()[col - 2]
        values = hours.by_coverage if self.dimension == "coverage" else hours.by_cause
        return format_hours(values[member], 1)


class GapSummaryTab(QWidget):
    def __init__(self, gaps: GapService, parent: QWidget | None = None):
        super().__init__(parent)
        self.gaps = gaps
        self.unit = None
        self.chart = None
        self._dirty = True
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)

        controls = QHBoxLayout()
        self.first = self._month_edit(self.tr("Från månad"))
        self.last = self._month_edit(self.tr("Till månad"))
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("täckning"), "coverage")
        self.dimension.addItem(self.tr("orsak"), "cause")
        self.dimension.setAccessibleName(self.tr("Fördela timmarna per"))
        for text, widget in (
            (self.tr("&Från:"), self.first),
            (self.tr("&Till:"), self.last),
            (self.tr("Fördela &per:"), self.dimension),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
            controls.addSpacing(12)
        controls.addStretch(1)
        lay.addLayout(controls)
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 11pt;")
        self.headline.setWordWrap(True)
        lay.addWidget(self.headline)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chart_host = QWidget()
        QVBoxLayout(self.chart_host).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_host)
        self.model = SummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lucktimmar per månad"))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.splitter.addWidget(self.table)
        self.splitter.setSizes([360, 300])
        lay.addWidget(self.splitter, 1)
        note = QLabel(self.tr("En lucka över flera månader fördelas på månaderna efter antalet dagar i varje månad."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        lay.addWidget(note)

        for w in (self.first, self.last):
            w.dateChanged.connect(lambda _d: self.redraw())
        self.dimension.currentIndexChanged.connect(lambda _i: self.redraw())

    def _month_edit(self, name: str):
        edit = date_edit()
        edit.setDisplayFormat("yyyy-MM")
        edit.setAccessibleName(name)
        return edit

    def set_unit(self, unit) -> None:
        self.unit = unit
        # The last 12 months; for a unit whose gaps end earlier (an old log), its last 12 months with gaps.
        latest = self.gaps.latest_period(unit) if unit is not None else None
        last = min(Period.current(), latest) if latest is not None else Period.current()
        for edit, p in ((self.first, last - 11), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(p.year, p.month, 1))
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def period_range(self) -> tuple[Period, Period]:
        a, b = self.first.date(), self.last.date()
        first, last = Period(a.year(), a.month()), Period(b.year(), b.month())
        return (first, last) if first <= last else (last, first)

    def redraw(self) -> None:
        if self.unit is None:
            return
        self._dirty = False
        if self.chart is None:
            from hyrdesk.ui.gaps.chart import GapChart  # pyqtgraph: only once the summary is seen

            self.chart = GapChart()
            self.chart_host.layout().addWidget(self.chart)
        first, last = self.period_range()
        summary = self.gaps.summary(self.unit, first, last)
        dimension = self.dimension.currentData()
        self.model.set_summary(summary, dimension)
        self.chart.set_data(list(summary.months), dimension)
        hours = f"{format_hours(summary.total_minutes, 1)}{NBSP}h"
        if summary.total_minutes:
            self.headline.setText(
                self.tr(
                    "<b>{0}</b> lucktimmar {1} – {2} · <b>{3}</b> täckta av hyrpersonal · <b>{4}</b> ej täckta"
                ).format(
                    hours,
                    month_label(first),
                    month_label(last),
                    format_percent(summary.hire_share_pct),
                    f"{format_hours(summary.uncovered_minutes, 1)}{NBSP}h",
                )
            )
        else:
            self.headline.setText(
                self.tr("Inga luckor registrerade {0} – {1}.").format(month_label(first), month_label(last))
            )
