"""Editors in the task table: a dropdown for every choice, a suggesting dropdown for roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from hyrdesk.ui.reviews.task_model import CHOICES_ROLE, FREE_CHOICES_ROLE


class TaskDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(bool(index.data(FREE_CHOICES_ROLE)))
        # A fixed choice is a (label, key) pair: the label is shown in the UI language and
        # the key is what the model gets, so nothing depends on the text.
        for choice in choices:
            text, data = choice if isinstance(choice, (tuple, list)) else (choice, choice)
            combo.addItem(text, data)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole) or ""
            i = editor.findData(value)
            if i >= 0:
                editor.setCurrentIndex(i)
            elif editor.isEditable():
                editor.setEditText(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentText() if editor.isEditable() else editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
