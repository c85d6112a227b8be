"""The Hyrkostnader page and its dialogs, offscreen, over demo data and real files."""

import datetime as _dt
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMessageBox

from hyrdesk.app import build_main_window
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.paths import Paths
from hyrdesk.services.demo.builder import create_demo
from hyrdesk.ui.costs.accounts_dialog import AccountsDialog
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui

TODAY = _dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[-1]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[-1]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def demo(tmp_path):
    s = create_demo(Paths(tmp_path / "demo"), today=TODAY)
    yield s
    s.close()


@pytest.fixture
def demo_window(app, qtbot, demo):
    w = build_main_window(demo, SyncTaskRunner(), demo=True)
    qtbot.addWidget(w)
    w.show()
    return w


def costs_page(window):
    window.show_page("costs")
    page = window.current_page()
    assert page.key == "costs"
    return page


def test_empty_unit_shows_how_to_start(unit, window):
    page = costs_page(window)
    assert page.body.currentIndex() == 0
    assert page.cost_plot is None  # no plots built (nor pyqtgraph needed) without figures
    assert page.import_button.isEnabled() and page.entry_button.isEnabled()


def test_demo_plots_table_and_range(demo_window, demo):
    page = costs_page(demo_window)
    assert page.body.currentIndex() == 1
    assert page.selected_period() == Period(2026, 10)
    assert len(page.cost_plot.months) == 36 and page.cost_plot.months[-1] == Period(2026, 10)
    page.range_combo.setCurrentIndex(page.range_combo.findData(12))
    assert page.cost_plot.months == page.ratio_plot.months
    assert len(page.cost_plot.months) == 12
    page.range_combo.setCurrentIndex(page.range_combo.findData(0))
    assert page.cost_plot.months[0] == Period(2023, 1) and len(page.cost_plot.months) == 46
    model = page.ytd_model
    assert model.rowCount() == 4
    assert [model.data(model.index(r, 0)) for r in range(4)][-1] == "Totalt"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Ack 2026"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Ack 2025"
    assert "oktober 2025" in model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    unit = demo.units.current()
    total = demo.costs.summary(unit, Period(2026, 10))[-1]
    assert model.data(model.index(3, 1)).endswith("tkr")
    assert model.data(model.index(3, 1), Qt.ItemDataRole.ToolTipRole) == total.ytd.format_kr()
    assert model.data(model.index(3, 4)).endswith("%")
    assert "jan–okt 2026" in page.table_title.text() and "2025" in page.table_title.text()
    assert "2,0" in page.definition.text() and "SKR-måttet" in page.definition.text()
    # An earlier month re-draws everything up to it.
    page.month_combo.setCurrentIndex(page.month_combo.findData(Period(2024, 3).index))
    assert page.cost_plot.months[-1] == Period(2024, 3)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Ack 2024"
    page.refresh()  # e.g. after an edit: the chosen month stays chosen
    assert page.selected_period() == Period(2024, 3)


def test_hover_shows_exact_values(demo_window, demo):
    page = costs_page(demo_window)
    unit = demo.units.current()
    july = Period(2026, 7)
    m = demo.costs.summary(unit, july)[-1]
    assert page.cost_plot.show_month_at(july.index + 0.3) == july
    text = page.cost_plot.readout.text()
    assert "jul 2026" in text and m.hire.format_kr() in text and m.r12.format_kr() in text
    page.ratio_plot.show_month_at(july.index - 0.2)
    assert "jul 2026" in page.ratio_plot.readout.text() and "%" in page.ratio_plot.readout.text()
    # Beyond the data the nearest month is shown.
    assert page.cost_plot.show_month_at(10**6) == Period(2026, 10)


def test_plots_save_as_png(demo_window, tmp_path):
    page = costs_page(demo_window)
    for plot, name in ((page.cost_plot, "kost.png"), (page.ratio_plot, "andel.png")):
        assert plot.save_png(str(tmp_path / name))
        image = QImage(str(tmp_path / name))
        assert not image.isNull() and image.width() > 200 and image.height() > 150


def test_target_setting_moves_the_target_line(demo_window, demo):
    from decimal import Decimal

    from hyrdesk.services.settings import HIRE_TARGET_PCT

    demo.settings.set(HIRE_TARGET_PCT, Decimal("3"))
    page = costs_page(demo_window)
    page.refresh()
    assert page.ratio_plot.target_line.value() == 3.0
    assert "3,0" in page.definition.text()


