"""Registrera eller rätta en månad: manual hire and own staff cost per staff category.

Manual amounts are added to what the ledger imports say for the month (a
negative amount corrects); they are never replaced by a later import. Saving
is one command on the undo stack, one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.services.costs.service import CostService, manual_amount
from hyrdesk.services.units import UnitService
from hyrdesk.ui.costs.ytd_model import exact
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.months import month_label

KINDS = (CostKind.HIRE, CostKind.OWN)


class SetMonthCommand(QUndoCommand):
    """Set a month's manual figures; undo puts the previous ones back."""

    def __init__(self, costs: CostService, unit: Unit, period: Period, new: dict, old: dict, on_change=None):
        super().__init__(QCoreApplication.translate("SetMonthCommand", "Belopp för {0}").format(month_label(period)))
        self.costs, self.unit, self.period = costs, unit, period
        self.new, self.old = new, old
        self.on_change = on_change

    def redo(self) -> None:
        self.costs.set_manual_values(self.unit, self.period, self.new)
        if self.on_change:
            self.on_change()

    def undo(self) -> None:
        self.costs.set_manual_values(self.unit, self.period, self.old)
        if self.on_change:
            self.on_change()


class MonthEntryDialog(QDialog):
    def __init__(
        self,
        costs: CostService,
        units: UnitService,
        unit: Unit,
        period: Period,
        undo_stack,
        on_change=None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.costs, self.unit, self.undo_stack, self.on_change = costs, unit, undo_stack, on_change
        self.categories = units.categories()
        self.period = period
        self.setWindowTitle(self.tr("Registrera eller rätta en månad"))
        self.setMinimumWidth(720)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Beloppen du skriver här läggs till beloppen från ekonomisystemet för månaden och ersätts aldrig av en import. Skriv ett negativt belopp för att rätta något, lämna tomt för inget."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        month_row = QHBoxLayout()
        label = QLabel(self.tr("&Månad:"))
        self.month = QLineEdit(str(period))
        self.month.setPlaceholderText(self.tr("ÅÅÅÅ-MM"))
        self.month.setAccessibleName(self.tr("Månad"))
        self.month.setMaximumWidth(120)
        label.setBuddy(self.month)
        load = QPushButton(self.tr("&Visa månaden"))
        load.clicked.connect(self._load_month)
        self.month.returnPressed.connect(self._load_month)
        month_row.addWidget(label)
        month_row.addWidget(self.month)
        month_row.addWidget(load)
        month_row.addStretch(1)
        lay.addLayout(month_row)
        self.month_error = QLabel()
        self.month_error.setProperty("role", "field-error")
        self.month_error.hide()
        lay.addWidget(self.month_error)

        grid = QGridLayout()
        headers = [
            self.tr("Yrkeskategori"),
            self.tr("Hyrkostnad från import"),
            self.tr("Hyrkostnad, manuellt (kr)"),
            self.tr("Egen personal från import"),
            self.tr("Egen personal, manuellt (kr)"),
        ]
        for col, text in enumerate(headers):
            h = QLabel(text)
            h.setStyleSheet("font-weight: 600;")
            h.setWordWrap(True)
            grid.addWidget(h, 0, col)
        self.ledger_labels: dict[tuple, QLabel] = {}
        self.edits: dict[tuple, QLineEdit] = {}
        for row, cat in enumerate(self.categories, start=1):
            grid.addWidget(QLabel(cat.name), row, 0)
            for k, kind in enumerate(KINDS):
                ledger = QLabel("–")
                ledger.setProperty("role", "muted")
                edit = QLineEdit()
                edit.setAccessibleName(
                    self.tr("{0}, {1}, manuellt belopp").format(cat.name, choice_label(kind).lower())
                )
                edit.setPlaceholderText(self.tr("t.ex. 125 000"))
                grid.addWidget(ledger, row, 1 + 2 * k)
                grid.addWidget(edit, row, 2 + 2 * k)
                self.ledger_labels[(kind, cat.id)] = ledger
                self.edits[(kind, cat.id)] = edit
        lay.addLayout(grid)
        self.error = QLabel()
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._fill(period)

    def _load_month(self) -> None:
        period = self._parse_month()
        if period is not None:
            self._fill(period)

    def _parse_month(self) -> Period | None:
        try:
            period = Period.parse(self.month.text())
        except ValueError as exc:
            self.month_error.setText(str(exc))
            self.month_error.show()
            self.month.setFocus()
            return None
        self.month_error.hide()
        return period

    def _fill(self, period: Period) -> None:
        self.period = period
        self.month.setText(str(period))
        cells = {(c.kind, c.category_id): c for c in self.costs.month_cells(self.unit, period)}
        for key, edit in self.edits.items():
            cell = cells.get(key)
            self.ledger_labels[key].setText(exact(cell.ledger) if cell and cell.ledger.ore else "–")
            edit.setText("" if cell is None or cell.manual is None else exact(cell.manual).replace("\u00a0kr", ""))
        self.error.hide()

    def values(self) -> tuple[dict, list[str]]:
        out: dict[tuple[CostKind, int], Money | None] = {}
        problems: list[str] = []
        names = {c.id: c.name for c in self.categories}
        for (kind, cat_id), edit in self.edits.items():
            text = edit.text().strip()
            if not text:
                out[(kind, cat_id)] = None
                continue
            try:
                amount = Money.from_sek(text)
            except (ValueError, ArithmeticError):
                edit.setStyleSheet("border: 1px solid #b3261e;")
                problems.append(
                    self.tr("{0}, {1}: ”{2}” är inget belopp.").format(names[cat_id], choice_label(kind).lower(), text)
                )
                continue
            try:
                out[(kind, cat_id)] = manual_amount(amount)
                edit.setStyleSheet("")
            except ValueError:
                edit.setStyleSheet("border: 1px solid #b3261e;")
                problems.append(
                    self.tr("{0}, {1}: {2} är orimligt stort (högst en miljard kronor).").format(
                        names[cat_id], choice_label(kind).lower(), text
                    )
                )
        return out, problems

    def accept(self) -> None:
        period = self._parse_month()
        if period is None:
            return
        if period != self.period:  # the user typed a new month without loading it
            self._fill(period)
            return
        new, problems = self.values()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        old = dict.fromkeys(new)
        old.update(self.costs.manual_values(self.unit, period))
        if {k: v for k, v in old.items() if v is not None} != {k: v for k, v in new.items() if v is not None}:
            self.undo_stack.push(SetMonthCommand(self.costs, self.unit, period, new, old, self.on_change))
        super().accept()
