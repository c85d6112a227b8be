"""The review's cards on the Översikt page."""

from __future__ import annotations

from hyrdesk.domain.numbers import NBSP, format_decimal
from hyrdesk.domain.review import round_hours
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure


def review_figures(services: Services, unit: Unit) -> list[KeyFigure]:
    review = services.reviews.latest(unit)
    if review is None:
        return [
            KeyFigure(
                Feature.REVIEWS,
                "Administrativ översyn",
                "Ej påbörjad",
                "Gå igenom enhetens administrativa uppgifter med regionens mall.",
            )
        ]
    s = services.reviews.summary(review)
    pending = s.line_dialogue  # the same count as the review page and the line-dialogue workbook
    detail = f"{review.title} ({review.status_label.lower()}): {s.total.tasks} uppgifter, {format_decimal(s.total.hours_rounded, 0)}{NBSP}h/år."
    if pending:
        detail += f" {pending} förslag går till dialog i linjen."
    return [
        KeyFigure(
            Feature.REVIEWS,
            "Frigjord tid, administrativ översyn",
            f"{format_decimal(round_hours(s.total.hours_freed), 0)}{NBSP}h/år",
            detail,
            Assessment.BETTER if s.total.hours_freed > 0 else Assessment.NONE,
        )
    ]
