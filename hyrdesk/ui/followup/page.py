"""Månadsuppföljning: the month's pack for the line manager.

Will the unit end the year under the target, and how many kronor of room are
left? The full-year forecast per report group with how it was made, the budget
and its deviation (with the manager's comment when it is large), the cover mix
of the gap hours in hours and FTE, and the months whose invoices are probably
still missing from the ledger.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.forecast import LAST_YEAR_PROFILE, GroupForecast
from hyrdesk.domain.gaps import Cause, Coverage
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal, format_percent
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.container import Services
from hyrdesk.ui.followup.budget_dialog import BudgetDialog
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.months import month_label
from hyrdesk.ui.widgets.value_table_model import FiguresTableModel

if TYPE_CHECKING:
    from hyrdesk.ui.followup.sick_leave_chart import SickLeaveChart


def _tkr(m: Money | None) -> str:
    return "–" if m is None else m.format_tkr()


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    lay = QVBoxLayout(card)
    lay.setContentsMargins(16, 12, 16, 12)
    heading = QLabel(title)
    heading.setProperty("role", "card-title")
    lay.addWidget(heading)
    return card, lay


class FittedTable(QTableView):
    """A short table as tall as its rows: the page scrolls, not each table."""

    def __init__(self, model: FiguresTableModel, name: str):
        super().__init__()
        self.setModel(model)
        self.setAccessibleName(name)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        model.modelReset.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + scroll + 2 * self.frameWidth())


class FollowUpPage(Page):
    key = "followup"

    def __init__(self, services: Services, undo_stack, runner):
        super().__init__(
            page_title(self.key),
            QCoreApplication.translate(
                "FollowUpPage", "Prognos för helåret, utrymme till målet, budget och hur luckorna täcktes."
            ),
        )
        self.services, self.undo_stack, self.runner = services, undo_stack, runner
        self.budget_button = QPushButton(self.tr("&Budget…"))
        self.budget_button.setToolTip(self.tr("Ange årets budget för hyrkostnad per rapportgrupp"))
        self.budget_button.clicked.connect(self.open_budget)
        self.header_actions.addWidget(self.budget_button)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        controls = QHBoxLayout()
        label = QLabel(self.tr("&Stängd månad:"))
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Stängd månad"))
        self.month_combo.setMinimumWidth(140)
        label.setBuddy(self.month_combo)
        self.month_combo.currentIndexChanged.connect(lambda _=0: self.redraw())
        controls.addWidget(label)
        controls.addWidget(self.month_combo)
        controls.addStretch(1)
        lay.addLayout(controls)

        card, card_lay = _card(self.tr("Helårsprognos"))
        self.headline = QLabel()
        self.headline.setProperty("role", "card-value")
        self.headline.setWordWrap(True)
        card_lay.addWidget(self.headline)
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)
        card_lay.addWidget(self.method_label)
        self.forecast_model = FiguresTableModel()
        self.forecast_view = FittedTable(self.forecast_model, self.tr("Helårsprognos per rapportgrupp"))
        card_lay.addWidget(self.forecast_view)
        self.comment_label = QLabel(self.tr("&Kommentar till avvikelsen mot budget:"))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Kommentar till avvikelsen mot budget"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.comment_label.setBuddy(self.comment)
        self.save_comment_button = QPushButton(self.tr("S&para kommentaren"))
        self.save_comment_button.clicked.connect(self.save_comment)
        card_lay.addWidget(self.comment_label)
        card_lay.addWidget(self.comment)
        card_lay.addWidget(self.save_comment_button)
        lay.addWidget(card)

        card, card_lay = _card(self.tr("Täckning av luckorna, timmar och årsarbetare"))
        self.cover_note = QLabel()
        self.cover_note.setWordWrap(True)
        card_lay.addWidget(self.cover_note)
        self.cover_model = FiguresTableModel()
        card_lay.addWidget(FittedTable(self.cover_model, self.tr("Täckning per täckningssätt")))
        self.category_model = FiguresTableModel()
        card_lay.addWidget(FittedTable(self.category_model, self.tr("Täckning per yrkeskategori, rullande 12 månader")))
        lay.addWidget(card)

        card, card_lay = _card(self.tr("Sjukfrånvaro"))
        row = QHBoxLayout()
        self.sick_label = QLabel()
        self.sick_label.setWordWrap(True)
        row.addWidget(self.sick_label, 1)
        self.sick_import_button = QPushButton(self.tr("&Importera sjukfrånvaro…"))
        self.sick_import_button.setToolTip(
            self.tr("Importera HR-systemets sammanställning per månad: period, schemalagd tid och sjukfrånvaro")
        )
        self.sick_import_button.clicked.connect(self.start_sick_leave_import)
        row.addWidget(self.sick_import_button, 0, Qt.AlignmentFlag.AlignTop)
        card_lay.addLayout(row)
        self.sick_card_layout = card_lay
        self.sick_chart: SickLeaveChart | None = None  # built when there is something to draw (pyqtgraph loads then)
        lay.addWidget(card)

        card, card_lay = _card(self.tr("Fakturor som troligen saknas"))
        self.invoices_label = QLabel()
        self.invoices_label.setWordWrap(True)
        card_lay.addWidget(self.invoices_label)
        lay.addWidget(card)
        lay.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

    # --- data ----------------------------------------------------------------------------
    def _undo_index_changed(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        unit = self.unit
        current = self.month_combo.currentData()
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        last = None if unit is None else self.services.costs.latest_period(unit)
        if unit is not None and last is not None:
            first = self.services.costs.series(unit).first or last
            for p in reversed(list(period_range(max(first, last - 35), last))):
                self.month_combo.addItem(month_label(p), p)
            index = self.month_combo.findData(current) if current is not None else 0
            self.month_combo.setCurrentIndex(max(index, 0))
        self.month_combo.blockSignals(False)
        self.budget_button.setEnabled(unit is not None)
        self.redraw()

    def month(self) -> Period | None:
        return self.month_combo.currentData()

    def redraw(self) -> None:
        unit, month = self.unit, self.month()
        if unit is None or month is None:
            self.headline.setText(self.tr("Inga hyrkostnader ännu: importera ett ekonomiutdrag under Hyrkostnader."))
            self.method_label.clear()
            self.forecast_model.set_rows([], [])
            self._show_comment(False)
            self._draw_cover(unit, Period.current() - 1)
            self.invoices_label.clear()
            return
        forecasts = self.services.followup.forecasts(unit, month)
        self._draw_forecast(unit, forecasts, month)
        self._draw_cover(unit, month)
        self._draw_sick_leave(unit, month)
        self._draw_invoices(unit, month)

    def _draw_forecast(self, unit: Unit, forecasts: list[GroupForecast], month: Period) -> None:
        target = self.services.costs.target_pct()
        total = next(f for f in forecasts if f.group == TOTAL)
        room = total.headroom(target)
        ratio = total.ratio_pct
        if room is None:
            self.headline.setText(self.tr("Prognosen kan inte räknas: någon månad saknar belopp."))
        elif room.ore >= 0:
            self.headline.setText(
                self.tr("Prognos %1 av egen personal · %2 kvar till målet %3")
                .replace("%1", format_percent(ratio))
                .replace("%2", room.format_tkr())
                .replace("%3", format_percent(target))
            )
        else:
            self.headline.setText(
                self.tr("Prognos %1 av egen personal · %2 över målet %3")
                .replace("%1", format_percent(ratio))
                .replace("%2", (-room).format_tkr())
                .replace("%3", format_percent(target))
            )
        first, last = total.hire.basis[0], total.hire.basis[-1]
        if total.hire.method == LAST_YEAR_PROFILE:
            how = self.tr(
                "Utfall januari–%1 plus resten av året enligt förra årets månader, skalade med årets takt (%2–%3)."
            )
        else:
            how = self.tr("Utfall januari–%1 plus snittet för %2–%3 gånger de månader som är kvar.")
        text = how.replace("%1", month_label(month)).replace("%2", month_label(first)).replace("%3", month_label(last))
        if total.uncertain:
            text += " " + self.tr("Osäker: bara de första månaderna av året är kända.")
        self.method_label.setText(text)
        headers = [
            self.tr("Rapportgrupp"),
            self.tr("Utfall ack"),
            self.tr("Prognos resten"),
            self.tr("Prognos helår"),
            self.tr("Budget"),
            self.tr("Avvikelse"),
            self.tr("Avvikelse %"),
        ]
        rows = []
        needs_comment = False
        for f in forecasts:
            b = f.budget
            needs_comment = needs_comment or bool(b and b.needs_comment)
            rows.append(
                [
                    f.group,
                    _tkr(f.hire.actual_ytd),
                    _tkr(f.hire.rest),
                    _tkr(f.hire.year),
                    "–" if b is None else b.budget.format_tkr(),
                    "–" if b is None else _tkr(b.deviation),
                    "–" if b is None or b.deviation_pct is None else format_percent(b.deviation_pct),
                ]
            )
        self.forecast_model.set_rows(headers, rows)
        self._show_comment(needs_comment or bool(self.services.followup.comment(unit, month)))

    def _show_comment(self, shown: bool) -> None:
        for w in (self.comment_label, self.comment, self.save_comment_button):
            w.setVisible(shown)
        unit, month = self.unit, self.month()
        if shown and unit is not None and month is not None:
            self.comment.setPlainText(self.services.followup.comment(unit, month))

    def _draw_cover(self, unit, month: Period) -> None:
        if unit is None:
            self.cover_model.set_rows([], [])
            self.category_model.set_rows([], [])
            self.cover_note.clear()
            return
        fu = self.services.followup
        one = fu.cover(unit, month, month)
        r12 = fu.cover(unit, month - 11, month)
        headers = [
            self.tr("Täckning"),
            self.tr("%1, timmar").replace("%1", month_label(month)),
            self.tr("%1, årsarbetare").replace("%1", month_label(month)),
            self.tr("R12, timmar"),
            self.tr("R12, årsarbetare"),
        ]
        one_h, r12_h = one.by_coverage(), r12.by_coverage()
        rows = [
            [
                choice_label(c),
                format_decimal(one_h[c], 1),
                format_decimal(one.fte(one_h[c]), 2),
                format_decimal(r12_h[c], 1),
                format_decimal(r12.fte(r12_h[c]), 2),
            ]
            for c in Coverage
        ]
        self.cover_model.set_rows(headers, rows)
        shown = (Coverage.HIRED, Coverage.OWN_STAFF, Coverage.UNCOVERED)
        self.category_model.set_rows(
            [self.tr("Yrkeskategori"), *(choice_label(c) for c in shown)],
            [
                [cat, *(f"{format_decimal(cov[c], 1)} h · {format_decimal(r12.fte(cov[c]), 2)}" for c in shown)]
                for cat, cov in r12.by_category().items()
            ],
        )
        note = self.tr("Årsarbetare = timmar ÷ %1 timmar per helår (inställning), räknat på fönstrets längd.").replace(
            "%1", format_decimal(fu.fte_hours())
        )
        equivalent = fu.hire_as_own_fte(unit, month)
        if equivalent is not None:
            note += " " + self.tr("Hyrkostnaden R12 motsvarar %1 egna årsarbetare.").replace(
                "%1", format_decimal(equivalent, 1)
            )
        self.cover_note.setText(note)

    def _draw_sick_leave(self, unit, month: Period) -> None:
        fu = self.services.followup
        months = fu.sick_months(unit)
        if not months:
            self.sick_label.setText(
                self.tr(
                    "Ingen sjukfrånvaro importerad. Ta fram enhetens sammanställning per månad ur HR-systemet (aldrig per person) och importera den, så visas den här bredvid luckorna vid oplanerad frånvaro."
                )
            )
            if self.sick_chart is not None:
                self.sick_chart.hide()
            return
        f = fu.sick_leave_figures(unit, month)
        text = (
            self.tr("%1: %2 · rullande 12 månader %3 · varav sjukperioder på 60 dagar eller mer %4")
            .replace("%1", month_label(month))
            .replace("%2", format_percent(f.month_pct))
            .replace("%3", format_percent(f.r12_pct))
            .replace("%4", format_percent(f.long_share_r12_pct))
        )
        if f.suppressed:
            text += "\n" + self.tr(
                "Enheten har 10 eller färre anställda (eller okänt antal): sjukfrånvaron visas bara här och följer aldrig med i arbetsboken, den delade mappen eller sammanställningen."
            )
        self.sick_label.setText(text)
        chart = self.sick_chart
        if chart is None:
            from hyrdesk.ui.followup.sick_leave_chart import SickLeaveChart  # pyqtgraph: only when there is data

            chart = self.sick_chart = SickLeaveChart()
            chart.setFixedHeight(300)
            self.sick_card_layout.addWidget(chart)
        chart.show()
        window = list(period_range(month - 11, month))
        gaps = self.services.gaps.summary(unit, window[0], window[-1])
        hours = [Decimal(m.by_cause[Cause.UNPLANNED]) / 60 for m in gaps.months]
        pct = [fu.sick_leave_figures(unit, p).month_pct for p in window]
        chart.set_data(window, hours, pct)

    def start_sick_leave_import(self) -> None:
        from hyrdesk.ui.widgets.import_wizard import ImportWizard, choose_import_file

        if self.unit is None:
            return
        path = choose_import_file(self, self.tr("Importera sjukfrånvaro"))
        if path is None:
            return
        wizard = ImportWizard(
            self.services.followup.sick_leave_importer(self.unit), self.services.settings, self.runner, self
        )
        wizard.imported.connect(lambda _message: self.refresh())
        wizard.open_file(path)

    def _draw_invoices(self, unit, month: Period) -> None:
        flagged = self.services.followup.missing_invoices(unit, month - 11, month)
        if not flagged:
            self.invoices_label.setText(
                self.tr(
                    "Inga: för varje månad visar huvudboken minst så mycket hyrkostnad som luckorna med hyrpersonal."
                )
            )
            return
        lines = [
            self.tr("%1: luckorna %2, huvudboken %3")
            .replace("%1", month_label(m.period))
            .replace("%2", m.gap_cost.format_tkr())
            .replace("%3", _tkr(m.ledger_hire))
            for m in flagged
        ]
        self.invoices_label.setText(
            self.tr("Fakturor saknas troligen (huvudboken släpar efter):") + "\n• " + "\n• ".join(lines)
        )

    # --- actions -----------------------------------------------------------------------------
    def open_budget(self) -> None:
        unit = self.unit
        if unit is None:
            return
        year = (self.month() or Period.current()).year
        BudgetDialog(self.services, unit, year, self.undo_stack, self.refresh, self).exec()

    def save_comment(self) -> None:
        unit, month = self.unit, self.month()
        if unit is None or month is None:
            return
        try:
            self.services.followup.set_comment(unit, month, self.comment.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kommentaren sparades inte"), exc.message)
            return
        self.comment.document().setModified(False)
