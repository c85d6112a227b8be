"""The import preview (nothing is saved until the user says so) and the list of cell errors."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _TextDialog(QDialog):
    def __init__(self, title: str, lead: str, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        self.lead = QLabel(lead)
        self.lead.setWordWrap(True)
        lay.addWidget(self.lead)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        lay.addWidget(self.text, 1)
        self.buttons = QDialogButtonBox()
        lay.addWidget(self.buttons)


class ImportPreviewDialog(_TextDialog):
    def __init__(self, plan, parent: QWidget | None = None):
        super().__init__(
            self.tr("Läs in ifylld arbetsbok"),
            self.tr("Så här ändras översynen om du läser in {0}. Inget är sparat ännu.").format(plan.path.name),
            plan.lines(),
            parent,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Läs in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setProperty("role", "primary")
        self.import_button.setEnabled(plan.has_changes)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


class WorkbookErrorsDialog(_TextDialog):
    def __init__(self, name: str, errors: list, parent: QWidget | None = None):
        super().__init__(
            self.tr("Arbetsboken har fel"),
            self.tr("{0} har {1} fel. Inget har sparats. Rätta felen i Excel och läs in filen igen.").format(
                name, len(errors)
            ),
            [str(e) for e in errors],
            parent,
        )
        copy = QPushButton(self.tr("&Kopiera listan"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
