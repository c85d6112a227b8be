"""Månadsuppföljning by keyboard: unique access keys, one named field per budget."""

from __future__ import annotations

import pytest

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.money import Money
from hyrdesk.ui.followup.budget_dialog import BudgetDialog
from tests.helpers.access_keys import clashing_access_keys

pytestmark = pytest.mark.gui


def test_the_pages_access_keys_are_unique_in_the_window(window, unit):
    window.reload_units()
    window.show_page("followup")
    page = window.current_page()
    page._show_comment(True)  # shown when a deviation asks for a comment; its keys must not clash then either
    assert clashing_access_keys(window) == {}


def test_the_budget_dialog_has_one_field_for_totalt_and_it_is_the_one_saved(window, unit, services, qtbot):
    dialog = BudgetDialog(services, unit, 2026, window.undo_stack, lambda: None, window)
    qtbot.addWidget(dialog)
    names = [e.accessibleName() for e in dialog.findChildren(type(dialog.fields[TOTAL]))]
    assert names.count(f"Budget för {TOTAL}") == 1
    assert len(names) == len(set(names))
    # The first field labelled Totalt is the one a user types in.
    first_total = next(e for e in dialog.findChildren(type(dialog.fields[TOTAL])) if e.accessibleName().endswith(TOTAL))
    first_total.setText("250 000")
    dialog.save()
    assert services.followup.budgets(unit, 2026) == {TOTAL: Money.from_sek(250_000)}
