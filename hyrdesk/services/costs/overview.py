"""Hire-cost cards for Översikt: R12, year-to-date change, latest hire ratio against the target."""

from __future__ import annotations

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import measures
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import NBSP, format_decimal, format_percent
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure, compared


def short_amount(m: Money, signed: bool = False) -> str:
    """tkr below one million kronor, mkr with one decimal from there: ``845 tkr``, ``2,1 mkr``.

    ``signed`` writes a plus on increases (a minus is always written, typographically).
    """
    if abs(m.ore) < 100_000_000:
        text = f"{format_decimal(m.sek / 1000, 0)}{NBSP}tkr"
    else:
        text = f"{format_decimal(m.sek / 1_000_000, 1)}{NBSP}mkr"
    return f"+{text}" if signed and m.ore > 0 and not text.startswith("0") else text


def cost_figures(services: Services, unit: Unit) -> list[KeyFigure]:
    costs = services.costs
    series = costs.series(unit)
    last = series.last
    if last is None:
        return []
    now = measures(series, last, TOTAL)
    year_ago = measures(series, last - 12, TOTAL)
    target = costs.target_pct()
    figures = []

    if now.r12 is None:
        figures.append(
            KeyFigure(Feature.COSTS, "Hyrkostnad R12", "–", f"Visas när alla 12 månader t.o.m. {last.label()} finns.")
        )
    else:
        detail = f"12 månader t.o.m. {last.label()}"
        assessment = Assessment.NONE
        if year_ago.r12 is not None:
            detail += f" · året före {short_amount(year_ago.r12)}"
            assessment = compared(now.r12, year_ago.r12)
        figures.append(KeyFigure(Feature.COSTS, "Hyrkostnad R12", short_amount(now.r12), detail, assessment))

    span = last.label() if last.month == 1 else f"jan–{last.label()}"
    if now.ytd_change is None:
        figures.append(
            KeyFigure(
                Feature.COSTS,
                f"Hyrkostnad ack {span}",
                "–",
                "Jämförelsen kräver alla månader i år och samma månader förra året.",
            )
        )
    else:
        pct = (
            ""
            if now.ytd_change_pct is None
            else f" ({'+' if now.ytd_change_pct > 0 else ''}{format_percent(now.ytd_change_pct, 0)})"
        )
        assert now.ytd is not None and now.ytd_prev is not None  # a change needs both
        detail = f"{short_amount(now.ytd)} mot {short_amount(now.ytd_prev)} samma period {last.year - 1}{pct}"
        figures.append(
            KeyFigure(
                Feature.COSTS,
                f"Hyrkostnad ack {span}",
                short_amount(now.ytd_change, signed=True),
                detail,
                compared(now.ytd_change.ore, 0),
            )
        )

    ratio = now.hire_ratio_pct
    detail = f"{last.label()} · R12 {format_percent(now.hire_ratio_r12_pct)} · mål högst {format_percent(target)}"
    if ratio is None:
        figures.append(
            KeyFigure(
                Feature.COSTS,
                "Andel hyrkostnad (SKR-måttet)",
                "–",
                f"{detail}. Kan inte beräknas utan kostnad för egen personal.",
            )
        )
    else:
        assessment = Assessment.WITHIN_TARGET if ratio <= target else Assessment.OVER_TARGET
        figures.append(
            KeyFigure(Feature.COSTS, "Andel hyrkostnad (SKR-måttet)", format_percent(ratio), detail, assessment)
        )
    return figures
