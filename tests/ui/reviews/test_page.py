"""The Administrativ översyn page: start, guided flow, table edits with undo, Excel round trip."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from hyrdesk.domain.review import Proposal
from hyrdesk.services.reviews.workbook import SHEET_TASKS
from hyrdesk.ui.reviews import excel_dialogs, start_dialog
from hyrdesk.ui.reviews.task_model import SORT_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, unit):
    window.reload_units()
    window.show_page("review")
    return window.current_page()


def accept(monkeypatch, cls):
    monkeypatch.setattr(cls, "exec", lambda self: QDialog.DialogCode.Accepted)


def start(page, monkeypatch):
    accept(monkeypatch, start_dialog.StartReviewDialog)
    page.start_review()
    return page.review


def test_empty_state_then_start_undo_and_redo(page, monkeypatch, window, services, unit):
    assert page.key == "review" and page.stack.currentIndex() == 0
    review = start(page, monkeypatch)
    assert page.stack.currentIndex() == 1 and review.template_id == "standard"
    assert page.tabs.currentWidget() is page.guided
    assert page.guided.steps.count() == 10  # start, eight areas, summary
    window.undo_stack.undo()
    assert services.reviews.reviews(unit) == [] and page.stack.currentIndex() == 0
    window.undo_stack.redo()
    assert [r.id for r in services.reviews.reviews(unit)] == [review.id]


def test_guided_flow_adds_suggestions_with_one_click(page, monkeypatch, window, qtbot):
    review = start(page, monkeypatch)
    flow = page.guided
    flow.steps.setCurrentRow(1)
    assert flow.heading.text() == "Dokumentation" and "dubbeldokumentation" in flow.guidance.text()
    first = flow.suggestion_grid.itemAtPosition(0, 1).widget()
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    tasks = page.reviews.tasks(review)
    assert len(tasks) == 1 and tasks[0].area == "dokumentation"
    assert flow.suggestion_grid.itemAtPosition(0, 1).widget().isEnabled() is False  # "Tillagd"
    qtbot.mouseClick(flow.add_all_button, Qt.MouseButton.LeftButton)
    assert len(page.reviews.tasks(review)) == 5 and flow.proxy.rowCount() == 5
    assert "(5)" in flow.steps.item(1).text()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert page.reviews.tasks(review) == []
    flow.steps.setCurrentRow(flow.steps.count() - 1)
    assert flow.body.currentWidget() is flow.summary_body
    flow.next_button.click()
    assert page.tabs.currentWidget() is page.summary


def test_table_edits_in_place_route_follows_and_undo(page, monkeypatch, window):
    start(page, monkeypatch)
    page.add_suggestions("moten", page.model.template.area("moten").suggested_tasks[:2])
    model = page.model
    row = 0
    task = model.task(row)
    # A suggestion starts with Påverkar andra enheter empty and, kept as it is, has no route.
    assert task.affects_others is None
    assert model.data(model.index(row, model.column_of("route"))) == ""
    assert not model.setData(model.index(row, model.column_of("proposal")), "Ta bort")  # a change needs the answer
    assert model.setData(model.index(row, model.column_of("affects_others")), "Nej")
    assert model.data(model.index(row, model.column_of("route"))) == ""  # still Behålla: no route
    assert model.setData(model.index(row, model.column_of("proposal")), "Ta bort")
    assert model.data(model.index(row, model.column_of("route"))) == "Eget beslut"
    assert page.reviews.task(task.id).hours_freed == page.reviews.task(task.id).hours_per_year.quantize(
        task.hours_freed
    )
    assert not model.flags(model.index(row, model.column_of("route"))) & Qt.ItemFlag.ItemIsEditable

    messages = []
    model.edit_failed.connect(messages.append)
    assert not model.setData(model.index(row, model.column_of("minutes")), "en kvart")
    assert messages and "heltal" in messages[0]
    assert page.table.message.text() == messages[0]
    assert not model.setData(model.index(row, model.column_of("description")), "Intyg 19121212-1212")
    assert "personnummer" in messages[-1]

    window.undo_stack.undo()
    window.undo_stack.undo()
    back = page.reviews.task(task.id)
    assert back.proposal is Proposal.KEEP and back.route is None


def test_delete_and_undo_restores_the_same_task(page, monkeypatch, window):
    review = start(page, monkeypatch)
    page.add_suggestions("hr", page.model.template.area("hr").suggested_tasks)
    before = page.reviews.tasks(review)
    page.table.view.selectRow(0)
    page.table.view.selectRow(1)
    page.table._delete()
    assert len(page.reviews.tasks(review)) == len(before) - 1
    window.undo_stack.undo()
    assert page.reviews.tasks(review) == before


def test_sorting_and_filters(page, monkeypatch):
    start(page, monkeypatch)
    for area in page.model.template.areas[:3]:
        page.add_suggestions(area.key, area.suggested_tasks)
    tab = page.table
    tab.area_filter.setCurrentIndex(tab.area_filter.findData("moten"))
    assert tab.proxy.rowCount() == 0
    tab.area_filter.setCurrentIndex(tab.area_filter.findData("rapportering"))
    assert tab.proxy.rowCount() == 5
    tab.area_filter.setCurrentIndex(0)
    tab.search.setText("ÅRSRAPPORT")
    assert tab.proxy.rowCount() == 1
    tab.search.clear()
    col = page.model.column_of("hours_per_year")
    tab.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = [tab.proxy.index(r, col).data(SORT_ROLE) for r in range(tab.proxy.rowCount())]
    assert values == sorted(values, reverse=True)


def test_excel_round_trip_from_the_page(page, monkeypatch, tmp_path, services, unit):
    review = start(page, monkeypatch)
    page.add_suggestions("moten", page.model.template.area("moten").suggested_tasks[:1])
    path = services.reviews.export_workbook(tmp_path / "ut.xlsx", review, unit=unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = {c.value: c.column_letter for c in ws[1]}
    ws[f"{col['Förslag']}2"] = "Förenkla"
    ws[f"{col['Påverkar andra enheter']}2"] = "Nej"  # required for a change
    ws[f"{col['Område']}3"] = "Övrigt"
    ws[f"{col['Uppgift']}3"] = "Ny rad från Excel"
    ws[f"{col['Utförs av (roll)']}3"] = "Undersköterska"
    ws[f"{col['Minuter per tillfälle']}3"] = 10
    ws[f"{col['Frekvens']}3"] = "per vecka"
    wb.save(path)

    shown = {}
    monkeypatch.setattr(
        excel_dialogs.ImportPreviewDialog,
        "exec",
        lambda self: shown.setdefault("preview", self.text.toPlainText()) and QDialog.DialogCode.Accepted,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.setdefault("done", a[2]))
    page.read_workbook(path)
    assert "Behålla → Förenkla" in shown["preview"] and "Ny rad från Excel" in shown["preview"]
    assert "1 nya och 1 ändrade" in shown["done"]
    assert len(page.model.tasks) == 2
    page.undo_stack.undo()
    assert [t.description for t in page.reviews.tasks(review)] == ["Arbetsplatsträff (APT): förberedelse och protokoll"]

    ws[f"{col['Minuter per tillfälle']}3"] = "tio"
    ws[f"{col['Påverkar andra enheter']}2"] = None  # a change without the answer: the import says so
    ws[f"{col['Uppgift']}2"] = "Intyg 19121212-1212"  # masked on import, not an error
    wb.save(path)
    monkeypatch.setattr(
        excel_dialogs.WorkbookErrorsDialog,
        "exec",
        lambda self: shown.setdefault("errors", self.text.toPlainText()) and 0,
    )
    page.read_workbook(path)
    assert f"{SHEET_TASKS}!{col['Minuter per tillfälle']}3" in shown["errors"]
    assert f"{SHEET_TASKS}!{col['Uppgift']}2" not in shown["errors"] and "19121212" not in shown["errors"]
    assert f"{SHEET_TASKS}!{col['Påverkar andra enheter']}2" in shown["errors"]


@pytest.fixture
def demo_services(tmp_path):
    from hyrdesk.paths import Paths
    from hyrdesk.services.demo.builder import create_demo

    services = create_demo(Paths(tmp_path / "demo"), today=dt.date(2026, 11, 22))
    yield services
    services.close()


def test_demo_review_page(demo_services, app, qtbot):
    # demo_services comes first so that it is closed after qtbot has closed the window.
    from hyrdesk.app import build_main_window
    from hyrdesk.ui.runtime.tasks import SyncTaskRunner

    w = build_main_window(demo_services, SyncTaskRunner(), demo=True)
    qtbot.addWidget(w)
    w.show()
    w.show_page("review")
    page = w.current_page()
    assert page.review.ongoing and page.model.rowCount() > 10
    assert page.history.model.rowCount() == 2
    assert page.summary.proposal_model.rowCount() == 5
    page.toggle_finished()
    assert not page.review.ongoing
    w.undo_stack.undo()
    assert page.review.ongoing
