"""Cost centres through the GUI: the unit form and the import preview's per-centre choice."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.ui.settings.unit_dialog import UnitDialog
from tests.helpers.ledgers import set_accounts, swedish_csv

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[-1]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[-1]))
    return shown


def test_the_unit_form_edits_the_cost_centres_not_the_code(app, qtbot, services, unit):
    dialog = UnitDialog(services.units, unit)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert not form.code.isEnabled() and "kan inte ändras" in form.code_help.text()
    assert form.centres.text() == "MED4"
    assert "Ansvar" in form.centres_help.text()
    form.centres.setText("41230 / x")
    dialog.accept()
    assert dialog.result_unit is None and "”/”" in form.centres.accessibleDescription()
    form.centres.setText("41230, 41231")
    dialog.accept()
    assert dialog.result_unit.cost_centres == ("41230", "41231")
    assert services.units.get(unit.id).cost_centres == ("41230", "41231")


def test_the_preview_lists_each_cost_centre_and_imports_only_the_ticked(window, services, unit, tmp_path, quiet_boxes):
    set_accounts(services)
    services.units.set_cost_centres(unit, ["41230"])
    window.reload_units()
    window.show_page("costs")
    page = window.current_page()
    wizard = page.open_import_wizard(swedish_csv(tmp_path / "huvudbok.csv"))
    wizard.next_button.click()
    table = wizard.centre_table
    assert not table.isHidden() and table.rowCount() == 3
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(3)]
    assert cells[0][0] == "41230 (enhetens)" and cells[0][1] == "4"
    assert cells[0][2] == Money.from_sek("3849663").format_kr()
    assert table.item(0, 0).checkState() == Qt.CheckState.Checked
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable  # the unit's own stay in
    assert [table.item(r, 0).checkState() for r in (1, 2)] == [Qt.CheckState.Unchecked] * 2
    assert "4 rader kan importeras" in wizard.summary.text() and wizard.whole_file_box.isHidden()
    table.item(1, 0).setCheckState(Qt.CheckState.Checked)  # 41231
    assert "6 rader kan importeras" in wizard.summary.text()
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    assert "6 rader importerades" in quiet_boxes[-1]
    series = services.costs.series(services.units.get(unit.id))
    hire = Money.sum(series.amount(Period(2026, m), CostKind.HIRE, "Totalt") or Money(0) for m in (1, 2))
    assert hire == Money.from_sek("6613394")


def test_a_file_without_cost_centres_and_none_of_the_units_cannot_be_imported_silently(
    window, services, unit, tmp_path
):
    set_accounts(services)  # the unit's only cost centre is its code, MED4: the file has none of it
    window.reload_units()
    window.show_page("costs")
    wizard = window.current_page().open_import_wizard(swedish_csv(tmp_path / "huvudbok.csv"))
    wizard.next_button.click()
    assert "0 rader kan importeras" in wizard.summary.text()
    assert not wizard.next_button.isEnabled()
    assert "Är rätt enhet vald" in wizard.notes.text()
    assert wizard.centre_table.rowCount() == 3


def test_a_ledger_that_mixes_encodings_is_refused_in_the_wizard(window, services, unit, tmp_path, quiet_boxes):
    """The issue's case 3 through the GUI: the wizard names the line and imports nothing."""
    set_accounts(services)
    window.reload_units()
    window.show_page("costs")
    path = tmp_path / "blandad.csv"
    utf8 = swedish_csv(tmp_path / "u.csv", title=False, encoding="utf-8").read_bytes()
    lines = utf8.split(b"\r\n")
    lines.insert(4, "MED4;2026-01;4610;Läkare;1000,00".encode("cp1252"))
    path.write_bytes(b"\r\n".join(lines))
    wizard = window.current_page().open_import_wizard(path)
    assert "blandar två teckenkodningar" in quiet_boxes[-1] and "rad 5 är inte UTF-8" in quiet_boxes[-1]
    assert wizard.table is None
    assert services.db.scalar("SELECT COUNT(*) FROM cost_entries") == 0


def test_a_blank_ratio_says_why_in_the_table_and_its_tooltip(window, services, unit, tmp_path):
    from tests.helpers.ledgers import REASON_5411, import_with_contributions

    import_with_contributions(services, unit, tmp_path)
    window.reload_units()
    window.show_page("costs")
    page = window.current_page()
    page.refresh()
    model = page.ytd_model
    tip = model.data(model.index(0, 7), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Kan inte räknas: {REASON_5411}."
    assert REASON_5411 in page.reasons.text() and not page.reasons.isHidden()
    assert "Läkare (månad)" in page.reasons.text()
