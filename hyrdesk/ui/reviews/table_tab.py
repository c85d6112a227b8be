"""Uppgifter: every task of the review in one table, edited in place or in the task form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.ui.reviews.delegates import TaskDelegate
from hyrdesk.ui.reviews.task_model import TaskFilter, TaskTableModel

_WIDTHS = {
    "id": 44,
    "area": 150,
    "description": 280,
    "role": 140,
    "minutes": 66,
    "frequency": 86,
    "count": 56,
    "hours_per_year": 66,
    "usefulness": 54,
    "origin": 130,
    "proposal": 86,
    "receiving_role": 130,
    "affects_others": 108,
    "route": 112,
    "responsible": 130,
    "due_date": 92,
    "status": 86,
    "hours_freed": 108,
}


def make_task_view(model, parent=None) -> QTableView:
    """A task table with the dropdown editors, sorting and sensible widths."""
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegate(TaskDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    return view


# Shown right after the task they decide about: at 1024 px they were off to the right.
_DECISION_COLUMNS = ("proposal", "route")


def apply_widths(view: QTableView, source: TaskTableModel) -> None:
    for i, key in enumerate(source.columns):
        view.setColumnWidth(i, _WIDTHS.get(key, 100))
    columns = list(source.columns)
    if "description" not in columns:
        return
    order = [k for k in columns if k not in _DECISION_COLUMNS]
    at = order.index("description") + 1
    order[at:at] = [k for k in _DECISION_COLUMNS if k in columns]
    header = view.horizontalHeader()
    for position, key in enumerate(order):  # visual order only: the model's columns stay as they are
        header.moveSection(header.visualIndex(columns.index(key)), position)


class TaskTableTab(QWidget):
    def __init__(self, model: TaskTableModel, actions, parent=None):
        super().__init__(parent)
        self.model = model
        self.task_actions = actions
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.area_filter = QComboBox()
        self.area_filter.setAccessibleName(self.tr("Visa område"))
        self.area_filter.currentIndexChanged.connect(self._filter_area)
        self.dialogue_only = QCheckBox(self.tr("Bara &dialog i linjen"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök uppgift, roll eller ansvarig"))
        self.search.setAccessibleName(self.tr("Sök"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Ny u&ppgift…"))
        self.edit_button = QPushButton(self.tr("Ä&ndra…"))
        self.delete_button = QPushButton(self.tr("&Ta bort"))
        bar.addWidget(self.area_filter)
        bar.addWidget(self.dialogue_only)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        lay.addLayout(bar)

        self.proxy = TaskFilter(self)
        self.proxy.setSourceModel(model)
        self.view = make_task_view(self.proxy, self)
        self.view.setAccessibleName(self.tr("Uppgifter"))
        # The review's own order until a header is clicked.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        lay.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setProperty("role", "field-error")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        self.hint = QLabel(
            self.tr(
                "Dubbelklicka eller börja skriva i en cell för att ändra den. Grå kolumner räknas fram. Ctrl+Z ångrar."
            )
        )
        self.hint.setProperty("role", "muted")
        lay.addWidget(self.hint)

        self.dialogue_only.toggled.connect(self.proxy.set_only_dialogue)
        self.search.textChanged.connect(self.proxy.set_text)
        self.new_button.clicked.connect(lambda: self.task_actions.new_task(self.proxy.area))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.view.doubleClicked.connect(self._double_clicked)
        model.edit_failed.connect(self._show_error)
        model.modelReset.connect(self._model_reset)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self._delete, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+E"), self, self._edit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _model_reset(self) -> None:
        template = self.model.template
        current = self.area_filter.currentData()
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(self.tr("Alla områden"), None)
        for a in template.areas if template else ():
            self.area_filter.addItem(a.name, a.key)
        self.area_filter.setCurrentIndex(max(0, self.area_filter.findData(current)))
        self.area_filter.blockSignals(False)
        apply_widths(self.view, self.model)
        self._update_buttons()

    def _filter_area(self) -> None:
        self.proxy.set_area(self.area_filter.currentData())

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def selected_tasks(self):
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.task(r) for r in rows]

    def _update_buttons(self, *_):
        has = bool(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(self.model.review is not None)
        if self.message.isVisible():
            self.message.hide()

    def _double_clicked(self, index) -> None:
        key = self.model.columns[index.column()] if index.isValid() else None
        if key in ("hours_per_year", "route", "id"):  # computed: open the form instead
            self._edit()

    def _edit(self) -> None:
        tasks = self.selected_tasks()
        if tasks:
            self.task_actions.edit_task(tasks[0])

    def _delete(self) -> None:
        tasks = self.selected_tasks()
        if tasks:
            self.task_actions.delete_tasks(tasks)
