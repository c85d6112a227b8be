"""Small helpers for forms: a field with its error message underneath."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """Shows validation messages (``{field: message}``) under the matching widgets."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        error = QLabel()
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        lay.addWidget(error)
        row_label = QLabel(label)
        row_label.setBuddy(widget)  # Alt+letter reaches the field when the label has &
        form.addRow(row_label, box)
        widget.setAccessibleName(label.replace("&", ""))
        self._labels[field] = error
        self._widgets[field] = widget

    def show(self, errors: dict[str, str]) -> None:
        first = None
        for field, label in self._labels.items():
            message = errors.get(field, "")
            label.setText(message)
            label.setVisible(bool(message))
            self._widgets[field].setAccessibleDescription(message)
            if message and first is None:
                first = self._widgets[field]
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        self.show({})
