"""The review's tasks as a table model; edits become undoable commands."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import (
    COMPUTED_FIELDS,
    Affects,
    Frequency,
    Origin,
    Proposal,
    Review,
    ReviewTask,
    Route,
    Status,
)
from hyrdesk.domain.review_display import display_value
from hyrdesk.domain.review_roles import responsible_choices
from hyrdesk.domain.review_template import Template
from hyrdesk.errors import ValidationError
from hyrdesk.services.reviews.service import ReviewService
from hyrdesk.ui.reviews.commands import EditTaskCommand
from hyrdesk.ui.shell.style import TEXT_MUTED, WARN
from hyrdesk.ui.widgets.choice_labels import choice_label, choice_labels, task_field_label, usefulness_label

SORT_ROLE = Qt.ItemDataRole.UserRole
# The values the delegate offers: texts, or (label, key) pairs for fixed choices, whose
# EditRole is then the key, so editing does not depend on the UI language.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
FREE_CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # True: the list only suggests, any text goes
TASK_ROLE = Qt.ItemDataRole.UserRole + 3

_NUMERIC = {"id", "minutes", "count", "hours_per_year", "usefulness", "hours_freed"}
_CHOICES: dict[str, type[Enum]] = {
    "frequency": Frequency,
    "origin": Origin,
    "proposal": Proposal,
    "affects_others": Affects,
    "status": Status,
}
_COMPUTED_BG = QColor("#eef2f3")


class TaskTableModel(QAbstractTableModel):
    edit_failed = Signal(str)

    def __init__(self, reviews: ReviewService, undo_stack, parent=None):
        super().__init__(parent)
        self.reviews = reviews
        self.undo_stack = undo_stack
        self.review: Review | None = None
        self.template: Template | None = None
        self.columns: list[str] = []
        self.tasks: list[ReviewTask] = []

    # --- loading -------------------------------------------------------------------
    def set_review(self, review: Review | None) -> None:
        self.beginResetModel()
        self.review = review
        self.template = self.reviews.template_of(review) if review else None
        self.columns = self.template.columns if self.template else []
        self.tasks = self.reviews.tasks(review) if review else []
        self.endResetModel()

    def reload(self) -> None:
        """Reload the tasks; keeps the view's selection when the rows are the same ones."""
        if self.review is None:
            return
        tasks = self.reviews.tasks(self.review)
        if [t.id for t in tasks] == [t.id for t in self.tasks]:
            self.tasks = tasks
            if tasks:
                self.dataChanged.emit(self.index(0, 0), self.index(len(tasks) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self.tasks = tasks
            self.endResetModel()

    def task(self, row: int) -> ReviewTask:
        return self.tasks[row]

    def column_of(self, key: str) -> int:
        return self.columns.index(key) if key in self.columns else -1

    def header_label(self, key: str) -> str:
        """Short column titles that fit the table; the full name is the header's tooltip."""
        short = {
            "id": self.tr("Nr"),
            "role": self.tr("Roll"),
            "minutes": self.tr("Minuter"),
            "count": self.tr("Antal"),
            "hours_per_year": self.tr("Tim/år"),
            "usefulness": self.tr("Nytta"),
            "origin": self.tr("Ursprung"),
            "receiving_role": self.tr("Mottagare"),
            "affects_others": self.tr("Påverkar andra"),
            "hours_freed": self.tr("Frigörs tim/år"),
        }
        return short.get(key) or task_field_label(key)

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_label(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            full = self.tr("Nr") if key == "id" else task_field_label(key)
            guidance = self._guidance(key)
            return f"{full}: {guidance}" if guidance else full
        return None

    def _guidance(self, key: str) -> str:
        if key == "hours_per_year":
            return self.tr(
                "Räknas fram: minuter × antal × tillfällen per år / 60 (220 arbetsdagar, 44 arbetsveckor, 12 månader)."
            )
        if key == "route":
            return self.tr(
                "Räknas fram: Eget beslut när uppgiften inte påverkar andra enheter, annars Dialog i linjen."
            )
        if key == "id":
            return self.tr("Uppgiftens nummer, samma som i Excel-arbetsboken.")
        return self.template.guidance_for(key) if self.template else ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        key = self.columns[index.column()]
        template = self.template
        assert template is not None  # there are tasks only with a review and its template
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "id":
                return str(task.id)
            value = getattr(task, key)
            if isinstance(value, Enum):
                return choice_label(value)
            return display_value(task, key, template.area_name)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task, key)
        if role == SORT_ROLE:
            value = getattr(task, key)
            if isinstance(value, Decimal):
                return float(value)
            if key == "area":
                return [a.key for a in template.areas].index(value) if template.area(value) else 99
            if isinstance(value, Enum):
                return choice_label(value)
            return value if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (key in COMPUTED_FIELDS or key == "id"):
            return _COMPUTED_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "route" and task.route is Route.LINE_DIALOGUE:
                return QColor(WARN)
            if key == "id":
                return QColor(TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "description":
                return task.description
            if key == "usefulness" and task.usefulness:
                return usefulness_label(task.usefulness)
            if key == "hours_freed":
                return self.tr("Förslag utifrån förslaget: {0} h/år. Töm fältet för att använda det.").format(
                    format_decimal(task.suggested_hours_freed, 1)
                )
            return None
        if role == CHOICES_ROLE:
            return self.choices(key)
        if role == FREE_CHOICES_ROLE:
            return key in ("role", "receiving_role")
        if role == TASK_ROLE:
            return task
        return None

    def _edit_value(self, task: ReviewTask, key: str) -> str:
        if key == "area":
            assert self.template is not None  # as in data()
            return self.template.area_name(task.area)
        if key == "hours_freed":
            return format_decimal(task.hours_freed, 1).replace("\u00a0", "")
        if key in _CHOICES:
            value = getattr(task, key)
            return "" if value is None else value.value
        return display_value(task, key)

    def choices(self, key: str) -> list[str] | list[tuple[str, str]] | None:
        if key in _CHOICES:
            return choice_labels(_CHOICES[key])
        if key == "area" and self.template:
            return [a.name for a in self.template.areas]
        if key == "usefulness":
            return ["", "1", "2", "3", "4"]
        if key in ("role", "receiving_role") and self.template:
            used = [t.role for t in self.tasks] + [t.receiving_role for t in self.tasks if t.receiving_role]
            return list(dict.fromkeys([*self.template.roles, *sorted(used)]))
        if key == "responsible" and self.template:  # a role from the list, never a name
            return ["", *responsible_choices(self.template.roles, (t.role for t in self.tasks))]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()] not in (*COMPUTED_FIELDS, "id"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.review is None:
            return False
        task = self.tasks[index.row()]
        key = self.columns[index.column()]
        try:
            new = self.reviews.edited(self.review, task, key, value)
        except ValidationError as exc:
            self.edit_failed.emit(exc.message)
            return False
        if new == task:
            return False
        self.undo_stack.push(
            EditTaskCommand(
                self.reviews,
                self.review,
                task,
                new,
                self.tr("Ändra ”{0}”").format(self.header_label(key)),
            )
        )
        return True


class TaskFilter(QSortFilterProxyModel):
    """Filters the tasks by area, by route and by text, and sorts by value rather than by text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.area: str | None = None
        self.only_dialogue = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_area(self, area: str | None) -> None:
        self.beginFilterChange()
        self.area = area
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_dialogue(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_dialogue = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, TaskTableModel)
        task: ReviewTask = source.task(row)
        if self.area is not None and task.area != self.area:
            return False
        if self.only_dialogue and task.route is not Route.LINE_DIALOGUE:
            return False
        if self.text and self.text not in f"{task.description} {task.role} {task.responsible}".lower():
            return False
        return True
