"""Kontotabell: which ledger accounts are hire cost, own staff cost or ignored.

Each change (a row set or removed) is one command on the undo stack, one
transaction; undo puts the whole table back as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.accounts import AccountKind, AccountRule
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.costs.accounts import AccountService
from hyrdesk.services.units import UnitService
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.forms import FieldErrors


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rules: list[AccountRule] = []

    def set_rules(self, rules: list[AccountRule]) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("AccountsModel", "Konto eller intervall"),
                QCoreApplication.translate("AccountsModel", "Slag"),
                QCoreApplication.translate("AccountsModel", "Yrkeskategori"),
            )[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rules[index.row()]
        return (str(r.range), choice_label(r.kind), r.category or "")[index.column()]


class AccountTableCommand(QUndoCommand):
    """The account table before and after one change."""

    def __init__(
        self, accounts: AccountService, text: str, before: list[AccountRule], after: list[AccountRule], on_change=None
    ):
        super().__init__(text)
        self.accounts, self.before, self.after, self.on_change = accounts, before, after, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change is already made (and validated) when the command is pushed
            self._first = False
        else:
            self.accounts.replace_all(self.after)
        if self.on_change:
            self.on_change()

    def undo(self) -> None:
        self.accounts.replace_all(self.before)
        if self.on_change:
            self.on_change()


class AccountsDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        units: UnitService,
        undo_stack,
        suggestions: Iterable[int] = (),
        on_change=None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.accounts, self.undo_stack, self.on_change = accounts, undo_stack, on_change
        self.suggestions = list(suggestions)
        self.setWindowTitle(self.tr("Kontotabell"))
        self.resize(640, 560)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ange för varje konto, eller intervall av konton, i ekonomisystemet om det är hyrkostnad, kostnad för egen personal eller ska ignoreras. Det mest specifika gäller: ett enskilt konto går före ett intervall som innehåller det. Yrkeskategorin används när filen inte har någon kolumn för yrkeskategori."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setStyleSheet("font-weight: 600;")
        lay.addWidget(self.suggestion_label)

        self.model = AccountsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Kontotabell"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        lay.addWidget(self.view, 1)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("t.ex. 4611 eller 4600-4699"))
        self.kind = QComboBox()
        for kind in AccountKind:
            self.kind.addItem(choice_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.category = QComboBox()
        self.category.addItem(self.tr("– ingen –"), None)
        for cat in units.categories():
            self.category.addItem(cat.name, cat.name)
        self.errors.add_row(form, self.tr("&Konto:"), "account", self.account)
        self.errors.add_row(form, self.tr("&Slag:"), "kind", self.kind)
        self.errors.add_row(form, self.tr("&Yrkeskategori:"), "category", self.category)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Spara &raden"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_row)
        self.remove_button = QPushButton(self.tr("&Ta bort raden"))
        self.remove_button.clicked.connect(self.remove_row)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.reload()
        if self.suggestions:
            self.account.setText(str(self.suggestions[0]))
        self.account.setFocus()

    def reload(self) -> None:
        rules = self.accounts.rules()
        self.model.set_rules(rules)
        table = self.accounts.table()
        missing = [a for a in self.suggestions if table.lookup(a) is None]
        self.suggestion_label.setText(
            self.tr("Konton i filen som saknas i tabellen: {0}").format(", ".join(map(str, missing))) if missing else ""
        )
        self.suggestion_label.setVisible(bool(missing))
        self.remove_button.setEnabled(bool(rules))

    def _row_chosen(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        rule = self.model.rules[current.row()]
        self.account.setText(str(rule.range))
        self.kind.setCurrentIndex(list(AccountKind).index(rule.kind))
        self.category.setCurrentIndex(max(0, self.category.findData(rule.category)))

    def _kind_changed(self) -> None:
        ignore = self.kind.currentData() is AccountKind.IGNORE
        if ignore:
            self.category.setCurrentIndex(0)
        self.category.setEnabled(not ignore)

    def _change(self, text: str, action) -> bool:
        before = self.accounts.rules()
        try:
            action()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except UserError as exc:
            self.errors.show({"account": exc.message})
            return False
        self.errors.clear()
        after = self.accounts.rules()
        self.undo_stack.push(AccountTableCommand(self.accounts, text, before, after, self._changed))
        return True

    def _changed(self) -> None:
        self.reload()
        if self.on_change:
            self.on_change()

    def save_row(self) -> bool:
        spec = self.account.text()
        return self._change(
            self.tr("Kontotabell: {0}").format(spec.strip()),
            lambda: self.accounts.set(spec, self.kind.currentData(), self.category.currentData()),
        )

    def remove_row(self) -> bool:
        spec = self.account.text()
        return self._change(
            self.tr("Ta bort {0} ur kontotabellen").format(spec.strip()),
            lambda: self.accounts.remove(spec),
        )
