"""Staffing-gap cards for Översikt: gap hours, the share covered by hyrpersonal, uncovered hours.

All three look at the last twelve months, the current month included, and
compare with the twelve months before.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from hyrdesk.domain.gaps import format_hours
from hyrdesk.domain.numbers import NBSP, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure, compared


def _hours(minutes: int) -> str:
    return f"{format_hours(minutes, 0)}{NBSP}h"


def gap_figures(services: Services, unit: Unit, today: _dt.date | None = None) -> list[KeyFigure]:
    if services.gaps.latest_period(unit) is None:
        return []
    last = Period.from_date(today or _dt.date.today())
    now = services.gaps.summary(unit, last - 11, last)
    before = services.gaps.summary(unit, last - 23, last - 12)
    span = f"{(last - 11).label()} – {last.label()}"

    detail = span
    assessment = Assessment.NONE
    if before.total_minutes:
        detail += f" · året före {_hours(before.total_minutes)}"
        assessment = compared(now.total_minutes, before.total_minutes)
    figures = [KeyFigure(Feature.GAPS, "Lucktimmar, 12 månader", _hours(now.total_minutes), detail, assessment)]

    share = now.hire_share_pct
    detail = f"{_hours(now.totals.hired)} av lucktimmarna"
    assessment = Assessment.NONE
    if before.hire_share_pct is not None and share is not None:
        detail += f" · året före {format_percent(before.hire_share_pct)}"
        assessment = compared(share, before.hire_share_pct)
    figures.append(KeyFigure(Feature.GAPS, "Täckt av hyrpersonal", format_percent(share), detail, assessment))

    uncovered = now.uncovered_minutes
    detail = span
    if now.total_minutes:
        detail = f"{format_percent(Decimal(uncovered) * 100 / now.total_minutes)} av lucktimmarna"
    if before.total_minutes:
        detail += f" · året före {_hours(before.uncovered_minutes)}"
    assessment = Assessment.ATTENTION if uncovered else Assessment.NONE
    figures.append(KeyFigure(Feature.GAPS, "Ej täckta timmar, 12 månader", _hours(uncovered), detail, assessment))
    return figures
