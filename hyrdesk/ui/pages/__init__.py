"""The pages of the main window, in navigation order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..costs.page import CostsPage
from ..export.page import ExportPage
from ..gaps.page import GapsPage
from ..review.page import ReviewPage
from .base import Page
from .overview import OverviewPage


def build_pages(services, undo_stack, runner) -> list[Page]:
    """Every page, wired to the services. The first is the start page."""
    gaps = GapsPage(services, undo_stack, runner)
    costs = CostsPage(services, undo_stack, runner)
    review = ReviewPage(services, undo_stack, runner)
    export = ExportPage(services, undo_stack, runner)
    overview = OverviewPage(
        services,
        [
            ("gaps", QCoreApplication.translate("pages", "Registrera bemanningsluckor"),
             QCoreApplication.translate("pages", "Vad egen personal inte kunde täcka, varför och hur det löstes.")),
            ("costs", QCoreApplication.translate("pages", "Följ hyrkostnaderna"),
             QCoreApplication.translate("pages", "Importera ekonomiutdrag och se trenden mot målet.")),
            ("review", QCoreApplication.translate("pages", "Gör den administrativa översynen"),
             QCoreApplication.translate("pages", "Förenkla, omfördela eller ta bort administrativa uppgifter.")),
            ("export", QCoreApplication.translate("pages", "Ta fram underlag för dialog i linjen"),
             QCoreApplication.translate("pages", "En arbetsbok till din chef, i den delade mappen.")),
        ],
    )
    return [overview, gaps, costs, review, export]
