"""Importer: the log of ledger imports for the unit, and undoing one.

Undoing an import removes its figures and brings back those it replaced. It
is refused while a later import has replaced part of it (undo that one first).
Undoing here is not itself on the undo stack: it is the undo of an import,
for any import in the log. The import just made can also be taken back with
Redigera → Ångra (``import_command.ImportedLedgerCommand``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.costs.service import CostService, ImportRecord


class ImportsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[ImportRecord] = []

    def set_records(self, records: list[ImportRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ImportsModel", "Importerad"),
                QCoreApplication.translate("ImportsModel", "Fil"),
                QCoreApplication.translate("ImportsModel", "Månader"),
                QCoreApplication.translate("ImportsModel", "Rader"),
                QCoreApplication.translate("ImportsModel", "Ersatte"),
                QCoreApplication.translate("ImportsModel", "Status"),
            )[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            span = r.first_period if r.first_period == r.last_period else f"{r.first_period} – {r.last_period}"
            rows = QCoreApplication.translate(
                "ImportsModel", "{0} importerade, {1} avvisade, {2} hoppades över"
            ).format(r.rows_imported, r.rows_rejected, r.rows_skipped)
            if r.undone_at:
                status = QCoreApplication.translate("ImportsModel", "ångrad {0}").format(r.undone_at.replace("T", " "))
            elif r.replaced_by:
                status = QCoreApplication.translate("ImportsModel", "delvis ersatt av senare import")
            else:
                status = QCoreApplication.translate("ImportsModel", "gäller")
            replaced = QCoreApplication.translate("ImportsModel", "{0} belopp").format(r.replaced) if r.replaced else ""
            return (r.imported_at.replace("T", " "), r.file_name, span, rows, replaced, status)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return f"SHA-256 {r.sha256}"
        return None


class ImportsDialog(QDialog):
    def __init__(self, costs: CostService, unit: Unit, on_change=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.costs, self.unit, self.on_change = costs, unit, on_change
        self.setWindowTitle(self.tr("Importer för {0}").format(unit.code))
        self.resize(1000, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Varje import av ett ekonomiutdrag sparas här. En ny import av samma månad ersätter de tidigare beloppen för månaden; de ersatta beloppen sparas, så att en import kan ångras."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = ImportsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Importer"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Ångra importen…"))
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self.costs.imports(self.unit))
        if self.model.records:
            self.view.selectRow(0)
        self._update_buttons()

    def selected(self) -> ImportRecord | None:
        index = self.view.currentIndex()
        return self.model.records[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and record.undone_at is None)

    def undo_selected(self, confirm: bool = True) -> None:
        record = self.selected()
        if record is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Ångra importen"),
                self.tr("Ta bort beloppen från {0} och återställ det som importen ersatte?").format(record.file_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            message = self.costs.undo_import(self.unit, record.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Ångra importen"), exc.message)
            return
        self.reload()
        if self.on_change:
            self.on_change()
        if confirm:
            QMessageBox.information(self, self.tr("Ångra importen"), message)
