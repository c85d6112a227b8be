"""Inhyrning: bookings under the national agreement, the month's invoice check and the deviation log.

Tabs: *Kontroll* (the month's invoice lines against tariffs and the ledger,
every finding with its kronor), *Avrop* (bookings, with a form to add one and
to add an invoice line), *Avsteg* (the deviation log) and *Tariffer* (the
region's reference table and its import). Every change is one undo step.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.numbers import format_decimal, format_percent
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.container import Services
from hyrdesk.ui.hire.forms import BookingDialog, DeviationDialog, InvoiceDialog
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.months import month_label
from hyrdesk.ui.widgets.value_table_model import FiguresTableModel, ValueTableModel

FINDING_LABELS = {  # translated where shown: the language may be set after this module is imported
    "above_tariff": QT_TRANSLATE_NOOP("HirePage", "Över tariff"),
    "hours_over_ordered": QT_TRANSLATE_NOOP("HirePage", "Fler timmar än beställt"),
    "outside_agreement": QT_TRANSLATE_NOOP("HirePage", "Utanför avtalet"),
    "booking_over_12_months": QT_TRANSLATE_NOOP("HirePage", "Avrop längre än 12 månader"),
    "documents_expired": QT_TRANSLATE_NOOP("HirePage", "Dokument saknas eller för gamla"),
    "no_tariff": QT_TRANSLATE_NOOP("HirePage", "Ingen tariff"),
}


def _table(model: ValueTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class HirePage(Page):
    key = "hire"

    def __init__(self, services: Services, undo_stack, runner):
        super().__init__(
            page_title(self.key),
            QCoreApplication.translate(
                "HirePage", "Avrop enligt det nationella avtalet, fakturakontroll mot tariffer och avsteg i kronor."
            ),
        )
        self.services, self.undo_stack, self.runner = services, undo_stack, runner
        self.zone_label = QLabel()
        self.header_actions.addWidget(self.zone_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_check(), self.tr("&Kontroll"))
        self.tabs.addTab(self._build_bookings(), self.tr("Avro&p"))
        self.tabs.addTab(self._build_deviations(), self.tr("Av&steg"))
        self.tabs.addTab(self._build_tariffs(), self.tr("&Tariffer"))
        self.layout_.addWidget(self.tabs, 1)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

    # --- building ---------------------------------------------------------------------------
    def _build_check(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Månad:"))
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Månad som kontrolleras"))
        self.month_combo.setMinimumWidth(140)
        label.setBuddy(self.month_combo)
        self.month_combo.currentIndexChanged.connect(lambda _=0: self.draw_check())
        row.addWidget(label)
        row.addWidget(self.month_combo)
        row.addStretch(1)
        lay.addLayout(row)
        self.reconciliation = QLabel()
        self.reconciliation.setProperty("role", "card-value")
        self.reconciliation.setWordWrap(True)
        lay.addWidget(self.reconciliation)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        lay.addWidget(self.totals_label)
        self.findings_model = FiguresTableModel(first_figure=3)
        lay.addWidget(_table(self.findings_model, self.tr("Avvikelser i månadens fakturor")), 2)
        heading = QLabel(self.tr("Per yrkeskategori"))
        heading.setProperty("role", "card-title")
        lay.addWidget(heading)
        self.categories_model = FiguresTableModel(first_figure=1)
        lay.addWidget(_table(self.categories_model, self.tr("Månaden per yrkeskategori")), 1)
        return w

    def _build_bookings(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        buttons = QHBoxLayout()
        self.add_booking_button = QPushButton(self.tr("&Nytt avrop…"))
        self.add_booking_button.clicked.connect(self.add_booking)
        self.add_invoice_button = QPushButton(self.tr("&Fakturarad…"))
        self.add_invoice_button.setToolTip(self.tr("Registrera en fakturarad för det valda avropet"))
        self.add_invoice_button.clicked.connect(self.add_invoice)
        buttons.addWidget(self.add_booking_button)
        buttons.addWidget(self.add_invoice_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.bookings_model = FiguresTableModel(first_figure=5)
        self.bookings_view = _table(self.bookings_model, self.tr("Avrop"))
        lay.addWidget(self.bookings_view, 1)
        note = QLabel(
            self.tr("Ett avrop är en beställning, inte en person: konsultens namn eller personnummer sparas aldrig.")
        )
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        lay.addWidget(note)
        return w

    def _build_deviations(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        buttons = QHBoxLayout()
        self.add_deviation_button = QPushButton(self.tr("&För in avsteg…"))
        self.add_deviation_button.clicked.connect(self.add_deviation)
        buttons.addWidget(self.add_deviation_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.deviations_model = FiguresTableModel(first_figure=3)
        lay.addWidget(_table(self.deviations_model, self.tr("Avsteg")), 1)
        return w

    def _build_tariffs(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        row = QHBoxLayout()
        self.tariff_source = QLabel()
        self.tariff_source.setWordWrap(True)
        row.addWidget(self.tariff_source, 1)
        self.shared_tariffs_button = QPushButton(self.tr("Hämta från &delade mappen"))
        self.shared_tariffs_button.setToolTip(self.tr("Importera regionens tariffil från mallar i den delade mappen"))
        self.shared_tariffs_button.clicked.connect(self.import_shared_tariffs)
        row.addWidget(self.shared_tariffs_button)
        self.import_tariffs_button = QPushButton(self.tr("&Importera tariffer…"))
        self.import_tariffs_button.clicked.connect(self.import_tariffs)
        row.addWidget(self.import_tariffs_button)
        lay.addLayout(row)
        self.tariffs_model = FiguresTableModel(first_figure=2)
        lay.addWidget(_table(self.tariffs_model, self.tr("Tariffer")), 1)
        return w

    # --- data ---------------------------------------------------------------------------------
    def _undo_index_changed(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        unit = self.unit
        enabled = unit is not None
        for b in (self.add_booking_button, self.add_invoice_button, self.add_deviation_button):
            b.setEnabled(enabled)
        zone = None if unit is None else self.services.agreement.zone(unit)
        self.zone_label.setText(
            self.tr("Zon: %1").replace("%1", str(zone)) if zone else self.tr("Zon: inte angiven (Ändra enhet)")
        )
        current = self.month_combo.currentData()
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        last = Period.current() - 1
        for p in reversed(list(period_range(last - 23, last))):
            self.month_combo.addItem(month_label(p), p)
        index = self.month_combo.findData(current) if current is not None else 0
        self.month_combo.setCurrentIndex(max(index, 0))
        self.month_combo.blockSignals(False)
        self.draw_check()
        self.draw_bookings()
        self.draw_deviations()
        self.draw_tariffs()

    def draw_check(self) -> None:
        unit, month = self.unit, self.month_combo.currentData()
        if unit is None or month is None:
            self.findings_model.set_rows([], [])
            self.categories_model.set_rows([], [])
            return
        c = self.services.agreement.check(unit, month)
        self.reconciliation.setText(self._reconciliation(c))
        outside = c.check.total("outside_agreement")
        share = None if not c.ledger_hire or c.ledger_hire.ore <= 0 else outside.ore * 100 / c.ledger_hire.ore
        self.totals_label.setText(
            self.tr("Över tariff %1 · utanför avtalet %2 (%4 av hyrkostnaden) · %3 avvikelser")
            .replace("%1", c.check.total("above_tariff").format_kr())
            .replace("%2", outside.format_kr())
            .replace("%3", str(len(c.check.findings)))
            .replace("%4", format_percent(None if share is None else Decimal(share)))
        )
        self._draw_categories(unit, month)
        self.findings_model.set_rows(
            [self.tr("Avrop"), self.tr("Avvikelse"), self.tr("Förklaring"), self.tr("Kronor")],
            [
                [
                    f.booking,
                    QCoreApplication.translate("HirePage", str(FINDING_LABELS[f.kind])),
                    f.detail,
                    f.kr.format_kr(),
                ]
                for f in c.check.findings
            ],
        )

    def _draw_categories(self, unit: Unit, month: Period) -> None:
        totals = self.services.agreement.by_category(unit, month)
        self.categories_model.set_rows(
            [self.tr("Yrkeskategori"), self.tr("Avvikelser"), self.tr("Kronor över tariff"),
             self.tr("Kronor utanför avtalet"), self.tr("Avsteg")],
            [[name, str(t.findings), t.above_tariff.format_kr(), t.outside_agreement.format_kr(), str(t.deviations)]
             for name, t in totals.items()],
        )  # fmt: skip

    def _reconciliation(self, c) -> str:
        checked = c.check.checked.format_tkr()
        if c.ledger_hire is None:
            return self.tr("Kontrollerade fakturor %1; huvudboken har ingen hyrkostnad för månaden ännu.").replace(
                "%1", checked
            )
        if c.unchecked.ore >= 0:
            text = self.tr("Huvudbok %1, kontrollerade fakturor %2: %3 inte kontrollerat")
        else:
            text = self.tr("Huvudbok %1, kontrollerade fakturor %2: fakturorna är %3 mer än huvudboken")
        return (
            text.replace("%1", c.ledger_hire.format_tkr())
            .replace("%2", checked)
            .replace("%3", abs(c.unchecked).format_tkr())
        )

    def draw_bookings(self) -> None:
        unit = self.unit
        bookings = [] if unit is None else self.services.agreement.bookings(unit)
        linked = {} if unit is None else self.services.agreement.gap_hours_by_booking(unit)
        yes, no = self.tr("ja"), self.tr("nej")
        self.bookings_model.set_rows(
            [
                self.tr("Referens"),
                self.tr("Yrkeskategori"),
                self.tr("Nivå"),
                self.tr("Leverantör"),
                self.tr("Period"),
                self.tr("Beställda timmar"),
                self.tr("Inom avtalet"),
                self.tr("Karens kontrollerad"),
                self.tr("Luckor som avropet täckte"),
                self.tr("Att åtgärda"),
            ],
            [
                [
                    b.ref,
                    b.category,
                    b.level,
                    b.supplier,
                    f"{b.start.isoformat()} – {b.end.isoformat()}",
                    format_decimal(b.hours_ordered, 1),
                    no if b.outside_agreement else yes,
                    self.tr("ej kontrollerad") if b.karens_checked is None else (yes if b.karens_checked else no),
                    self._linked_gaps(linked.get(b.ref)),
                    ", ".join([self.tr("längre än 12 månader")] * b.over_12_months + b.documents_expired()),
                ]
                for b in bookings
            ],
        )

    def _linked_gaps(self, linked: tuple[int, Decimal] | None) -> str:
        if linked is None:
            return "–"
        return self.tr("%1 luckor, %2 h").replace("%1", str(linked[0])).replace("%2", format_decimal(linked[1], 1))

    def draw_deviations(self) -> None:
        unit = self.unit
        deviations = [] if unit is None else self.services.agreement.deviations(unit)
        self.deviations_model.set_rows(
            [self.tr("Datum"), self.tr("Avrop"), self.tr("Skäl"), self.tr("Kronor över tariff"),
             self.tr("Godkänt av (roll)"), self.tr("Eskalerat till (roll)")],
            [[d.date.isoformat(), d.booking_ref, choice_label(d.reason), d.above_tariff.format_kr(), d.approver_role,
              d.escalated_to_role] for d in deviations],
        )  # fmt: skip

    def draw_tariffs(self) -> None:
        shared = self.services.agreement.shared_tariff_file()
        self.shared_tariffs_button.setVisible(shared is not None)
        tariffs = self.services.agreement.tariffs()
        source = self.services.agreement.tariff_source()
        self.tariff_source.setText(
            self.tr("Från %1.").replace("%1", source)
            if source
            else self.tr(
                "Inga tariffer ännu. Importera regionens tariffil (kategori, nivå, zon, giltig från, pris per timme)."
            )
        )
        self.tariffs_model.set_rows(
            [
                self.tr("Yrkeskategori"),
                self.tr("Nivå"),
                self.tr("Zon"),
                self.tr("Giltig från"),
                self.tr("Pris per timme"),
            ],
            [[t.category, t.level, str(t.zone), t.valid_from.isoformat(), str(t.price_per_hour)] for t in tariffs],
        )

    # --- actions -----------------------------------------------------------------------------
    def _selected_booking(self):
        rows = self.bookings_view.selectionModel().selectedRows()
        if not rows or self.unit is None:
            return None
        return self.services.agreement.bookings(self.unit)[rows[0].row()]

    def add_booking(self) -> None:
        if self.unit is not None:
            BookingDialog(self.services, self.unit, self.undo_stack, self).exec()

    def add_invoice(self) -> None:
        booking = self._selected_booking()
        if booking is None:
            QMessageBox.information(self, self.tr("Fakturarad"), self.tr("Välj först ett avrop i tabellen."))
            return
        InvoiceDialog(self.services, booking, self.undo_stack, self).exec()

    def add_deviation(self) -> None:
        if self.unit is not None:
            DeviationDialog(self.services, self.unit, self.undo_stack, self).exec()

    def import_shared_tariffs(self) -> None:
        path = self.services.agreement.shared_tariff_file()
        if path is not None:
            self._import_tariffs(path)

    def import_tariffs(self) -> None:
        from hyrdesk.ui.widgets.import_wizard import choose_import_file

        path = choose_import_file(self, self.tr("Importera tariffer"))
        if path is not None:
            self._import_tariffs(path)

    def _import_tariffs(self, path: Path) -> None:
        try:
            n = self.services.agreement.import_tariffs(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Tarifferna importerades inte"), exc.message)
            return
        QMessageBox.information(
            self,
            self.tr("Tariffer"),
            self.tr("%1 tariffer importerades och ersätter den tidigare tabellen.").replace("%1", str(n)),
        )
        self.refresh()
