"""A date field that takes a typed date whole, for the gap form, the edit dialog and the filters.

``QDateEdit`` edits one section at a time: typing ``2026-11-23`` into it
with the day section selected gave 2026-12-11, and a filter showing "–"
kept Tab inside itself. This is a line edit instead: what is typed is read
as one date when the field is left or Enter is pressed (``2026-11-23``,
``20261123``, ``23/11``, ``23/11/2026``) and replaces the value; a partial
or impossible date is shown as an error (``problem_changed``) and never
becomes another date. Tab always moves on. Up and Down step a day; the
button at the end opens a calendar.

A field that ``allow_empty`` treats an empty text as "no date" (a filter
without a limit); it shows ``empty_text`` as its placeholder.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from hyrdesk.domain.dates import parse_typed_date


def to_qdate(d: _dt.date | None) -> QDate:
    return QDate() if d is None else QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> _dt.date | None:
    return _dt.date(q.year(), q.month(), q.day()) if q.isValid() else None


class DateField(QLineEdit):
    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so callers connect as before
    problem_changed = Signal(str)  # a Swedish message, or "" when the text is a date again

    def __init__(self, allow_empty: bool = False, empty_text: str = "–", parent: QWidget | None = None):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self._value: _dt.date | None = None
        self._problem = ""
        self.setPlaceholderText(empty_text if allow_empty else self.tr("ÅÅÅÅ-MM-DD"))
        self.setMaximumWidth(150)
        self.setMinimumWidth(110)
        self.setToolTip(self.tr("Skriv ett datum, t.ex. 2026-11-23, 20261123, 23/11 eller 23/11/2026"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Välj i kalendern"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self.commit)
        self._calendar: QCalendarWidget | None = None

    # --- the value ------------------------------------------------------------------------
    def value(self) -> _dt.date | None:
        return self._value

    def date(self) -> QDate:
        return to_qdate(self._value)

    def setDate(self, date: QDate | _dt.date | None) -> None:  # noqa: N802 - QDateEdit's name, kept for callers
        value = from_qdate(date) if isinstance(date, QDate) else date
        self.setText("" if value is None else value.isoformat())
        self._set_problem("")
        self._set_value(value)

    def clear_date(self) -> None:
        self.setDate(None)

    def problem(self) -> str:
        """Why the typed text is not a date ("" when it is one, or empty where that is allowed)."""
        return self._problem

    def typed_value(self):
        """The date, or the typed text when it is not one (a form passes that on to validation)."""
        return self.text().strip() if self._problem else self._value

    def commit(self) -> bool:
        """Read the typed text as the value; False (and a problem shown) when it is not a whole date."""
        text = self.text().strip()
        if not text:
            if self.allow_empty:
                self._set_problem("")
                self._set_value(None)
                return True
            self._set_problem(self.tr("Ange ett datum, t.ex. 2026-11-23."))
            return False
        try:
            value = parse_typed_date(text, _dt.date.today())
        except ValueError as exc:
            self._set_problem(str(exc))
            return False
        self.setText(value.isoformat())
        self._set_problem("")
        self._set_value(value)
        return True

    def _set_value(self, value: _dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateChanged.emit(to_qdate(value))

    def _set_problem(self, message: str) -> None:
        if message != self._problem:
            self._problem = message
            self.setAccessibleDescription(message)
            self.setProperty("invalid", bool(message))
            self.style().unpolish(self)
            self.style().polish(self)
            self.problem_changed.emit(message)

    # --- keyboard and calendar ---------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(event.key())
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.commit():
                base = self._value or _dt.date.today()
                self.setDate(base + _dt.timedelta(days=step) if self._value else base)
                self.selectAll()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()  # then the form sees Enter too (it submits)
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        self._calendar.setSelectedDate(to_qdate(self._value or _dt.date.today()))
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setDate(date)
        self.setFocus()
