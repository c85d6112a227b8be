"""A unit with costs, gaps and a review, as the line-dialogue and feature tests need it."""

from __future__ import annotations

import datetime as _dt

from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.review import Affects, Frequency, Proposal, ReviewTask

PERIOD = Period(2026, 10)


def add_costs(services, unit):
    """Two years of costs, so R12 and the year before exist."""
    for i, p in enumerate(period_range(Period(2024, 11), PERIOD)):
        services.costs.add_manual(unit, p, "Läkare", "hire", str(100_000 + 1_000 * i))
        services.costs.add_manual(unit, p, "Sjuksköterska", "hire", str(40_000 + 500 * i))
        services.costs.add_manual(unit, p, "Undersköterska", "own", "3000000")


def add_gaps(services, unit):
    base = {"shift": "natt", "category": "Sjuksköterska", "hours": "10", "cause": "vakans"}
    services.gaps.add(unit, {**base, "start": "2026-10-05", "coverage": "hyrpersonal", "note": "Nattpass, hyrd"})
    services.gaps.add(unit, {**base, "start": "2026-10-06", "coverage": "ej täckt"})
    services.gaps.add(unit, {**base, "start": "2026-03-06", "coverage": "timavlönad", "cause": "oplanerad"})
    services.gaps.add(unit, {**base, "start": "2025-10-06", "coverage": "hyrpersonal"})  # outside the 12 months


def add_review(services, unit, descriptions=("Dubbeldokumentation", "Veckomöte")):
    review = services.reviews.start(unit, services.reviews.templates.standard(), today=_dt.date(2026, 3, 1))
    for i, text in enumerate(descriptions):
        services.reviews.add_task(
            review,
            ReviewTask(
                area="dokumentation",
                description=text,
                role="Sjuksköterska",
                minutes=20,
                frequency=Frequency.DAY,
                proposal=Proposal.REMOVE if i % 2 == 0 else Proposal.SIMPLIFY,
                affects_others=Affects.YES if i % 2 == 0 else Affects.NO,
            ),
        )
    return review
