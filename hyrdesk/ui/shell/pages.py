"""The pages of the main window, in navigation order.

Only the start page is built with the window. The others are built the first
time they are shown, or in the moments after start-up while the user reads
the start page (``MainWindow.build_pending``): importing and building them
all up front made start-up a third slower (bench/startup.py). Their modules
are imported inside the builders, as plain import statements so that
PyInstaller still finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from hyrdesk.services.container import Services
from hyrdesk.ui.overview.page import OverviewPage
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title


@dataclass(frozen=True)
class PageEntry:
    key: str  # also the name of its icon
    build: Callable[[], Page]

    @property
    def title(self) -> str:
        return page_title(self.key)


def page_entries(services: Services, undo_stack, runner) -> list[PageEntry]:
    """Every page, wired to the services. The first is the start page."""

    def overview() -> Page:
        return OverviewPage(services, _shortcuts())

    def gaps() -> Page:
        from hyrdesk.ui.gaps.page import GapsPage

        return GapsPage(services, undo_stack, runner)

    def costs() -> Page:
        from hyrdesk.ui.costs.page import CostsPage

        return CostsPage(services, undo_stack, runner)

    def followup() -> Page:
        from hyrdesk.ui.followup.page import FollowUpPage

        return FollowUpPage(services, undo_stack, runner)

    def hire() -> Page:
        from hyrdesk.ui.hire.page import HirePage

        return HirePage(services, undo_stack, runner)

    def review() -> Page:
        from hyrdesk.ui.reviews.page import ReviewPage

        return ReviewPage(services, undo_stack, runner)

    def actions() -> Page:
        from hyrdesk.ui.actions.page import ActionsPage

        return ActionsPage(services, undo_stack, runner)

    def export() -> Page:
        from hyrdesk.ui.export.page import ExportPage

        return ExportPage(services, undo_stack, runner)

    return [
        PageEntry("overview", overview),
        PageEntry("gaps", gaps),
        PageEntry("costs", costs),
        PageEntry("followup", followup),
        PageEntry("hire", hire),
        PageEntry("review", review),
        PageEntry("actions", actions),
        PageEntry("export", export),
    ]


def _shortcuts() -> list[tuple[str, str, str]]:
    """Översikt's "Kom igång" list: (page key, button text, explanation)."""
    return [
        (
            "gaps",
            QCoreApplication.translate("pages", "Registrera bemanningsluckor"),
            QCoreApplication.translate("pages", "Vad egen personal inte kunde täcka, varför och hur det löstes."),
        ),
        (
            "costs",
            QCoreApplication.translate("pages", "Följ hyrkostnaderna"),
            QCoreApplication.translate("pages", "Importera ekonomiutdrag och se trenden mot målet."),
        ),
        (
            "review",
            QCoreApplication.translate("pages", "Gör den administrativa översynen"),
            QCoreApplication.translate("pages", "Förenkla, omfördela eller ta bort administrativa uppgifter."),
        ),
        (
            "actions",
            QCoreApplication.translate("pages", "Följ upp åtgärdsplanen"),
            QCoreApplication.translate("pages", "Enhetens åtgärder, status och uppmätt effekt."),
        ),
        (
            "export",
            QCoreApplication.translate("pages", "Ta fram underlag för dialog i linjen"),
            QCoreApplication.translate("pages", "En arbetsbok till din chef, i den delade mappen."),
        ),
    ]
