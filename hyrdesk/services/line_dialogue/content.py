"""What goes into a line-dialogue workbook, independent of Excel.

``sources.py`` fills a ``DialogueData`` from the feature services (costs,
gaps, review) without computing any measure itself; ``workbook.py`` writes
it. A section the app cannot provide (no data yet, or a feature missing)
is ``None`` with a Swedish note saying why, and the workbook says so instead
of failing. Nothing here identifies a person: gap notes never enter.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from hyrdesk.domain.period import Period
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.actions_sheet import ActionSection, action_data_rows
from hyrdesk.services.line_dialogue.agreement_sheet import AgreementSection, agreement_rows
from hyrdesk.services.reviews.service import TaskLine


@dataclass(frozen=True)
class CostRow:
    """One report group (or Totalt) in one month, amounts in SEK; None where it cannot be computed."""

    period: Period
    group: str
    hire: Decimal | None
    own: Decimal | None
    r12: Decimal | None
    ytd: Decimal | None
    ytd_prev: Decimal | None
    ytd_change: Decimal | None
    ytd_change_pct: Decimal | None
    ratio_pct: Decimal | None
    ratio_r12_pct: Decimal | None
    ratio_reason: str | None = None  # why ratio_pct is None, and what to do
    ratio_r12_reason: str | None = None


@dataclass(frozen=True)
class CostSection:
    months: list[Period]  # oldest first
    groups: list[str]  # report groups in report order, Totalt last
    rows: dict[tuple[Period, str], CostRow]
    target_pct: Decimal

    def row(self, period: Period, group: str) -> CostRow | None:
        return self.rows.get((period, group))

    @property
    def total_group(self) -> str:
        return self.groups[-1]


@dataclass(frozen=True)
class GapSection:
    """Hours per month by coverage and by cause (aggregates only)."""

    months: list[Period]
    coverages: list[str]  # labels, in the UI's order
    causes: list[str]
    by_coverage: dict[Period, dict[str, Decimal]]
    by_cause: dict[Period, dict[str, Decimal]]
    hire_label: str | None = None  # the coverage that means hyrpersonal
    uncovered_label: str | None = None  # the coverage that means ej täckt

    def coverage_total(self, label: str) -> Decimal:
        return sum((self.by_coverage.get(p, {}).get(label, Decimal(0)) for p in self.months), Decimal(0))

    def month_total(self, period: Period) -> Decimal:
        return sum(self.by_coverage.get(period, {}).values(), Decimal(0))

    @property
    def total(self) -> Decimal:
        return sum((self.month_total(p) for p in self.months), Decimal(0))


def task_values(t: TaskLine) -> tuple[Any, ...]:
    """A review task's cells, in the order of ``schema.REVIEW_COLUMNS``."""
    return (
        t.area,
        t.description,
        t.role,
        t.hours_per_year,
        t.proposal,
        t.receiving_role,
        t.affects_others,
        t.route,
        t.responsible,
        t.due_date,
        t.status,
        t.hours_freed,
    )


@dataclass(frozen=True)
class ReviewSection:
    title: str
    template: str
    started_on: _dt.date
    finished_on: _dt.date | None
    tasks: list[TaskLine]  # the review service's own rows, line dialogue first
    hours_per_year: Decimal
    hours_freed_per_year: Decimal
    line_dialogue: int
    own_decision: int


@dataclass(frozen=True)
class ForecastRow:
    """One report group's (or Totalt's) full-year forecast in SEK; None where it cannot be made."""

    group: str
    actual_ytd: Decimal | None
    rest: Decimal | None
    year: Decimal | None
    budget: Decimal | None
    deviation: Decimal | None
    deviation_pct: Decimal | None


@dataclass(frozen=True)
class FollowUpSection:
    """The monthly follow-up for the export's period (aggregates only)."""

    rows: list[ForecastRow]  # report groups, Totalt last
    how: str  # how the forecast was made, in Swedish
    uncertain: bool
    ratio_pct: Decimal | None
    headroom: Decimal | None
    comment: str
    fte_hours: Decimal
    cover_r12: dict[str, tuple[Decimal, Decimal]]  # coverage label -> (hours, FTE), R12
    sick_month_pct: Decimal | None = None
    sick_r12_pct: Decimal | None = None
    sick_hours_r12: Decimal | None = None
    scheduled_hours_r12: Decimal | None = None
    own_forecast_year: Decimal | None = None
    sick_long_share_pct: Decimal | None = None
    sick_note: str = ""  # why sick leave is not shown (none imported, or too few employees)
    sick_suppressed: bool = False  # there are figures, but they stay on this computer

    @property
    def total(self) -> ForecastRow:
        return self.rows[-1]


