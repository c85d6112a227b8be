"""Create a unit, or rename one."""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from hyrdesk.domain.units import CareArea, Unit
from hyrdesk.errors import ValidationError
from hyrdesk.services.units import UnitService
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.forms import FieldErrors


class UnitForm(QWidget):
    """The fields of a unit; used by the dialog and by the welcome view.

    ``submitted`` is Enter in any field, Verksamhetsområde's list included (the
    welcome view has no dialog to take Enter to a default button).
    """

    submitted = Signal()

    def __init__(self, unit: Unit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("t.ex. MED4 eller 1234"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Medicinavdelning 4"))
        self.area = QComboBox()
        for area in CareArea:
            self.area.addItem(choice_label(area), area)
        self.errors.add_row(form, self.tr("&Kod (kostnadsställe):"), "code", self.code)
        self.errors.add_row(form, self.tr("&Namn:"), "name", self.name)
        self.errors.add_row(form, self.tr("V&erksamhetsområde:"), "care_area", self.area)
        if unit is not None:
            self.code.setText(unit.code)
            self.code.setReadOnly(True)  # the code names files in the shared folder
            self.name.setText(unit.name)
            self.area.setCurrentIndex(list(CareArea).index(unit.care_area))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isSignalConnected(
            QMetaMethod.fromSignal(self.submitted)
        ):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def save(self, units: UnitService, unit: Unit | None) -> Unit | None:
        """Create or update; shows field errors and returns None when invalid."""
        try:
            if unit is None:
                result = units.create(self.code.text(), self.name.text(), self.area.currentData())
            else:
                result = units.rename(unit, self.name.text(), self.area.currentData())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        self.errors.clear()
        return result


class UnitDialog(QDialog):
    def __init__(self, units: UnitService, unit: Unit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.units = units
        self.unit = unit
        self.result_unit: Unit | None = None
        self.setWindowTitle(self.tr("Ny enhet") if unit is None else self.tr("Ändra enhet"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        self.form = UnitForm(unit)
        lay.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        (self.form.name if unit else self.form.code).setFocus()

    def accept(self) -> None:
        saved = self.form.save(self.units, self.unit)
        if saved is not None:
            self.result_unit = saved
            super().accept()
