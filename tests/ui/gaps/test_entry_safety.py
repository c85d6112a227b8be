"""Registrera: Rensa empties the form; the same gap twice asks first; undo does not list a gap twice."""

import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from hyrdesk.domain.gaps import Cause, Coverage, Shift

pytestmark = pytest.mark.gui


class _SilenceUndoOnClose(QObject):
    """The undo stack's last signals must not reach pages whose window is closing."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Close:
            obj.undo_stack.blockSignals(True)
        return False


@pytest.fixture
def page(window, unit):
    window.installEventFilter(_SilenceUndoOnClose(window))
    window.reload_units()
    window.show_page("gaps")
    return window.current_page()


def fill(form, day=QDate(2024, 3, 5)):
    form.start.setDate(day)
    form.shift.setCurrentIndex(form.shift.findData(Shift.NIGHT))
    form.cause.setCurrentIndex(form.cause.findData(Cause.VACANCY))
    form.coverage.setCurrentIndex(form.coverage.findData(Coverage.OWN_STAFF))


def test_rensa_empties_every_field(page, qtbot):
    form = page.entry.form
    fill(form)
    form.note.setText("Stängd sal")
    page.entry.clear()
    assert form.start.date() == QDate.currentDate()
    assert form.shift.currentIndex() == 0
    assert form.cause.currentIndex() == -1 and form.coverage.currentIndex() == -1
    assert form.note.text() == "" and form.shifts.text() == "1"


def test_saving_the_gap_just_saved_asks_first(page, qtbot, services, unit, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    form = page.entry.form
    fill(form)
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    before = len(page.entry.recent.rows)
    qtbot.keyClick(form.note, Qt.Key.Key_Return)  # the form kept its choices: the same gap again
    assert len(asked) == 1
    assert len(page.entry.recent.rows) == before, "answering No saves nothing"
    form.start.setDate(QDate(2024, 3, 6))
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert len(asked) == 1, "another day is another gap: no question"
    assert len(page.entry.recent.rows) == before + 1


def test_undo_then_a_new_save_lists_the_new_gap_once(page, qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form = page.entry.form
    fill(form)
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    window.undo_stack.undo()
    fill(form, QDate(2024, 3, 9))
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    rows = page.entry.recent.rows
    assert len(rows) == 1, [r[1] for r in rows]
    assert rows[0][0].start.day == 9


def test_registrerade_nu_shows_the_coverage_beside_the_date(page):
    from hyrdesk.ui.gaps.model import COLUMNS

    header = page.entry.recent_view.horizontalHeader()
    assert header.visualIndex(COLUMNS.index("coverage")) == 1
