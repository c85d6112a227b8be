"""Start-up with a database that cannot be used: say what is wrong and offer a way out.

``open_services_or_recover`` tries to open the data folder; on a
``DatabaseError`` a dialog explains the problem in plain Swedish and offers,
depending on its kind: restore a backup (picked from the list), start a new
database (the damaged file is moved aside as ``<name>.skadad-<time>``, never
deleted), try again (locked, read-only, disk), or quit. After a way out it
tries again, until the database opens or the user quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hyrdesk.errors import DatabaseError, UserError
from hyrdesk.paths import Paths
from hyrdesk.services.backups import service as backups
from hyrdesk.ui.backups.backup_list import (
    BackupDialog,
    BackupModel,
    backup_table,
    created_text,
    restore_summary,
    selected_backup,
)
from hyrdesk.ui.shell.shutdown import ShutdownRequest

log = logging.getLogger(__name__)

CAN_RESTORE = {"damaged", "empty", "not_hyrdesk", "too_new", "other"}
CAN_START_NEW = {"damaged", "empty", "not_hyrdesk", "other"}
CAN_RETRY = {"locked", "read_only", "disk", "other"}

Ask = Callable[[DatabaseError, Paths], bool]


def open_services_or_recover(paths: Paths, ask: Ask):
    """The opened services, or None when the user chose to quit (``ask`` returned False)."""
    from hyrdesk.services.container import open_services

    while True:
        try:
            return open_services(paths)
        except DatabaseError as exc:
            log.warning("database cannot be opened (%s): %s", exc.kind, exc.message)
            if not ask(exc, paths):
                return None


def ask_with_dialog(shutdown: ShutdownRequest) -> Ask:
    """Ask through the ``RecoveryDialog``; once a signal asked hyrdesk to quit, quit rather than ask."""

    def ask(exc: DatabaseError, paths: Paths) -> bool:
        if shutdown.requested:
            return False
        return RecoveryDialog(exc, paths).exec() == QDialog.DialogCode.Accepted

    return ask


class RecoveryDialog(BackupDialog):
    """Accepted after a way out was taken (try again); rejected to quit."""

    def __init__(self, error: DatabaseError, paths: Paths, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.paths = paths
        self.done_text = ""
        kind = error.kind
        self.setWindowTitle(self.tr("hyrdesk – databasen kan inte öppnas"))
        self.setMinimumWidth(720)
        lay = QVBoxLayout(self)
        title = QLabel(self._title(kind))
        title.setProperty("role", "page-title")
        lay.addWidget(title)
        explain = QLabel(self._explanation(kind).format(paths.database))
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(explain)
        details = QLabel(self.tr("Det tekniska felet: {0}").format(getattr(error, "detail", error.message)))
        details.setWordWrap(True)
        details.setProperty("role", "muted")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(details)

        self.model = BackupModel(self)
        self.model.set_backups(backups.list_backups(paths.backups_dir))
        self.view = None
        self.restore_button = self.new_button = self.retry_button = None
        if kind in CAN_RESTORE:
            if self.model.rowCount():
                lay.addWidget(QLabel(self.tr("Välj en säkerhetskopia att återställa:")))
                self.view = backup_table(self.model, self.tr("Säkerhetskopior"), self.restore_selected, self)
                lay.addWidget(self.view, 1)
            else:
                none = QLabel(self.tr("Det finns inga säkerhetskopior att återställa i {0}.").format(paths.backups_dir))
                none.setProperty("role", "muted")
                none.setWordWrap(True)
                lay.addWidget(none)

        buttons = QHBoxLayout()
        if kind in CAN_RESTORE and self.view is not None:
            self.restore_button = QPushButton(self.tr("&Återställ vald kopia…"))
            self.restore_button.setProperty("role", "primary")
            self.restore_button.clicked.connect(self.restore_selected)
            buttons.addWidget(self.restore_button)
        if kind in CAN_START_NEW:
            self.new_button = QPushButton(self.tr("&Börja om med en ny databas…"))
            self.new_button.clicked.connect(self.start_new)
            buttons.addWidget(self.new_button)
        if kind in CAN_RETRY:
            self.retry_button = QPushButton(self.tr("&Försök igen"))
            self.retry_button.setProperty("role", "primary")
            self.retry_button.clicked.connect(self.accept)
            buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("A&vsluta"))
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.quit_button)
        lay.addLayout(buttons)

    def _title(self, kind: str) -> str:
        return {
            "damaged": self.tr("Databasen är skadad"),
            "empty": self.tr("Databasen är tom"),
            "not_hyrdesk": self.tr("Filen är ingen hyrdesk-databas"),
            "too_new": self.tr("Databasen är från en nyare version"),
            "locked": self.tr("Databasen används av ett annat program"),
            "read_only": self.tr("Databasen är skrivskyddad"),
            "disk": self.tr("Disken är full eller har fel"),
        }.get(kind, self.tr("Databasen kan inte öppnas"))

    def _explanation(self, kind: str) -> str:
        return {
            "damaged": self.tr(
                "hyrdesk hittade fel i databasfilen {0}, till exempel efter ett strömavbrott eller ett diskfel. Ingenting har ändrats i filen. Återställ den senaste säkerhetskopian, eller börja om med en ny databas; den skadade filen flyttas då undan och behålls."
            ),
            "empty": self.tr(
                "Databasfilen {0} är tom, fast det har funnits data i den (det finns säkerhetskopior). Den kan ha tömts av ett synkprogram eller en misslyckad kopiering. Återställ den senaste säkerhetskopian, eller börja om med en ny databas."
            ),
            "not_hyrdesk": self.tr(
                "Filen {0} är inte en hyrdesk-databas. Den har inte ändrats. Återställ en säkerhetskopia, eller börja om med en ny databas; filen flyttas då undan och behålls."
            ),
            "too_new": self.tr(
                "Databasen {0} har sparats av en nyare version av hyrdesk än den här. Installera den nya versionen för att öppna den. Du kan också återställa en äldre säkerhetskopia; den nuvarande filen sparas först som en egen kopia."
            ),
            "locked": self.tr(
                "Ett annat program håller databasen {0} låst, kanske ett annat hyrdesk eller ett säkerhetskopieringsprogram. Stäng det och försök igen."
            ),
            "read_only": self.tr(
                "hyrdesk får inte skriva i databasen {0} eller i mappen den ligger i. Be IT om skrivrätt, eller ändra filens egenskaper, och försök igen."
            ),
            "disk": self.tr(
                "Databasen {0} kunde inte läsas eller skrivas: disken är full eller har fel. Frigör utrymme och försök igen."
            ),
        }.get(
            kind,
            self.tr(
                "Databasen {0} kan inte öppnas. Försök igen, återställ en säkerhetskopia eller börja om med en ny databas."
            ),
        )

    def restore_selected(self) -> None:
        chosen = selected_backup(self.view, self.model)
        if chosen is None:
            return
        text = self.tr(
            "Återställa databasen från säkerhetskopian från {0} ({1})? Den nuvarande filen sparas först (som en kopia, eller flyttad åt sidan om den är skadad)."
        ).format(created_text(chosen), chosen.label)
        if not self.confirm(self.tr("Återställ säkerhetskopia"), text, self.tr("Återställ")):
            return
        try:
            result = backups.restore_backup(self.paths, chosen)
        except UserError as exc:
            self.inform(self.tr("Återställ säkerhetskopia"), exc.message, warning=True)
            return
        self.done_text = restore_summary(result)
        self.inform(self.tr("Återställ säkerhetskopia"), self.done_text)
        self.accept()

    def start_new(self) -> None:
        text = self.tr(
            "Börja om med en tom databas? Den nuvarande filen raderas inte: den flyttas undan till {0}.skadad-<tid> i samma mapp."
        ).format(self.paths.database)
        if not self.confirm(self.tr("Ny databas"), text, self.tr("Börja om")):
            return
        try:
            moved = backups.move_aside(self.paths.database)
        except UserError as exc:
            self.inform(self.tr("Ny databas"), exc.message, warning=True)
            return
        self.done_text = self.tr("Den gamla databasen finns kvar som {0}. hyrdesk startar med en tom databas.").format(
            moved
        )
        self.inform(self.tr("Ny databas"), self.done_text)
        self.accept()
