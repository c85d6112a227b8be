"""The fields of a gap, keyboard first: used for quick entry and in the edit dialog.

Dates are ``DateField``s: a typed date replaces the value whole, and one that
is not a whole date is an error under the field.

Enter anywhere in the form submits it (``submitted``). Validation is the
core's ``parse_gap``: the form only collects values and shows the messages
under the fields. Hours follow "antal pass × passlängd" whenever the number
of shifts or the shift changes, and can always be typed over.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift, format_hours, hours_to_minutes
from hyrdesk.domain.numbers import format_decimal, parse_decimal
from hyrdesk.domain.privacy import NAME_WARNING, check_free_text, looks_like_name
from hyrdesk.ui.shell.style import WARN
from hyrdesk.ui.widgets.choice_labels import choice_labels
from hyrdesk.ui.widgets.date_field import DateField
from hyrdesk.ui.widgets.forms import FieldErrors


def to_qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> _dt.date:
    return _dt.date(q.year(), q.month(), q.day())


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31))
    return edit


def current(combo: QComboBox, enum):
    """The combo's chosen member. Qt hands str-based enum members back as plain str: convert."""
    data = combo.currentData()
    return None if data is None else enum(data)


def _combo(members, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    for label, key in choice_labels(members):
        combo.addItem(label, key)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


class WindowUndo(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's undo stack from the form's fields.

    A date field or a text field otherwise takes the keys for its own text
    undo, so undoing the gap just saved would need a click elsewhere first. A
    text field that has typing of its own to undo still gets the keys.
    """

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z
            and event.modifiers() == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        if not (undo or redo):
            return False
        if isinstance(obj, QLineEdit) and (obj.isUndoAvailable() if undo else obj.isRedoAvailable()):
            return False
        event.ignore()  # not taken by the field: the shortcut goes to the window
        return True


class GapForm(QWidget):
    submitted = Signal()

    def __init__(self, shift_hours: dict[Shift, Decimal], parent: QWidget | None = None):
        super().__init__(parent)
        self.shift_hours = shift_hours
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()

        self.start = DateField()
        self.start.setDate(QDate.currentDate())
        self.start.setAccessibleName(self.tr("Datum"))
        self.errors.add_row(form, self.tr("&Datum:"), "start", self.start)

        end_row = QWidget()
        row = QHBoxLayout(end_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.multi = QCheckBox(self.tr("flera dagar"))
        self.multi.setAccessibleName(self.tr("Luckan gäller flera dagar"))
        self.end = DateField()
        self.end.setEnabled(False)
        self.end.setAccessibleName(self.tr("Till och med"))
        self.multi.toggled.connect(self._multi_toggled)
        self.start.dateChanged.connect(self._start_changed)
        self.end.setDate(self.start.date())
        row.addWidget(self.multi)
        row.addWidget(self.end, 1)
        end_row.setFocusProxy(self.multi)
        self.errors.add_row(form, self.tr("Till och med:"), "end", end_row)
        self.start.problem_changed.connect(lambda message: self.errors.set("start", message))
        self.end.problem_changed.connect(lambda message: self.errors.set("end", message))

        self.shift = _combo(Shift)
        self.errors.add_row(form, self.tr("&Pass:"), "shift", self.shift)
        self.category = QComboBox()
        self.errors.add_row(form, self.tr("&Yrkeskategori:"), "category", self.category)

        shifts_row = QWidget()
        row = QHBoxLayout(shifts_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.shifts = QLineEdit("1")
        self.shifts.setMaximumWidth(70)
        self.shifts.setAccessibleName(self.tr("Antal pass"))
        self.shift_hint = QLabel()
        self.shift_hint.setProperty("role", "muted")
        row.addWidget(self.shifts)
        row.addWidget(self.shift_hint, 1)
        shifts_row.setFocusProxy(self.shifts)
        self.errors.add_row(form, self.tr("An&tal pass:"), "shifts", shifts_row)
        self.hours = QLineEdit()
        self.hours.setMaximumWidth(110)
        self.hours.setPlaceholderText(self.tr("t.ex. 7,5"))
        self.errors.add_row(form, self.tr("Ti&mmar:"), "hours", self.hours)

        self.cause = _combo(Cause, self.tr("Välj orsak…"))
        self.errors.add_row(form, self.tr("&Orsak:"), "cause", self.cause)
        self.coverage = _combo(Coverage, self.tr("Välj hur luckan täcktes…"))
        self.errors.add_row(form, self.tr("Täc&kning:"), "coverage", self.coverage)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("bara för hyrpersonal"))
        self.errors.add_row(form, self.tr("&Bemanningsföretag:"), "agency", self.agency)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("bara för hyrpersonal, t.ex. 12 500"))
        self.errors.add_row(form, self.tr("Ko&stnad (kr):"), "cost", self.cost)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("vad hände – aldrig vem"))
        self.note.setMaxLength(500)
        self.errors.add_row(form, self.tr("Ante&ckning:"), "note", self.note)
        self.note_hint = QLabel()
        self.note_hint.setWordWrap(True)
        self.note_hint.hide()
        form.addRow("", self.note_hint)

        self._window_undo = WindowUndo(self)
        for w in (self.start, self.end, self.shifts, self.hours, self.agency, self.cost, self.note):
            w.installEventFilter(self._window_undo)

        self.shift.currentIndexChanged.connect(self._recompute_hours)
        self.shifts.textEdited.connect(self._recompute_hours)
        self.coverage.currentIndexChanged.connect(self._coverage_changed)
        self.note.textChanged.connect(self._check_note)
        self._recompute_hours()
        self._coverage_changed()

    # --- behaviour -------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _start_changed(self, date: QDate) -> None:
        if not date.isValid():
            return
        if not self.multi.isChecked() or not self.end.date().isValid() or self.end.date() < date:
            self.end.setDate(date)

    def _multi_toggled(self, on: bool) -> None:
        self.end.setEnabled(on)
        if on and self.start.date().isValid() and not self.end.date() >= self.start.date():
            self.end.setDate(self.start.date())

    def _recompute_hours(self, *_args) -> None:
        shift = current(self.shift, Shift)
        length = self.shift_hours.get(shift)
        if length is None:
            return
        self.shift_hint.setText(
            self.tr("× {0} h per pass").format(format_decimal(length, 0 if length == int(length) else 1))
        )
        try:
            count = parse_decimal(self.shifts.text())
        except ValueError:
            return
        if count > 0:
            self.hours.setText(format_hours(hours_to_minutes(count * length)))

    def _coverage_changed(self, *_args) -> None:
        hired = current(self.coverage, Coverage) is Coverage.HIRED
        for w in (self.agency, self.cost):
            w.setEnabled(hired)

    def _check_note(self, text: str) -> None:
        refusal = check_free_text(text)
        if refusal:
            self.note_hint.setText(refusal)
            self.note_hint.setStyleSheet("")
            self.note_hint.setProperty("role", "field-error")
        elif looks_like_name(text):
            self.note_hint.setText(NAME_WARNING)
            self.note_hint.setProperty("role", "")
            self.note_hint.setStyleSheet(f"color: {WARN};")
        self.note_hint.style().unpolish(self.note_hint)
        self.note_hint.style().polish(self.note_hint)
        self.note_hint.setVisible(bool(refusal) or looks_like_name(text))

    # --- values ----------------------------------------------------------------------------------
    def set_categories(self, categories, agencies: Sequence[str] = ()) -> None:
        chosen = self.category.currentData()
        self.category.clear()
        for c in categories:
            self.category.addItem(c.name, c)
        index = next((i for i, c in enumerate(categories) if chosen is not None and c.id == chosen.id), 0)
        self.category.setCurrentIndex(index if categories else -1)
        completer = QCompleter(list(agencies), self.agency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.agency.setCompleter(completer)

    def set_shift_hours(self, shift_hours: dict[Shift, Decimal]) -> None:
        self.shift_hours = shift_hours
        self._recompute_hours()

    def values(self) -> dict:
        hired = current(self.coverage, Coverage) is Coverage.HIRED
        hours = self.hours.text().strip()
        # A typed date is read whole; one that is not a date goes on as text, and the core's
        # validation puts its message under the field (never some other date).
        self.start.commit()
        if self.multi.isChecked():
            self.end.commit()
        return {
            "start": self.start.typed_value(),
            "end": self.end.typed_value() if self.multi.isChecked() else None,
            "shift": current(self.shift, Shift),
            "category": self.category.currentData(),
            "hours": hours or None,
            "shifts": None if hours else (self.shifts.text().strip() or None),
            "cause": current(self.cause, Cause),
            "coverage": current(self.coverage, Coverage),
            # Disabled fields are not part of the gap: switching away from hyrpersonal drops them.
            "agency": self.agency.text() if hired else "",
            "cost": (self.cost.text().strip() or None) if hired else None,
            "note": self.note.text(),
        }

    def set_gap(self, gap: Gap) -> None:
        """Show a saved gap (for editing)."""
        self.start.setDate(to_qdate(gap.start))
        self.multi.setChecked(gap.end != gap.start)
        self.end.setDate(to_qdate(gap.end))
        self.shift.setCurrentIndex(list(Shift).index(gap.shift))
        ids = [self.category.itemData(i).id for i in range(self.category.count())]
        self.category.setCurrentIndex(ids.index(gap.category_id) if gap.category_id in ids else 0)
        self.shifts.clear()  # the hours are what was saved; a shift change must not rewrite them
        self.hours.setText(format_hours(gap.minutes))
        self.cause.setCurrentIndex(list(Cause).index(gap.cause))
        self.coverage.setCurrentIndex(list(Coverage).index(gap.coverage))
        self.agency.setText(gap.agency)
        self.cost.setText("" if gap.cost is None else format_decimal(gap.cost.sek, 2 if gap.cost.ore % 100 else 0))
        self.note.setText(gap.note)

    def reset_for_next(self) -> None:
        """After a save: keep everything as the default for the next gap, except what is unique to it."""
        self.multi.setChecked(False)
        self.cost.clear()
        self.note.clear()
        for w in (self.hours, self.shifts, self.agency):
            w.setText(w.text())  # forget their typing: Ctrl+Z now undoes the save (see WindowUndo)
        self.errors.clear()
        self.focus_first()

    def clear_all(self) -> None:
        """Rensa: every field back to how a new form starts (today, one shift, no choices)."""
        self.start.setDate(QDate.currentDate())
        self.multi.setChecked(False)
        self.end.setDate(self.start.date())
        self.shift.setCurrentIndex(0)
        if self.category.count():
            self.category.setCurrentIndex(0)
        self.shifts.setText("1")
        self.cause.setCurrentIndex(-1)
        self.coverage.setCurrentIndex(-1)
        for w in (self.agency, self.cost, self.note):
            w.clear()
        self._recompute_hours()
        self.errors.clear()
        self.focus_first()

    def focus_first(self) -> None:
        self.start.setFocus()
        self.start.selectAll()  # typing replaces the whole date

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
