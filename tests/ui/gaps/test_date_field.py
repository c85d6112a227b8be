"""The date field in the gap form, the edit dialog and the Alla luckor filters, typed at as a user does."""

import datetime as _dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from hyrdesk.domain.gaps import Cause, Coverage, Shift
from hyrdesk.ui.widgets.date_field import DateField

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, unit):
    window.reload_units()
    window.show_page("gaps")
    return window.current_page()


def type_date(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    if text:
        qtbot.keyClicks(field, text)
    else:
        field.clear()
    field.editingFinished.emit()  # what leaving the field does


@pytest.mark.parametrize(
    "text, expected",
    [("2026-11-23", (2026, 11, 23)), ("20261123", (2026, 11, 23)), ("23/11/2026", (2026, 11, 23))],
)
def test_a_typed_whole_date_replaces_the_value(qtbot, page, text, expected):
    """The issue's case 4: 2026-11-23 typed into Datum was saved as 2026-12-11."""
    form = page.entry.form
    form.focus_first()
    assert form.start.selectedText() == form.start.text()  # typing replaces the whole date
    type_date(qtbot, form.start, text)
    assert form.start.value() == _dt.date(*expected) and form.start.text() == "2026-11-23"
    assert form.values()["start"] == _dt.date(*expected)


def test_day_and_month_is_this_year(qtbot, page):
    form = page.entry.form
    type_date(qtbot, form.start, "23/11")
    assert form.start.value() == _dt.date(_dt.date.today().year, 11, 23)


def test_a_partial_date_is_an_error_under_the_field_and_nothing_is_saved(qtbot, page, services, unit):
    form = page.entry.form
    form.start.setDate(QDate(2024, 3, 5))
    type_date(qtbot, form.start, "2026-11")
    assert "inget helt datum" in form.start.problem()
    assert "inget helt datum" in form.start.accessibleDescription()
    assert form.start.value() == _dt.date(2024, 3, 5)  # not some other date
    form.shift.setCurrentIndex(form.shift.findData(Shift.DAY))
    form.category.setCurrentIndex(1)
    form.cause.setCurrentIndex(form.cause.findData(Cause.VACANCY))
    form.coverage.setCurrentIndex(form.coverage.findData(Coverage.OWN_STAFF))
    qtbot.keyClick(form.hours, Qt.Key.Key_Return)
    assert services.gaps.count(unit) == 0
    assert "2026-11" in form.start.accessibleDescription()
    type_date(qtbot, form.start, "2026-02-30")
    assert "inget giltigt datum" in form.start.problem()
    type_date(qtbot, form.start, "2026-02-27")
    assert form.start.problem() == "" and form.start.value() == _dt.date(2026, 2, 27)


def test_tab_leaves_an_empty_date_filter(qtbot, window, page):
    """Tab never left Från on Alla luckor while it showed "–"."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    b = page.browse
    page.tabs.setCurrentWidget(b) if hasattr(page, "tabs") else None
    b.first.setFocus()
    qtbot.waitUntil(b.first.hasFocus, timeout=2000)
    assert b.first.text() == "" and b.first.placeholderText() == "–"
    qtbot.keyClick(b.first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is b.last
    qtbot.keyClick(b.last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not b.last


def test_a_filter_takes_a_typed_date_and_explains_a_bad_one(qtbot, page):
    b = page.browse
    type_date(qtbot, b.first, "20230105")
    assert b.current_filter().first == _dt.date(2023, 1, 5)
    type_date(qtbot, b.last, "2023-13")
    assert not b.date_error.isHidden() and "2023-13" in b.date_error.text()
    assert b.current_filter().last is None  # still no limit, not some other date
    type_date(qtbot, b.last, "")
    assert b.date_error.isHidden()
    b.clear_filters()
    assert b.first.value() is None


def test_up_and_down_step_a_day(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 2, 28))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == _dt.date(2026, 3, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == _dt.date(2026, 2, 28)
