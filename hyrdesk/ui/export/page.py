"""Export och delning: the line-dialogue workbook, its delivery to the shared folder, the roll-up."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget

from hyrdesk.services.container import Services
from hyrdesk.services.delivery.service import check_shared_folder
from hyrdesk.services.settings import SHARED_FOLDER
from hyrdesk.ui.export.deliveries_tab import DeliveriesTab
from hyrdesk.ui.export.dialogue_tab import DialogueTab
from hyrdesk.ui.export.monitor import DeliveryMonitor
from hyrdesk.ui.export.rollup_tab import RollupTab
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title


class ExportPage(Page):
    key = "export"
    open_page = Signal(str)

    def __init__(self, services: Services, undo_stack, runner):
        super().__init__(
            page_title(self.key),
            QCoreApplication.translate("ExportPage", "Underlag för dialog i linjen, levererat till den delade mappen."),
        )
        self.services, self.runner = services, runner
        self._last_item_id: int | None = None

        folder_card = QFrame()
        folder_card.setProperty("role", "card")
        row = QHBoxLayout(folder_card)
        row.setContentsMargins(14, 8, 14, 8)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.folder_label, 1)
        self.check_button = QPushButton(self.tr("&Kontrollera"))
        self.check_button.setToolTip(self.tr("Prova att skriva i den delade mappen"))
        self.check_button.clicked.connect(self.check_folder)
        self.change_button = QPushButton(self.tr("&Ändra…"))
        self.change_button.setToolTip(self.tr("Välj den delade mappen i inställningarna"))
        self.change_button.clicked.connect(self.change_folder)
        row.addWidget(self.check_button)
        row.addWidget(self.change_button)
        self.layout_.addWidget(folder_card)

        self.tabs = QTabWidget()
        self.dialogue = DialogueTab(services.exports, undo_stack, runner)
        self.deliveries = DeliveriesTab(services.delivery, services.paths, runner)
        self.rollup = RollupTab(services.settings, services.rollup, runner)
        self.tabs.addTab(self.dialogue, self.tr("&Underlag för dialog i linjen"))
        self.tabs.addTab(self.deliveries, self.tr("Levera&nser"))
        self.tabs.addTab(self.rollup, self.tr("&Sammanställ enheter"))
        self.layout_.addWidget(self.tabs, 1)

        # The status bar's "N exporter väntar på leverans"; the main window places it.
        self.status_widget = QLabel()
        self.status_widget.setTextFormat(Qt.TextFormat.RichText)
        self.status_widget.linkActivated.connect(lambda _link: self.show_deliveries())
        self.status_widget.hide()

        self.monitor = DeliveryMonitor(services.delivery, runner, parent=self)
        self.monitor.changed.connect(self._deliveries_changed)
        self.dialogue.exported.connect(self._exported)
        self.deliveries.delivered.connect(self._deliveries_changed)
        self.refresh_deliveries()
        self.monitor.start()

    # --- refreshing -----------------------------------------------------------------------
    def set_unit(self, unit) -> None:
        self.unit = unit
        self.dialogue.set_unit(unit)
        self.refresh()

    def refresh(self) -> None:
        if self.unit is not None:
            self.subtitle_label.setText(
                self.tr("{0} · underlag för dialog i linjen, levererat till den delade mappen").format(
                    self.unit.display
                )
            )
        if self.unit is not None:
            self.dialogue.refresh_included()
        self.rollup.refresh()
        self.refresh_deliveries()

    def showEvent(self, event) -> None:
        """Costs, gaps or the review may have changed on another page since this one was shown."""
        super().showEvent(event)
        if self.unit is not None:
            self.dialogue.refresh_included()
        self.refresh_deliveries()

    def refresh_deliveries(self) -> None:
        self.deliveries.refresh()
        status = self.services.delivery.status()
        shared = self.services.settings.get(SHARED_FOLDER)
        if shared is None:
            self.folder_label.setText(
                self.tr(
                    "<b>Ingen delad mapp är vald.</b> Exporterna sparas på din dator och levereras när du har valt en mapp."
                )
            )
        elif status.count:
            self.folder_label.setText(
                self.tr(
                    "<b>Delad mapp:</b> {0}<br><span style='color:#b3261e'>Går inte att leverera till just nu: {1}</span>"
                ).format(html.escape(str(shared)), html.escape(status.reason or ""))
            )
        else:
            self.folder_label.setText(self.tr("<b>Delad mapp:</b> {0}").format(html.escape(str(shared))))
        self.check_button.setEnabled(shared is not None)
        pending = self.tr("Levera&nser ({0} väntar)").format(status.count) if status.count else self.tr("Levera&nser")
        self.tabs.setTabText(self.tabs.indexOf(self.deliveries), pending)
        if status.count:
            text = (
                self.tr("1 export väntar på leverans")
                if status.count == 1
                else self.tr("{0} exporter väntar på leverans").format(status.count)
            )
            self.status_widget.setText(f"<a href='export'>⚠ {html.escape(text)}</a>")
            self.status_widget.setToolTip(status.reason or "")
            self.status_widget.show()
        else:
            self.status_widget.hide()

    def _exported(self, item) -> None:
        self._last_item_id = item.id
        self.refresh_deliveries()
        self.monitor.retry()

    def _deliveries_changed(self) -> None:
        self.refresh_deliveries()
        if self._last_item_id is not None:
            self.dialogue.show_delivery(self.services.delivery.get(self._last_item_id))

    def show_deliveries(self) -> None:
        self.open_page.emit(self.key)
        self.tabs.setCurrentWidget(self.deliveries)

    # --- the shared folder -------------------------------------------------------------------
    def check_folder(self) -> None:
        shared = self.services.settings.get(SHARED_FOLDER)
        self.runner.run(
            self,
            self.tr("Kontrollerar den delade mappen…"),
            lambda _p: check_shared_folder(shared),
            lambda problem: self._checked(shared, problem),
            cancellable=False,
        )

    def _checked(self, shared, problem: str | None) -> None:
        if problem:
            self.folder_label.setText(
                self.tr("<b>Delad mapp:</b> {0}<br><span style='color:#b3261e'>{1}</span>").format(
                    html.escape(str(shared)), html.escape(problem)
                )
            )
        else:
            self.folder_label.setText(
                self.tr(
                    "<b>Delad mapp:</b> {0}<br><span style='color:#2e7d4f'>hyrdesk kan skriva i mappen.</span>"
                ).format(html.escape(str(shared)))
            )
            self.monitor.retry()

    def change_folder(self) -> None:
        from hyrdesk.ui.settings.dialog import SettingsDialog

        if SettingsDialog(self.services.settings, self).exec():
            self.refresh()
            self.monitor.retry()
