"""The Tariffer tab shows the region's prices as they are, öre included."""

from __future__ import annotations

import datetime as dt

import pytest

from hyrdesk.domain.agreement import Tariff
from hyrdesk.domain.money import Money

pytestmark = pytest.mark.gui


def test_a_tariff_in_ore_is_shown_in_ore(window, unit, services):
    services.agreement.repo.replace_tariffs(
        [Tariff("Sjuksköterska", "Grund", 1, dt.date(2026, 1, 1), Money.from_sek("650,50"))], "test"
    )
    window.reload_units()
    window.show_page("hire")
    page = window.current_page()
    page.draw_tariffs()
    model = page.tariffs_model
    assert model.data(model.index(0, 4)) == "650,50\u00a0kr"
