"""Table models of the Export page: deliveries (the outbox) and the roll-up comparison."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from hyrdesk.domain.numbers import NBSP, format_decimal, format_percent
from hyrdesk.services.delivery.service import OutboxItem
from hyrdesk.ui.shell.style import BAD, GOOD

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _when(iso: str | None) -> str:
    return (iso or "").replace("T", " ")[:16]


class DeliveriesModel(QAbstractTableModel):
    """Pending exports first, then delivered ones (``DeliveryService.recent``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[OutboxItem] = []
        self.headers = [
            QCoreApplication.translate("DeliveriesModel", "Fil"),
            QCoreApplication.translate("DeliveriesModel", "Status"),
            QCoreApplication.translate("DeliveriesModel", "Skapad"),
            QCoreApplication.translate("DeliveriesModel", "Försök"),
            QCoreApplication.translate("DeliveriesModel", "Levererad till, eller varför den väntar"),
        ]

    def set_items(self, items: list[OutboxItem]) -> None:
        """One row per file, in its latest state: a re-export of the same period writes the same
        file name, and two rows of one name read as two files."""
        latest: dict[str, OutboxItem] = {}
        for item in items:
            seen = latest.get(item.target_name)
            if seen is None or (item.created_at, item.id) > (seen.created_at, seen.id):
                latest[item.target_name] = item
        self.beginResetModel()
        self.items = [item for item in items if latest[item.target_name] is item]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, col = self.items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return item.target_name
            if col == 1:
                return (
                    QCoreApplication.translate("DeliveriesModel", "Väntar")
                    if item.pending
                    else QCoreApplication.translate("DeliveriesModel", "Levererad {0}").format(_when(item.delivered_at))
                )
            if col == 2:
                return _when(item.created_at)
            if col == 3:
                return str(item.attempts)
            return (item.last_error or "") if item.pending else (item.delivered_path or "")
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QColor(BAD if item.pending else GOOD)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


# Column kinds of the comparison view: how a value is shown.
TEXT, KR, PCT, HOURS, COUNT, NUMBER = "text", "kr", "pct", "hours", "count", "number"


def format_value(value, kind: str) -> str:
    if value is None:
        return "–" if kind != TEXT else ""
    if kind == KR:
        return f"{format_decimal(round(value))}{NBSP}kr"
    if kind == PCT:
        return format_percent(value, 1)
    if kind == HOURS:
        return format_decimal(value, 1)
    if kind == COUNT:
        return str(int(value))
    if kind == NUMBER:
        return format_decimal(value, 2)
    return str(value)


def format_rows(kinds: list[str], rows: list[list]) -> list[list[str]]:
    """Every cell as the comparison view shows it (pure: may run on a worker thread)."""
    return [[format_value(v, k) for v, k in zip(row, kinds)] for row in rows]


class ComparisonModel(QAbstractTableModel):
    """Units side by side (the roll-up), the last row bold (the total).

    ``notes`` maps (row, column) to why a cell is empty (the totals rule): shown as its tooltip.
    ``display``: the rows already formatted (``format_rows``, on a worker): a thousand units then
    cost the GUI thread nothing to show.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.kinds: list[str] = []
        self.rows: list[list] = []
        self.total_row = False
        self.notes: dict[tuple[int, int], str] = {}
        self.display: list[list[str]] = []
        self._bold: QFont | None = None

    def set_rows(
        self,
        headers: list[str],
        kinds: list[str],
        rows: list[list],
        total_row: bool = True,
        notes: dict[tuple[int, int], str] | None = None,
        display: list[list[str]] | None = None,
    ) -> None:
        self.beginResetModel()
        self.headers, self.kinds, self.rows, self.total_row = headers, kinds, rows, total_row
        self.notes = dict(notes or {})
        self.display = display if display is not None else format_rows(kinds, rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            note = self.notes.get((index.row(), index.column()))
            return note if note is not None else self.display[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self.kinds[index.column()] != TEXT else None
        if role == Qt.ItemDataRole.FontRole and self.total_row and index.row() == len(self.rows) - 1:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
