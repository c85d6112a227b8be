"""Arkiv → Säkerhetskopior…: list the copies, make one now, restore one.

A restore replaces the database under the running window: the backup
service closes the connection, restores and reconnects in place, and the
dialog emits ``restored`` so the main window reloads units and pages and
forgets its undo history (which belonged to the data that is gone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from hyrdesk.errors import UserError
from hyrdesk.services.backups.service import Backup
from hyrdesk.services.container import Services
from hyrdesk.services.settings import BACKUP_KEEP
from hyrdesk.ui.backups.backup_list import (
    BackupDialog,
    BackupModel,
    backup_table,
    created_text,
    restore_summary,
    selected_backup,
)


class BackupsDialog(BackupDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, services: Services, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.resize(720, 440)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "hyrdesk gör en säkerhetskopia av databasen första gången du startar programmet varje dag, och innan databasen uppgraderas till en ny version. Kopiorna ligger i {0}."
            ).format(services.paths.backups_dir)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(intro)

        self.model = BackupModel(self)
        self.view = backup_table(self.model, self.tr("Säkerhetskopior"), self.restore_selected, self)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        lay.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("Inga säkerhetskopior ännu. Skapa den första med Skapa nu."))
        self.empty_label.setProperty("role", "muted")
        lay.addWidget(self.empty_label)

        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Spara de senaste"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.setValue(services.settings.get(BACKUP_KEEP))
        self.keep.setAccessibleName(self.tr("Antal säkerhetskopior som sparas av varje slag"))
        keep_label.setBuddy(self.keep)
        self.keep.valueChanged.connect(lambda v: services.settings.set(BACKUP_KEEP, v))
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(
            QLabel(self.tr("kopiorna av varje slag (dagliga, egna, före uppgradering, före återställning)."))
        )
        keep_row.addStretch(1)
        lay.addLayout(keep_row)

        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("S&kapa nu"))
        self.create_button.setProperty("role", "primary")
        self.create_button.clicked.connect(self.create_now)
        self.restore_button = QPushButton(self.tr("&Återställ…"))
        self.restore_button.clicked.connect(self.restore_selected)
        folder_button = QPushButton(self.tr("Öppna &mappen"))
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(services.paths.backups_dir)))
        )
        close_button = QPushButton(self.tr("S&täng"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        lay.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_backups(self.services.backups.list())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(selected_backup(self.view, self.model) is not None)

    def create_now(self) -> None:
        backups = self.services.backups

        def work(progress):
            return backups.create_in_worker()

        def done(backup: Backup) -> None:
            self.reload()
            for row in range(self.model.rowCount()):
                if self.model.backup(row).name == backup.name:
                    self.view.selectRow(row)

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            self.inform(self.tr("Säkerhetskopior"), message, warning=True)

        self.runner.run(self, self.tr("Skapar en säkerhetskopia…"), work, done, failed)

    def restore_selected(self) -> None:
        backup = selected_backup(self.view, self.model)
        if backup is None:
            return
        text = self.tr(
            "Återställa databasen från säkerhetskopian från {0} ({1})?\n\nDet du har ändrat efter det försvinner ur programmet. Den nuvarande databasen sparas först som en egen säkerhetskopia (Före återställning), så du kan gå tillbaka till den."
        ).format(created_text(backup), backup.label)
        if not self.confirm(self.tr("Återställ säkerhetskopia"), text, self.tr("Återställ")):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # On the GUI thread on purpose: nothing else may use the connection meanwhile.
            result = self.services.backups.restore(backup)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.inform(self.tr("Återställ säkerhetskopia"), exc.message, warning=True)
            return
        QGuiApplication.restoreOverrideCursor()
        self.restored.emit(result)
        self.reload()
        self.inform(self.tr("Återställ säkerhetskopia"), restore_summary(result))
