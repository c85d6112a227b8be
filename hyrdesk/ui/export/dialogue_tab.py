"""Underlag för dialog i linjen: choose the period, see what is included, write the text, export."""

from __future__ import annotations

import datetime as _dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.line_dialogue.dialogue_text import validate_dialogue_text
from hyrdesk.services.line_dialogue.service import ExportService, last_complete_month
from hyrdesk.ui.widgets.months import month_long_label
from hyrdesk.ui.widgets.value_table_model import ValueTableModel

MONTHS_BACK = 36


class SetDialogueText(QUndoCommand):
    """Saving the dialogue text for a unit and period, undoable (one transaction each way)."""

    def __init__(self, tab: DialogueTab, unit: Unit, period: Period, old: str, new: str):
        super().__init__(QCoreApplication.translate("DialogueTab", "Ändra texten till dialogen"))
        self.tab, self.unit, self.period, self.old, self.new = tab, unit, period, old, new

    def redo(self) -> None:
        self.tab.texts.set(self.unit, self.period, self.new)
        self.tab.text_saved(self.unit, self.period)

    def undo(self) -> None:
        self.tab.texts.set(self.unit, self.period, self.old)
        self.tab.text_saved(self.unit, self.period)


class DialogueTab(QWidget):
    exported = Signal(object)  # the OutboxItem just queued

    def __init__(self, exports: ExportService, undo_stack, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.exports, self.undo_stack, self.runner = exports, undo_stack, runner
        self.texts = exports.texts
        self.unit: Unit | None = None
        self._shown: tuple[Unit, Period] | None = None  # whose text the editor holds
        self.last_path: Path | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)

        row = QHBoxLayout()
        label = QLabel(self.tr("&Period:"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setMinimumWidth(160)
        label.setBuddy(self.period_combo)
        self.period_combo.currentIndexChanged.connect(lambda _=0: self._period_changed())
        row.addWidget(label)
        row.addWidget(self.period_combo)
        hint = QLabel(self.tr("Förvalt: senaste hela månaden."))
        hint.setProperty("role", "muted")
        row.addWidget(hint)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xportera"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setToolTip(
            self.tr("Skapa arbetsboken, spara den lokalt och leverera den till den delade mappen")
        )
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        lay.addLayout(row)

        included = QLabel(self.tr("Det här kommer med i arbetsboken"))
        included.setStyleSheet("font-weight: 600;")
        lay.addWidget(included)
        self.included_model = ValueTableModel([self.tr("Blad"), self.tr("Innehåll")])
        self.included_view = QTableView()
        self.included_view.setModel(self.included_model)
        self.included_view.setAccessibleName(self.tr("Det här kommer med i arbetsboken"))
        self.included_view.verticalHeader().hide()
        self.included_view.setWordWrap(False)
        self.included_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.included_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = 6  # one per sheet
        self.included_view.setFixedHeight(
            self.included_view.horizontalHeader().sizeHint().height()
            + rows * self.included_view.verticalHeader().defaultSectionSize()
            + 4
        )
        lay.addWidget(self.included_view)

        text_label = QLabel(self.tr("Text till &dialogen (kommer med på bladet Sammanfattning)"))
        text_label.setStyleSheet("font-weight: 600;")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Text till dialogen"))
        self.text_edit.setPlaceholderText(
            self.tr(
                "Det du vill ta upp med din chef: läget, vad som behöver beslutas, vad som påverkar andra enheter. Skriv aldrig personuppgifter."
            )
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_edit.installEventFilter(self)  # leaving the editor saves the text
        text_label.setBuddy(self.text_edit)
        lay.addWidget(text_label)
        lay.addWidget(self.text_edit, 1)
        bottom = QHBoxLayout()
        self.text_error = QLabel()
        self.text_error.setProperty("role", "field-error")
        self.text_error.setWordWrap(True)
        bottom.addWidget(self.text_error, 1)
        self.save_text_button = QPushButton(self.tr("Spara &texten"))
        self.save_text_button.clicked.connect(self.save_text)
        bottom.addWidget(self.save_text_button)
        lay.addLayout(bottom)

        self.result = QFrame()
        self.result.setProperty("role", "card")
        res = QHBoxLayout(self.result)
        res.setContentsMargins(14, 10, 14, 10)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        res.addWidget(self.result_label, 1)
        self.open_file_button = QPushButton(self.tr("Öppna &filen"))
        self.open_file_button.clicked.connect(lambda: self._open(self.last_path))
        self.open_folder_button = QPushButton(self.tr("Öppna &mappen"))
        self.open_folder_button.clicked.connect(lambda: self._open(self.last_path.parent if self.last_path else None))
        res.addWidget(self.open_file_button)
        res.addWidget(self.open_folder_button)
        self.result.hide()
        lay.addWidget(self.result)
        self._fill_periods()

    # --- state ------------------------------------------------------------------------
    def _fill_periods(self, today: _dt.date | None = None) -> None:
        current = Period.from_date(today or _dt.date.today())
        default = last_complete_month(today)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for i in range(MONTHS_BACK + 1):
            p = current - i
            self.period_combo.addItem(month_long_label(p), str(p))
        self.period_combo.setCurrentIndex(self.period_combo.findData(str(default)))
        self.period_combo.blockSignals(False)

    @property
    def period(self) -> Period:
        return Period.parse(self.period_combo.currentData())

    def set_period(self, period: Period) -> None:
        index = self.period_combo.findData(str(period))
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def set_unit(self, unit: Unit | None) -> None:
        self.save_text()  # the previous unit's text is kept, not dropped
        self.unit = unit
        self.result.hide()
        self.load()

    def _period_changed(self) -> None:
        if not self.save_text() and self._shown is not None:
            self.set_period(self._shown[1])  # keep the refused text in view, with its error
            return
        self.load()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.save_text()
        return super().eventFilter(obj, event)

    def load(self) -> None:
        """Reload the text and the "what will be included" list for the unit and period."""
        enabled = self.unit is not None
        for w in (self.export_button, self.text_edit, self.save_text_button):
            w.setEnabled(enabled)
        if self.unit is None:
            self._shown = None
            self.included_model.set_rows([self.tr("Blad"), self.tr("Innehåll")], [])
            return
        self._shown = (self.unit, self.period)
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(self.texts.get(self.unit, self.period))
        self.text_edit.blockSignals(False)
        self._text_changed()
        self.refresh_included()

    def refresh_included(self) -> None:
        if self.unit is None:
            return
        data = self.exports.collect(self.unit, self.period)
        rows = [[i.sheet, ("⚠ " if i.missing else "") + i.text] for i in self.exports.included(data)]
        self.included_model.set_rows([self.tr("Blad"), self.tr("Innehåll")], rows)

    def text_saved(self, unit: Unit, period: Period) -> None:
        if self._shown is not None and unit.id == self._shown[0].id and period == self._shown[1]:
            self.load()

    # --- the text ------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._shown is None:
            return
        text = self.text_edit.toPlainText()
        errors = validate_dialogue_text(text)
        self.text_error.setText(errors.get("text", ""))
        self.text_edit.setAccessibleDescription(errors.get("text", ""))
        self.save_text_button.setEnabled(text != self.texts.get(*self._shown))

    def save_text(self) -> bool:
        """Save the editor's text for the unit and period it belongs to, if changed (undoable).

        False when it is refused (a personal identity number, too long).
        """
        if self._shown is None:
            return True
        unit, period = self._shown
        new, old = self.text_edit.toPlainText(), self.texts.get(unit, period)
        if new == old or (not new.strip() and not old):
            return True
        errors = validate_dialogue_text(new)
        if errors:
            self.text_error.setText(errors["text"])
            self.text_edit.setFocus()
            return False
        try:
            self.undo_stack.push(SetDialogueText(self, unit, period, old, new))
        except ValidationError as exc:
            self.text_error.setText(exc.errors.get("text", exc.message))
            return False
        return True

    # --- export ---------------------------------------------------------------------------
    def export(self) -> None:
        if self.unit is None or not self.save_text():
            return
        unit, period = self.unit, self.period
        exports = self.exports

        def work(progress):
            return exports.write(unit, period, None, progress)

        self.runner.run(
            self,
            self.tr("Exporterar underlag för dialog i linjen…"),
            work,
            lambda path: self._written(unit, period, path),
            self._failed,
        )

    def _written(self, unit: Unit, period: Period, path: Path) -> None:
        try:
            item = self.exports.enqueue(unit, period, path)
        except UserError as exc:  # not queued: the local copy is gone too, and the message says so
            self._failed(exc)
            return
        self.last_path = path
        self.result_label.setText(self.tr("Arbetsboken är sparad: {0}").format(html.escape(str(path))))
        self.result.show()
        self.exported.emit(item)

    def show_delivery(self, item) -> None:
        """Called by the page once a delivery attempt of the new export has finished."""
        if item is None or self.last_path is None or item.target_name != self.last_path.name:
            return
        path = html.escape(str(self.last_path))
        if item.pending:
            text = self.tr("Arbetsboken är sparad: {0}<br>Den väntar på leverans till den delade mappen: {1}")
            self.result_label.setText(text.format(path, html.escape(item.last_error or "")))
        else:
            text = self.tr("Arbetsboken är sparad: {0}<br>Levererad till: {1}")
            text = text.format(path, html.escape(item.delivered_path or ""))
            if item.note:
                text += "<br>" + html.escape(item.note)
            self.result_label.setText(text)

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else self.tr("Exporten misslyckades: {0}").format(exc)
        QMessageBox.warning(self, self.tr("Export"), message)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
