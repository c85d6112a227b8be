"""Summing up a review, and carrying its tasks over into the next one (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from hyrdesk.domain.review import MINUTES_PER_HOUR, Proposal, ReviewTask, Route, Status, round_hours


@dataclass(frozen=True)
class Totals:
    tasks: int = 0
    minutes_per_year: int = 0  # summed as integers, divided once: the total is exact
    hours_freed: Decimal = Decimal("0.0")

    def add(self, task: ReviewTask) -> Totals:
        return Totals(
            self.tasks + 1, self.minutes_per_year + task.minutes_per_year, self.hours_freed + task.hours_freed
        )

    @property
    def hours_per_year(self) -> Decimal:
        return Decimal(self.minutes_per_year) / MINUTES_PER_HOUR

    @property
    def hours_rounded(self) -> Decimal:
        return round_hours(self.hours_per_year)


@dataclass(frozen=True)
class DecisionCounts:
    """How a review's tasks split by the route rule: the one count every page, export and the CLI show.

    ``no_change``: kept as they are (no route). ``own_decision`` and ``line_dialogue``: proposed
    changes by route. ``unanswered``: changes whose effect on other units is not answered yet.
    """

    tasks: int = 0
    no_change: int = 0
    own_decision: int = 0
    line_dialogue: int = 0
    unanswered: int = 0


def decision_counts(tasks: Iterable[ReviewTask]) -> DecisionCounts:
    counts = {"tasks": 0, "no_change": 0, "own_decision": 0, "line_dialogue": 0, "unanswered": 0}
    for t in tasks:
        counts["tasks"] += 1
        route = t.route
        if t.proposal is Proposal.KEEP:
            counts["no_change"] += 1
        elif route is Route.OWN_DECISION:
            counts["own_decision"] += 1
        elif route is Route.LINE_DIALOGUE:
            counts["line_dialogue"] += 1
        else:
            counts["unanswered"] += 1
    return DecisionCounts(**counts)


@dataclass(frozen=True)
class ReviewSummary:
    total: Totals
    by_area: dict[str, Totals]  # area key → totals, in the template's order
    by_proposal: dict[Proposal, Totals]  # every proposal, zero when unused
    by_route: dict[Route, Totals]  # proposed changes only: keeping a task has no route
    pending_dialogue: list[ReviewTask] = field(default_factory=list)  # the line-dialogue tasks, most hours first
    counts: DecisionCounts = field(default_factory=DecisionCounts)

    @property
    def line_dialogue(self) -> int:
        return self.counts.line_dialogue

    @property
    def own_decision(self) -> int:
        return self.counts.own_decision

    @property
    def no_change(self) -> int:
        return self.counts.no_change


def needs_dialogue_first(task: ReviewTask) -> bool:
    """A proposed change that may affect another unit: it goes through dialogue in the line.

    The same rule as ``decision_counts``' line_dialogue, so the list and the count always agree.
    """
    return task.route is Route.LINE_DIALOGUE


def summarise(tasks: Iterable[ReviewTask], area_keys: Iterable[str] = ()) -> ReviewSummary:
    tasks = list(tasks)
    total = Totals()
    by_area: dict[str, Totals] = {k: Totals() for k in area_keys}
    by_proposal = {p: Totals() for p in Proposal}
    by_route = {r: Totals() for r in Route}
    for t in tasks:
        total = total.add(t)
        by_area[t.area] = by_area.get(t.area, Totals()).add(t)
        by_proposal[t.proposal] = by_proposal[t.proposal].add(t)
        if (route := t.route) is not None:
            by_route[route] = by_route[route].add(t)
    pending = sorted((t for t in tasks if needs_dialogue_first(t)), key=lambda t: -t.hours_freed)
    return ReviewSummary(total, by_area, by_proposal, by_route, pending, decision_counts(tasks))


def dialogue_first(tasks: Iterable[ReviewTask]) -> list[ReviewTask]:
    """Tasks ordered for the line dialogue: dialog i linjen first, then the table's own order."""
    return sorted(tasks, key=lambda t: (t.route is not Route.LINE_DIALOGUE, t.position, t.id or 0))


def carry_over(task: ReviewTask, area_keys: Iterable[str]) -> ReviewTask | None:
    """The task as it starts the next review, or None when the last review removed it.

    What was done stays done: a removed task is gone, a redistributed one is
    now done by the receiving role. The decision fields start over.
    """
    if task.status is Status.DONE and task.proposal is Proposal.REMOVE:
        return None
    keys = list(area_keys)
    role = (
        task.receiving_role or task.role
        if (task.status is Status.DONE and task.proposal is Proposal.REDISTRIBUTE)
        else task.role
    )
    area = task.area if task.area in keys or not keys else ("ovrigt" if "ovrigt" in keys else keys[-1])
    return replace(
        task,
        id=None,
        review_id=None,
        area=area,
        role=role,
        proposal=Proposal.KEEP,
        affects_others=None,
        receiving_role="",
        responsible="",
        due_date=None,
        status=Status.PROPOSED,
        hours_freed=Decimal("0.0"),
    )
