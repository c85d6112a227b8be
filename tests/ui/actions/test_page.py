"""The Åtgärder page: table, follow-up cards, form, before/after chart, plan text, Excel import; every change undoable."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from hyrdesk.domain.actions import ActionStatus
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.services.actions.workbook import SHEET_ACTIONS
from hyrdesk.ui.actions import dialog as action_dialog
from hyrdesk.ui.actions import page as action_page
from hyrdesk.ui.actions.model import COLUMNS
from tests.helpers.actions import values

pytestmark = pytest.mark.gui
TODAY = dt.date(2025, 1, 15)  # follow-up month: December 2024


@pytest.fixture
def page(window, unit, services):
    nurse = services.units.category_by_name("Sjuksköterska").id
    for m in range(1, 13):
        day = dt.date(2024, m, 10)
        services.gaps.insert(
            Gap(unit.id, day, day, Shift.DAY, nurse, (40 if m <= 6 else 10) * 60, Cause.VACANCY, Coverage.HIRED)
        )
    services.actions.add(unit, values(due="2025-03-31"))  # hire hours 40 → 10, expected −20: reached
    services.actions.add(unit, values(title="Ny schemamodell", status="ej påbörjad", due="2024-10-31"))
    window.reload_units()
    window.show_page("actions")
    p = window.current_page()
    p._today = TODAY
    p.refresh()
    return p


def cell(page, row, key):
    return page.proxy.index(row, COLUMNS.index(key)).data()


def test_table_cards_and_chart_show_the_plan(page):
    assert page.key == "actions" and page.proxy.rowCount() == 2
    assert page.done_card.value.text() == "0 av 2" and page.overdue_card.value.text() == "1"
    rows = {cell(page, r, "title"): r for r in range(2)}
    r = rows["Rekrytera två specialistsjuksköterskor"]
    assert (cell(page, r, "baseline"), cell(page, r, "observed"), cell(page, r, "change")) == ("40 h", "10 h", "−30 h")
    assert cell(page, r, "reached") == "Uppnådd" and cell(page, r, "status") == "Pågår"
    late = rows["Ny schemamodell"]
    assert cell(page, late, "status") == "Ej påbörjad, försenad"
    page.table.selectRow(r)
    assert page.chart.action.title == "Rekrytera två specialistsjuksköterskor" and page.chart.effect.observed == 10
    assert "december 2024" in page.plan_title.text()
    assert not page.chart.grab().isNull()


def test_new_action_through_the_form_with_undo_and_redo(page, monkeypatch, window, services, unit):
    def fill(dialog):
        dialog.title.setText("Egen bemanningspool")
        dialog.owner.setEditText("Verksamhetschef")
        dialog.level.setCurrentIndex(dialog.level.findData("forvaltning"))
        dialog.causes[Cause.UNPLANNED].setChecked(True)
        dialog.indicator.setCurrentIndex(dialog.indicator.findData("hire_hours"))
        dialog.expected.setText("-10")
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result_action else QDialog.DialogCode.Rejected

    monkeypatch.setattr(action_dialog.ActionDialog, "exec", fill)
    page.new_action()
    assert page.proxy.rowCount() == 3 and page.dialogue_card.value.text() == "1"
    window.undo_stack.undo()
    assert page.proxy.rowCount() == 2 and len(services.actions.actions(unit)) == 2
    window.undo_stack.redo()
    assert page.proxy.rowCount() == 3


def test_the_form_shows_every_error_and_saves_nothing(page, services, unit):
    dialog = action_dialog.ActionDialog(services.actions, services.units, unit, parent=page)
    dialog.title.setText("")
    dialog.owner.setEditText("Anna Andersson")
    dialog.expected.setText("-5")
    dialog.accept()
    assert dialog.result_action is None
    assert dialog.errors._labels["title"].text() and dialog.errors._labels["owner_role"].text()
    assert dialog.errors._labels["indicator"].text()
    dialog.close()


def test_mark_done_delete_and_plan_text_are_undoable(page, window, services, unit):
    page.table.selectRow(0)
    chosen = page.selected()[0]
    page.mark_done()
    assert services.actions.get(chosen.id).status is ActionStatus.DONE and page.done_card.value.text() == "1 av 2"
    window.undo_stack.undo()
    assert services.actions.get(chosen.id).status is chosen.status
    page.table.selectRow(0)
    page.delete_selected()
    assert page.proxy.rowCount() == 1
    window.undo_stack.undo()
    assert page.proxy.rowCount() == 2 and services.actions.get(chosen.id) == chosen

    page.plan.setPlainText("Följ upp rekryteringen i februari.")
    page.save_plan()
    month = page.follow_up
    assert services.actions.plan_text(unit, month) == "Följ upp rekryteringen i februari."
    window.undo_stack.undo()
    assert services.actions.plan_text(unit, month) == "" and page.plan.toPlainText() == ""
    page.plan.setPlainText("19121212-1212")
    page.save_plan()
    assert page.plan_error.isVisibleTo(page) and services.actions.plan_text(unit, month) == ""


def test_import_previews_then_saves_and_undo_puts_it_back(page, monkeypatch, window, services, unit, tmp_path):
    path = services.actions.export_workbook(tmp_path / "plan.xlsx", unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_ACTIONS]
    col = {c.value: c.column_letter for c in ws[1]}
    ws[f"{col['Status']}2"] = "Genomförd"
    ws[f"{col['Status']}3"] = "Genomförd"
    wb.save(path)
    shown = []

    def accept(self):
        shown.append(self.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(action_page._TextDialog, "exec", accept)
    page.import_workbook(str(path))
    assert shown == ["Läs in åtgärdsplan"] and page.done_card.value.text() == "2 av 2"
    window.undo_stack.undo()
    assert page.done_card.value.text() == "0 av 2"
    window.undo_stack.redo()
    assert page.done_card.value.text() == "2 av 2"
