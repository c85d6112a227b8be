"""Small helpers for forms: a field with its error message underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QVBoxLayout, QWidget


def field_of(widget: QWidget) -> QWidget:
    """The control that takes the keyboard: the widget, or a row's first input (its focus proxy).

    A row of controls (a path and its Bläddra… button) would otherwise take Alt+letter
    itself, and the keyboard would land on nothing.
    """
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return widget.focusProxy() or widget
    children = [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    inputs = [w for w in children if not isinstance(w, QAbstractButton)] or children
    if inputs:
        widget.setFocusProxy(inputs[0])
        return inputs[0]
    return widget


def _changed_signals(widget: QWidget):
    """The signals that say the user changed the field (to clear its error then)."""
    for name in ("textChanged", "currentIndexChanged", "dateChanged", "toggled", "valueChanged"):
        signal = getattr(widget, name, None)
        if signal is not None:
            yield signal


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
        name = label.replace("&", "").rstrip(":").strip()
        widget.setAccessibleName(name)
        target = field_of(widget)
        if not target.accessibleName():
            target.setAccessibleName(name)
        # An error goes as soon as the field is changed: a fixed field shows no old message.
        for signal in _changed_signals(target):
            signal.connect(lambda *_a, f=field: self.clear_field(f))
        self._labels[field] = error
        self._widgets[field] = target

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

    def clear_field(self, field: str) -> None:
        label = self._labels.get(field)
        if label is not None and label.isVisible():
            label.clear()
            label.hide()
            self._widgets[field].setAccessibleDescription("")

    def set(self, field: str, message: str) -> None:
        """Show (or with "" hide) one field's message, leaving the others as they are."""
        label = self._labels[field]
        label.setText(message)
        label.setVisible(bool(message))
        self._widgets[field].setAccessibleDescription(message)

    def clear(self) -> None:
        self.show({})
