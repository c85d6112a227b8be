"""The action plan's card on Översikt."""

import datetime as _dt

from hyrdesk.services.actions.overview import action_figures
from hyrdesk.services.overview.figures import key_figures
from hyrdesk.services.overview.key_figure import Assessment, Feature
from tests.helpers.actions import values


def test_card_shows_done_of_total_and_overdue(services, unit):
    (empty,) = action_figures(services, unit)
    assert empty.value == "Ingen plan ännu" and empty.feature is Feature.ACTIONS
    services.actions.add(unit, values(status="genomförd"))
    services.actions.add(unit, values(title="Pool", due="2024-12-31"))
    services.actions.add(unit, values(title="Schema", due="2025-06-30"))
    (card,) = action_figures(services, unit, today=_dt.date(2025, 2, 1))
    assert card.title == "Åtgärdsplan" and card.value == "1 av 3 genomförda"
    assert card.detail.startswith("1 försenad ·") and card.assessment is Assessment.ATTENTION
    assert any(f.feature is Feature.ACTIONS for f in key_figures(services, unit))
