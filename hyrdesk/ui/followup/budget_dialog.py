"""The year's hire-cost budget per report group (and Totalt), each change one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.container import Services
from hyrdesk.services.costs.service import manual_amount


class SetBudgetsCommand(QUndoCommand):
    def __init__(
        self, services: Services, unit: Unit, year: int, new: dict[str, Money | None], changed: Callable[[], None]
    ):
        super().__init__(QCoreApplication.translate("FollowUpCommands", "Ändra budget %1").replace("%1", str(year)))
        self.services, self.unit, self.year, self.changed = services, unit, year, changed
        self.new = new
        self.old = {g: services.followup.budgets(unit, year).get(g) for g in new}

    def _apply(self, values: dict[str, Money | None]) -> None:
        for group, amount in values.items():
            self.services.followup.set_budget(self.unit, self.year, group, amount)
        self.changed()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class BudgetDialog(QDialog):
    def __init__(self, services: Services, unit: Unit, year: int, undo_stack, changed: Callable[[], None], parent=None):
        super().__init__(parent)
        self.services, self.unit, self.year, self.undo_stack, self.changed = services, unit, year, undo_stack, changed
        self.setWindowTitle(self.tr("Budget för hyrkostnad %1").replace("%1", str(year)))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ange årets budget för hyrkostnad i kronor, per rapportgrupp eller bara för Totalt. Lämna tomt där det inte finns någon budget."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        current = services.followup.budgets(unit, year)
        self.fields: dict[str, QLineEdit] = {}
        for group in services.costs.groups():  # the report groups, then Totalt
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Budget för %1").replace("%1", group))
            edit.setPlaceholderText(self.tr("t.ex. 1 200 000"))
            if group in current:
                edit.setText(format_decimal(current[group].sek))
            self.fields[group] = edit
            label = QLabel(f"{group}:")
            label.setBuddy(edit)
            form.addRow(label, edit)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def values(self) -> dict[str, Money | None]:
        """The typed budgets; raises UserError naming the first field that is not an amount."""
        out: dict[str, Money | None] = {}
        for group, edit in self.fields.items():
            text = edit.text().strip()
            if not text:
                out[group] = None
                continue
            try:
                amount = manual_amount(text)
            except ValueError as exc:
                edit.setFocus()
                raise UserError(f"{group}: {exc}") from None
            if amount.ore < 0:
                edit.setFocus()
                raise UserError(self.tr("%1: en budget kan inte vara negativ.").replace("%1", group))
            out[group] = amount
        return out

    def save(self) -> None:
        try:
            values = self.values()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Budgeten sparades inte"), exc.message)
            return
        current = self.services.followup.budgets(self.unit, self.year)
        changed = {g: v for g, v in values.items() if current.get(g) != v}
        if changed:
            self.undo_stack.push(SetBudgetsCommand(self.services, self.unit, self.year, changed, self.changed))
        self.accept()
