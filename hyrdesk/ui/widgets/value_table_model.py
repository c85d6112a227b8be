"""A read-only table of raw values (cells read from a file, small result lists), shown as text."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hyrdesk.domain.numbers import format_decimal


def display_text(value: Any) -> str:
    """How a raw cell from a file is shown in a preview."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "sant" if value else "falskt"
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return format_decimal(value, 2) if value != int(value) else format_decimal(int(value))
    if isinstance(value, int):
        return str(value)
    return str(value)


class ValueTableModel(QAbstractTableModel):
    """Rows of raw values, each shown by ``display_text``; numbers right-aligned.

    ``row_numbers`` label the rows (e.g. the row numbers of the file); default 1, 2, 3…
    """

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Any]] = (), row_numbers=None, parent=None):
        super().__init__(parent)
        self.set_rows(headers, rows, row_numbers)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], row_numbers=None) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._numbers = list(row_numbers) if row_numbers is not None else None
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(value)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else ""
        return str(self._numbers[section] if self._numbers else section + 1)


class FiguresTableModel(ValueTableModel):
    """A report table: text in the first columns, figures right-aligned from ``first_figure`` on."""

    def __init__(self, first_figure: int = 1):
        super().__init__([])
        self.first_figure = first_figure

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.first_figure:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
