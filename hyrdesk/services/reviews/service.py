"""Review use cases: start, work through, sum up and carry over administration-task reviews."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.review import Proposal, Review, ReviewTask, round_hours
from hyrdesk.domain.review_roles import (
    exported_responsible,
    match_role,
    not_a_role_message,
    responsible_choices,
)
from hyrdesk.domain.review_summary import ReviewSummary, carry_over, dialogue_first, summarise
from hyrdesk.domain.review_template import SuggestedTask, Template, parse_template_text
from hyrdesk.domain.review_validation import checked_task, parse_field, validate_task
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.progress import Progress
from hyrdesk.services.reviews.templates import TemplateLibrary
from hyrdesk.storage.reviews import ReviewRepository

if TYPE_CHECKING:
    from hyrdesk.services.reviews.importing import ImportPlan

# The workbook modules (reviews/workbook.py, reviews/importing.py) are imported in the methods
# that use them: no cycle, but start-up does not need them.


@dataclass(frozen=True)
class TaskLine:
    """A task with every value as the UI shows it (labels, not keys), for exports."""

    area: str
    description: str
    role: str
    hours_per_year: Decimal
    proposal: str
    receiving_role: str
    affects_others: str
    route: str
    responsible: str
    due_date: _dt.date | None
    status: str
    hours_freed: Decimal


@dataclass(frozen=True)
class LatestReview:
    """The unit's latest review as the line-dialogue workbook needs it."""

    review: Review
    template_name: str
    tasks: list[TaskLine]  # those that need line dialogue first
    hours_per_year: Decimal
    hours_freed_per_year: Decimal
    line_dialogue: int
    own_decision: int
    responsible_withheld: int = 0  # tasks whose Ansvarig is not a role: left out of the export


