"""The year-to-date comparison table: one row per report group, Swedish number format."""

from __future__ import annotations

from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import GroupMeasures
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import NBSP, format_decimal, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.ui.shell.style import BAD, GOOD
from hyrdesk.ui.widgets.choice_labels import report_group_label
from hyrdesk.ui.widgets.months import month_label, month_long_label


def tkr(m: Money | None, signed: bool = False) -> str:
    if m is None:
        return "–"
    text = f"{format_decimal(m.sek / 1000, 0)}{NBSP}tkr"
    return f"+{text}" if signed and m.ore >= 50_000 else text


@overload
def exact(m: Money) -> str: ...
@overload
def exact(m: None) -> None: ...
def exact(m: Money | None) -> str | None:
    return None if m is None else m.format_kr(2 if m.ore % 100 else 0)


class YtdTableModel(QAbstractTableModel):
    """Columns: group, ack this year, ack last year, change kr, change %, the month, R12, ratio month, ratio R12."""

    COLUMNS = 9

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[GroupMeasures] = []
        self.period: Period | None = None
        self.target = None

    def set_rows(self, rows: list[GroupMeasures], period: Period | None, target) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.period = period
        self.target = target
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.period
        year, prev = (p.year, p.year - 1) if p else ("", "")
        month = month_label(p) if p else ""
        return [
            QCoreApplication.translate("YtdTableModel", "Rapportgrupp"),
            QCoreApplication.translate("YtdTableModel", "Ack {0}").format(year),
            QCoreApplication.translate("YtdTableModel", "Ack {0}").format(prev),
            QCoreApplication.translate("YtdTableModel", "Förändring"),
            QCoreApplication.translate("YtdTableModel", "Förändring %"),
            month,
            QCoreApplication.translate("YtdTableModel", "R12"),
            QCoreApplication.translate("YtdTableModel", "Andel {0}").format(month),
            QCoreApplication.translate("YtdTableModel", "Andel R12"),
        ][section]

    def _header_tip(self, section: int) -> str | None:
        p = self.period
        if p is None:
            return None
        return {
            1: QCoreApplication.translate("YtdTableModel", "Hyrkostnad januari–{0}").format(month_long_label(p)),
            2: QCoreApplication.translate("YtdTableModel", "Hyrkostnad januari–{0}").format(
                month_long_label(p.same_month_last_year())
            ),
            5: QCoreApplication.translate("YtdTableModel", "Hyrkostnad {0}").format(month_long_label(p)),
            6: QCoreApplication.translate("YtdTableModel", "Hyrkostnad för de 12 månaderna t.o.m. {0}").format(
                month_long_label(p)
            ),
            7: QCoreApplication.translate("YtdTableModel", "Hyrkostnad / kostnad för egen personal, {0}").format(
                month_long_label(p)
            ),
            8: QCoreApplication.translate(
                "YtdTableModel", "Hyrkostnad / kostnad för egen personal, 12 månader t.o.m. {0}"
            ).format(month_long_label(p)),
        }.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                report_group_label(m.group),
                tkr(m.ytd),
                tkr(m.ytd_prev),
                tkr(m.ytd_change, signed=True),
                _signed_pct(m.ytd_change_pct),
                tkr(m.hire),
                tkr(m.r12),
                format_percent(m.hire_ratio_pct, 2),
                format_percent(m.hire_ratio_r12_pct, 2),
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            value = [
                None,
                exact(m.ytd),
                exact(m.ytd_prev),
                exact(m.ytd_change),
                None,
                exact(m.hire),
                exact(m.r12),
                None,
                None,
            ][col]
            if value is None and col in (1, 2, 3, 5, 6):
                return QCoreApplication.translate("YtdTableModel", "Kan inte beräknas: någon månad saknar belopp.")
            if value is None and col in (7, 8):
                reason = m.hire_ratio_reason if col == 7 else m.hire_ratio_r12_reason
                if reason:
                    return QCoreApplication.translate("YtdTableModel", "Kan inte räknas: {0}.").format(reason)
                return QCoreApplication.translate("YtdTableModel", "Hyrkostnad delat med kostnad för egen personal.")
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and m.group == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (3, 4) and m.ytd_change is not None and m.ytd_change.ore:
                return QColor(GOOD if m.ytd_change.ore < 0 else BAD)
            if col in (7, 8) and self.target is not None:
                ratio = m.hire_ratio_pct if col == 7 else m.hire_ratio_r12_pct
                if ratio is not None:
                    return QColor(GOOD if ratio <= self.target else BAD)
        return None


def _signed_pct(value) -> str:
    if value is None:
        return "–"
    text = format_percent(value, 0)
    return f"+{text}" if value >= 0.5 else text
