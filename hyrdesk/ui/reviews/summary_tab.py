"""Sammanställning: hours by area and by proposal, hours freed, and what needs line dialogue first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import Proposal, round_hours
from hyrdesk.domain.review_summary import ReviewSummary, Totals
from hyrdesk.domain.review_template import Template
from hyrdesk.ui.reviews.text_table_model import TextTableModel
from hyrdesk.ui.widgets.choice_labels import choice_label


def _h(value) -> str:
    return format_decimal(round_hours(value), 1)


def small_table(model: TextTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)
    return view


class Card(QFrame):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setProperty("role", "card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        t = QLabel(title)
        t.setProperty("role", "card-title")
        self.value = QLabel()
        self.value.setProperty("role", "card-value")
        self.detail = QLabel()
        self.detail.setProperty("role", "card-detail")
        self.detail.setWordWrap(True)
        for w in (t, self.value, self.detail):
            lay.addWidget(w)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{value} {detail}")


class ReviewSummaryTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        cards = QHBoxLayout()
        self.hours_card = Card(self.tr("Administrativ tid per år"))
        self.freed_card = Card(self.tr("Frigörs per år"))
        self.route_card = Card(self.tr("Dialog i linjen / eget beslut"))
        for c in (self.hours_card, self.freed_card, self.route_card):
            cards.addWidget(c)
        lay.addLayout(cards)

        grid = QGridLayout()
        hours, freed = self.tr("Timmar per år"), self.tr("Frigörs per år")
        self.area_model = TextTableModel([self.tr("Område"), self.tr("Uppgifter"), hours, freed], {1, 2, 3}, self)
        self.proposal_model = TextTableModel([self.tr("Förslag"), self.tr("Uppgifter"), hours, freed], {1, 2, 3}, self)
        self.pending_model = TextTableModel(
            [
                self.tr("Uppgift"),
                self.tr("Område"),
                self.tr("Förslag"),
                freed,
                self.tr("Ansvarig"),
                self.tr("Klart senast"),
            ],
            {3},
            self,
        )
        grid.addWidget(self._titled(self.tr("Per område"), small_table(self.area_model, self.tr("Per område"))), 0, 0)
        grid.addWidget(
            self._titled(self.tr("Per förslag"), small_table(self.proposal_model, self.tr("Per förslag"))), 0, 1
        )
        self.pending_title = QLabel()
        pending = small_table(self.pending_model, self.tr("Behöver dialog i linjen innan beslut"))
        grid.addWidget(self._titled(self.pending_title, pending), 1, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        lay.addLayout(grid, 1)

    def _titled(self, title, widget: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 6, 0, 0)
        label = title if isinstance(title, QLabel) else QLabel(title)
        label.setStyleSheet("font-weight: 600;")
        lay.addWidget(label)
        lay.addWidget(widget)
        return box

    def show_summary(self, s: ReviewSummary | None, template: Template | None) -> None:
        if s is None:
            for m in (self.area_model, self.proposal_model, self.pending_model):
                m.set_rows([])
            return
        assert template is not None  # a summary comes with its review's template
        t = s.total
        self.hours_card.set(self.tr("{0} h").format(_h(t.hours_per_year)), self.tr("{0} uppgifter").format(t.tasks))
        share = (t.hours_freed / t.hours_per_year * 100) if t.hours_per_year else 0
        self.freed_card.set(
            self.tr("{0} h").format(_h(t.hours_freed)),
            self.tr("{0} % av den administrativa tiden").format(format_decimal(share, 0)),
        )
        c = s.counts  # the one count (domain.review_summary.decision_counts) every page and export shows
        detail = self.tr("förändringsförslag; {0} behålls som de är").format(c.no_change)
        if c.unanswered:
            detail += self.tr(", {0} saknar svar på Påverkar andra enheter").format(c.unanswered)
        self.route_card.set(f"{c.line_dialogue} / {c.own_decision}", detail)

        def row(name: str, x: Totals) -> list[str]:
            return [name, str(x.tasks), _h(x.hours_per_year), _h(x.hours_freed)]

        areas = [row(template.area_name(k), x) for k, x in s.by_area.items()]
        self.area_model.set_rows(areas + [row(self.tr("Totalt"), t)], bold_last=True)
        self.proposal_model.set_rows(
            [row(choice_label(p), s.by_proposal[p]) for p in Proposal] + [row(self.tr("Totalt"), t)], bold_last=True
        )
        self.pending_title.setText(self.tr("Förslag som går till dialog i linjen ({0})").format(s.line_dialogue))
        self.pending_model.set_rows(
            [
                [
                    p.description,
                    template.area_name(p.area),
                    choice_label(p.proposal),
                    _h(p.hours_freed),
                    p.responsible,
                    p.due_date.isoformat() if p.due_date else "",
                ]
                for p in s.pending_dialogue
            ]
        )
