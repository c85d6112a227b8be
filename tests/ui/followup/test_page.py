"""Månadsuppföljning in a real window: forecast, budget with undo, the comment, the cover mix."""

from __future__ import annotations

import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.ui.followup.budget_dialog import BudgetDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def costed(services, unit):
    for p in period_range(Period(2025, 1), Period(2025, 12)):
        services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, 10_000)
        services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 500_000)
    for p in period_range(Period(2026, 1), Period(2026, 6)):
        services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, 12_000)
        services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 500_000)
    return unit


def test_the_page_shows_the_forecast_and_the_room(window, costed):
    window.reload_units()
    window.show_page("followup")
    page = window.current_page()
    assert page.month() == Period(2026, 6)
    assert "över målet" in page.headline.text() and "24\u00a0tkr" in page.headline.text()
    assert page.forecast_model.rowCount() == 4  # three report groups and Totalt
    assert "förra årets månader" in page.method_label.text()
    assert not page.comment.isVisible()  # no budget, nothing to explain


def test_a_budget_is_one_undo_step_and_a_large_deviation_asks_for_a_comment(window, costed, services, qtbot):
    window.reload_units()
    window.show_page("followup")
    page = window.current_page()
    dialog = BudgetDialog(services, costed, 2026, window.undo_stack, page.refresh, page)
    qtbot.addWidget(dialog)
    dialog.fields["Totalt"].setText("100 000")
    dialog.save()
    assert services.followup.budgets(costed, 2026) == {"Totalt": Money.from_sek(100_000)}
    assert page.comment.isVisible()  # forecast 144 tkr against 100 tkr: 44 % over
    page.comment.setPlainText("Vakanser under våren, rekrytering klar i augusti.")
    page.save_comment()
    assert services.followup.comment(costed, Period(2026, 6)).startswith("Vakanser")
    window.undo_stack.undo()
    assert services.followup.budgets(costed, 2026) == {}
    window.undo_stack.redo()
    assert services.followup.budgets(costed, 2026)["Totalt"] == Money.from_sek(100_000)


def test_a_budget_that_is_not_an_amount_is_refused_and_nothing_saved(window, costed, services, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog = BudgetDialog(services, costed, 2026, window.undo_stack, lambda: None)
    qtbot.addWidget(dialog)
    dialog.fields["Läkare"].setText("tolvtusen")
    dialog.save()
    assert warned and "Läkare" in warned[0]
    assert services.followup.budgets(costed, 2026) == {}
    assert window.undo_stack.count() == 0


def test_sick_leave_is_shown_beside_unplanned_absence_and_says_when_it_stays_here(window, costed, services):
    from hyrdesk.domain.sick_leave import SickMonth

    window.reload_units()
    window.show_page("followup")
    page = window.current_page()
    assert "Ingen sjukfrånvaro importerad" in page.sick_label.text()
    assert page.sick_chart is None  # pyqtgraph is not needed until there is something to draw
    months = [SickMonth(p, 60_000, 3_000, 600, 8) for p in period_range(Period(2025, 7), Period(2026, 6))]
    services.followup.sick_leave.save(costed.id, months, "hr.xlsx")
    page.refresh()
    assert "5,0" in page.sick_label.text() and "10 eller färre" in page.sick_label.text()
    assert page.sick_chart is not None and len(page.sick_chart.months) == 12