def test_manual_entry_goes_through_the_undo_stack(demo_window, demo):
    page = costs_page(demo_window)
    unit = demo.units.current()
    doctors = demo.units.category_by_name("Läkare").id
    p = Period(2026, 10)
    before = demo.costs.series(unit).amount(p, CostKind.HIRE, "Läkare")
    dialog = page.open_entry()
    assert dialog.period == p
    assert dialog.ledger_labels[(CostKind.HIRE, doctors)].text() == before.format_kr()
    dialog.edits[(CostKind.HIRE, doctors)].setText("−10 000")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = demo.costs.series(unit).amount(p, CostKind.HIRE, "Läkare")
    assert after == before - Money.from_sek(10_000)
    assert demo_window.undo_stack.count() == 1
    demo_window.undo_stack.undo()
    assert demo.costs.series(unit).amount(p, CostKind.HIRE, "Läkare") == before
    demo_window.undo_stack.redo()
    assert demo.costs.series(unit).amount(p, CostKind.HIRE, "Läkare") == after


def test_manual_entry_rejects_bad_amounts_and_saves_nothing(demo_window, demo):
    page = costs_page(demo_window)
    dialog = page.open_entry()
    key = next(iter(dialog.edits))
    dialog.edits[key].setText("tiotusen")
    dialog.accept()
    assert dialog.isVisible() and "inget belopp" in dialog.error.text()
    assert demo_window.undo_stack.count() == 0
    dialog.month.setText("2026-13")
    dialog.accept()
    assert "ingen giltig månad" in dialog.month_error.text()
    dialog.reject()


def test_manual_entry_for_a_new_month_of_an_empty_unit(unit, window, services):
    page = costs_page(window)
    dialog = page.open_entry()
    dialog.month.setText("2026-01")
    dialog.accept()  # loads the typed month first
    nurses = services.units.category_by_name("Sjuksköterska").id
    dialog.edits[(CostKind.HIRE, nurses)].setText("12 500,50")
    dialog.edits[(CostKind.OWN, nurses)].setText("900000")
    dialog.accept()
    assert page.body.currentIndex() == 1  # the page now has figures to show
    assert services.costs.summary(unit, Period(2026, 1))[1].hire_ratio_pct is not None


def test_account_dialog_sets_removes_and_undoes(demo_window, demo, qtbot):
    page = costs_page(demo_window)
    dialog = page.open_accounts()
    qtbot.addWidget(dialog)
    n = len(demo.costs.accounts.rules())
    dialog.account.setText("8000-8099")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Ignoreras"))
    assert dialog.save_row()
    assert len(demo.costs.accounts.rules()) == n + 1 and dialog.model.rowCount() == n + 1
    dialog.account.setText("8050-8150")
    assert not dialog.save_row()  # partly overlapping: explained, not saved
    assert len(demo.costs.accounts.rules()) == n + 1
    demo_window.undo_stack.undo()
    assert len(demo.costs.accounts.rules()) == n and dialog.model.rowCount() == n
    demo_window.undo_stack.redo()
    assert len(demo.costs.accounts.rules()) == n + 1
    dialog.account.setText("8000-8099")
    assert dialog.remove_row()
    assert len(demo.costs.accounts.rules()) == n


def test_import_wizard_with_missing_accounts_then_undo(unit, window, services, tmp_path, monkeypatch, quiet_boxes):
    services.costs.accounts.set("4611", "hire", "Läkare")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Huvudbok"])
    ws.append(["Period", "Konto", "Belopp"])
    ws.append(["2026-01", 4611, 1000])
    ws.append(["2026-01", 5011, 500000])
    path = tmp_path / "huvudbok.xlsx"
    wb.save(path)
    page = costs_page(window)
    wizard = page.open_import_wizard(path)
    wizard.next_button.click()
    assert "1 rader kan importeras" in wizard.summary.text()
    assert "5011" in wizard.notes.text()
    assert not wizard.add_accounts_button.isHidden()

    def add_it(dialog):
        assert "5011" in dialog.suggestion_label.text() and dialog.account.text() == "5011"
        dialog.kind.setCurrentIndex(dialog.kind.findText("Egen personal"))
        dialog.category.setCurrentIndex(dialog.category.findText("Läkare"))
        assert dialog.save_row()
        return 0

    monkeypatch.setattr(AccountsDialog, "exec", add_it)
    wizard.add_accounts_button.click()
    assert "2 rader kan importeras" in wizard.summary.text()
    assert wizard.add_accounts_button.isHidden()
    assert not wizard.next_button.isEnabled()  # no cost-centre column: the user's word first
    wizard.whole_file_box.setChecked(True)
    wizard.next_button.click()
    assert "2 rader importerades" in quiet_boxes[-1]
    assert page.body.currentIndex() == 1
    assert page.ytd_model.rows[0].hire_ratio_pct == Decimal("0.2")  # 1 000 / 500 000

    imports = page.open_imports()
    assert imports.model.rowCount() == 1 and imports.undo_button.isEnabled()
    imports.undo_selected(confirm=False)
    assert imports.model.records[0].undone_at is not None and not imports.undo_button.isEnabled()
    assert page.body.currentIndex() == 0  # nothing left to show
    assert not services.costs.has_figures(unit)


