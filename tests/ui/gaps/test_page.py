"""The Bemanningsluckor page: keyboard entry, browse with filters, undo/redo, summary, import."""

import datetime as _dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.services.gaps.service import GapFilter
from hyrdesk.ui.gaps.model import BLOCK, COLUMNS

pytestmark = pytest.mark.gui


class _SilenceUndoOnClose(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Close:
            obj.undo_stack.blockSignals(True)
        return False


@pytest.fixture(autouse=True)
def quiet_undo_stack_at_teardown(window):
    # When the test's window is destroyed, the undo stack's last signals reach pages whose actions
    # are already gone (seen with the review page). Our commands are done by then: silence the
    # stack as the window closes.
    silencer = _SilenceUndoOnClose(window)
    window.installEventFilter(silencer)
    yield


@pytest.fixture
def page(window, unit):
    window.reload_units()
    window.show_page("gaps")
    p = window.current_page()
    assert p.key == "gaps"
    return p


def choose(combo, member):
    combo.setCurrentIndex(combo.findData(member))


def fill(form, qtbot, *, day=QDate(2024, 3, 5), cause=Cause.VACANCY, coverage=Coverage.HIRED):
    form.start.setDate(day)
    choose(form.shift, Shift.NIGHT)
    form.category.setCurrentIndex(form.category.findText("Sjuksköterska"))
    choose(form.cause, cause)
    choose(form.coverage, coverage)


def add_many(services, unit, n, start=_dt.date(2023, 1, 1)):
    gaps = [
        Gap(
            unit.id,
            start + _dt.timedelta(days=i % 700),
            start + _dt.timedelta(days=i % 700),
            list(Shift)[i % 3],
            1 + i % 5,
            60 * (1 + i % 12),
            list(Cause)[i % 5],
            list(Coverage)[i % 5],
            note="Stängda platser" if i % 10 == 0 else "",
        )
        for i in range(n)
    ]
    services.gaps.repo.insert_many(gaps)


def test_keyboard_entry_saves_clears_and_keeps_defaults(page, qtbot, services, unit, window):
    form = page.entry.form
    fill(form, qtbot)
    assert form.hours.text() == "10"  # one night shift of 10 h
    form.shifts.selectAll()
    qtbot.keyClicks(form.shifts, "2")
    assert form.hours.text() == "20"
    qtbot.keyClicks(form.agency, "Bemanning Nord AB")
    qtbot.keyClicks(form.cost, "18 000")
    form.note.insert("Stängda platser")  # QTest types ASCII only
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    saved = services.gaps.page(unit)
    assert len(saved) == 1
    g = saved[0]
    assert (g.start, g.shift, g.minutes, g.cause, g.coverage) == (
        _dt.date(2024, 3, 5),
        Shift.NIGHT,
        1200,
        Cause.VACANCY,
        Coverage.HIRED,
    )
    assert g.agency == "Bemanning Nord AB" and g.cost == Money.from_sek(18000) and g.note == "Stängda platser"
    # Cleared for the next gap, with the previous entry's values as defaults.
    assert form.note.text() == "" and form.cost.text() == ""
    assert form.start.date() == QDate(2024, 3, 5) and form.cause.currentData() == Cause.VACANCY
    assert form.hours.text() == "20" and form.agency.text() == "Bemanning Nord AB"
    assert form.start.hasFocus() or not window.isActiveWindow()
    assert page.entry.recent.rowCount() == 1
    # Enter again saves the next one straight away.
    qtbot.keyClick(form.hours, Qt.Key.Key_Enter)
    assert services.gaps.count(unit) == 2 and page.entry.recent.rowCount() == 2


def test_ctrl_z_in_the_form_undoes_the_save(page, qtbot, services, unit, window):
    window.activateWindow()
    form = page.entry.form
    fill(form, qtbot)
    form.hours.selectAll()
    qtbot.keyClicks(form.hours, "6")  # typing of its own, then saved with Enter
    qtbot.keyClick(form.hours, Qt.Key.Key_Return)
    assert services.gaps.count(unit) == 1
    for field in (form.start, form.hours, form.note):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert services.gaps.count(unit) == 0
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert services.gaps.count(unit) == 1
    # Typing in a field is undone in the field first.
    qtbot.keyClicks(form.note, "abc")
    qtbot.keyClick(form.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.gaps.count(unit) == 1 and form.note.text() == ""


def test_field_errors_are_shown_next_to_the_fields_and_nothing_is_saved(page, qtbot, services, unit):
    form = page.entry.form
    form.hours.clear()
    form.shifts.clear()
    qtbot.keyClicks(form.note, "ersatter 19121212-1212")
    assert form.note_hint.isVisible() and "personnummer" in form.note_hint.text()
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert services.gaps.count(unit) == 0
    errors = form.errors._labels
    assert errors["cause"].isVisible() and "Välj orsak" in errors["cause"].text()
    assert errors["coverage"].isVisible() and errors["hours"].isVisible()
    assert "inte sparad" in page.entry.status.text()


def test_agency_and_cost_only_for_hire(page, qtbot):
    form = page.entry.form
    fill(form, qtbot, coverage=Coverage.HIRED)
    assert form.agency.isEnabled() and form.cost.isEnabled()
    qtbot.keyClicks(form.agency, "X AB")
    choose(form.coverage, Coverage.POOL)
    assert not form.agency.isEnabled()
    values = form.values()
    assert values["agency"] == "" and values["cost"] is None


def test_name_in_note_is_a_warning_and_the_gap_is_saved(page, qtbot, services, unit):
    form = page.entry.form
    fill(form, qtbot)
    qtbot.keyClicks(form.note, "Anna Svensson")
    assert form.note_hint.isVisible() and "namn" in form.note_hint.text()
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert services.gaps.count(unit) == 1 and "namn" in page.entry.status.text()


def test_undo_and_redo_of_add_edit_delete(page, qtbot, services, unit, window, monkeypatch):
    form = page.entry.form
    fill(form, qtbot)
    page.entry.save()
    gap = services.gaps.page(unit)[0]
    stack = window.undo_stack
    stack.undo()
    assert services.gaps.count(unit) == 0 and page.browse.model.total == 0
    stack.redo()
    assert services.gaps.get(gap.id) == gap and page.browse.model.total == 1

    # Edit through the dialog: 10 h → 6 h.
    from hyrdesk.ui.gaps import dialog as dialog_module

    def fake_exec(self):
        self.form.hours.setText("6")
        self.accept()
        return self.result()

    monkeypatch.setattr(dialog_module.GapDialog, "exec", fake_exec)
    page.browse.edit_requested.emit(gap)
    assert services.gaps.get(gap.id).minutes == 360
    stack.undo()
    assert services.gaps.get(gap.id).minutes == 600
    stack.redo()
    assert services.gaps.get(gap.id).minutes == 360

    # Delete with the Delete key, then Ctrl+Z / Ctrl+Shift+Z through the window's actions.
    page.tabs.setCurrentWidget(page.browse)
    view = page.browse.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert services.gaps.count(unit) == 0
    window.act_undo.trigger()
    assert services.gaps.count(unit) == 1 and services.gaps.get(gap.id).minutes == 360
    window.act_redo.trigger()
    assert services.gaps.count(unit) == 0


def test_browse_filters_and_sorts_in_sql(page, services, unit):
    add_many(services, unit, 1000)
    page.changed()
    b = page.browse
    assert b.model.rowCount() == 1000 and "1 000 luckor" in b.count_label.text().replace("\u00a0", " ")
    b.category.setCurrentIndex(b.category.findText("Sjuksköterska"))
    assert b.model.rowCount() == 200
    choose(b.cause, Cause.VACANCY)
    assert b.model.rowCount() == services.gaps.count(unit, GapFilter(category_id=2, cause=Cause.VACANCY))
    b.clear_filters()
    assert b.model.rowCount() == 1000
    b.first.setDate(QDate(2023, 1, 1))
    b.last.setDate(QDate(2023, 1, 31))
    assert b.model.rowCount() == services.gaps.count(
        unit, GapFilter(first=_dt.date(2023, 1, 1), last=_dt.date(2023, 1, 31))
    )
    b.clear_filters()
    b.text.setText("STÄNGDA")
    b.apply_filter()  # what the timer does a moment after typing
    assert b.model.rowCount() == 100
    b.clear_filters()
    header = b.view.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("hours"), Qt.SortOrder.DescendingOrder)
    assert b.model.sort_key == "hours"
    hours = [b.model.gap_at(r).minutes for r in range(30)]
    assert hours == sorted(hours, reverse=True) and hours[0] == 720
    header.setSortIndicator(COLUMNS.index("note"), Qt.SortOrder.AscendingOrder)  # not sortable
    assert b.model.sort_key == "hours" and header.sortIndicatorSection() == COLUMNS.index("hours")


def test_the_model_reads_only_the_rows_on_screen(page, services, unit):
    add_many(services, unit, 5000)
    page.changed()
    b = page.browse
    b.view.scrollToBottom()
    b.view.viewport().repaint()
    assert b.model.rowCount() == 5000
    assert len(b.model._blocks) <= 3
    assert b.model.gap_at(4999) is not None and len(b.model._blocks) <= 4
    assert sum(len(v) for v in b.model._blocks.values()) <= 4 * BLOCK


def test_summary_tab_table_and_chart(page, services, unit):
    services.gaps.insert(
        Gap(unit.id, _dt.date(2024, 1, 10), _dt.date(2024, 1, 10), Shift.NIGHT, 2, 600, Cause.VACANCY, Coverage.HIRED)
    )
    services.gaps.insert(
        Gap(unit.id, _dt.date(2024, 2, 3), _dt.date(2024, 2, 3), Shift.DAY, 4, 450, Cause.PLANNED, Coverage.UNCOVERED)
    )
    page.changed()
    s = page.summary
    page.tabs.setCurrentWidget(s)
    s.first.setDate(QDate(2024, 1, 1))
    s.last.setDate(QDate(2024, 3, 1))
    m = s.model
    assert m.rowCount() == 4  # three months and the total
    assert m.index(0, 0).data() == "jan 2024" and m.index(0, 1).data() == "10"
    assert m.index(3, 1).data() == "17,5"
    assert m.index(3, m.columnCount() - 1).data().startswith("57,1")
    assert "17,5" in s.headline.text()
    tip = s.chart.tooltip_at(Period(2024, 2).index)
    assert "februari 2024" in tip and "Ej täckt" in tip and "7,5" in tip
    s.dimension.setCurrentIndex(1)
    assert m.headerData(2, Qt.Orientation.Horizontal) == "Vakans"
    assert "Planerad" in s.chart.tooltip_at(Period(2024, 2).index)


def test_summary_shows_the_last_year_with_gaps_for_an_old_log(page, services, unit):
    add_many(services, unit, 50, start=_dt.date(2022, 3, 1))  # 2022-03-01 .. 2022-04-19
    page.set_unit(unit)
    s = page.summary
    page.tabs.setCurrentWidget(s)
    assert s.period_range() == (Period(2021, 5), Period(2022, 4))
    assert s.model.index(s.model.rowCount() - 1, 1).data() != "0"


def test_import_through_the_wizard_and_undo_it(page, services, unit, tmp_path, monkeypatch, window):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Datum", "Pass", "Yrke", "Timmar", "Orsak", "Täckt av"])
    ws.append([_dt.date(2024, 3, 4), "natt", "ssk", 10, "vakans", "hyrpersonal"])
    ws.append([_dt.date(2024, 3, 5), "dag", "usk", 8, "sjuk", "timvikarie"])
    ws.append(["2024-02-30", "dag", "usk", 8, "sjuk", "timvikarie"])
    path = tmp_path / "logg.xlsx"
    wb.save(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    wizard = page.open_import_wizard(path)
    assert wizard.steps.currentIndex() == 0
    wizard.next_button.click()  # preview
    assert wizard.steps.currentIndex() == 1
    assert wizard.rejected_model.rowCount() == 1 and wizard.rejected_model.index(0, 0).data() == "4"
    wizard.next_button.click()  # import
    assert services.gaps.count(unit) == 2 and "2 bemanningsluckor importerades" in shown[0]
    assert page.browse.model.total == 2
    window.undo_stack.undo()
    assert services.gaps.count(unit) == 0 and page.browse.model.total == 0
    window.undo_stack.redo()
    assert services.gaps.count(unit) == 2
    again = page.open_import_wizard(path)
    again.next_button.click()
    assert "fanns redan" in again.summary.text() and not again.next_button.isEnabled()
    again.reject()


def test_nothing_is_read_until_the_page_is_shown(window, unit, services):
    window.reload_units()
    page = next(p for p in window.pages if p.key == "gaps")
    assert not page.isVisible() and page.browse.model.unit is None
    services.gaps.add(
        unit,
        {"start": "2024-03-05", "shift": "dag", "category": "ssk", "hours": "8", "cause": "vakans", "coverage": "pool"},
    )
    page.changed()  # e.g. Ctrl+Z on another page
    window.show_page("gaps")
    assert page.browse.model.total == 1


def test_shift_lengths_dialog(page, services, monkeypatch):
    from hyrdesk.ui.gaps.shift_dialog import ShiftLengthsDialog

    dialog = ShiftLengthsDialog(services.gaps, services.settings, page)
    dialog.edits[Shift.NIGHT].setText("25")
    dialog.accept()
    assert "24" in dialog.errors._labels["natt"].text()
    dialog.edits[Shift.NIGHT].setText("9,5")
    dialog.accept()
    assert str(services.gaps.shift_hours()[Shift.NIGHT]) == "9.5"
