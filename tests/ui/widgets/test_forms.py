"""A form row: Alt+letter reaches the field in a row of controls; an error goes once the field is changed."""

import pytest
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from hyrdesk.ui.widgets.forms import FieldErrors

pytestmark = pytest.mark.gui


def test_a_row_of_controls_hands_its_label_to_the_input(app, qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    row = QWidget()
    lay = QHBoxLayout(row)
    edit = QLineEdit()
    lay.addWidget(edit)
    lay.addWidget(QPushButton("Bläddra…"))
    errors = FieldErrors()
    errors.add_row(form, "&Delad mapp:", "folder", row)
    assert row.focusProxy() is edit
    assert edit.accessibleName() == "Delad mapp"


def test_an_error_goes_when_its_field_is_changed(app, qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    code, name = QLineEdit(), QLineEdit()
    errors = FieldErrors()
    errors.add_row(form, "&Kod:", "code", code)
    errors.add_row(form, "&Namn:", "name", name)
    host.show()
    errors.show({"code": "Ange en kod.", "name": "Ange ett namn."})
    assert errors._labels["code"].isVisible() and errors._labels["name"].isVisible()
    qtbot.keyClicks(code, "AVD7")
    assert not errors._labels["code"].isVisible()
    assert errors._labels["name"].isVisible(), "only the changed field's error goes"
