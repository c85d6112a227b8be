"""The action plan's card on the Översikt page: done of total, and overdue."""

from __future__ import annotations

import datetime as _dt

from hyrdesk.domain.units import Unit
from hyrdesk.services.actions.service import last_closed_month
from hyrdesk.services.container import Services
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure


def action_figures(services: Services, unit: Unit, today: _dt.date | None = None) -> list[KeyFigure]:
    today = today or _dt.date.today()
    actions, _effects, s = services.actions.summary(unit, last_closed_month(today), today)
    if not actions:
        return [
            KeyFigure(
                Feature.ACTIONS,
                "Åtgärdsplan",
                "Ingen plan ännu",
                "Lägg in enhetens åtgärder och följ deras effekt mot bemanningsluckorna.",
            )
        ]
    late = "försenad" if s.overdue == 1 else "försenade"
    detail = f"{s.overdue} {late} · {s.line_dialogue} för dialog i linjen · {s.effect_reached} med uppnådd effekt."
    assessment = Assessment.ATTENTION if s.overdue else Assessment.NONE
    return [KeyFigure(Feature.ACTIONS, "Åtgärdsplan", f"{s.done} av {s.total} genomförda", detail, assessment)]
