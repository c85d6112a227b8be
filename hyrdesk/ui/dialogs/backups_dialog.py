"""Arkiv → Säkerhetskopior…: list the copies, make one now, restore one.

A restore replaces the database under the running window: the backup
service closes the connection, restores and reconnects in place, and the
dialog emits ``restored`` so the main window reloads units and pages and
forgets its undo history (which belonged to the data that is gone).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSpinBox,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain.numbers import format_decimal
from ...errors import UserError
from ...services.backups import Backup, RestoreResult
from ...services.settings import BACKUP_KEEP


def size_text(size: int) -> str:
    if size < 1_000_000:
        return f"{format_decimal(max(size, 1) / 1000, 0)} kB"
    return f"{format_decimal(size / 1_000_000, 1)} MB"


class BackupModel(QAbstractTableModel):
    """The copies in the backups folder, newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Backup] = []
        self._headers = [self.tr("Datum"), self.tr("Slag"), self.tr("Storlek"), self.tr("Fil")]

    def set_backups(self, rows: list[Backup]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> Backup:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{b.created:%Y-%m-%d %H:%M}", b.label, size_text(b.size), b.name)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def backup_table(model: BackupModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_backup(view: QTableView, model: BackupModel) -> Backup | None:
    rows = view.selectionModel().selectedRows()
    return model.backup(rows[0].row()) if rows else None


def restore_summary(result: RestoreResult) -> str:
    """What a restore did, for the user (GUI wording of backups.describe_restore)."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("backups", "Databasen är återställd från {0}.").format(result.backup.name)
    if result.safety_copy is not None:
        text += " " + QCoreApplication.translate(
            "backups", "Den tidigare databasen sparades som säkerhetskopian {0}."
        ).format(result.safety_copy.name)
    if result.moved_aside is not None:
        text += " " + QCoreApplication.translate(
            "backups", "Den skadade databasen flyttades undan till {0} och finns kvar."
        ).format(result.moved_aside)
    return text


class BackupsDialog(QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, services, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.resize(720, 440)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "hyrdesk gör en säkerhetskopia av databasen första gången du startar programmet varje dag, och innan databasen uppgraderas till en ny version. Kopiorna ligger i {0}."  # noqa: E501 - one literal for lupdate
            ).format(services.paths.backups_dir)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(intro)

        self.model = BackupModel(self)
        self.view = backup_table(self.model, self)
        self.view.setAccessibleName(self.tr("Säkerhetskopior"))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
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
        keep_row.addWidget(QLabel(self.tr("kopiorna av varje slag (dagliga, egna, före uppgradering, före återställning).")))
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

    # Overridable in tests (modal message boxes block an offscreen test).
    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def inform(self, title: str, text: str, warning: bool = False) -> None:
        (QMessageBox.warning if warning else QMessageBox.information)(self, title, text)

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
            db = self.services.db.reopen()  # this runs on a worker thread: its own connection
            try:
                return backups.create(db=db)
            finally:
                db.close()

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
            "Återställa databasen från säkerhetskopian från {0} ({1})?\n\nDet du har ändrat efter det försvinner ur programmet. Den nuvarande databasen sparas först som en egen säkerhetskopia (Före återställning), så du kan gå tillbaka till den."  # noqa: E501 - one literal for lupdate
        ).format(f"{backup.created:%Y-%m-%d %H:%M}", backup.label)
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
