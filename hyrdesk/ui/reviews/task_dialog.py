"""A form for one task: new, or edited; hours per year and the route shown as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import (
    MAX_COUNT,
    MAX_MINUTES,
    USEFULNESS_LABELS,
    Affects,
    Frequency,
    Origin,
    Proposal,
    ReviewTask,
    Status,
    derive_route,
    hours_per_year,
    round_hours,
    suggested_hours_freed,
)
from hyrdesk.domain.review_roles import responsible_choices
from hyrdesk.domain.review_template import Template
from hyrdesk.domain.review_validation import parse_task
from hyrdesk.ui.widgets.choice_labels import choice_label, choice_labels, usefulness_label
from hyrdesk.ui.widgets.forms import FieldErrors


def _choice(enum, current=None, empty: str | None = None) -> QComboBox:
    # The item data is the member's key: Qt turns a str-based enum member into a plain str.
    # With ``empty`` the list starts with that text and no value (a question not answered yet).
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for label, key in choice_labels(enum):
        combo.addItem(label, key)
    if current is not None:
        combo.setCurrentIndex(list(enum).index(current) + (empty is not None))
    return combo


class TaskDialog(QDialog):
    """``result_task`` holds the valid task after ``exec()`` returns true. Saves nothing itself."""

    def __init__(
        self,
        template: Template,
        task: ReviewTask | None = None,
        area: str | None = None,
        roles: list[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.template, self.task = template, task
        self.result_task: ReviewTask | None = None
        self.setWindowTitle(self.tr("Ny uppgift") if task is None else self.tr("Ändra uppgift"))
        self.setMinimumWidth(560)
        base = task or ReviewTask(
            area=area or template.areas[0].key, description="", role="", minutes=15, frequency=Frequency.WEEK
        )
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.widgets: dict[str, QWidget] = {}
        role_list = list(dict.fromkeys([*template.roles, *(roles or [])]))

        self.area = QComboBox()
        for a in template.areas:
            self.area.addItem(a.name, a.key)
        self.area.setCurrentIndex(max(0, self.area.findData(base.area)))
        self._row(form, self.tr("&Område:"), "area", self.area)
        self.description = QLineEdit(base.description)
        self.description.setPlaceholderText(self.tr("t.ex. Sammanställning av beläggning till förvaltningen"))
        self._row(form, self.tr("&Uppgift:"), "description", self.description)
        self.role = self._role_combo(role_list, base.role)
        self._row(form, self.tr("Utförs av (&roll):"), "role", self.role)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(base.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self._row(form, self.tr("&Minuter per tillfälle:"), "minutes", self.minutes)
        self.frequency = _choice(Frequency, base.frequency)
        self._row(form, self.tr("&Frekvens:"), "frequency", self.frequency)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(base.count)
        self._row(form, self.tr("&Antal per period:"), "count", self.count)
        self.hours_label = QLabel()
        self.hours_label.setProperty("role", "muted")
        form.addRow(self.tr("Timmar per år:"), self.hours_label)
        self.usefulness = QComboBox()
        self.usefulness.addItem(self.tr("Ej bedömd"), None)
        for value in USEFULNESS_LABELS:
            self.usefulness.addItem(usefulness_label(value), value)
        self.usefulness.setCurrentIndex(max(0, self.usefulness.findData(base.usefulness)))
        self._row(form, self.tr("N&ytta:"), "usefulness", self.usefulness)
        self.origin = _choice(Origin, base.origin)
        self._row(form, self.tr("Kravets &ursprung:"), "origin", self.origin)
        self.proposal = _choice(Proposal, base.proposal)
        self._row(form, self.tr("&Förslag:"), "proposal", self.proposal)
        self.receiving_role = self._role_combo(role_list, base.receiving_role)
        self._row(form, self.tr("Mottagande ro&ll:"), "receiving_role", self.receiving_role)
        self.affects = _choice(Affects, base.affects_others, self.tr("– välj –"))
        self._row(form, self.tr("&Påverkar andra enheter:"), "affects_others", self.affects)
        self.route_label = QLabel()
        self.route_label.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("Beslutsväg:"), self.route_label)
        # A role from the template's list, never a name (domain/review_roles.py).
        self.responsible = QComboBox()
        self.responsible.addItem("")
        self.responsible.addItems(list(responsible_choices(template.roles, roles or [])))
        if base.responsible and self.responsible.findText(base.responsible) < 0:
            self.responsible.addItem(base.responsible)  # saved before the rule: kept until changed
        self.responsible.setCurrentIndex(max(0, self.responsible.findText(base.responsible)))
        self.responsible.setToolTip(self.tr("Ansvarig är en roll ur mallens lista, aldrig ett namn."))
        self._row(form, self.tr("Ans&varig (roll):"), "responsible", self.responsible)
        self.due_date = QLineEdit(base.due_date.isoformat() if base.due_date else "")
        self.due_date.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self._row(form, self.tr("&Klart senast:"), "due_date", self.due_date)
        self.status = _choice(Status, base.status)
        self._row(form, self.tr("&Status:"), "status", self.status)
        self.hours_freed = QLineEdit()
        following = task is None or task.hours_freed == task.suggested_hours_freed
        if task is not None and not following:
            self.hours_freed.setText(format_decimal(task.hours_freed, 1).replace("\u00a0", ""))
        self._row(form, self.tr("Frigjorda &timmar per år:"), "hours_freed", self.hours_freed)
        lay.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for signal in (
            self.minutes.valueChanged,
            self.count.valueChanged,
            self.frequency.currentIndexChanged,
            self.proposal.currentIndexChanged,
            self.affects.currentIndexChanged,
        ):
            signal.connect(self._update_computed)
        self._update_computed()
        self.description.setFocus()

    def _role_combo(self, roles: list[str], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(roles)
        combo.setEditText(current)
        return combo

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        self.widgets[key] = widget
        self.errors.add_row(form, label, key, widget)
        guidance = self.template.guidance_for(key)
        if guidance:
            widget.setToolTip(guidance)
        if key != "area" and key not in self.template.field_keys:
            # The template does not ask for this field: keep its value, do not show it.
            row = widget.parentWidget()  # the row's container, from add_row
            assert row is not None
            form.setRowVisible(row, False)

    def _update_computed(self) -> None:
        hours = hours_per_year(self.minutes.value(), Frequency(self.frequency.currentData()), self.count.value())
        self.hours_label.setText(self.tr("{0} timmar").format(format_decimal(round_hours(hours), 1)))
        affects = self.affects.currentData()
        route = derive_route(Affects(affects) if affects else None, Proposal(self.proposal.currentData()))
        if route is not None:
            self.route_label.setText(choice_label(route))
        elif self.proposal.currentData() == Proposal.KEEP.value:
            self.route_label.setText(self.tr("ingen (uppgiften behålls)"))
        else:
            self.route_label.setText(self.tr("svara på Påverkar andra enheter"))
        suggestion = suggested_hours_freed(Proposal(self.proposal.currentData()), hours)
        self.hours_freed.setPlaceholderText(
            self.tr("förslag: {0} (lämna tomt för att använda det)").format(format_decimal(suggestion, 1))
        )
        self.receiving_role.setEnabled(
            self.proposal.currentData() == Proposal.REDISTRIBUTE.value or bool(self.receiving_role.currentText())
        )

    def values(self) -> dict:
        return {
            "description": self.description.text(),
            "role": self.role.currentText(),
            "minutes": self.minutes.value(),
            "frequency": self.frequency.currentData(),
            "count": self.count.value(),
            "usefulness": self.usefulness.currentData(),
            "origin": self.origin.currentData(),
            "proposal": self.proposal.currentData(),
            "receiving_role": self.receiving_role.currentText(),
            "affects_others": self.affects.currentData(),
            "responsible": self.responsible.currentText(),
            "due_date": self.due_date.text(),
            "status": self.status.currentData(),
            "hours_freed": self.hours_freed.text(),
        }

    def accept(self) -> None:
        task, errors = parse_task(self.values(), self.area.currentData(), self.task)
        self.errors.show(errors)
        if task is None:
            return
        if self.task is not None and not self.hours_freed.text().strip():
            task = task.with_changes(hours_freed=task.suggested_hours_freed)  # blank: the suggestion
        self.result_task = task
        super().accept()
