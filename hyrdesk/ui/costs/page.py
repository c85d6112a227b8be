"""Hyrkostnader: monthly hire cost with R12, the hire ratio against the target, year to date.

The plots are built the first time the page is shown, so pyqtgraph (and
numpy) are not loaded at start-up by a user who never opens the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostKind, CostSeries, measures, summary
from hyrdesk.domain.numbers import format_percent
from hyrdesk.domain.period import Period, period_range
from hyrdesk.services.container import Services
from hyrdesk.ui.costs.accounts_dialog import AccountsDialog
from hyrdesk.ui.costs.entry_dialog import MonthEntryDialog
from hyrdesk.ui.costs.import_command import ImportedLedgerCommand
from hyrdesk.ui.costs.imports_dialog import ImportsDialog
from hyrdesk.ui.costs.ytd_model import YtdTableModel
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.import_wizard import choose_import_file
from hyrdesk.ui.widgets.keyboard import tab_leaves_tables
from hyrdesk.ui.widgets.months import month_label, year_to_date_label

if TYPE_CHECKING:  # imported when the page is first shown: pyqtgraph is heavy
    from hyrdesk.ui.costs.plots import CostPlot, RatioPlot

RANGES = (12, 24, 36, 0)  # months shown; 0 = all


class CostsPage(Page):
    key = "costs"

    def __init__(self, services: Services, undo_stack, runner):
        super().__init__(
            page_title(self.key),
            QCoreApplication.translate("CostsPage", "Inhyrd personal jämfört med egen personal."),
        )
        self.services, self.undo_stack, self.runner = services, undo_stack, runner
        self.series: CostSeries | None = None
        self.cost_plot: CostPlot | None = None
        self.ratio_plot: RatioPlot | None = None
        self._dirty = True

        self.import_button = QPushButton(self.tr("&Importera…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setToolTip(self.tr("Importera ett utdrag ur ekonomisystemet (Excel eller CSV)"))
        self.import_button.clicked.connect(self.start_import)
        self.entry_button = QPushButton(self.tr("Registrera &månad…"))
        self.entry_button.setToolTip(self.tr("Registrera eller rätta en månads belopp för hand"))
        self.entry_button.clicked.connect(self.open_entry)
        self.accounts_button = QPushButton(self.tr("&Kontotabell…"))
        self.accounts_button.clicked.connect(self.open_accounts)
        self.imports_button = QPushButton(self.tr("Im&portlogg…"))
        self.imports_button.setToolTip(self.tr("Visa gjorda importer och ångra en"))
        self.imports_button.clicked.connect(self.open_imports)
        for b in (self.import_button, self.entry_button, self.accounts_button, self.imports_button):
            self.header_actions.addWidget(b)

        self.body = QStackedWidget()
        self.body.addWidget(self._build_empty())
        self.content = QWidget()
        self.body.addWidget(self.content)
        self.layout_.addWidget(self.body, 1)
        # A bound method (not a lambda), so Qt disconnects it when the page is destroyed.
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

    # --- building --------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        card = QFrame()
        card.setProperty("role", "card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(20, 16, 20, 16)
        self.empty_text = QLabel(
            self.tr(
                "Här visas enhetens hyrkostnader per månad, rullande 12 månader (R12), ackumulerat mot förra året och som andel av kostnaden för egen personal. Importera ett utdrag ur ekonomisystemet (Excel eller CSV), eller registrera en månads belopp för hand. Kontotabellen talar om vilka konton som är hyrkostnad och vilka som är egen personal."
            )
        )
        self.empty_text.setWordWrap(True)
        lay.addWidget(self.empty_text)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Importera ekonomiutdrag…"), self.start_import),
            (self.tr("Registrera en månad…"), self.open_entry),
            (self.tr("Kontotabell…"), self.open_accounts),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        outer.addStretch(1)
        return holder

    def _build_content(self) -> None:
        from hyrdesk.ui.costs.plots import CostPlot, RatioPlot  # pyqtgraph: only once the page is seen

        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        label = QLabel(self.tr("&Till och med:"))
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Till och med månad"))
        self.month_combo.setMinimumWidth(120)
        label.setBuddy(self.month_combo)
        self.month_combo.currentIndexChanged.connect(lambda _=0: self.redraw())
        controls.addWidget(label)
        controls.addWidget(self.month_combo)
        controls.addSpacing(16)
        label = QLabel(self.tr("Vi&sa:"))
        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(self.tr("Tidsintervall"))
        for months in RANGES:
            self.range_combo.addItem(
                self.tr("alla månader") if months == 0 else self.tr("{0} månader").format(months), months
            )
        self.range_combo.setCurrentIndex(RANGES.index(36))
        label.setBuddy(self.range_combo)
        self.range_combo.currentIndexChanged.connect(lambda _=0: self.redraw())
        controls.addWidget(label)
        controls.addWidget(self.range_combo)
        controls.addStretch(1)
        self.source_label = QLabel()
        self.source_label.setProperty("role", "muted")
        controls.addWidget(self.source_label)
        lay.addLayout(controls)

        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.setChildrenCollapsible(False)
        self.cost_plot = CostPlot(self.services.costs.groups()[:-1])
        self.ratio_plot = RatioPlot()
        plots.addWidget(self.cost_plot)
        plots.addWidget(self.ratio_plot)
        plots.setSizes([1, 1])
        lay.addWidget(plots, 1)
        self.definition = QLabel()
        self.definition.setProperty("role", "muted")
        self.definition.setWordWrap(True)
        lay.addWidget(self.definition)
        self.table_title = QLabel()
        self.table_title.setStyleSheet("font-weight: 600; font-size: 10.5pt;")
        lay.addWidget(self.table_title)
        self.ytd_model = YtdTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.ytd_model)
        self.table.setAccessibleName(self.tr("Ackumulerat jämfört med förra året"))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # group names elide when narrow
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        lay.addWidget(self.table)
        self.reasons = QLabel()  # why a ratio in the table cannot be computed, and what to do
        self.reasons.setWordWrap(True)
        self.reasons.setProperty("role", "muted")
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.reasons)

    def _show_reasons(self, rows) -> None:
        """One line per distinct reason, naming the groups and measures it blanks."""
        by_reason: dict[str, list[str]] = {}
        for m in rows:
            for label, reason in ((self.tr("månad"), m.hire_ratio_reason), ("R12", m.hire_ratio_r12_reason)):
                if reason:
                    by_reason.setdefault(reason, []).append(f"{m.group} ({label})")
        lines = [
            self.tr("Andel hyrkostnad kan inte räknas för {0}: {1}.").format(", ".join(where), reason)
            for reason, where in by_reason.items()
        ]
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))

    def _fit_table(self) -> None:
        """Exactly as tall as its rows: the plots get the rest of the page."""
        rows = self.ytd_model.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height + 2)

    def _undo_index_changed(self, _index: int) -> None:
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # --- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.isVisible():
            self._dirty = True  # drawn when shown
            return
        self._dirty = False
        self.series = self.services.costs.series(self.unit) if self.unit is not None else None
        has_data = bool(self.series and self.series.months)
        self.body.setCurrentIndex(1 if has_data else 0)
        self.entry_button.setEnabled(self.unit is not None)
        self.import_button.setEnabled(self.unit is not None)
        self.imports_button.setEnabled(self.unit is not None)
        if not has_data:
            return
        if self.cost_plot is None:
            self._build_content()
            tab_leaves_tables(self.content)
        chosen = self.month_combo.currentData()
        series, unit = self.series, self.unit
        assert series is not None and series.first is not None and series.last is not None  # has_data
        assert unit is not None  # a series is read only for a unit
        months = list(period_range(series.first, series.last))[::-1]
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        for p in months:
            self.month_combo.addItem(month_label(p), p.index)  # an int: findData cannot match Python objects
        index = self.month_combo.findData(chosen) if chosen is not None else 0
        self.month_combo.setCurrentIndex(max(index, 0))
        self.month_combo.blockSignals(False)
        imports = [i for i in self.services.costs.imports(unit) if i.undone_at is None]
        self.source_label.setText(
            self.tr("Senaste import: {0}, {1}").format(imports[0].file_name, imports[0].imported_at[:10])
            if imports
            else ""
        )
        self.redraw()

    def selected_period(self) -> Period | None:
        if self.cost_plot is None or self.month_combo.currentData() is None:
            return None
        return Period.from_index(self.month_combo.currentData())

    def shown_months(self) -> list[Period]:
        end = self.selected_period()
        if end is None or self.series is None or self.series.first is None:  # a month is chosen only with data
            return []
        count = self.range_combo.currentData()
        start = self.series.first if not count else max(self.series.first, end - (count - 1))
        return list(period_range(start, end))

    def redraw(self) -> None:
        from hyrdesk.ui.costs.plots import MonthBar, MonthRatio

        end = self.selected_period()
        if end is None:
            return
        series, groups = self.series, self.services.costs.groups()
        # A month is chosen only once the content (plots, table) is built over a series.
        assert series is not None and self.cost_plot is not None and self.ratio_plot is not None
        bars, ratios = [], []
        for p in self.shown_months():
            total = measures(series, p, TOTAL)
            by_group = [series.amount(p, CostKind.HIRE, g) for g in groups[:-1]]
            bars.append(MonthBar(p, by_group, total.hire, total.r12))
            ratios.append(MonthRatio(p, total.hire_ratio_pct, total.hire_ratio_r12_pct))
        target = self.services.costs.target_pct()
        self.cost_plot.set_data(bars)
        self.ratio_plot.set_data(ratios, target)
        rows = summary(series, end)
        self.ytd_model.set_rows(rows, end, target)
        self._fit_table()
        self._show_reasons(rows)
        span = year_to_date_label(end)
        self.table_title.setText(self.tr("Ackumulerat {0} jämfört med samma period {1}").format(span, end.year - 1))
        self.definition.setText(
            self.tr(
                "SKR-måttet = hyrkostnad / kostnad för egen personal, i procent; mål högst {0} (Arkiv → Inställningar). R12 = summan av de 12 månaderna t.o.m. månaden, visas först när alla 12 har belopp. Ack = januari t.o.m. månaden."
            ).format(format_percent(target))
        )

    # --- actions ---------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.unit is None:
            return
        path = choose_import_file(self, self.tr("Importera ekonomiutdrag"))
        if path is not None:
            self.open_import_wizard(path)

    def open_import_wizard(self, path):
        from hyrdesk.ui.costs.ledger_wizard import LedgerImportWizard

        if self.unit is None:
            return None
        importer = self.services.costs.importer(self.unit)
        wizard = LedgerImportWizard(importer, self.services, self.runner, self.undo_stack, self)
        wizard.imported.connect(lambda _message: self._imported(importer))
        wizard.open_file(path)
        return wizard

    def _imported(self, importer) -> None:
        """The wizard saved an import: Ctrl+Z takes it back (as Importlogg… → Ångra importen does)."""
        if importer.committed is None:
            self.refresh()
            return
        # Pushing moves the stack's index, and the page refreshes on that (once, not twice).
        self.undo_stack.push(
            ImportedLedgerCommand(
                self.services.costs, importer.unit, importer.committed, self.refresh, self._report_undo_problem
            )
        )

    def _report_undo_problem(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Importen"), message)

    def open_entry(self):
        if self.unit is None:
            return None
        period = self.selected_period() or Period.current() - 1
        dialog = MonthEntryDialog(
            self.services.costs, self.services.units, self.unit, period, self.undo_stack, None, self
        )
        dialog.open()
        return dialog

    def open_accounts(self):
        dialog = AccountsDialog(self.services.costs.accounts, self.services.units, self.undo_stack, parent=self)
        dialog.open()
        return dialog

    def open_imports(self):
        if self.unit is None:
            return None
        dialog = ImportsDialog(self.services.costs, self.unit, self.refresh, self)
        dialog.open()
        return dialog