def _ledger_file(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Period", "Konto", "Belopp"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _import_through_the_wizard(page, path):
    wizard = page.open_import_wizard(path)
    wizard.next_button.click()  # mapping → preview
    wizard.whole_file_box.setChecked(True)  # the file has no cost-centre column
    wizard.next_button.click()  # preview → saved


def test_a_finished_import_is_undone_and_redone_with_the_undo_stack(unit, window, services, tmp_path, quiet_boxes):
    """Redigera → Ångra right after an import takes it back, as Importer… → Ångra importen does; Gör om restores it."""
    services.costs.accounts.set("4611", "hire", "Läkare")
    services.costs.accounts.set("5011", "own", "Läkare")
    page = costs_page(window)
    _import_through_the_wizard(
        page, _ledger_file(tmp_path / "jan.xlsx", [["2026-01", 4611, 1000], ["2026-01", 5011, 500000]])
    )
    _import_through_the_wizard(page, _ledger_file(tmp_path / "jan-rättad.xlsx", [["2026-01", 4611, 2000]]))
    stack = window.undo_stack
    assert stack.count() == 2 and stack.undoText() == "Importera jan-rättad.xlsx"
    assert window.act_undo.text().replace("&", "") == "Ångra Importera jan-rättad.xlsx"
    hire = lambda: services.costs.series(unit).amount(Period(2026, 1), CostKind.HIRE, "Totalt")  # noqa: E731 - a named probe reads better in the asserts

    window.act_undo.trigger()  # Ctrl+Z
    assert hire() == Money.from_sek(1000)  # what the corrected file replaced is back
    assert services.costs.imports(unit)[0].undone_at is not None
    assert page.ytd_model.rows[-1].hire == Money.from_sek(1000)  # the page shows it
    window.act_undo.trigger()
    assert not services.costs.has_figures(unit) and page.body.currentIndex() == 0

    window.act_redo.trigger()
    window.act_redo.trigger()
    assert hire() == Money.from_sek(2000) and services.costs.series(unit).amount(
        Period(2026, 1), CostKind.OWN, "Totalt"
    ) == Money.from_sek(500000)
    assert [i.undone_at for i in services.costs.imports(unit)] == [None, None]
    assert page.body.currentIndex() == 1 and stack.index() == 2


def test_an_import_undone_in_the_log_leaves_the_undo_stack_with_a_message(
    unit, window, services, tmp_path, quiet_boxes
):
    services.costs.accounts.set("4611", "hire", "Läkare")
    services.costs.accounts.set("5011", "own", "Läkare")
    page = costs_page(window)
    _import_through_the_wizard(
        page, _ledger_file(tmp_path / "feb.xlsx", [["2026-02", 4611, 700], ["2026-02", 5011, 90000]])
    )
    assert window.undo_stack.count() == 1
    page.open_imports().undo_selected(confirm=False)  # the log's own undo, not through the stack
    window.act_undo.trigger()
    assert "redan ångrad" in quiet_boxes[-1]
    assert window.undo_stack.count() == 0  # the stale command is gone; nothing to redo
    assert not window.act_redo.isEnabled()
    assert not services.costs.has_figures(unit)


def test_hire_cost_without_own_staff_cost_draws_without_warnings(unit, window, services):
    """No own-staff cost: every share is undefined. pyqtgraph warned about the all-NaN series
    (numpy's "All-NaN slice"), which the test settings turn into an error."""
    category = services.units.categories()[0]
    for month in (Period(2026, 8), Period(2026, 9)):
        services.costs.set_manual_values(unit, month, {(CostKind.HIRE, category.id): Money.from_sek(12_000)})
    window.reload_units()
    page = costs_page(window)
    assert page.body.currentIndex() == 1 and page.ratio_plot is not None
