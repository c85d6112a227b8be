"""Demo data for the review: last year's finished review and this year's ongoing one."""

from __future__ import annotations

import datetime as _dt
import random
from decimal import Decimal

from hyrdesk.domain.review import Affects, Proposal, ReviewTask, Status
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services

# (proposal, affects other units, receiving role when redistributed), weighted by how often they occur.
_DECISIONS = [
    (Proposal.KEEP, Affects.NO, ""),
    (Proposal.KEEP, Affects.UNSURE, ""),
    (Proposal.KEEP, Affects.YES, ""),
    (Proposal.SIMPLIFY, Affects.NO, ""),
    (Proposal.SIMPLIFY, Affects.YES, ""),
    (Proposal.REDISTRIBUTE, Affects.NO, "Undersköterska"),
    (Proposal.REDISTRIBUTE, Affects.YES, "Vårdadministratör"),
    (Proposal.REMOVE, Affects.NO, ""),
    (Proposal.REMOVE, Affects.UNSURE, ""),
]
_RESPONSIBLE = ("Enhetschef", "Biträdande enhetschef", "Vårdadministratör")


def populate_reviews(services: Services, unit: Unit, rng: random.Random, today: _dt.date) -> None:
    reviews = services.reviews
    template = reviews.templates.standard()
    last_year = reviews.start(unit, template, title=f"Översyn {today.year - 1}", today=_dt.date(today.year - 1, 2, 6))
    tasks = []
    for area in template.areas:
        picks = rng.sample(area.suggested_tasks, k=min(len(area.suggested_tasks), rng.randint(2, 4)))
        for s in picks:
            tasks.append(
                _decide(reviews.from_suggestion(area.key, s), rng, done=True, today=_dt.date(today.year - 1, 6, 1))
            )
    reviews.add_tasks(last_year, tasks)
    reviews.finish(last_year, _dt.date(today.year - 1, 5, 29))

    # This year's review starts from last year's and is half-way through.
    current = reviews.start(
        unit, template, title=f"Översyn {today.year}", today=today - _dt.timedelta(days=24), based_on=last_year
    )
    carried = reviews.tasks(current)
    for task in carried[: len(carried) // 2]:
        reviews.update_task(current, _decide(task, rng, done=False, today=today))
    it_area = template.area("it")
    assert it_area is not None  # the standard template has one
    own = reviews.from_suggestion("it", it_area.suggested_tasks[2])
    reviews.add_task(
        current, own.with_changes(description="Manuell överföring av provsvar mellan två system", minutes=4, count=8)
    )


def _decide(task: ReviewTask, rng: random.Random, *, done: bool, today: _dt.date) -> ReviewTask:
    proposal, affects, receiver = rng.choice(_DECISIONS)
    status = Status.PROPOSED
    if proposal is not Proposal.KEEP:
        statuses = (
            [Status.DONE, Status.DONE, Status.REJECTED] if done else [Status.PROPOSED, Status.PROPOSED, Status.DECIDED]
        )
        status = rng.choice(statuses)
    task = task.with_changes(
        usefulness=rng.randint(1, 4),
        proposal=proposal,
        affects_others=affects,
        receiving_role=receiver,
        responsible=rng.choice(_RESPONSIBLE) if proposal is not Proposal.KEEP else "",
        due_date=today + _dt.timedelta(days=rng.choice((30, 60, 90))) if proposal is not Proposal.KEEP else None,
        status=status,
    )
    if proposal is Proposal.REDISTRIBUTE and rng.random() < 0.5:
        # The receiving role does it faster (it is their everyday work): some time is freed.
        task = task.with_changes(hours_freed=(task.hours_per_year * Decimal("0.3")).quantize(Decimal("0.1")))
    return task
