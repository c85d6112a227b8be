"""Unhandled exceptions: logged with their traceback and shown in a dialog.

Without this hook PySide6 prints the traceback to a console the user never
sees and carries on in an unknown state.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from hyrdesk.errors import UserError

log = logging.getLogger(__name__)


def install_excepthook(log_file: Path) -> None:
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):
            # A user-facing error that escaped a handler is still a message, not a crash.
            QMessageBox.warning(QApplication.activeWindow(), "hyrdesk", exc.message)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QApplication.translate("crash", "Ett oväntat fel"))
            box.setText(
                QApplication.translate(
                    "crash",
                    "Något gick fel i hyrdesk. Det du redan har sparat finns kvar.\n\nFelet har skrivits till loggfilen:\n{0}",
                ).format(log_file)
            )
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
