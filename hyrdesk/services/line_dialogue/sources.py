"""Gathering a ``DialogueData`` from the feature services.

The measures (R12, year to date, hire ratio, gap hours, hours freed) are the
feature services' own; this module only asks for them and converts them to
the workbook's plain shapes. A service that is not there, or has nothing for
the unit, leaves its section ``None`` with a note in Swedish.
"""

from __future__ import annotations

import datetime as _dt
import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from hyrdesk import __version__
from hyrdesk.domain.costs import GroupMeasures
from hyrdesk.domain.forecast import LAST_YEAR_PROFILE
from hyrdesk.domain.gaps import Coverage
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.units import Unit
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.actions_sheet import action_section
from hyrdesk.services.line_dialogue.agreement_sheet import agreement_section
from hyrdesk.services.line_dialogue.content import (
    CostRow,
    CostSection,
    DialogueData,
    FollowUpSection,
    ForecastRow,
    GapSection,
    ReviewSection,
)

if TYPE_CHECKING:  # the features this one reads; the container hands them over
    from hyrdesk.services.actions.service import ActionService
    from hyrdesk.services.agreement.service import AgreementService
    from hyrdesk.services.costs.service import CostService
    from hyrdesk.services.followup.service import FollowUpService
    from hyrdesk.services.gaps.service import GapService
    from hyrdesk.services.reviews.service import ReviewService
    from hyrdesk.services.units import UnitService

log = logging.getLogger(__name__)

NOTE_COSTS_MISSING = "Uppgifter om hyrkostnader saknas: den här versionen av hyrdesk kan inte ta fram dem."
NOTE_GAPS_MISSING = "Uppgifter om bemanningsluckor saknas: den här versionen av hyrdesk kan inte ta fram dem."
NOTE_REVIEW_MISSING = "Uppgifter om administrativ översyn saknas: den här versionen av hyrdesk kan inte ta fram dem."


def _sek(money: Money | None) -> Decimal | None:
    return None if money is None else money.sek


def cost_section(
    costs: CostService | None, unit: Unit, period: Period, target_pct: Decimal
) -> tuple[CostSection | None, str | None]:
    if costs is None:
        return None, NOTE_COSTS_MISSING
    first = period - (schema.COST_MONTHS - 1)
    months = list(period_range(first, period))
    table: dict[Period, list[GroupMeasures]] = {}
    for m in costs.monthly_rows(unit, first, period):  # GroupMeasures per month and group, Totalt last
        table.setdefault(m.period, []).append(m)
    if not any(any(m.hire is not None or m.own is not None for m in table.get(p, ())) for p in months):
        return None, (
            f"Inga hyrkostnader eller kostnader för egen personal är registrerade för enheten "
            f"{period.label()} eller de {schema.COST_MONTHS - 1} månaderna före."
        )
    rows: dict[tuple[Period, str], CostRow] = {}
    groups: list[str] = []
    for p in months:
        for m in table.get(p, ()):
            if m.group not in groups:
                groups.append(m.group)
            rows[(p, m.group)] = CostRow(
                period=p,
                group=m.group,
                hire=_sek(m.hire),
                own=_sek(m.own),
                r12=_sek(m.r12),
                ytd=_sek(m.ytd),
                ytd_prev=_sek(m.ytd_prev),
                ytd_change=_sek(m.ytd_change),
                ytd_change_pct=m.ytd_change_pct,
                ratio_pct=m.hire_ratio_pct,
                ratio_r12_pct=m.hire_ratio_r12_pct,
                ratio_reason=m.hire_ratio_reason,
                ratio_r12_reason=m.hire_ratio_r12_reason,
            )
    return CostSection(months, groups, rows, target_pct), None


def gap_section(gaps: GapService | None, unit: Unit, period: Period) -> tuple[GapSection | None, str | None]:
    if gaps is None:
        return None, NOTE_GAPS_MISSING
    first = period - (schema.GAP_MONTHS - 1)
    months = list(period_range(first, period))
    summary = gaps.summary(unit, first, period)  # aggregates only: never a note or a single gap
    if not summary.total_minutes:
        return None, (
            f"Inga bemanningsluckor är registrerade för enheten under de {schema.GAP_MONTHS} månaderna "
            f"till och med {period.label()}."
        )
    by_coverage: dict[Period, dict[str, Decimal]] = {p: {} for p in months}
    by_cause: dict[Period, dict[str, Decimal]] = {p: {} for p in months}
    coverages: list[str] = []
    causes: list[str] = []
    for p, kind, label, hours in summary.long_rows():
        table, labels = (by_cause, causes) if kind == "cause" else (by_coverage, coverages)
        if label not in labels:
            labels.append(label)
        table.setdefault(p, {})[label] = hours
    return GapSection(
        months=months,
        coverages=coverages,
        causes=causes,
        by_coverage=by_coverage,
        by_cause=by_cause,
        hire_label=Coverage.HIRED.label,
        uncovered_label=Coverage.UNCOVERED.label,
    ), None


