"""Create a unit, or change its name, care area and ledger cost centres."""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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
        self.centres = QLineEdit()
        self.centres.setPlaceholderText(self.tr("t.ex. 41230 eller 41230, 41231"))
        self.errors.add_row(form, self.tr("&Kod:"), "code", self.code)
        self.code_help = QLabel(
            self.tr("Enhetens kortnamn i hyrdesk, exporter och den delade mappen. Kan inte ändras senare.")
        )
        self.errors.add_row(form, self.tr("&Namn:"), "name", self.name)
        self.errors.add_row(form, self.tr("V&erksamhetsområde:"), "care_area", self.area)
        self.errors.add_row(form, self.tr("Kostnads&ställen:"), "cost_centres", self.centres)
        self.centres_help = QLabel(
            self.tr(
                "Koderna som enhetens rader har i ekonomiutdragets kolumn Ansvar eller Kostnadsställe "
                "(t.ex. 41230). Skilj flera med komma. Vid import tas bara dessa kostnadsställens rader med; "
                "lämnas fältet tomt används enhetens kod."
            )
        )
        for help_label, row in ((self.code_help, 1), (self.centres_help, 5)):
            help_label.setWordWrap(True)
            help_label.setProperty("role", "muted")
            form.insertRow(row, "", help_label)
        self.centres.setAccessibleDescription(self.centres_help.text())
        if unit is not None:
            self.code.setText(unit.code)
            # The code names files in the shared folder: shown, not editable, and it looks so.
            self.code.setEnabled(False)
            self.code_help.setText(
                self.tr("Enhetens kortnamn i hyrdesk, exporter och den delade mappen; det kan inte ändras.")
            )
            self.name.setText(unit.name)
            self.area.setCurrentIndex(list(CareArea).index(unit.care_area))
            self.centres.setText(", ".join(unit.centres))

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
                result = units.create(self.code.text(), self.name.text(), self.area.currentData(), self.centres.text())
            else:
                result = units.rename(unit, self.name.text(), self.area.currentData(), self.centres.text())
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
