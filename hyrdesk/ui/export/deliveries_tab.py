"""Leveranser: what waits for the shared folder and what has been delivered, with Leverera nu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from hyrdesk.paths import Paths
from hyrdesk.services.delivery.service import DeliveryService
from hyrdesk.ui.export.models import DeliveriesModel


class DeliveriesTab(QWidget):
    delivered = Signal()  # after Leverera nu

    def __init__(self, delivery: DeliveryService, paths: Paths, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.delivery, self.paths, self.runner = delivery, paths, runner
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.deliver_button = QPushButton(self.tr("&Leverera nu"))
        self.deliver_button.setProperty("role", "primary")
        self.deliver_button.setToolTip(self.tr("Försök leverera väntande exporter till den delade mappen nu"))
        self.deliver_button.clicked.connect(self.deliver_now)
        self.local_button = QPushButton(self.tr("&Öppna lokala kopior"))
        self.local_button.setToolTip(self.tr("Mappen på din dator där varje export sparas"))
        self.local_button.clicked.connect(self.open_local)
        row.addWidget(self.deliver_button)
        row.addWidget(self.local_button)
        lay.addLayout(row)
        self.model = DeliveriesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Exporter"))
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the tooltip has the whole text
        header = self.view.horizontalHeader()
        # The file name is long: it gets a fixed share (elided in the middle, whole in the
        # tooltip), so the last column keeps room for its header and the folder it went to.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M" * 26))
        for col in range(1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Försök") + 16)
        self.view.doubleClicked.connect(self._open_row)
        lay.addWidget(self.view, 1)
        note = QLabel(
            self.tr(
                "Väntande exporter försöker levereras igen varannan minut och när hyrdesk startar. Inget går förlorat om du stänger programmet."
            )
        )
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        lay.addWidget(note)

    def refresh(self) -> None:
        delivery = self.delivery
        self.model.set_items(delivery.recent())
        status = delivery.status()
        if status.count == 1:
            self.summary.setText(self.tr("1 export väntar på leverans: {0}").format(status.reason or ""))
        elif status.count:
            self.summary.setText(
                self.tr("{0} exporter väntar på leverans: {1}").format(status.count, status.reason or "")
            )
        elif self.model.items:
            self.summary.setText(self.tr("Allt är levererat."))
        else:
            self.summary.setText(self.tr("Inga exporter ännu."))
        self.deliver_button.setEnabled(status.count > 0)

    def deliver_now(self) -> None:
        delivery = self.delivery

        def work(progress):
            worker = delivery.for_thread()  # writes from the worker thread need their own connection
            try:
                return worker.deliver_pending(progress)
            finally:
                worker.db.close()

        self.runner.run(
            self,
            self.tr("Levererar till den delade mappen…"),
            work,
            lambda _r: self.delivered.emit(),
            lambda _e: self.delivered.emit(),
        )

    def open_local(self) -> None:
        folder = self.paths.exports_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _open_row(self, index) -> None:
        item = self.model.items[index.row()]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(item.local_path)))
