"""The agreement's card on the Översikt page, only when there is something to say."""

from __future__ import annotations

from hyrdesk.domain.agreement import ABOVE_TARIFF, OUTSIDE_AGREEMENT
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services
from hyrdesk.services.costs.overview import short_amount
from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure


def agreement_figures(services: Services, unit: Unit) -> list[KeyFigure]:
    """Kronor above tariff and outside the agreement in the latest month with invoice lines."""
    invoices = services.agreement.invoices(unit)
    if not invoices:
        return []
    month = max(i.month for i in invoices)
    check = services.agreement.check(unit, month).check
    above, outside = check.total(ABOVE_TARIFF), check.total(OUTSIDE_AGREEMENT)
    if not check.findings:
        return [
            KeyFigure(
                Feature.AGREEMENT,
                f"Inhyrning enligt avtalet {month.label()}",
                "Inga avvikelser",
                f"Kontrollerade fakturor {short_amount(check.checked)}.",
                Assessment.BETTER,
            )
        ]
    detail = f"{len(check.findings)} avvikelser · över tariff {short_amount(above)} · utanför avtalet {short_amount(outside)}"
    return [
        KeyFigure(
            Feature.AGREEMENT,
            f"Avvikelser från avtalet {month.label()}",
            short_amount(above + outside),
            detail,
            Assessment.ATTENTION,
        )
    ]
