"""The import wizard every spreadsheet import shares.

Choose a file → map columns (guessed or remembered from earlier imports that
were saved, with a preview of the file) → preview what will be imported and every rejected row with its row
number and reason → import. Reading and previewing run off the GUI thread
with progress and Avbryt; nothing is saved until the user presses Importera,
and then in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.errors import UserError
from hyrdesk.files.tabular import Table, read_table
from hyrdesk.services.importing.importer import ColumnMapping, ImportPreview, MappingMemory
from hyrdesk.services.settings import SettingsService
from hyrdesk.ui.runtime import heap
from hyrdesk.ui.widgets.value_table_model import ValueTableModel

PREVIEW_ROWS = 12


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def choose_import_file(parent: QWidget, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", parent.tr("Kalkylblad (*.xlsx *.csv *.txt);;Alla filer (*)")
    )
    return Path(path) if path else None


class ImportWizard(QDialog):
    """``imported`` is emitted with the importer's result sentence after a successful import."""

    imported = Signal(str)

    def __init__(self, importer, settings: SettingsService, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.importer = importer
        self.runner = runner
        self.memory = MappingMemory(settings)
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self._mapping: ColumnMapping | None = None
        self.combos: dict[str, QComboBox] = {}
        self.setWindowTitle(importer.title)
        self.resize(860, 600)
        # The wizard holds a whole table and its preview: it goes when it is closed, and then
        # the heap is walked once for what bulk work froze (ui/runtime/heap.py).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destroyed.connect(lambda: QTimer.singleShot(0, heap.release))

        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "page-subtitle")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_mapping_step())
        self.steps.addWidget(self._build_preview_step())
        lay.addWidget(self.steps, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Tillbaka"))
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("&Förhandsgranska"))
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        lay.addLayout(buttons)
        self._show_step(0)

    # --- building ---------------------------------------------------------------------
    def _build_mapping_step(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Ange vilken kolumn i filen som innehåller vad. Kolumner med kända namn är redan valda; hyrdesk kommer ihåg valet till nästa fil med samma kolumner."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.form = QFormLayout()
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.setAccessibleName(self.tr("Rubrikrad"))
        self.header_spin.valueChanged.connect(self._header_row_changed)
        self.form.addRow(self.tr("&Rubrikrad:"), self.header_spin)
        lay.addLayout(self.form)
        self.mapping_error = QLabel()
        self.mapping_error.setProperty("role", "field-error")
        self.mapping_error.setWordWrap(True)
        lay.addWidget(self.mapping_error)
        lay.addWidget(QLabel(self.tr("Filens första rader:")))
        self.file_model = ValueTableModel([])
        self.file_view = QTableView()
        self.file_view.setModel(self.file_model)
        self.file_view.setAccessibleName(self.tr("Förhandsvisning av filen"))
        self.file_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.file_view, 1)
        return page

    def _build_preview_step(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "muted")
        lay.addWidget(self.notes)
        self.rejected_label = QLabel(self.tr("Rader som inte importeras:"))
        lay.addWidget(self.rejected_label)
        self.rejected_model = ValueTableModel([self.tr("Rad"), self.tr("Orsak")])
        self.rejected_view = QTableView()
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.verticalHeader().hide()
        self.rejected_view.setAccessibleName(self.tr("Avvisade rader"))
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.rejected_view, 1)
        return page

    # --- flow ---------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        """Read ``path`` off the GUI thread, then show the mapping step."""
        self.heading.setText(self.tr("Fil: {0}").format(path.name))
        self.runner.run(
            self,
            self.tr("Läser {0}…").format(path.name),
            lambda progress: read_table(path, progress=progress),
            self._file_read,
            self._failed,
        )

    def _file_read(self, table: Table) -> None:
        if not table.rows:
            self._failed(UserError(self.tr("Filen {0} innehåller inga rader.").format(table.name)))
            return
        self.table = table
        mapping = self.memory.recall(self.importer.kind, table, self.importer.fields())
        self._build_combos()
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(len(table.rows))
        self.header_spin.setValue(mapping.header_row + 1)
        self.header_spin.blockSignals(False)
        self._fill_combos(mapping)
        self._show_step(0)
        if not self.isVisible():
            self.open()  # window-modal, without blocking the caller

    def _build_combos(self) -> None:
        if self.combos:
            return
        for f in self.importer.fields():
            combo = QComboBox()
            combo.setAccessibleName(f.label)
            label = f.label + ("" if f.required else self.tr(" (valfri)")) + ":"
            self.form.addRow(label, combo)
            self.combos[f.key] = combo

    def _headers(self, header_row: int) -> list:
        return self.table.rows[header_row] if self.table and header_row < len(self.table.rows) else []

    def _fill_combos(self, mapping: ColumnMapping) -> None:
        table = self.table
        assert table is not None  # columns are chosen after the file is read
        headers = self._headers(mapping.header_row)
        width = max((len(r) for r in table.rows[: mapping.header_row + PREVIEW_ROWS + 1]), default=0)
        labels = [
            f"{column_letter(i)}: {headers[i] if i < len(headers) and headers[i] is not None else ''}"
            for i in range(width)
        ]
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("– ingen –"), None)
            for i, text in enumerate(labels):
                combo.addItem(text, i)
            chosen = mapping.columns.get(key)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        first = mapping.header_row + 1
        rows = table.rows[first : first + PREVIEW_ROWS]
        self.file_model.set_rows(labels, rows, row_numbers=range(first + 1, first + 1 + len(rows)))
        self.mapping_error.clear()

    def _header_row_changed(self, value: int) -> None:
        self._fill_combos(ColumnMapping(value - 1, self.current_mapping().columns))

    def current_mapping(self) -> ColumnMapping:
        columns = {k: c.currentData() for k, c in self.combos.items() if c.currentData() is not None}
        return ColumnMapping(self.header_spin.value() - 1, columns)

    def _next(self) -> None:
        if self.steps.currentIndex() == 0:
            self._run_preview()
        else:
            self._commit()

    def _back(self) -> None:
        self._show_step(0)

    def _run_preview(self) -> None:
        mapping = self.current_mapping()
        missing = mapping.missing(self.importer.fields())
        if missing:
            self.mapping_error.setText(self.tr("Välj en kolumn för: {0}").format(", ".join(f.label for f in missing)))
            return
        used = list(mapping.columns.values())
        if len(used) != len(set(used)):
            self.mapping_error.setText(self.tr("Samma kolumn är vald för flera fält."))
            return
        self._mapping = mapping  # remembered for files of this shape only when the import is saved
        table = self.table
        assert table is not None  # as in _fill_combos
        self.runner.run(
            self,
            self.tr("Kontrollerar raderna…"),
            lambda progress: self.importer.preview(table, mapping, progress),
            self._previewed,
            self._failed,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.summary.setText(preview.summary)
        self.notes.setText("\n".join(preview.notes))
        self.notes.setVisible(bool(preview.notes))
        self.rejected_model.set_rows(
            [self.tr("Rad"), self.tr("Orsak")], [(r.row_number, r.reason) for r in preview.rejected]
        )
        self.rejected_view.resizeColumnToContents(0)
        self.rejected_label.setVisible(bool(preview.rejected))
        self.rejected_view.setVisible(bool(preview.rejected))
        self._show_step(1)

    def _commit(self) -> None:
        try:
            message = self.importer.commit(self.preview)
        except UserError as exc:
            self._failed(exc)
            return
        if self.table is not None and self._mapping is not None:
            self.memory.remember(self.importer.kind, self.table, self._mapping)
        self.imported.emit(message)
        QMessageBox.information(self, self.importer.title, message)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        text = exc.message if isinstance(exc, UserError) else self.tr("Importen misslyckades: {0}").format(exc)
        QMessageBox.warning(self, self.importer.title, text)
        if self.table is None:
            self.reject()

    def done(self, result: int) -> None:
        super().done(result)
        # Let go of the file now: the Python side of a dialog can outlive the dialog in a
        # reference cycle, and then only a full collection (walking every row) would free it.
        self.table = self.preview = None

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        if index == 0:
            self.next_button.setText(self.tr("&Förhandsgranska"))
            self.next_button.setEnabled(self.table is not None)
        else:
            self.next_button.setText(self.tr("&Importera"))
            self.next_button.setEnabled(bool(self.preview and self.preview.records))
