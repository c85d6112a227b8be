"""Passlängder: how long a day, evening and night shift is (for gaps entered as a number of shifts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hyrdesk.domain.gaps import Shift
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.services.gaps.service import SHIFT_SETTINGS, GapService
from hyrdesk.services.settings import SettingsService
from hyrdesk.ui.widgets.forms import FieldErrors


class ShiftLengthsDialog(QDialog):
    def __init__(self, gaps: GapService, settings: SettingsService, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Passlängder"))
        self.setMinimumWidth(380)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Antal timmar i ett pass. En lucka som registreras som ett antal pass får antal × passlängd timmar; redan sparade luckor ändras inte."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.edits: dict[Shift, QLineEdit] = {}
        labels = {
            Shift.DAY: self.tr("&Dagpass (timmar):"),
            Shift.EVENING: self.tr("&Kvällspass (timmar):"),
            Shift.NIGHT: self.tr("&Nattpass (timmar):"),
        }
        for shift, hours in gaps.shift_hours().items():
            edit = QLineEdit(format_decimal(hours, 0 if hours == int(hours) else 2))
            self.errors.add_row(form, labels[shift], shift.value, edit)
            self.edits[shift] = edit
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept(self) -> None:
        values, errors = {}, {}
        for shift, edit in self.edits.items():
            try:
                values[shift] = SHIFT_SETTINGS[shift].parse(edit.text())
            except ValueError as exc:
                errors[shift.value] = str(exc)
        self.errors.show(errors)
        if errors:
            return
        for shift, hours in values.items():
            self.settings.set(SHIFT_SETTINGS[shift], hours)
        super().accept()
