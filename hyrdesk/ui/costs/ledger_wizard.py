"""The shared import wizard, plus what a ledger needs: cost centres to choose and missing accounts to add.

The preview lists every cost centre in the file with its rows and amounts.
The unit's own are ticked and stay ticked; another is imported only when the
user ticks it. A file without a cost-centre column is imported only after
the user ticks that the whole file is the unit's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hyrdesk.services.container import Services
from hyrdesk.ui.costs.accounts_dialog import AccountsDialog
from hyrdesk.ui.widgets.import_wizard import ImportWizard


class LedgerImportWizard(ImportWizard):
    def __init__(self, importer, services: Services, runner, undo_stack, parent=None):
        super().__init__(importer, services.settings, runner, parent)
        self.services = services
        self.undo_stack = undo_stack
        preview_step = self.steps.widget(1)
        lay = preview_step.layout() if preview_step is not None else None
        assert isinstance(lay, QVBoxLayout)  # the preview step is built with one
        self.centres_label = QLabel(
            self.tr("Kostnadsställen i filen. Bara markerade importeras; enhetens egna ({0}) är alltid med.").format(
                ", ".join(importer.unit.centres)
            )
        )
        self.centres_label.setWordWrap(True)
        self.centre_table = QTableWidget(0, 4)
        self.centre_table.setHorizontalHeaderLabels(
            [self.tr("Kostnadsställe"), self.tr("Rader"), self.tr("Hyrkostnad"), self.tr("Egen personal")]
        )
        self.centre_table.setAccessibleName(self.tr("Kostnadsställen i filen"))
        self.centre_table.verticalHeader().hide()
        self.centre_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.centre_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.centre_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.centre_table.horizontalHeader().setStretchLastSection(False)
        self.centre_table.setMaximumHeight(160)
        self.centre_table.itemChanged.connect(self._centre_ticked)
        self.whole_file_box = QCheckBox()
        self.whole_file_box.toggled.connect(self._whole_file_toggled)
        for i, widget in enumerate((self.centres_label, self.centre_table, self.whole_file_box)):
            lay.insertWidget(2 + i, widget)
        self.add_accounts_button = QPushButton(self.tr("&Lägg till saknade konton…"))
        self.add_accounts_button.clicked.connect(self.add_missing_accounts)
        self.add_accounts_button.hide()
        lay.addWidget(self.add_accounts_button)
        lay.addStretch(0)  # takes the room when no rejected rows are listed (see _previewed)
        self._preview_layout = lay

    def unknown_accounts(self) -> list[int]:
        return list(self.preview.context.get("unknown_accounts", {})) if self.preview else []

    def _previewed(self, preview) -> None:
        super()._previewed(preview)
        self.add_accounts_button.setVisible(bool(self.unknown_accounts()))
        self._preview_layout.setStretch(self._preview_layout.count() - 1, 0 if preview.rejected else 1)
        has_centre = bool(preview.context.get("has_centre"))
        self._fill_centres(preview if has_centre else None)
        needs_word = bool(preview.context.get("needs_whole_file"))
        self.whole_file_box.setVisible(needs_word)
        self.whole_file_box.setText(
            self.tr("Hela filen gäller {0} (filen har ingen kolumn för kostnadsställe)").format(
                self.importer.unit.display
            )
        )
        self.whole_file_box.blockSignals(True)
        self.whole_file_box.setChecked(self.importer.whole_file)
        self.whole_file_box.blockSignals(False)
        self._update_import_button()

    def _fill_centres(self, preview) -> None:
        counts = self.importer.centre_counts(preview) if preview is not None else []
        self.centres_label.setVisible(bool(counts))
        self.centre_table.setVisible(bool(counts))
        self.centre_table.blockSignals(True)
        self.centre_table.setRowCount(len(counts))
        for row, c in enumerate(counts):
            name = QTableWidgetItem(c.code + (self.tr(" (enhetens)") if c.units else ""))
            name.setData(Qt.ItemDataRole.UserRole, c.code)
            flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if not c.units else Qt.ItemFlag(0))
            name.setFlags(flags)
            name.setCheckState(Qt.CheckState.Checked if c.chosen else Qt.CheckState.Unchecked)
            self.centre_table.setItem(row, 0, name)
            for col, text in enumerate((str(c.rows), c.hire.format_kr(), c.own.format_kr()), start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.centre_table.setItem(row, col, item)
        self.centre_table.blockSignals(False)

    def ticked_centres(self) -> list[str]:
        items = (self.centre_table.item(r, 0) for r in range(self.centre_table.rowCount()))
        return [
            i.data(Qt.ItemDataRole.UserRole) for i in items if i is not None and i.checkState() == Qt.CheckState.Checked
        ]

    def _centre_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or self.preview is None:
            return
        preview = self.importer.choose_centres(self.preview, self.ticked_centres())
        self._previewed(preview)

    def _whole_file_toggled(self, checked: bool) -> None:
        self.importer.whole_file = checked
        self._update_import_button()

    def _update_import_button(self) -> None:
        if self.steps.currentIndex() != 1 or self.preview is None:
            return
        confirmed = not self.preview.context.get("needs_whole_file") or self.importer.whole_file
        self.next_button.setEnabled(bool(self.preview.records) and confirmed)

    def add_missing_accounts(self) -> None:
        dialog = AccountsDialog(
            self.services.costs.accounts, self.services.units, self.undo_stack, self.unknown_accounts(), parent=self
        )
        dialog.exec()
        self._run_preview()  # the table changed: check the rows again
