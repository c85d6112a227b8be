"""Historik: the unit's reviews over time; a new review can start from any of them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import Review, round_hours
from hyrdesk.ui.reviews.summary_tab import small_table
from hyrdesk.ui.reviews.text_table_model import TextTableModel


class HistoryTab(QWidget):
    open_review = Signal(object)
    start_from = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(
            self.tr(
                "Enhetens översyner över tid. En ny översyn kan utgå från en tidigare: uppgifterna som finns kvar följer med, besluten börjar om."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        lay.addWidget(intro)
        self.model = TextTableModel(
            [
                self.tr("Översyn"),
                self.tr("Startad"),
                self.tr("Avslutad"),
                self.tr("Mall"),
                self.tr("Uppgifter"),
                self.tr("Timmar per år"),
                self.tr("Frigörs per år"),
                self.tr("Dialog i linjen"),
            ],
            {4, 5, 6, 7},
            self,
        )
        self.view = small_table(self.model, self.tr("Översyner"))
        self.view.doubleClicked.connect(lambda i: self.open_review.emit(self.model.payload[i.row()]))
        lay.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("V&isa översynen"))
        self.from_button = QPushButton(self.tr("&Ny översyn från den här…"))
        self.open_button.clicked.connect(lambda: self._emit(self.open_review))
        self.from_button.clicked.connect(lambda: self._emit(self.start_from))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.from_button)
        lay.addLayout(buttons)

    def _emit(self, signal) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            signal.emit(self.model.payload[rows[0].row()])

    def show_reviews(self, reviews_service, reviews: list[Review]) -> None:
        rows = []
        for r in reviews:
            s = reviews_service.summary(r)
            rows.append(
                [
                    r.title,
                    r.started_on.isoformat(),
                    r.finished_on.isoformat() if r.finished_on else self.tr("pågår"),
                    f"{r.template_id} {r.template_version}",
                    str(s.total.tasks),
                    format_decimal(round_hours(s.total.hours_per_year), 1),
                    format_decimal(round_hours(s.total.hours_freed), 1),
                    str(s.line_dialogue),
                ]
            )
        self.model.set_rows(rows, list(reviews))
        if rows:
            self.view.selectRow(0)
        for col, width in ((1, 95), (2, 95), (3, 130), (4, 80), (5, 110), (6, 110), (7, 110)):
            self.view.setColumnWidth(col, width)
