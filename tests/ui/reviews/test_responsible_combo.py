import pytest
from PySide6.QtWidgets import QComboBox

from hyrdesk.domain.review import Frequency, ReviewTask
from hyrdesk.ui.reviews.task_dialog import TaskDialog

pytestmark = pytest.mark.gui


def test_ansvarig_is_chosen_from_the_templates_roles(app, qtbot, services):
    template = services.reviews.templates.standard()
    dialog = TaskDialog(template, None, None, [])
    qtbot.addWidget(dialog)
    combo = dialog.responsible
    assert isinstance(combo, QComboBox) and not combo.isEditable()  # no free text: never a name
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["", *template.roles]


def test_a_name_saved_before_the_rule_is_shown_until_changed(app, qtbot, services):
    template = services.reviews.templates.standard()
    old = ReviewTask(
        area=template.areas[0].key,
        description="x",
        role="Läkare",
        minutes=5,
        frequency=Frequency.WEEK,
        responsible="Anna Svensson",
    )
    dialog = TaskDialog(template, old, None, [])
    qtbot.addWidget(dialog)
    assert dialog.responsible.currentText() == "Anna Svensson"
