"""Key figures for the Översikt page, gathered from every feature.

Each feature contributes a function ``(services, unit) -> list[KeyFigure]``
listed in ``figure_sources()``; the page shows them as cards in that order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from hyrdesk.domain.units import Unit

Tone = Literal["neutral", "good", "warn", "bad"]


@dataclass(frozen=True)
class KeyFigure:
    title: str
    value: str
    detail: str = ""
    tone: Tone = "neutral"
    page: str | None = None  # the page key a click on the card opens


FigureSource = Callable[["object", Unit], list[KeyFigure]]


def figure_sources() -> list[FigureSource]:
    """The features' key-figure functions, in the order the cards appear."""
    from hyrdesk.services.costs.overview import cost_figures  # imported here: it imports KeyFigure from this module
    from hyrdesk.services.gaps.overview import gap_figures
    from hyrdesk.services.reviews.overview import review_figures

    return [cost_figures, gap_figures, review_figures]


def key_figures(services, unit: Unit) -> list[KeyFigure]:
    figures: list[KeyFigure] = []
    for source in figure_sources():
        figures.extend(source(services, unit))
    return figures
