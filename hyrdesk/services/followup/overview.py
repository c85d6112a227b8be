"""The follow-up's card on the Översikt page: where the year's forecast lands against the target."""

from __future__ import annotations

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.numbers import format_percent
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services
from hyrdesk.services.costs.overview import short_amount
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure


def followup_figures(services: Services, unit: Unit) -> list[KeyFigure]:
    month = services.costs.latest_period(unit)
    if month is None:
        return []
    total = next(f for f in services.followup.forecasts(unit, month) if f.group == TOTAL)
    target = services.costs.target_pct()
    room = total.headroom(target)
    title = f"Prognos hyrkvot helår {month.year}"
    if room is None or total.ratio_pct is None:
        return [KeyFigure(Feature.FOLLOWUP, title, "–", "Prognosen kräver alla månader i år med belopp.")]
    words = "kvar till målet" if room.ore >= 0 else "över målet"
    detail = f"{short_amount(abs(room))} {words} {format_percent(target)} · utfall t.o.m. {month.label()}"
    if total.uncertain:
        detail += " · osäker så tidigt på året"
    assessment = Assessment.WITHIN_TARGET if room.ore >= 0 else Assessment.OVER_TARGET
    return [KeyFigure(Feature.FOLLOWUP, title, format_percent(total.ratio_pct), detail, assessment)]
