"""Bemanningsluckor: register gaps quickly, browse and correct them, see where they come from.

Three tabs: Registrera (the keyboard-first form), Alla luckor (the lazy,
filterable table) and Sammanställning (hours per month with a chart). Every
add, change, delete and import is a command on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QTabWidget

from hyrdesk.domain.gaps import Gap
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services
from hyrdesk.ui.gaps.browse_tab import BrowseTab
from hyrdesk.ui.gaps.commands import AddGapCommand, DeleteGapsCommand, EditGapCommand, ImportedGapsCommand
from hyrdesk.ui.gaps.dialog import GapDialog
from hyrdesk.ui.gaps.entry_tab import EntryTab
from hyrdesk.ui.gaps.shift_dialog import ShiftLengthsDialog
from hyrdesk.ui.gaps.summary_tab import GapSummaryTab
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.import_wizard import ImportWizard, choose_import_file


class GapsPage(Page):
    key = "gaps"

    def __init__(self, services: Services, undo_stack, runner):
        super().__init__(
            page_title(self.key),
            QCoreApplication.translate(
                "GapsPage", "Pass och perioder som egen personal inte kunde täcka – varför, och hur de täcktes."
            ),
        )
        self.services, self.undo_stack, self.runner = services, undo_stack, runner

        self.import_button = QPushButton(self.tr("&Importera…"))
        self.import_button.setToolTip(
            self.tr("Importera luckor från en Excel- eller CSV-fil, t.ex. enhetens gamla logg")
        )
        self.import_button.clicked.connect(self.start_import)
        self.shifts_button = QPushButton(self.tr("Pass&längder…"))
        self.shifts_button.setToolTip(self.tr("Hur många timmar ett dag-, kvälls- och nattpass är"))
        self.shifts_button.clicked.connect(self.open_shift_lengths)
        self.header_actions.addWidget(self.import_button)
        self.header_actions.addWidget(self.shifts_button)

        self.tabs = QTabWidget()
        self.entry = EntryTab(services.gaps)
        self.browse = BrowseTab(services.gaps)
        self.summary = GapSummaryTab(services.gaps)
        self.tabs.addTab(self.entry, self.tr("Re&gistrera"))
        self.tabs.addTab(self.browse, self.tr("Alla l&uckor"))
        self.tabs.addTab(self.summary, self.tr("Sammanst&ällning"))
        self.layout_.addWidget(self.tabs, 1)

        self._unit_loaded: Unit | None = None
        self._stale = False
        self.entry.save_requested.connect(self.add_gap)
        self.browse.edit_requested.connect(self.edit_gap)
        self.browse.delete_requested.connect(self.delete_gaps)

    # --- data ----------------------------------------------------------------------------------------
    # Nothing is read until the page is shown: at start-up every page gets the unit, and counting a
    # big unit's gaps for a page nobody opens would only delay the window.
    def set_unit(self, unit) -> None:
        self.unit = unit
        self.import_button.setEnabled(unit is not None)
        self._unit_loaded = None
        if self.isVisible():
            self._load()

    def refresh(self) -> None:
        """Settings or categories may have changed: reload everything."""
        self.set_unit(self.unit)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._unit_loaded is None:
            self._load()
        elif self._stale:
            self._reload_views()

    def _load(self) -> None:
        self._stale = False
        if self.unit is None:
            return
        categories = self.services.units.categories()
        names = {c.id: c.name for c in categories}
        self.entry.set_unit(self.unit, categories, names, self.services.gaps.agencies(self.unit))
        self.browse.set_unit(self.unit, categories, names)
        self.summary.set_unit(self.unit)
        self._unit_loaded = self.unit

    def changed(self) -> None:
        """After any add, change, delete or import (also undo and redo, maybe on another page)."""
        if self.unit is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._reload_views()

    def _reload_views(self) -> None:
        self._stale = False
        self.browse.reload()
        self.entry.recent.reload()
        self.summary.refresh()

    # --- commands ------------------------------------------------------------------------------------
    def add_gap(self, gap: Gap) -> None:
        command = AddGapCommand(self.services.gaps, gap, self.changed)
        self.undo_stack.push(command)
        assert command.saved is not None  # push() ran redo(), which saved it
        self.entry.saved(command.saved)

    def edit_gap(self, gap: Gap) -> None:
        assert self.unit is not None  # the gaps shown are the unit's
        dialog = GapDialog(self.services.gaps, self.services.units, self.unit, gap, self)
        if dialog.exec() and dialog.result_gap is not None and dialog.result_gap != gap:
            self.undo_stack.push(EditGapCommand(self.services.gaps, gap, dialog.result_gap, self.changed))

    def delete_gaps(self, ids: list[int]) -> None:
        self.undo_stack.push(DeleteGapsCommand(self.services.gaps, ids, self.changed))

    # --- import and settings -------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.unit is None:
            return
        path = choose_import_file(self, self.tr("Importera bemanningsluckor"))
        if path is not None:
            self.open_import_wizard(path)

    def open_import_wizard(self, path) -> ImportWizard | None:
        if self.unit is None:
            return None
        importer = self.services.gaps.importer(self.unit)
        wizard = ImportWizard(importer, self.services.settings, self.runner, self)
        wizard.imported.connect(lambda _message: self._imported(importer))
        wizard.open_file(path)
        return wizard

    def _imported(self, importer) -> None:
        assert self.unit is not None  # an import is started for a unit
        if importer.committed_ids:
            self.undo_stack.push(ImportedGapsCommand(self.services.gaps, importer.committed_ids, self.changed))
        self.changed()
        self.entry.form.set_categories(self.services.units.categories(), self.services.gaps.agencies(self.unit))

    def open_shift_lengths(self) -> None:
        dialog = ShiftLengthsDialog(self.services.gaps, self.services.settings, self)
        if dialog.exec():
            self.entry.form.set_shift_hours(self.services.gaps.shift_hours())