@dataclass
class DialogueData:
    unit_code: str
    unit_name: str
    care_area: str
    period: Period
    created: _dt.datetime
    app_version: str
    text: str = ""
    costs: CostSection | None = None
    gaps: GapSection | None = None
    review: ReviewSection | None = None
    actions: ActionSection | None = None
    followup: FollowUpSection | None = None
    agreement: AgreementSection | None = None
    # Why a section is missing (Swedish, shown in the workbook instead of the table).
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def date_text(self) -> str:
        return self.created.date().isoformat()

    @property
    def file_name(self) -> str:
        return schema.file_name(self.unit_code, str(self.period), self.date_text)

    @property
    def title(self) -> str:
        return f"Underlag för dialog i linjen – {self.unit_name} ({self.unit_code}), {self.period.long_label()}"


def _num(value: Decimal | int | float | None) -> float | None:
    return None if value is None else float(value)


def data_rows(d: DialogueData) -> Iterator[tuple[str, str, str, str, str, float]]:
    """The long-format rows of the ``data`` sheet; a value that cannot be computed has no row."""
    head = (d.unit_code, d.unit_name)

    def row(
        period: Period, measure: str, category: str, value: Decimal | int | float | None
    ) -> Iterator[tuple[str, str, str, str, str, float]]:
        v = _num(value)
        if v is not None:
            yield (*head, str(period), measure, category, v)

    if d.costs is not None:
        c = d.costs
        for p in c.months:
            for g in c.groups:
                r = c.row(p, g)
                if r is None:
                    continue
                yield from row(p, schema.HIRE_COST, g, r.hire)
                yield from row(p, schema.OWN_STAFF_COST, g, r.own)
                yield from row(p, schema.HIRE_COST_R12, g, r.r12)
                yield from row(p, schema.HIRE_COST_YTD, g, r.ytd)
                yield from row(p, schema.HIRE_COST_YTD_PREV, g, r.ytd_prev)
                yield from row(p, schema.HIRE_RATIO_PCT, g, r.ratio_pct)
                yield from row(p, schema.HIRE_RATIO_R12_PCT, g, r.ratio_r12_pct)
    if d.gaps is not None:
        gs = d.gaps
        for p in gs.months:
            for label in gs.coverages:
                yield from row(p, schema.GAP_HOURS, label, gs.by_coverage.get(p, {}).get(label, Decimal(0)))
            for label in gs.causes:
                yield from row(p, schema.GAP_HOURS_BY_CAUSE, label, gs.by_cause.get(p, {}).get(label, Decimal(0)))
    if d.review is not None:
        rs = d.review
        yield from row(d.period, schema.ADMIN_HOURS_PER_YEAR, "", rs.hours_per_year)
        yield from row(d.period, schema.ADMIN_HOURS_FREED, "", rs.hours_freed_per_year)
        yield from row(d.period, schema.ADMIN_TASKS_LINE_DIALOGUE, "", rs.line_dialogue)
    for period, measure, category, value in action_data_rows(d.actions, d.period):
        yield from row(period, measure, category, value)
    if d.followup is not None:
        f = d.followup
        total = f.total.group
        for fr in f.rows:
            yield from row(d.period, schema.HIRE_COST_FORECAST_YEAR, fr.group, fr.year)
            yield from row(d.period, schema.HIRE_COST_BUDGET, fr.group, fr.budget)
        yield from row(d.period, schema.HIRE_RATIO_FORECAST_PCT, total, f.ratio_pct)
        yield from row(d.period, schema.HEADROOM_KR, total, f.headroom)
        for label, (_hours, fte) in f.cover_r12.items():
            yield from row(d.period, schema.GAP_FTE_R12, label, fte)
        yield from row(d.period, schema.SICK_LEAVE_PCT, total, f.sick_month_pct)
        yield from row(d.period, schema.SICK_LEAVE_R12_PCT, total, f.sick_r12_pct)
        yield from row(d.period, schema.SICK_HOURS_R12, total, f.sick_hours_r12)
        yield from row(d.period, schema.SCHEDULED_HOURS_R12, total, f.scheduled_hours_r12)
        yield from row(d.period, schema.OWN_STAFF_COST_FORECAST_YEAR, total, f.own_forecast_year)
        yield from row(d.period, schema.SICK_LEAVE_LONG_SHARE_R12_PCT, total, f.sick_long_share_pct)
        if f.sick_suppressed:
            yield from row(d.period, schema.SICK_LEAVE_SUPPRESSED, total, 1)
    for measure, category, amount in agreement_rows(d.agreement):
        yield from row(d.period, measure, category, amount)
