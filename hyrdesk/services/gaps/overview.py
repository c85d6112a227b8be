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
from hyrdesk.services.overview.figures import KeyFigure

PAGE = "gaps"


def _hours(minutes: int) -> str:
    return f"{format_hours(minutes, 0)}{NBSP}h"


def gap_figures(services, unit: Unit, today: _dt.date | None = None) -> list[KeyFigure]:
    if services.gaps.latest_period(unit) is None:
        return []
    last = Period.from_date(today or _dt.date.today())
    now = services.gaps.summary(unit, last - 11, last)
    before = services.gaps.summary(unit, last - 23, last - 12)
    span = f"{(last - 11).label()} – {last.label()}"

    detail = span
    tone = "neutral"
    if before.total_minutes:
        detail += f" · året före {_hours(before.total_minutes)}"
        tone = (
            "good"
            if now.total_minutes < before.total_minutes
            else "bad"
            if now.total_minutes > before.total_minutes
            else "neutral"
        )
    figures = [KeyFigure("Lucktimmar, 12 månader", _hours(now.total_minutes), detail, tone, PAGE)]

    share = now.hire_share_pct
    detail = f"{_hours(now.totals.hired)} av lucktimmarna"
    tone = "neutral"
    if before.hire_share_pct is not None and share is not None:
        detail += f" · året före {format_percent(before.hire_share_pct)}"
        tone = "good" if share < before.hire_share_pct else "bad" if share > before.hire_share_pct else "neutral"
    figures.append(KeyFigure("Täckt av hyrpersonal", format_percent(share), detail, tone, PAGE))

    uncovered = now.uncovered_minutes
    detail = span
    if now.total_minutes:
        detail = f"{format_percent(Decimal(uncovered) * 100 / now.total_minutes)} av lucktimmarna"
    if before.total_minutes:
        detail += f" · året före {_hours(before.uncovered_minutes)}"
    figures.append(
        KeyFigure("Ej täckta timmar, 12 månader", _hours(uncovered), detail, "warn" if uncovered else "neutral", PAGE)
    )
    return figures
