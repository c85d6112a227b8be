"""A small read-only table of ready-made text (the review summaries and history)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont


class TextTableModel(QAbstractTableModel):
    """``rows`` are lists of display strings; ``numeric`` columns are right-aligned; ``bold_last`` for a total row."""

    def __init__(self, headers: list[str], numeric: AbstractSet[int] = frozenset(), parent=None):
        super().__init__(parent)
        self.headers = headers
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.payload: list[Any] = []
        self.bold_last = False

    def set_rows(self, rows: list[list[str]], payload: list[Any] | None = None, bold_last: bool = False) -> None:
        self.beginResetModel()
        self.rows = rows
        self.payload = payload or [None] * len(rows)
        self.bold_last = bold_last
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section in self.numeric
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.bold_last and index.row() == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None