class ReviewService:
    def __init__(self, repo: ReviewRepository, templates: TemplateLibrary):
        self.repo = repo
        self.templates = templates
        self._parsed: dict[str, Template] = {}

    # --- reviews -----------------------------------------------------------------
    def reviews(self, unit: Unit) -> list[Review]:
        """The unit's reviews, newest first."""
        return self.repo.reviews(unit.id)

    def review(self, review_id: int) -> Review:
        review = self.repo.get(review_id)
        if review is None:
            raise UserError("Översynen finns inte längre.")
        return review

    def latest(self, unit: Unit) -> Review | None:
        reviews = self.repo.reviews(unit.id)
        return reviews[0] if reviews else None

    def template_of(self, review: Review) -> Template:
        """The template the review was run with (stored with it, so it survives a removed file)."""
        cached = self._parsed.get(review.template_json)
        if cached is None:
            cached = parse_template_text(review.template_json, f"{review.template_id} {review.template_version}")
            self._parsed[review.template_json] = cached
        return cached

    def start(
        self,
        unit: Unit,
        template: Template,
        *,
        title: str | None = None,
        today: _dt.date | None = None,
        based_on: Review | None = None,
    ) -> Review:
        """A new review; ``based_on`` copies the tasks that are still there (see ``carry_over``)."""
        today = today or _dt.date.today()
        title = (title or "").strip() or self.free_title(unit, f"Översyn {today.year}")
        if len(title) > 80:
            raise ValidationError({"title": "Namnet får vara högst 80 tecken."})
        refusal = check_free_text(title)
        if refusal:
            raise ValidationError({"title": refusal})
        area_keys = [a.key for a in template.areas]
        with self.repo.db.write():
            review_id = self.repo.add(
                unit.id, title, template.id, template.version, template.data, today, based_on.id if based_on else None
            )
            if based_on is not None:
                position = 1
                for task in self.repo.tasks(based_on.id):
                    copy = carry_over(task, area_keys)
                    if copy is not None:
                        self.repo.insert_task(review_id, copy.with_changes(position=position))
                        position += 1
        return self.review(review_id)

    def free_title(self, unit: Unit, wanted: str) -> str:
        taken = {r.title for r in self.repo.reviews(unit.id)}
        title, n = wanted, 2
        while title in taken:
            title, n = f"{wanted} ({n})", n + 1
        return title

    def finish(self, review: Review, today: _dt.date | None = None) -> Review:
        self.repo.set_finished(review.id, today or _dt.date.today())
        return self.review(review.id)

    def reopen(self, review: Review) -> Review:
        self.repo.set_finished(review.id, None)
        return self.review(review.id)

    def delete(self, review: Review) -> None:
        self.repo.delete(review.id)

    def set_state(self, review: Review, tasks: list[ReviewTask] | None) -> None:
        """Make the review exactly ``review`` with ``tasks`` (ids kept); ``tasks=None`` deletes it.

        Undo and redo of whole-review commands (start, import) use this: one
        transaction puts back the state recorded before or after the command.
        """
        with self.repo.db.write():
            if tasks is None:
                self.repo.delete(review.id)
                return
            if self.repo.get(review.id) is None:
                self.repo.restore(review)
            else:
                self.repo.set_finished(review.id, review.finished_on)
            wanted = {t.id: t for t in tasks}
            for current in self.repo.tasks(review.id):
                if current.id not in wanted:
                    self.repo.delete_task(current.id)
                elif current != wanted.pop(current.id):
                    self.repo.update_task(next(t for t in tasks if t.id == current.id))
            for task in wanted.values():
                self.repo.insert_task(review.id, task)

    # --- tasks -------------------------------------------------------------------------
    def tasks(self, review: Review) -> list[ReviewTask]:
        return self.repo.tasks(review.id)

    def task(self, task_id: int) -> ReviewTask:
        task = self.repo.task(task_id)
        if task is None:
            raise UserError("Uppgiften finns inte längre.")
        return task

    def _check(self, review: Review, task: ReviewTask) -> ReviewTask:
        """Every field as the form would check it (callers other than the form may pass anything)."""
        task, errors = checked_task(task)
        if self.template_of(review).area(task.area) is None:
            errors["area"] = f"Mallen har inget område ”{task.area}”."
        task = self._responsible_role(review, task, errors)
        if errors:
            raise ValidationError(errors)
        return task

    def responsible_choices(self, review: Review) -> tuple[str, ...]:
        """The roles *Ansvarig* may be (the template's; see domain/review_roles.py)."""
        return responsible_choices(self.template_of(review).roles, (t.role for t in self.tasks(review)))

    def _responsible_role(self, review: Review, task: ReviewTask, errors: dict[str, str]) -> ReviewTask:
        """``task`` with *Ansvarig* in the role list's spelling; an error when it is not a role."""
        if not task.responsible.strip() or "responsible" in errors:
            return task
        choices = self.responsible_choices(review)
        role = match_role(task.responsible, choices)
        if role is None:
            current = self.repo.task(task.id) if task.id else None
            if current is not None and current.responsible == task.responsible:
                return task  # saved before the rule: kept locally, left out of exports (see latest_review)
            errors["responsible"] = not_a_role_message(choices)
            return task
        return task.with_changes(responsible=role)

    def responsible_withheld(self, review: Review) -> list[ReviewTask]:
        """Tasks whose *Ansvarig* (saved before the rule) is not a role: exports leave it out."""
        choices = self.responsible_choices(review)
        return [t for t in self.tasks(review) if t.responsible.strip() and match_role(t.responsible, choices) is None]

    def add_task(self, review: Review, task: ReviewTask) -> ReviewTask:
        """Add (or, when ``task.id`` is set, restore) a task; validated first (ValidationError)."""
        task = self._check(review, task)
        with self.repo.db.write():
            if self.repo.get(review.id) is None:
                raise UserError("Översynen finns inte längre.")
            if not task.position:
                task = task.with_changes(position=self.repo.next_position(review.id))
            task_id = self.repo.insert_task(review.id, task)
        return self.task(task_id)

    def add_tasks(self, review: Review, tasks: Iterable[ReviewTask]) -> list[ReviewTask]:
        """Several tasks in one transaction (the suggestions of an area, an undone delete)."""
        with self.repo.db.write():
            return [self.add_task(review, t) for t in tasks]

    def from_suggestion(self, area_key: str, s: SuggestedTask) -> ReviewTask:
        return ReviewTask(
            area=area_key,
            description=s.description,
            role=s.role,
            minutes=s.minutes,
            frequency=s.frequency,
            count=s.count,
            origin=s.origin,
        )

    def update_task(self, review: Review, task: ReviewTask) -> ReviewTask:
        task = self._check(review, task)
        if task.id is None or self.repo.task(task.id) is None:
            raise UserError("Uppgiften finns inte längre.")
        self.repo.update_task(task)
        return self.task(task.id)

    def edited(self, review: Review, task: ReviewTask, key: str, raw: Any) -> ReviewTask:
        """``task`` with one field set from user input; raises ValidationError. Saves nothing."""
        if key == "area":
            area = self.template_of(review).find_area(str(raw or ""))
            if area is None:
                raise ValidationError({"area": f"Mallen har inget område ”{raw}”."})
            return task.with_changes(area=area.key)
        try:
            value = parse_field(key, raw)
        except ValueError as exc:
            raise ValidationError({key: str(exc)}) from None
        except KeyError:
            raise ValidationError({key: "Det här värdet räknas fram och kan inte skrivas in."}) from None
        new = task.with_changes(**{key: value})
        if key == "hours_freed" and (raw is None or not str(raw).strip()):
            new = new.with_changes(hours_freed=new.suggested_hours_freed)  # blank: back to the suggestion
        errors = validate_task(new)
        if key == "responsible":
            new = self._responsible_role(review, new, errors)
        if errors:
            raise ValidationError(errors)
        return new

    def delete_task(self, task: ReviewTask) -> None:
        self.repo.delete_task(task.id)

    def delete_tasks(self, tasks: Iterable[ReviewTask]) -> None:
        """Several tasks in one transaction (a deletion of several rows, an undone addition)."""
        with self.repo.db.write():
            for task in tasks:
                self.repo.delete_task(task.id)

    # --- Excel ----------------------------------------------------------------------------
    def export_workbook(
        self,
        path: Path | str,
        review: Review | None = None,
        *,
        unit: Unit | None = None,
        template: Template | None = None,
        today: _dt.date | None = None,
    ) -> Path:
        """A review, or (without one) an empty ``template``, as a fillable workbook; returns the path."""
        from hyrdesk.services.reviews.workbook import write_workbook

        if review is not None:
            return write_workbook(
                path, self.template_of(review), unit=unit, review=review, tasks=self.tasks(review), today=today
            )
        return write_workbook(path, template or self.templates.standard(), unit=unit, today=today)

    def preview_import(self, path: Path | str, unit: Unit, progress: Progress | None = None) -> ImportPlan:
        """Read a filled workbook: an ImportPlan, or WorkbookErrors listing every problem. Saves nothing."""
        from hyrdesk.services.reviews.importing import preview_workbook

        return preview_workbook(path, unit, self, progress)

    def preview_import_in_worker(self, path: Path | str, unit: Unit, progress: Progress | None = None) -> ImportPlan:
        """``preview_import`` for a worker thread: it reads through a connection of its own, closed after."""
        db = self.repo.db.reopen()
        try:
            return ReviewService(ReviewRepository(db), self.templates).preview_import(path, unit, progress)
        finally:
            db.close()

    def apply_import(self, plan: ImportPlan, today: _dt.date | None = None) -> tuple[Review, str]:
        from hyrdesk.services.reviews.importing import apply_plan

        return apply_plan(plan, self, today)

    # --- figures -------------------------------------------------------------------------
    def summary(self, review: Review) -> ReviewSummary:
        return summarise(self.tasks(review), [a.key for a in self.template_of(review).areas])

    def unit_summary(self, unit: Unit) -> dict[str, Any]:
        """The latest review as ``hyrdesk review summary --json`` prints it."""
        review = self.latest(unit)
        if review is None:
            raise UserError(f"Enheten {unit.code} har ingen översyn ännu.")
        s = self.summary(review)
        return {
            "tasks": s.total.tasks,
            "hours_per_year": float(round_hours(s.total.hours_per_year)),
            "hours_freed_per_year": float(round_hours(s.total.hours_freed)),
            "by_proposal": {p.label: s.by_proposal[p].tasks for p in Proposal},
            "no_change": s.no_change,
            "line_dialogue": s.line_dialogue,
            "own_decision": s.own_decision,
            "unanswered": s.counts.unanswered,
        }

    def latest_review(self, unit: Unit) -> LatestReview | None:
        """The latest review's tasks with labels, line dialogue first (for the line-dialogue workbook)."""
        review = self.latest(unit)
        if review is None:
            return None
        template = self.template_of(review)
        tasks = self.tasks(review)
        s = summarise(tasks)
        choices = responsible_choices(template.roles, (t.role for t in tasks))
        lines = [
            TaskLine(
                area=template.area_name(t.area),
                description=t.description,
                role=t.role,
                hours_per_year=round_hours(t.hours_per_year),
                proposal=t.proposal.label,
                receiving_role=t.receiving_role,
                affects_others=t.affects_others.label if t.affects_others else "",
                route=t.route.label if t.route else "",
                responsible=exported_responsible(t.responsible, choices),  # a role, never a name
                due_date=t.due_date,
                status=t.status.label,
                hours_freed=t.hours_freed,
            )
            for t in dialogue_first(tasks)
        ]
        return LatestReview(
            review=review,
            template_name=template.display,
            tasks=lines,
            hours_per_year=round_hours(s.total.hours_per_year),
            hours_freed_per_year=round_hours(s.total.hours_freed),
            line_dialogue=s.line_dialogue,
            own_decision=s.own_decision,
            responsible_withheld=sum(
                1 for t in tasks if t.responsible.strip() and not exported_responsible(t.responsible, choices)
            ),
        )

    def hours_freed_per_year(self, unit: Unit) -> Decimal | None:
        """Hours freed per year in the unit's latest review (the ``admin_hours_freed`` measure)."""
        latest = self.latest_review(unit)
        return None if latest is None else latest.hours_freed_per_year