def review_section(reviews: ReviewService | None, unit: Unit) -> tuple[ReviewSection | None, str | None]:
    if reviews is None:
        return None, NOTE_REVIEW_MISSING
    latest = reviews.latest_review(unit)
    if latest is None:
        return None, "Enheten har ingen administrativ översyn ännu."
    r = latest.review
    note = None
    if latest.responsible_withheld:
        note = (
            f"{latest.responsible_withheld} uppgifter har en Ansvarig som inte är en roll ur mallen (sparad "
            "innan Ansvarig blev en roll). Den skickas inte med; välj en roll i översynen."
        )
    return ReviewSection(
        title=r.title,
        template=latest.template_name,
        started_on=r.started_on,
        finished_on=r.finished_on,
        tasks=list(latest.tasks),
        hours_per_year=latest.hours_per_year,
        hours_freed_per_year=latest.hours_freed_per_year,
        line_dialogue=latest.line_dialogue,
        own_decision=latest.own_decision,
    ), note


def _hours(minutes: int | None) -> Decimal | None:
    return None if minutes is None else Decimal(minutes) / 60


def followup_section(
    followup: FollowUpService | None, unit: Unit, period: Period
) -> tuple[FollowUpSection | None, str | None]:
    """The forecast, budget, cover in FTE and sick leave; sick leave only for more than 10 employees."""
    if followup is None:
        return None, None
    forecasts = followup.forecasts(unit, period)
    total = forecasts[-1]
    if total.hire.actual_ytd is None:
        return None, f"Ingen helårsprognos: någon månad januari–{period.label()} saknar hyrkostnad."
    rows = [
        ForecastRow(
            group=f.group,
            actual_ytd=_sek(f.hire.actual_ytd),
            rest=_sek(f.hire.rest),
            year=_sek(f.hire.year),
            budget=None if f.budget is None else f.budget.budget.sek,
            deviation=None if f.budget is None else _sek(f.budget.deviation),
            deviation_pct=None if f.budget is None else f.budget.deviation_pct,
        )
        for f in forecasts
    ]
    first, last = total.hire.basis[0], total.hire.basis[-1]
    if total.hire.method == LAST_YEAR_PROFILE:
        how = (
            f"Utfall januari–{period.label()} plus resten av året enligt förra årets månader, "
            f"skalade med årets takt ({first}–{last})."
        )
    else:
        how = f"Utfall januari–{period.label()} plus snittet för {first}–{last} gånger de månader som är kvar."
    mix = followup.cover(unit, period - 11, period)
    cover = {c.label: (h, mix.fte(h)) for c, h in mix.by_coverage().items()}
    sick = followup.sick_leave_figures(unit, period)
    sick_note = ""
    if not followup.sick_months(unit):
        sick_note = "Ingen sjukfrånvaro är importerad."
    elif sick.suppressed:
        sick_note = (
            "Visas inte: enheten har 10 eller färre anställda (eller okänt antal), och sjukfrånvaro för så små "
            "grupper lämnar aldrig datorn."
        )
    shown = not sick_note
    target = followup.costs.target_pct()
    headroom = total.headroom(target)
    return FollowUpSection(
        rows=rows,
        how=how,
        uncertain=total.uncertain,
        ratio_pct=total.ratio_pct,
        headroom=_sek(headroom),
        comment=followup.comment(unit, period),
        fte_hours=mix.fte_hours,
        cover_r12=cover,
        sick_month_pct=sick.month_pct if shown else None,
        sick_r12_pct=sick.r12_pct if shown else None,
        sick_hours_r12=_hours(sick.r12_sick_minutes) if shown else None,
        scheduled_hours_r12=_hours(sick.r12_scheduled_minutes) if shown else None,
        own_forecast_year=_sek(total.own.year),
        sick_long_share_pct=sick.long_share_r12_pct if shown else None,
        sick_note=sick_note,
        sick_suppressed=bool(followup.sick_months(unit)) and sick.suppressed,
    ), None


def collect(
    unit: Unit,
    period: Period,
    *,
    text: str,
    target_pct: Decimal,
    costs: CostService | None = None,
    gaps: GapService | None = None,
    reviews: ReviewService | None = None,
    actions: ActionService | None = None,
    followup: FollowUpService | None = None,
    agreement: AgreementService | None = None,
    categories: UnitService | None = None,
    now: _dt.datetime | None = None,
) -> DialogueData:
    """Everything the workbook for ``unit`` and ``period`` shows."""
    data = DialogueData(
        unit_code=unit.code,
        unit_name=unit.name,
        care_area=unit.care_area.label,
        period=period,
        created=(now or _dt.datetime.now()).replace(microsecond=0),
        app_version=__version__,
        text=text,
    )
    for key, build in (
        ("costs", lambda: cost_section(costs, unit, period, target_pct)),
        ("gaps", lambda: gap_section(gaps, unit, period)),
        ("review", lambda: review_section(reviews, unit)),
        ("actions", lambda: action_section(actions, unit, period)),
        ("followup", lambda: followup_section(followup, unit, period)),
    ):
        section, note = build()
        setattr(data, key, section)
        if note:
            data.notes[key] = note
    if agreement is not None and categories is not None:
        data.agreement = agreement_section(agreement, categories, unit, period)
    return data
