"""A form for one action: new or edited. It checks every field (the service's rules) and saves nothing itself."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.actions import Action, ActionStatus, DecisionLevel, Indicator
from hyrdesk.domain.gaps import Cause
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.units import Unit
from hyrdesk.services.actions.service import ActionService
from hyrdesk.services.units import UnitService
from hyrdesk.ui.widgets.choice_labels import choice_label, choice_labels
from hyrdesk.ui.widgets.forms import FieldErrors


def _combo(items: Sequence[tuple[str, object]], current: object = None) -> QComboBox:
    combo = QComboBox()
    for label, key in items:
        combo.addItem(label, key)
    if current is not None:
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))
    return combo


def _date_edit(value: _dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ActionDialog(QDialog):
    """``result_action`` holds the valid action after ``exec()`` returns true."""

    def __init__(
        self,
        actions: ActionService,
        units: UnitService,
        unit: Unit,
        action: Action | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.plan_service, self.unit, self.action = actions, unit, action
        self.result_action: Action | None = None
        self.setWindowTitle(self.tr("Ny åtgärd") if action is None else self.tr("Ändra åtgärd"))
        self.resize(620, 720)
        areas = actions.areas()
        today = _dt.date.today()
        a = action
        self.errors = FieldErrors()
        form = QFormLayout()
        self.title = QLineEdit(a.title if a else "")
        self.title.setPlaceholderText(self.tr("t.ex. Rekrytera två specialistsjuksköterskor"))
        self.errors.add_row(form, self.tr("&Åtgärd"), "title", self.title)
        self.area = _combo([(x.name, x.key) for x in areas.areas], a.area if a else None)
        self.errors.add_row(form, self.tr("&Område"), "area", self.area)
        categories = units.categories()
        self.category = _combo([(self.tr("Alla yrkeskategorier"), None)] + [(c.name, c.name) for c in categories])
        if a and a.category_id is not None:
            names = actions.category_names()
            self.category.setCurrentIndex(max(self.category.findData(names.get(a.category_id)), 0))
        self.errors.add_row(form, self.tr("&Yrkeskategori"), "category", self.category)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItems(list(areas.roles))
        self.owner.setEditText(a.owner_role if a else "Enhetschef")
        self.owner.setToolTip(self.tr("En roll, aldrig ett namn."))
        self.errors.add_row(form, self.tr("Ansvarig &roll"), "owner_role", self.owner)
        self.level = _combo(choice_labels(DecisionLevel), a.decision_level.value if a else None)
        self.level.setToolTip(self.tr("Över enhet tas åtgärden i dialog i linjen."))
        self.errors.add_row(form, self.tr("&Beslutsnivå"), "decision_level", self.level)
        self.status = _combo(choice_labels(ActionStatus), a.status.value if a else None)
        self.errors.add_row(form, self.tr("&Status"), "status", self.status)
        self.start = _date_edit(a.start if a else today.replace(day=1))
        self.errors.add_row(form, self.tr("S&tart"), "start", self.start)
        self.due = _date_edit(a.due if a else today + _dt.timedelta(days=90))
        self.errors.add_row(form, self.tr("&Klart senast"), "due", self.due)
        self.follow_up = QLineEdit(a.follow_up.isoformat() if a and a.follow_up else "")
        self.follow_up.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD (valfritt)"))
        self.errors.add_row(form, self.tr("&Nästa uppföljning"), "follow_up", self.follow_up)

        causes_box = QWidget()
        causes_lay = QHBoxLayout(causes_box)
        causes_lay.setContentsMargins(0, 0, 0, 0)
        self.causes: dict[Cause, QCheckBox] = {}
        for cause in Cause:
            box = QCheckBox(choice_label(cause))
            box.setChecked(bool(a and cause in a.causes))
            self.causes[cause] = box
            causes_lay.addWidget(box)
        causes_lay.addStretch(1)
        self.errors.add_row(form, self.tr("Orsa&ker"), "causes", causes_box)
        hint = QLabel(self.tr("Orsakerna till bemanningsluckor som åtgärden riktar sig mot. Ingen vald: alla."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form.addRow("", hint)

        indicators: list[tuple[str, object]] = [(self.tr("Ingen"), None), *choice_labels(Indicator)]
        self.indicator = _combo(indicators, a.indicator.value if a and a.indicator else None)
        self.errors.add_row(form, self.tr("&Indikator"), "indicator", self.indicator)
        self.expected = QLineEdit(format_decimal(a.expected, 2).rstrip("0").rstrip(",") if a and a.expected else "")
        self.expected.setPlaceholderText(self.tr("per månad, t.ex. −20"))
        self.errors.add_row(form, self.tr("&Förväntad förändring"), "expected", self.expected)
        base = QWidget()
        base_lay = QHBoxLayout(base)
        base_lay.setContentsMargins(0, 0, 0, 0)
        self.baseline_from = QLineEdit(str(a.baseline_from) if a and a.baseline_from else "")
        self.baseline_to = QLineEdit(str(a.baseline_to) if a and a.baseline_to else "")
        for edit in (self.baseline_from, self.baseline_to):
            edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM"))
        self.baseline_from.setAccessibleName(self.tr("Baslinje från"))
        self.baseline_to.setAccessibleName(self.tr("Baslinje till"))
        base_lay.addWidget(self.baseline_from)
        base_lay.addWidget(QLabel("–"))
        base_lay.addWidget(self.baseline_to)
        self.errors.add_row(form, self.tr("Bas&linje"), "baseline_from", base)
        base_hint = QLabel(self.tr("Tomt: de 6 månaderna före startmånaden."))
        base_hint.setProperty("role", "muted")
        form.addRow("", base_hint)
        self.baseline_error = QLabel()
        self.baseline_error.setProperty("role", "field-error")
        self.baseline_error.hide()
        form.addRow("", self.baseline_error)
        self.cost = QLineEdit(format_decimal(a.cost.ore / 100, 0) if a and a.cost is not None else "")
        self.cost.setPlaceholderText(self.tr("kronor (valfritt)"))
        self.errors.add_row(form, self.tr("Kostna&d"), "cost", self.cost)
        self.note = QPlainTextEdit(a.note if a else "")
        self.note.setMaximumHeight(70)
        self.errors.add_row(form, self.tr("Ant&eckning"), "note", self.note)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.title.setFocus()

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "area": self.area.currentData(),
            "category": self.category.currentData(),
            "owner_role": self.owner.currentText(),
            "decision_level": self.level.currentData(),
            "status": self.status.currentData(),
            "start": self.start.date().toPython(),
            "due": self.due.date().toPython(),
            "follow_up": self.follow_up.text(),
            "causes": [c for c, box in self.causes.items() if box.isChecked()],
            "indicator": self.indicator.currentData(),
            "expected": self.expected.text(),
            "baseline_from": self.baseline_from.text(),
            "baseline_to": self.baseline_to.text(),
            "cost": self.cost.text(),
            "note": self.note.toPlainText(),
        }

    def accept(self) -> None:
        action, errors = self.plan_service.check(self.unit, self.values(), self.action.id if self.action else None)
        self.errors.show(errors)
        baseline = errors.get("baseline_to", "")
        self.baseline_error.setText(baseline)
        self.baseline_error.setVisible(bool(baseline))
        if action is None:
            return
        self.result_action = action
        super().accept()
