"""Sammanställ enheter: the line manager's view of every unit's latest export, side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
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
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.settings import SHARED_FOLDER, SettingsService
from hyrdesk.ui.export.models import COUNT, HOURS, KR, PCT, TEXT, ComparisonModel
from hyrdesk.ui.widgets.value_table_model import ValueTableModel


class RollupTab(QWidget):
    def __init__(self, settings: SettingsService, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.runner = settings, runner
        self.rollup = None
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
        browse = QPushButton(self.tr("&Välj…"))
        browse.clicked.connect(self.browse)
        self.run_button = QPushButton(self.tr("&Sammanställ"))
        self.run_button.setProperty("role", "primary")
        self.run_button.clicked.connect(self.run)
        self.save_button = QPushButton(self.tr("Spara &arbetsbok…"))
        self.save_button.setToolTip(self.tr("Spara sammanställningen som en Excel-arbetsbok"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        for w in (label, self.folder, browse, self.run_button, self.save_button):
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
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        from hyrdesk.services.rollup.service import scan

        folder = Path(text).expanduser()
        self.runner.run(
            self,
            self.tr("Sammanställer enheternas underlag…"),
            lambda progress: scan(folder, progress),
            self.show_rollup,
            self._failed,
        )

    def show_rollup(self, rollup) -> None:
        from hyrdesk.domain.gaps import Coverage

        self.rollup = rollup
        hired, uncovered = Coverage.HIRED.label, Coverage.UNCOVERED.label
        headers = [
            self.tr("Enhet"),
            self.tr("Kod"),
            self.tr("Period"),
            self.tr("Hyrkostnad månad"),
            self.tr("Hyrkostnad R12"),
            self.tr("Ack förändring"),
            self.tr("Ack förändring %"),
            self.tr("Hyrkvot %"),
            self.tr("Hyrkvot R12 %"),
            self.tr("Luckor 12 mån (h)"),
            self.tr("varav hyrpersonal (h)"),
            self.tr("varav ej täckt (h)"),
            self.tr("Dialog i linjen"),
        ]
        kinds = [TEXT, TEXT, TEXT, KR, KR, KR, PCT, PCT, PCT, HOURS, HOURS, HOURS, COUNT]
        rows = []
        for u in rollup.units:
            hours = u.gap_hours()
            rows.append(
                [
                    u.unit_name,
                    u.unit_code,
                    str(u.period),
                    u.value(schema.HIRE_COST),
                    u.value(schema.HIRE_COST_R12),
                    u.ytd_change,
                    u.ytd_change_pct,
                    u.value(schema.HIRE_RATIO_PCT),
                    u.value(schema.HIRE_RATIO_R12_PCT),
                    sum(hours.values()),
                    hours.get(hired, 0.0),
                    hours.get(uncovered, 0.0),
                    len(u.tasks),
                ]
            )
        if rows:
            ytd, prev = rollup.total(schema.HIRE_COST_YTD), rollup.total(schema.HIRE_COST_YTD_PREV)
            change = None if ytd is None or prev is None else ytd - prev
            all_hours = sum(rollup.total_gap_hours(c) for c in rollup.coverages)
            rows.append(
                [
                    self.tr("Summa"),
                    "",
                    "",
                    rollup.total(schema.HIRE_COST),
                    rollup.total(schema.HIRE_COST_R12),
                    change,
                    None if change is None or not prev else change * 100 / abs(prev),
                    rollup.total_ratio(),
                    None,
                    all_hours,
                    rollup.total_gap_hours(hired),
                    rollup.total_gap_hours(uncovered),
                    len(rollup.line_dialogue_tasks()),
                ]
            )
        self.model.set_rows(headers, kinds, rows, total_row=bool(rows))
        skipped = [*rollup.skipped, *rollup.superseded]
        self.skipped_model.set_rows(
            [self.tr("Fil som inte togs med"), self.tr("Orsak")],
            [
                [
                    str(s.path.relative_to(rollup.folder)) if s.path.is_relative_to(rollup.folder) else str(s.path),
                    s.reason,
                ]
                for s in skipped
            ],
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
        self.summary.setText(f"{units}, {files}.")
        self.save_button.setEnabled(True)
        self.open_button.hide()

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
        self.runner.run(
            self,
            self.tr("Sparar sammanställningen…"),
            lambda progress: write_rollup(rollup, path),
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
