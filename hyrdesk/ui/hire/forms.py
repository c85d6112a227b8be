"""The forms of the Inhyrning page: a booking, an invoice line, a deviation; each save one undo step."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.agreement import Booking, DeviationReason
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.container import Services
from hyrdesk.ui.widgets.choice_labels import choice_label

W = TypeVar("W", bound=QWidget)


class AddCommand(QUndoCommand):
    """Saves a record once when built (a refusal raises before anything is on the undo stack);
    undo removes it, redo saves it again. The page redraws on the stack's index change."""

    def __init__(self, text: str, add: Callable[[], Any], remove: Callable[[Any], None]):
        super().__init__(text)
        self._add, self._remove = add, remove
        self.record = add()
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:  # QUndoStack.push calls redo at once: the record is already saved
            self._fresh = False
            return
        self.record = self._add()

    def undo(self) -> None:
        self._remove(self.record)


def _optional_date(text: str, what: str) -> _dt.date | None:
    return _date(text, what) if text.strip() else None


def _date(text: str, what: str) -> _dt.date:
    text = text.strip()
    if not text:
        raise UserError(QCoreApplication.translate("HireForms", "Ange %1.").replace("%1", what))
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            QCoreApplication.translate("HireForms", "%1: skriv datumet som ÅÅÅÅ-MM-DD.").replace("%1", what)
        ) from None


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)

    def field(self, label: str, widget: W, name: str) -> W:
        widget.setAccessibleName(name)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        return widget

    def finish(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.lay.addWidget(buttons)

    def save(self) -> None:
        try:
            self.push()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Inget sparades"), exc.message)
            return
        self.accept()

    def push(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class BookingDialog(_Form):
    def __init__(self, services: Services, unit: Unit, undo_stack, parent: QWidget | None = None):
        super().__init__(self.tr("Nytt avrop"), parent)
        self.services, self.unit, self.undo_stack = services, unit, undo_stack
        self.ref = self.field(self.tr("&Referens:"), QLineEdit(), self.tr("Avropets referens"))
        self.category = self.field(self.tr("&Yrkeskategori:"), QComboBox(), self.tr("Yrkeskategori"))
        for c in services.units.categories():
            self.category.addItem(c.name)
        self.level = self.field(self.tr("&Nivå:"), QLineEdit(), self.tr("Nivå enligt avtalet"))
        self.supplier = self.field(self.tr("&Leverantör:"), QLineEdit(), self.tr("Leverantör"))
        self.start = self.field(self.tr("&Från (ÅÅÅÅ-MM-DD):"), QLineEdit(), self.tr("Avropets första dag"))
        self.end = self.field(self.tr("&Till (ÅÅÅÅ-MM-DD):"), QLineEdit(), self.tr("Avropets sista dag"))
        self.hours = self.field(self.tr("&Beställda timmar:"), QLineEdit(), self.tr("Beställda timmar"))
        self.outside = self.field("", QCheckBox(self.tr("&Utanför avtalet")), self.tr("Avropet görs utanför avtalet"))
        self.ivo = self.field(self.tr("&IVO-utdrag, datum:"), QLineEdit(), self.tr("Datum för IVO-utdraget"))
        self.hosp = self.field(self.tr("&HOSP-utdrag, datum:"), QLineEdit(), self.tr("Datum för HOSP-utdraget"))
        self.cpr = self.field(self.tr("HLR-utbildning, &datum:"), QLineEdit(), self.tr("Datum för HLR-utbildningen"))
        self.karens = self.field(self.tr("&Karens kontrollerad:"), QComboBox(), self.tr("Karens kontrollerad"))
        for text, value in ((self.tr("ej kontrollerad"), None), (self.tr("ja"), True), (self.tr("nej"), False)):
            self.karens.addItem(text, value)
        self.finish()

    def booking(self) -> Booking:
        try:
            hours = Decimal(self.hours.text().replace(",", ".").replace(" ", "") or "0")
        except InvalidOperation:
            raise UserError(self.tr("Beställda timmar: ”%1” är inget tal.").replace("%1", self.hours.text())) from None
        return Booking(
            ref=self.ref.text(),
            category=self.category.currentText(),
            level=self.level.text(),
            supplier=self.supplier.text(),
            start=_date(self.start.text(), self.tr("första dagen")),
            end=_date(self.end.text(), self.tr("sista dagen")),
            hours_ordered=hours,
            outside_agreement=self.outside.isChecked(),
            ivo_checked_on=_optional_date(self.ivo.text(), "IVO"),
            hosp_checked_on=_optional_date(self.hosp.text(), "HOSP"),
            cpr_trained_on=_optional_date(self.cpr.text(), "HLR"),
            karens_checked=self.karens.currentData(),
        )

    def push(self) -> None:
        agreement, unit, booking = self.services.agreement, self.unit, self.booking()
        command = AddCommand(
            self.tr("Nytt avrop %1").replace("%1", booking.ref),
            lambda: agreement.add_booking(unit, booking),
            agreement.delete_booking,
        )
        self.undo_stack.push(command)


class InvoiceDialog(_Form):
    def __init__(self, services: Services, booking: Booking, undo_stack, parent: QWidget | None = None):
        super().__init__(self.tr("Fakturarad för %1").replace("%1", booking.ref), parent)
        self.services, self.booking, self.undo_stack = services, booking, undo_stack
        self.month = self.field(self.tr("&Månad (ÅÅÅÅ-MM):"), QLineEdit(), self.tr("Fakturerad månad"))
        self.hours = self.field(self.tr("&Timmar:"), QLineEdit(), self.tr("Fakturerade timmar"))
        self.amount = self.field(self.tr("&Belopp för timmarna (kr):"), QLineEdit(), self.tr("Belopp för timmarna"))
        self.travel = self.field(self.tr("&Resor och logi (kr):"), QLineEdit(), self.tr("Resor och logi"))
        hint = QLabel(self.tr("En kreditfaktura skrivs med minus."))
        hint.setProperty("role", "muted")
        self.lay.addWidget(hint)
        self.finish()

    def push(self) -> None:
        try:
            month = Period.parse(self.month.text())
        except ValueError as exc:
            raise UserError(self.tr("Månad: %1").replace("%1", str(exc))) from None
        agreement, ref = self.services.agreement, self.booking.ref
        values = (self.hours.text(), self.amount.text(), self.travel.text() or 0)
        command = AddCommand(
            self.tr("Fakturarad %1").replace("%1", ref),
            lambda: agreement.add_invoice(ref, month, *values),
            agreement.delete_invoice,
        )
        self.undo_stack.push(command)


class DeviationDialog(_Form):
    def __init__(self, services: Services, unit: Unit, undo_stack, parent: QWidget | None = None):
        super().__init__(self.tr("För in avsteg"), parent)
        self.services, self.unit, self.undo_stack = services, unit, undo_stack
        self.date = self.field(
            self.tr("&Datum (ÅÅÅÅ-MM-DD):"), QLineEdit(_dt.date.today().isoformat()), self.tr("Datum")
        )
        self.booking = self.field(self.tr("&Avrop:"), QComboBox(), self.tr("Avrop"))
        for b in services.agreement.bookings(unit):
            self.booking.addItem(b.ref, b.ref)
        self.reason = self.field(self.tr("&Skäl:"), QComboBox(), self.tr("Skäl"))
        for r in DeviationReason:
            self.reason.addItem(choice_label(r), r)
        self.above = self.field(self.tr("&Kronor över tariff:"), QLineEdit("0"), self.tr("Kronor över tariff"))
        self.approver = self.field(self.tr("&Godkänt av (roll):"), QLineEdit(), self.tr("Godkänt av, en roll"))
        self.escalated = self.field(self.tr("&Eskalerat till (roll):"), QLineEdit(), self.tr("Eskalerat till, en roll"))
        self.finish()

    def push(self) -> None:
        agreement, unit = self.services.agreement, self.unit
        day = _date(self.date.text(), self.tr("datum"))
        args = (unit, day, self.booking.currentData() or "", self.reason.currentData(), self.above.text(),
                self.approver.text(), self.escalated.text())  # fmt: skip
        command = AddCommand(
            self.tr("Avsteg %1").replace("%1", day.isoformat()),
            lambda: agreement.add_deviation(*args),
            agreement.delete_deviation,
        )
        self.undo_stack.push(command)
