"""The Export och delning page, offscreen, with the synchronous task runner and real folders."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hyrdesk.domain.period import Period
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.service import last_complete_month
from hyrdesk.services.settings import SHARED_FOLDER
from hyrdesk.ui.settings.dialog import SettingsDialog


@pytest.fixture
def page(window, unit):
    window.reload_units()
    window.show_page("export")
    page = window.current_page()
    assert page.key == "export" and type(page).__name__ == "ExportPage"
    return page


def finish(window) -> None:
    """Empty the shared undo stack while every page is still alive (at the end of a test that
    pushed onto it): when it is cleared as the window goes, other pages refresh half-destroyed
    widgets."""
    window.undo_stack.clear()


@pytest.fixture
def share(tmp_path, services):
    folder = tmp_path / "delad"
    folder.mkdir()
    services.settings.set(SHARED_FOLDER, folder)
    return folder


def test_defaults_to_the_last_complete_month_and_lists_the_sheets(page):
    assert page.dialogue.period == last_complete_month()
    sheets = [page.dialogue.included_model.index(r, 0).data() for r in range(page.dialogue.included_model.rowCount())]
    assert sheets == [
        schema.SHEET_SUMMARY,
        schema.SHEET_COSTS,
        schema.SHEET_GAPS,
        schema.SHEET_REVIEW,
        schema.SHEET_ACTIONS,
        schema.SHEET_AGREEMENT,
        schema.SHEET_DEFINITIONS,
        schema.SHEET_DATA,
    ]


def test_dialogue_text_is_saved_undoable_and_refuses_a_personal_number(page, window, services, unit):
    tab = page.dialogue
    tab.text_edit.setPlainText("=Vi behöver prata om natten")
    assert tab.save_text()
    assert services.exports.texts.get(unit, tab.period) == "=Vi behöver prata om natten"
    window.undo_stack.undo()
    assert services.exports.texts.get(unit, tab.period) == "" and tab.text_edit.toPlainText() == ""
    window.undo_stack.redo()
    assert tab.text_edit.toPlainText() == "=Vi behöver prata om natten"
    tab.text_edit.setPlainText("Gäller 19121212-1212")
    assert "personnummer" in tab.text_error.text()
    assert not tab.save_text()
    assert services.exports.texts.get(unit, tab.period) == "=Vi behöver prata om natten"
    finish(window)


def test_export_delivers_to_the_shared_folder_and_offers_to_open_it(page, window, services, share):
    tab = page.dialogue
    tab.text_edit.setPlainText("Text till chefen")
    tab.export_button.click()
    assert tab.last_path is not None and tab.last_path.exists()
    assert not tab.result.isHidden() and "Levererad till" in tab.result_label.text()
    delivered = share / "MED4" / tab.last_path.name
    assert delivered.exists()
    summary = {r[0]: r for r in load_workbook(delivered)[schema.SHEET_SUMMARY].iter_rows(values_only=True) if r[0]}
    assert "Text till chefen" in summary
    assert page.status_widget.isHidden()
    assert page.deliveries.model.rowCount() == 1
    finish(window)


def test_an_unreachable_folder_keeps_the_export_pending_and_the_retry_delivers_it(page, services, share):
    shutil.rmtree(share)
    page.dialogue.export_button.click()
    assert "väntar på leverans" in page.dialogue.result_label.text()
    assert not page.status_widget.isHidden() and "1 export väntar på leverans" in page.status_widget.text()
    assert "finns inte" in page.status_widget.toolTip()
    assert "1 väntar" in page.tabs.tabText(page.tabs.indexOf(page.deliveries))
    share.mkdir()
    page.monitor.retry()  # what the timer does every two minutes
    assert page.status_widget.isHidden()
    assert len(list((share / "MED4").iterdir())) == 1
    assert "Levererad till" in page.dialogue.result_label.text()


def test_leverera_nu(page, services, share):
    shutil.rmtree(share)
    page.dialogue.export_button.click()
    share.mkdir()
    assert page.deliveries.deliver_button.isEnabled()
    page.deliveries.deliver_button.click()
    assert services.delivery.pending() == []
    assert not page.deliveries.deliver_button.isEnabled()
    assert "Allt är levererat" in page.deliveries.summary.text()


def test_without_a_shared_folder_the_export_is_kept_and_waits(page, services):
    page.dialogue.export_button.click()
    assert page.dialogue.last_path.exists()
    assert "Ingen delad mapp" in page.folder_label.text()
    assert services.delivery.status().count == 1


def test_rollup_tab_compares_units_and_saves_the_workbook(page, services, share, tmp_path):
    page.dialogue.export_button.click()
    (share / "skräp.xlsx").write_text("nej")
    tab = page.rollup
    tab.folder.setText(str(share))
    tab.run()
    assert tab.model.rowCount() == 2  # the unit and the total
    assert tab.model.index(0, 0).data() == "MED4" and tab.model.index(1, 0).data() == "Summa"
    assert "1 fil togs inte med" in tab.summary.text() and "1 filer lästa" not in tab.summary.text()
    out = tmp_path / "alla"
    tab.save_to(out)
    assert (tmp_path / "alla.xlsx").exists() and not tab.open_button.isHidden()
    tab.save_csv_to(tmp_path / "bi")
    assert (tmp_path / "bi.csv").read_text(encoding="utf-8").startswith("unit_code,unit_name,care_area,period,")
    tab.run()  # again: nothing changed, nothing read
    assert "0 filer lästa, 2 oförändrade" in tab.summary.text()


def test_rollup_tab_explains_an_empty_total_in_its_tooltip(page, services, share, tmp_path):
    from tests.helpers.rollup import save, unit_export

    save(share, unit_export("A", "Avd A", Period(2026, 10), 100, 1000, {}))
    save(share, dataclasses.replace(unit_export("B", "Avd B", Period(2026, 10), 50, 1000, {}), review=None))
    tab = page.rollup
    tab.folder.setText(str(share))
    tab.run()
    model = tab.model
    column = model.headers.index("Frigjorda timmar per år")
    total = model.index(model.rowCount() - 1, column)
    assert total.data() == "–"
    assert total.data(Qt.ItemDataRole.ToolTipRole) == "Summan visas inte: 1 enhet saknar värdet (B)."
    assert "Tomma summor" in tab.summary.text()


def test_settings_dialog_says_when_the_shared_folder_cannot_be_written(app, qtbot, services, tmp_path):
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "saknas"))
    dialog.accept()
    error = dialog.errors._labels["folder"]
    assert not error.isHidden() and "finns inte" in error.text()
    assert services.settings.get(SHARED_FOLDER) is None
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    assert services.settings.get(SHARED_FOLDER) == tmp_path


def test_switching_period_keeps_the_text_of_the_one_left(page, window, services, unit):
    tab = page.dialogue
    first = tab.period
    tab.text_edit.setPlainText("Om förra månaden")
    tab.set_period(first - 1)
    assert services.exports.texts.get(unit, first) == "Om förra månaden"
    assert tab.text_edit.toPlainText() == ""
    tab.text_edit.setPlainText("19121212-1212")
    tab.set_period(first)  # refused: stays on the month, with the error
    assert tab.period == first - 1 and "personnummer" in tab.text_error.text()
    assert services.exports.texts.get(unit, first - 1) == ""
    finish(window)


def test_a_re_export_of_the_same_period_is_one_row_in_its_latest_state(page, window, services, share):
    tab = page.dialogue
    tab.export_button.click()
    tab.export_button.click()  # the same period again: the same file name
    names = [page.deliveries.model.items[i].target_name for i in range(page.deliveries.model.rowCount())]
    assert len(names) == len(set(names)) == 1
    finish(window)
