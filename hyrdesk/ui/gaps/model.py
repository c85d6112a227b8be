"""Table models over gaps.

``GapTableModel`` is lazy: it knows only how many gaps match the filter (one
SQL COUNT) and fetches the rows the view paints, a block of ``BLOCK`` rows at
a time, sorted and filtered by SQLite (storage.gaps). A handful of blocks is
kept, so scrolling back and forth does not query again, and a million rows
cost no more memory than a few hundred.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hyrdesk.domain.gaps import Gap, format_hours
from hyrdesk.services.gaps.service import GapFilter, GapService
from hyrdesk.ui.widgets.choice_labels import choice_label

BLOCK = 100
KEEP_BLOCKS = 64

# Column keys; a key is also the sort key where storage.gaps.SORT_COLUMNS has it.
COLUMNS = ("date", "shift", "weekend", "category", "hours", "cause", "coverage", "agency", "cost", "note")
SORTABLE = ("date", "shift", "category", "hours", "cause", "coverage", "agency", "cost")
_RIGHT = ("hours", "cost")


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("GapTableModel", "Datum"),
        QCoreApplication.translate("GapTableModel", "Pass"),
        QCoreApplication.translate("GapTableModel", "Helg"),
        QCoreApplication.translate("GapTableModel", "Yrkeskategori"),
        QCoreApplication.translate("GapTableModel", "Timmar"),
        QCoreApplication.translate("GapTableModel", "Orsak"),
        QCoreApplication.translate("GapTableModel", "Täckning"),
        QCoreApplication.translate("GapTableModel", "Bemanningsföretag"),
        QCoreApplication.translate("GapTableModel", "Kostnad"),
        QCoreApplication.translate("GapTableModel", "Anteckning"),
    ]


def date_span(gap: Gap) -> str:
    """``2024-03-05``, or a range as ``2024-03-05 – 03-18`` (the year once when it is the same)."""
    if gap.start == gap.end:
        return gap.start.isoformat()
    end = gap.end.isoformat()[5:] if gap.end.year == gap.start.year else gap.end.isoformat()
    return f"{gap.start.isoformat()} – {end}"


def cell_text(gap: Gap, key: str, category_names: dict[int, str]) -> str:
    if key == "date":
        return date_span(gap)
    if key == "shift":
        return choice_label(gap.shift)
    if key == "weekend":
        return QCoreApplication.translate("GapTableModel", "Helg") if gap.weekend else ""
    if key == "category":
        return category_names.get(gap.category_id, "?")
    if key == "hours":
        return format_hours(gap.minutes)
    if key == "cause":
        return choice_label(gap.cause)
    if key == "coverage":
        return choice_label(gap.coverage)
    if key == "agency":
        return gap.agency
    if key == "cost":
        return "" if gap.cost is None else gap.cost.format_kr()
    return gap.note


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_GAP = Qt.ItemDataRole.UserRole
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_COLUMNS = frozenset(COLUMNS.index(k) for k in _RIGHT)
_NOTE_COLUMN = COLUMNS.index("note")


class _GapColumns(QAbstractTableModel):
    """What both models share: the columns and how a gap is shown.

    A view asks ``data`` for every cell and role on every paint, so each row's
    texts are formatted once, when the row is read, and ``data`` only looks up.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = _headers()
        self.category_names: dict[int, str] = {}

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers[section]
        return None

    def row_at(self, row: int) -> tuple[Gap, list[str]] | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def formatted(self, gap: Gap) -> tuple[Gap, list[str]]:
        return gap, [cell_text(gap, key, self.category_names) for key in COLUMNS]

    def gap_at(self, row: int) -> Gap | None:
        found = self.row_at(row)
        return None if found is None else found[0]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == _DISPLAY:
            found = self.row_at(index.row())
            return None if found is None else found[1][index.column()]
        if role == _ALIGN:
            return _RIGHT_ALIGNED if index.column() in _RIGHT_COLUMNS else None
        if role == _TOOLTIP and index.column() == _NOTE_COLUMN:
            found = self.row_at(index.row())
            return (found[0].note or None) if found else None
        if role == _GAP:
            return self.gap_at(index.row())
        return None


class GapTableModel(_GapColumns):
    def __init__(self, gaps: GapService, parent=None):
        super().__init__(parent)
        self.gaps = gaps
        self.unit = None
        self.filter = GapFilter()
        self.sort_key = "date"
        self.descending = True
        self.total = 0
        self._blocks: OrderedDict[int, list[Gap]] = OrderedDict()
        self._texts: dict[int, tuple[Gap, list[str]]] = {}  # row → its gap and display texts

    # --- what is shown ------------------------------------------------------------------
    def set_unit(self, unit, category_names: dict[int, str]) -> None:
        self.unit = unit
        self.category_names = category_names
        self.reload()

    def set_filter(self, flt: GapFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def reload(self) -> None:
        """Count again and forget the fetched rows (after a change, or a new filter)."""
        self.beginResetModel()
        self._forget()
        self.total = self.gaps.count(self.unit, self.filter) if self.unit is not None else 0
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        if key not in SORTABLE:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()  # a reset, not a layout change: the selection is meaningless now
        self._forget()
        self.endResetModel()

    def sort_column(self) -> int:
        return COLUMNS.index(self.sort_key)

    # --- rows ----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.total

    def row_at(self, row: int) -> tuple[Gap, list[str]] | None:
        found = self._texts.get(row)
        if found is not None:
            return found
        if not 0 <= row < self.total or self.unit is None:
            return None
        block, offset = divmod(row, BLOCK)
        gaps = self._blocks.get(block)
        if gaps is None:
            gaps = self._blocks[block] = self.gaps.page(
                self.unit, self.filter, self.sort_key, self.descending, block * BLOCK, BLOCK
            )
            if len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
                self._texts.clear()  # rows of the dropped block must not outlive it
        else:
            self._blocks.move_to_end(block)
        if offset >= len(gaps):
            return None
        # Formatted when first shown, not when read: a sort or filter formats a screenful, not a block.
        found = self._texts[row] = self.formatted(gaps[offset])
        return found

    def _forget(self) -> None:
        self._blocks.clear()
        self._texts.clear()


class RecentGapsModel(_GapColumns):
    """The gaps registered in this session, newest first (they may have been undone since)."""

    def __init__(self, gaps: GapService, parent=None):
        super().__init__(parent)
        self.gaps = gaps
        self.ids: list[int] = []
        self.rows: list[tuple[Gap, list[str]]] = []

    def add(self, gap_id: int) -> None:
        # SQLite hands an undone gap's row id to the next one saved: the id is listed once,
        # for the gap it belongs to now (before, that gap was listed twice).
        self.ids = [gap_id] + [i for i in self.ids if i != gap_id]
        del self.ids[50:]
        self.reload()

    def clear(self) -> None:
        self.ids = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        by_id = {g.id: g for g in self.gaps.get_many(self.ids)}
        self.rows = [self.formatted(by_id[i]) for i in self.ids if i in by_id]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def row_at(self, row: int) -> tuple[Gap, list[str]] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
