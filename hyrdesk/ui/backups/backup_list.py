"""The list of backups, shared by the two dialogs that restore one.

Arkiv → Säkerhetskopior… (``dialogs/backups_dialog.py``) and the start-up
recovery dialog (``recovery.py``) show the same table of copies (newest
first, double-click restores), ask the same way before a restore and report
what it did in the same words. Their own texts (why, what happens) stay in
each dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.services.backups.service import Backup, RestoreResult


def size_text(size: int) -> str:
    if size < 1_000_000:
        return f"{format_decimal(max(size, 1) / 1000, 0)} kB"
    return f"{format_decimal(size / 1_000_000, 1)} MB"


def created_text(backup: Backup) -> str:
    """When the copy was made, as the list and the confirmations show it."""
    return f"{backup.created:%Y-%m-%d %H:%M}"


class BackupModel(QAbstractTableModel):
    """The copies in the backups folder, newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Backup] = []
        self._headers = [self.tr("Datum"), self.tr("Slag"), self.tr("Storlek"), self.tr("Fil")]

    def set_backups(self, rows: list[Backup]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> Backup:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (created_text(b), b.label, size_text(b.size), b.name)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def backup_table(
    model: BackupModel, name: str, on_restore: Callable[[], None], parent: QWidget | None = None
) -> QTableView:
    """The table of copies (accessible as ``name``); the newest is selected, a double-click restores."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if model.rowCount():
        view.selectRow(0)
    view.doubleClicked.connect(lambda _index: on_restore())
    return view


def selected_backup(view: QTableView | None, model: BackupModel) -> Backup | None:
    if view is None:
        return None
    rows = view.selectionModel().selectedRows()
    return model.backup(rows[0].row()) if rows else None


def restore_summary(result: RestoreResult) -> str:
    """What a restore did, for the user (GUI wording of backups.describe_restore)."""
    text = QCoreApplication.translate("backups", "Databasen är återställd från {0}.").format(result.backup.name)
    if result.safety_copy is not None:
        text += " " + QCoreApplication.translate(
            "backups", "Den tidigare databasen sparades som säkerhetskopian {0}."
        ).format(result.safety_copy.name)
    if result.moved_aside is not None:
        text += " " + QCoreApplication.translate(
            "backups", "Den skadade databasen flyttades undan till {0} och finns kvar."
        ).format(result.moved_aside)
    return text


class BackupDialog(QDialog):
    """Base of the dialogs that restore a backup: their questions and messages.

    Methods rather than functions so that tests can replace them (a modal
    message box blocks an offscreen test).
    """

    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def inform(self, title: str, text: str, warning: bool = False) -> None:
        (QMessageBox.warning if warning else QMessageBox.information)(self, title, text)
