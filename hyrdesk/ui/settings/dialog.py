"""Inställningar: language, the hire-cost target, the shared folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.services.settings import HIRE_TARGET_PCT, LANGUAGE, SHARED_FOLDER, SettingsService
from hyrdesk.ui.widgets.forms import FieldErrors


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.language_changed = False
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()

        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.get(LANGUAGE) == "sv" else 1)
        self.errors.add_row(form, self.tr("&Språk:"), "language", self.language)

        self.target = QLineEdit(format_decimal(settings.get(HIRE_TARGET_PCT), 1))
        self.errors.add_row(form, self.tr("&Mål för hyrkostnad (%):"), "target", self.target)

        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        current = settings.get(SHARED_FOLDER)
        self.folder = QLineEdit("" if current is None else str(current))
        self.folder.setPlaceholderText(self.tr("t.ex. en mappad nätverksenhet eller en synkad mapp"))
        browse = QPushButton(self.tr("&Bläddra…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.errors.add_row(form, self.tr("&Delad mapp:"), "folder", folder_row)
        lay.addLayout(form)
        note = QLabel(self.tr("Språkbytet gäller från nästa start av hyrdesk."))
        note.setProperty("role", "muted")
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Välj delad mapp"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        settings = self.settings
        errors: dict[str, str] = {}
        try:
            target = HIRE_TARGET_PCT.parse(self.target.text())
        except ValueError as exc:
            errors["target"] = str(exc)
        folder = self.folder.text().strip()
        shared = SHARED_FOLDER.parse(folder) if folder else None
        if shared is not None and shared != settings.get(SHARED_FOLDER):
            # Say now, not at the first export, when the folder cannot be written.
            check = SHARED_FOLDER.check
            problem = check(shared) if check is not None else None
            if problem:
                errors["folder"] = problem + " " + self.tr("Välj en annan mapp, eller lämna fältet tomt.")
        self.errors.show(errors)
        if errors:
            return
        language = self.language.currentData()
        self.language_changed = language != settings.get(LANGUAGE)
        settings.set(LANGUAGE, language)
        settings.set(HIRE_TARGET_PCT, target)
        settings.set(SHARED_FOLDER, shared)
        super().accept()
