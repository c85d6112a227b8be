"""Sammanställ enheter: the line manager's view of every unit's latest export, side by side."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.errors import UserError
from hyrdesk.services.rollup.service import RollupService
from hyrdesk.services.settings import SHARED_FOLDER, SettingsService
from hyrdesk.ui.export.models import ComparisonModel, format_rows
from hyrdesk.ui.widgets.value_table_model import ValueTableModel

if TYPE_CHECKING:
    from hyrdesk.services.rollup.consolidate import Rollup


class RollupTab(QWidget):
    def __init__(self, settings: SettingsService, rollup: RollupService, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.rollup_service, self.runner = settings, rollup, runner
        self.rollup: Rollup | None = None
        self.saved_path: Path | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)
        intro = QLabel(
            self.tr(
                "För dig som är chef i linjen: peka ut den delade mappen (en undermapp per enhet) och jämför enheternas senaste underlag. Filer som inte är underlag från hyrdesk, eller är skadade, hoppas över och listas."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        lay.addWidget(intro)

        row = QHBoxLayout()
        label = QLabel(self.tr("&Mapp:"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Mapp med enheternas underlag"))
        label.setBuddy(self.folder)
        browse = QPushButton(self.tr("Vä&lj…"))
        browse.clicked.connect(self.browse)
        self.run_button = QPushButton(self.tr("Sammans&täll"))
        self.run_button.setProperty("role", "primary")
        self.run_button.clicked.connect(self.run)
        self.save_button = QPushButton(self.tr("S&para arbetsbok…"))
        self.save_button.setToolTip(self.tr("Spara sammanställningen som en Excel-arbetsbok"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.csv_button = QPushButton(self.tr("Spara CSV för &BI…"))
        self.csv_button.setToolTip(
            self.tr("Spara alla enheters siffror som en lång tabell (CSV, UTF-8) för Power BI eller Qlik")
        )
        self.csv_button.clicked.connect(self.save_csv)
        self.csv_button.setEnabled(False)
        for w in (label, self.folder, browse, self.run_button, self.save_button, self.csv_button):
            row.addWidget(w, 1 if w is self.folder else 0)
        lay.addLayout(row)
        status = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        status.addWidget(self.summary, 1)
        self.open_button = QPushButton(self.tr("Öppna sa&mmanställningen"))
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.hide()
        status.addWidget(self.open_button)
        lay.addLayout(status)

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = ComparisonModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Enheternas nyckeltal"))
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        # Columns are sized once per roll-up from the header and the first rows (_fit_columns):
        # ResizeToContents would ask the model for every row, and 1 000 units hold up the window.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        split.addWidget(self.view)
        self.skipped_model = ValueTableModel([self.tr("Fil som inte togs med"), self.tr("Orsak")])
        self.skipped_view = QTableView()
        self.skipped_view.setModel(self.skipped_model)
        self.skipped_view.setAccessibleName(self.tr("Filer som inte togs med"))
        self.skipped_view.verticalHeader().hide()
        self.skipped_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.skipped_view.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.skipped_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)

    def refresh(self) -> None:
        if not self.folder.text().strip():
            shared = self.settings.get(SHARED_FOLDER)
            self.folder.setText("" if shared is None else str(shared))

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mappen med enheternas underlag"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def run(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.summary.setText(self.tr("Välj mappen med enheternas underlag först."))
            return
        folder = Path(text).expanduser()
        rollup_service = self.rollup_service

        def work(progress):
            # Everything heavy happens here, off the GUI thread: the scan and the table.
            from hyrdesk.services.rollup.pivots import unit_table

            rollup = rollup_service.scan(folder, progress)
            table = unit_table(rollup)
            kinds = [c.kind for c in table.columns]
            return rollup, table, format_rows(kinds, [*table.rows, table.total])

        self.runner.run(self, self.tr("Sammanställer enheternas underlag…"), work, self._show, self._failed)

    def _labels(self) -> dict[str, str]:
        from hyrdesk.services.line_dialogue import schema
        from hyrdesk.services.rollup import pivots

        return {
            "unit_code": self.tr("Kod"),
            "unit_name": self.tr("Enhet"),
            "care_area": self.tr("Verksamhetsområde"),
            "period": self.tr("Period"),
            schema.HIRE_COST: self.tr("Hyrkostnad månad"),
            schema.HIRE_COST_R12: self.tr("Hyrkostnad R12"),
            schema.HIRE_COST_YTD: self.tr("Ack i år"),
            schema.HIRE_COST_YTD_PREV: self.tr("Ack samma period i fjol"),
            pivots.YTD_CHANGE: self.tr("Ack förändring"),
            pivots.YTD_CHANGE_PCT: self.tr("Ack förändring %"),
            schema.OWN_STAFF_COST: self.tr("Kostnad egen personal månad"),
            schema.HIRE_RATIO_PCT: self.tr("Hyrkvot %"),
            schema.HIRE_RATIO_R12_PCT: self.tr("Hyrkvot R12 %"),
            schema.ADMIN_HOURS_PER_YEAR: self.tr("Administrativa timmar per år"),
            schema.ADMIN_HOURS_FREED: self.tr("Frigjorda timmar per år"),
            schema.ADMIN_TASKS_LINE_DIALOGUE: self.tr("Dialog i linjen"),
        }

    def _show(self, result) -> None:
        rollup, table, display = result
        self.rollup = rollup
        labels = self._labels()
        headers = [labels.get(c.key, c.label) for c in table.columns]
        kinds = [c.kind for c in table.columns]
        rows = list(table.rows)
        notes: dict[tuple[int, int], str] = {}
        if rows:
            total = list(table.total)
            total[0] = display[-1][0] = self.tr("Summa")
            rows.append(total)
            notes = {(len(rows) - 1, j): reason for j, reason in table.notes.items()}
        else:
            display = []
        self.model.set_rows(headers, kinds, rows, total_row=bool(rows), notes=notes, display=display)
        self._fit_columns()
        skipped = [*rollup.skipped, *rollup.superseded]
        self.skipped_model.set_rows(
            [self.tr("Fil som inte togs med"), self.tr("Orsak")],
            [[rollup.source_name(s.path), s.reason] for s in skipped],
        )
        self.skipped_view.setVisible(bool(skipped))
        units = (
            self.tr("1 enhet med underlag")
            if len(rollup.units) == 1
            else self.tr("{0} enheter med underlag").format(len(rollup.units))
        )
        files = (
            self.tr("alla filer togs med")
            if not skipped
            else self.tr("1 fil togs inte med")
            if len(skipped) == 1
            else self.tr("{0} filer togs inte med").format(len(skipped))
        )
        read = self.tr("{0} filer lästa, {1} oförändrade sedan förra gången").format(
            rollup.files_read, rollup.files_cached
        )
        empty = self.tr("Tomma summor: håll muspekaren över dem för att se varför.") if notes else ""
        self.summary.setText(f"{units}, {files} ({read}). {empty}".strip())
        self.save_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        self.open_button.hide()

    def _fit_columns(self, sample: int = 40) -> None:
        model, metrics = self.model, self.view.fontMetrics()
        bold = self.view.font()
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        rows = [*model.display[:sample], *model.display[-1:]]
        for col, header in enumerate(model.headers):
            width = max([header_metrics.horizontalAdvance(header), *(metrics.horizontalAdvance(r[col]) for r in rows)])
            self.view.setColumnWidth(col, min(width + 24, 320))

    def save(self) -> None:
        if self.rollup is None:
            return
        start = str(Path.home() / "sammanstallning-dialog-i-linjen.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara sammanställningen"), start, self.tr("Excel-arbetsbok (*.xlsx)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        from hyrdesk.services.rollup.workbook import write_rollup

        rollup = self.rollup
        if rollup is None:
            return
        self.runner.run(
            self,
            self.tr("Sparar sammanställningen…"),
            lambda progress: write_rollup(rollup, path),
            self._saved,
            self._failed,
        )

    def save_csv(self) -> None:
        if self.rollup is None:
            return
        start = str(Path.home() / "hyrdesk-sammanstallning.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara den långa tabellen som CSV"), start, self.tr("CSV-fil (*.csv)")
        )
        if path:
            self.save_csv_to(Path(path))

    def save_csv_to(self, path: Path) -> None:
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        from hyrdesk.services.rollup.service import write_csv

        rollup = self.rollup
        if rollup is None:
            return
        self.runner.run(
            self,
            self.tr("Sparar CSV-filen…"),
            lambda progress: write_csv(rollup, path),
            self._saved,
            self._failed,
        )

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.summary.setText(self.tr("Sammanställningen är sparad: {0}").format(path))
        self.open_button.show()

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            from hyrdesk.files.writable import explain_os_error

            message = explain_os_error(exc, Path(getattr(exc, "filename", "") or "."))
        else:
            message = exc.message if isinstance(exc, UserError) else str(exc)
        QMessageBox.warning(self, self.tr("Sammanställning"), message)
