"""Steg för steg: the template's areas one at a time, with its guidance and suggested tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.numbers import NBSP, format_decimal
from hyrdesk.domain.review import hours_per_year, round_hours
from hyrdesk.domain.review_summary import summarise
from hyrdesk.ui.reviews.table_tab import apply_widths, make_task_view
from hyrdesk.ui.reviews.task_model import TaskFilter, TaskTableModel
from hyrdesk.ui.widgets.choice_labels import choice_label

# The columns that fit next to the guidance: what the task is and what to do with it. The task
# form and the Uppgifter tab have every field.
_AREA_COLUMNS = ("description", "role", "hours_per_year", "proposal", "affects_others", "route")


def _hours(value) -> str:
    return f"{format_decimal(round_hours(value), 1)}{NBSP}h"


class GuidedFlow(QWidget):
    """Steps: Start, one per area, Sammanställning. ``actions`` is the page (add, edit, delete)."""

    show_summary = Signal()

    def __init__(self, model: TaskTableModel, actions, parent=None):
        super().__init__(parent)
        self.model = model
        self.task_actions = actions
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.steps = QListWidget()
        self.steps.setObjectName("review-steps")
        self.steps.setAccessibleName(self.tr("Steg"))
        self.steps.setFixedWidth(230)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setWordWrap(True)
        self.steps.setStyleSheet(
            "QListWidget#review-steps { background: #f7f9fa; border: 1px solid #dde3e6; border-radius: 8px; padding: 4px; }"
            "QListWidget#review-steps::item { padding: 6px 8px; border-radius: 5px; }"
            "QListWidget#review-steps::item:selected { background: #1f7a8c; color: white; }"
        )
        self.steps.currentRowChanged.connect(self._show_step)
        outer.addWidget(self.steps)

        right = QVBoxLayout()
        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.step_label)
        right.addWidget(self.heading)
        right.addWidget(self.guidance)

        self.body = QStackedWidget()
        self.body.addWidget(self._build_area_body())
        self.summary_body = QLabel()
        self.summary_body.setWordWrap(True)
        self.summary_body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.summary_body)
        right.addWidget(self.body, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("‹ Före&gående"))
        self.next_button = QPushButton(self.tr("&Nästa ›"))
        self.next_button.setProperty("role", "primary")
        self.prev_button.clicked.connect(lambda: self.steps.setCurrentRow(self.steps.currentRow() - 1))
        self.next_button.clicked.connect(self._next)
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        outer.addLayout(right, 1)
        model.modelReset.connect(self._rebuild_steps)
        model.dataChanged.connect(lambda *_: self.refresh())
        model.modelReset.connect(self.refresh)

    def _build_area_body(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 4, 0, 0)
        self.suggestions_frame = QFrame()
        self.suggestions_frame.setProperty("role", "card")
        sugg = QVBoxLayout(self.suggestions_frame)
        sugg.setContentsMargins(12, 8, 12, 8)
        head = QHBoxLayout()
        title = QLabel(self.tr("Mallens förslag på vanliga uppgifter"))
        title.setStyleSheet("font-weight: 600;")
        self.add_all_button = QPushButton(self.tr("Lägg till &alla förslag"))
        self.add_all_button.clicked.connect(self._add_all)
        head.addWidget(title, 1)
        head.addWidget(self.add_all_button)
        sugg.addLayout(head)
        self.suggestion_host = QWidget()
        self.suggestion_grid = QGridLayout(self.suggestion_host)
        self.suggestion_grid.setContentsMargins(0, 0, 0, 0)
        self.suggestion_grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.suggestion_host)
        scroll.setMinimumHeight(150)
        scroll.setMaximumHeight(210)
        sugg.addWidget(scroll)
        lay.addWidget(self.suggestions_frame)

        head = QHBoxLayout()
        self.area_total = QLabel()
        self.area_total.setStyleSheet("font-weight: 600;")
        self.own_button = QPushButton(self.tr("Ny &egen uppgift…"))
        self.edit_button = QPushButton(self.tr("Ä&ndra…"))
        self.delete_button = QPushButton(self.tr("Ta &bort"))
        self.own_button.clicked.connect(lambda: self.task_actions.new_task(self.current_area()))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        head.addWidget(self.area_total, 1)
        for b in (self.own_button, self.edit_button, self.delete_button):
            head.addWidget(b)
        lay.addLayout(head)
        self.proxy = TaskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_task_view(self.proxy, self)
        self.view.setAccessibleName(self.tr("Uppgifter i området"))
        self.view.doubleClicked.connect(self._double_clicked)
        lay.addWidget(self.view, 1)
        return box

    # --- steps -----------------------------------------------------------------------
    def _rebuild_steps(self) -> None:
        current = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        template = self.model.template
        if template is not None:
            self.steps.addItem(QListWidgetItem(self.tr("Start")))
            for area in template.areas:
                item = QListWidgetItem(area.name)
                item.setData(Qt.ItemDataRole.UserRole, area.key)
                self.steps.addItem(item)
            self.steps.addItem(QListWidgetItem(self.tr("Sammanställning")))
            for i, key in enumerate(self.model.columns):
                self.view.setColumnHidden(i, key not in _AREA_COLUMNS)
            apply_widths(self.view, self.model)
            self.view.setColumnWidth(self.model.column_of("role"), 140)
            self.view.horizontalHeader().setSectionResizeMode(
                self.model.column_of("description"), QHeaderView.ResizeMode.Stretch
            )
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(min(max(current, 0), self.steps.count() - 1))
        self._show_step(self.steps.currentRow())

    def current_area(self) -> str | None:
        item = self.steps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def go_to_area(self, key: str) -> None:
        for i in range(self.steps.count()):
            if self.steps.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.steps.setCurrentRow(i)

    def _next(self) -> None:
        if self.steps.currentRow() == self.steps.count() - 1:
            self.show_summary.emit()
        else:
            self.steps.setCurrentRow(self.steps.currentRow() + 1)

    def _show_step(self, row: int) -> None:
        template = self.model.template
        if template is None or row < 0:
            return
        last = self.steps.count() - 1
        self.step_label.setText(self.tr("Steg {0} av {1}").format(row + 1, last + 1))
        self.prev_button.setEnabled(row > 0)
        self.next_button.setText(self.tr("Visa &sammanställningen") if row == last else self.tr("&Nästa ›"))
        key = self.current_area()
        self.proxy.set_area(key or "\0")  # start and summary steps show no table
        if row == 0:
            self.heading.setText(template.name)
            self.guidance.setText(template.start_guidance or template.description)
            self.body.setCurrentIndex(1)
        elif row == last:
            self.heading.setText(self.tr("Sammanställning"))
            self.guidance.setText(template.summary_guidance)
            self.body.setCurrentIndex(1)
        else:
            area = template.area(key) if key is not None else None
            assert area is not None  # the steps between start and summary are the template's areas
            self.heading.setText(area.name)
            self.guidance.setText(area.guidance)
            self.body.setCurrentIndex(0)
        self.refresh()

    # --- content -------------------------------------------------------------------------
    def refresh(self) -> None:
        template = self.model.template
        if template is None:
            return
        s = summarise(self.model.tasks, [a.key for a in template.areas])
        for i in range(1, self.steps.count() - 1):
            item = self.steps.item(i)
            area = template.area(item.data(Qt.ItemDataRole.UserRole))
            assert area is not None  # each middle step is one of the template's areas
            n = s.by_area[area.key].tasks
            item.setText(f"{area.name}  ({n})" if n else area.name)
        row = self.steps.currentRow()
        if row == 0 or row == self.steps.count() - 1:
            self.summary_body.setText(self._overview_text(s, row == 0))
            return
        key = self.current_area()
        totals = s.by_area.get(key) if key is not None else None
        assert key is not None and totals is not None  # a middle step: an area of the template
        self.area_total.setText(
            self.tr("Uppgifter i området: {0} · {1} per år").format(totals.tasks, _hours(totals.hours_per_year))
        )
        self._fill_suggestions(key)
        has = totals.tasks > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _overview_text(self, s, start: bool) -> str:
        template = self.model.template
        assert template is not None  # the steps exist only with a review open
        if start:
            steps = "".join(f"<li>{a.name}</li>" for a in template.areas)
            return self.tr(
                "<p>Mall: {0}</p><p>Du går igenom de här områdena, ett i taget:</p><ol>{1}</ol><p>Uppgifter hittills: {2}.</p>"
            ).format(template.display, steps, s.total.tasks)
        return self.tr(
            "<p><b>{0}</b> uppgifter tar <b>{1}</b> per år. Förslagen frigör <b>{2}</b> per år.</p><p>Av förändringsförslagen går {3} till dialog i linjen och {4} är eget beslut; {5} uppgifter behålls som de är.</p>"
        ).format(
            s.total.tasks,
            _hours(s.total.hours_per_year),
            _hours(s.total.hours_freed),
            s.line_dialogue,
            s.own_decision,
            s.no_change,
        )

    def _fill_suggestions(self, key: str) -> None:
        while self.suggestion_grid.count():
            item = self.suggestion_grid.takeAt(0)
            assert item is not None  # count() says there is one
            w = item.widget()
            if w is not None:
                w.deleteLater()
        area = self.model.template.area(key) if self.model.template is not None else None
        assert area is not None  # called for the current area step
        existing = {t.description.strip().lower() for t in self.model.tasks}
        self.suggestions_frame.setVisible(bool(area.suggested_tasks))
        missing = 0
        for row, s in enumerate(area.suggested_tasks):
            hours = _hours(hours_per_year(s.minutes, s.frequency, s.count))
            text = QLabel(
                self.tr("{0} — {1}, {2} min {3} × {4} ({5} per år)").format(
                    s.description, s.role, s.minutes, choice_label(s.frequency), s.count, hours
                )
            )
            text.setWordWrap(True)
            added = s.description.strip().lower() in existing
            button = QPushButton(self.tr("Tillagd") if added else self.tr("Lägg till"))
            button.setEnabled(not added)
            button.setAccessibleName(self.tr("Lägg till {0}").format(s.description))
            button.clicked.connect(lambda _=False, s=s: self.task_actions.add_suggestions(key, [s]))
            missing += not added
            self.suggestion_grid.addWidget(text, row, 0)
            self.suggestion_grid.addWidget(button, row, 1)
        self.add_all_button.setEnabled(missing > 0)

    def _add_all(self) -> None:
        key = self.current_area()
        area = self.model.template.area(key) if self.model.template is not None and key is not None else None
        assert key is not None and area is not None  # the button is on an area step
        existing = {t.description.strip().lower() for t in self.model.tasks}
        todo = [s for s in area.suggested_tasks if s.description.strip().lower() not in existing]
        if todo:
            self.task_actions.add_suggestions(key, todo)

    def _double_clicked(self, index) -> None:
        if index.isValid() and self.model.columns[self.proxy.mapToSource(index).column()] in (
            "hours_per_year",
            "route",
        ):
            self._edit()  # computed: the form shows how they come about

    def _selected(self):
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.task(r) for r in rows]

    def _edit(self) -> None:
        tasks = self._selected()
        if not tasks and self.proxy.rowCount():
            tasks = [self.model.task(self.proxy.mapToSource(self.proxy.index(0, 0)).row())]
        if tasks:
            self.task_actions.edit_task(tasks[0])

    def _delete(self) -> None:
        tasks = self._selected()
        if tasks:
            self.task_actions.delete_tasks(tasks)
