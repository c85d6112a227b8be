"""Key figures for the Översikt page, gathered from every feature.

Each feature contributes a function ``(services, unit) -> list[KeyFigure]``
listed in ``FIGURE_SOURCES``; the page shows them as cards in that order.
The figure itself is in ``key_figure.py``, which the features import.
"""

from __future__ import annotations

from collections.abc import Callable

from hyrdesk.domain.units import Unit
from hyrdesk.services.actions.overview import action_figures
from hyrdesk.services.agreement.overview import agreement_figures
from hyrdesk.services.container import Services
from hyrdesk.services.costs.overview import cost_figures
from hyrdesk.services.followup.overview import followup_figures
from hyrdesk.services.gaps.overview import gap_figures
from hyrdesk.services.overview.key_figure import KeyFigure
from hyrdesk.services.reviews.overview import review_figures

FigureSource = Callable[[Services, Unit], list[KeyFigure]]

FIGURE_SOURCES: tuple[FigureSource, ...] = (
    cost_figures,
    followup_figures,
    gap_figures,
    review_figures,
    action_figures,
    agreement_figures,
)


def key_figures(services: Services, unit: Unit) -> list[KeyFigure]:
    figures: list[KeyFigure] = []
    for source in FIGURE_SOURCES:
        figures.extend(source(services, unit))
    return figures
