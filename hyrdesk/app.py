"""Composition root of the GUI: paths, logging, database, services, window."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from typing import TYPE_CHECKING

from hyrdesk import __version__
from hyrdesk.errors import UserError
from hyrdesk.logsetup import configure_logging
from hyrdesk.paths import Paths, resolve_paths

if TYPE_CHECKING:
    from hyrdesk.services.container import Services

log = logging.getLogger(__name__)

BUILD_PAGES_AFTER_MS = 100  # time for the first paint


def create_application(argv: list[str] | None = None):
    """The QApplication with our name, icon and style (one per process)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from hyrdesk.resources import resource_path
    from hyrdesk.ui.shell.style import apply_style, style_applied

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)  # instance() is typed as the core application
    if style_applied(app):
        # Re-applying the style sheet re-polishes every widget alive: do it once.
        return app
    app.setApplicationName("hyrdesk")
    app.setApplicationDisplayName("hyrdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("hyrdesk")
    app.setDesktopFileName("se.hyrdesk.Hyrdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "hyrdesk.svg"))))
    apply_style(app)
    return app


def build_main_window(services: Services, runner=None, *, demo: bool = False):
    from hyrdesk.ui.runtime.tasks import ThreadTaskRunner
    from hyrdesk.ui.shell.main_window import MainWindow

    return MainWindow(services, runner or ThreadTaskRunner(), demo=demo)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from hyrdesk.services.backups.opening import ensure_data_folder
    from hyrdesk.services.demo.builder import create_demo, demo_paths
    from hyrdesk.services.settings import LANGUAGE
    from hyrdesk.ui.backups.recovery import ask_with_dialog, open_services_or_recover
    from hyrdesk.ui.runtime import heap
    from hyrdesk.ui.runtime.interpreter import tune_for_gui
    from hyrdesk.ui.shell import single_instance
    from hyrdesk.ui.shell.crash import install_excepthook
    from hyrdesk.ui.shell.i18n import Translators
    from hyrdesk.ui.shell.shutdown import ShutdownRequest

    tune_for_gui()
    paths: Paths = demo_paths() if args.demo else resolve_paths(getattr(args, "data_dir", None))
    configure_logging(paths.log_file)  # never raises: an unwritable log goes to stderr
    log.info("hyrdesk %s starting (data folder %s)", __version__, paths.data_dir)
    app = create_application()
    install_excepthook(paths.log_file)
    # The objects the start-up hands around (nothing is stored on the QApplication).
    shutdown = ShutdownRequest()
    shutdown.listen(app)  # SIGTERM at logout closes like the window does (and removes the demo folder)
    translators = Translators(app)
    try:
        ensure_data_folder(paths)
    except UserError as exc:  # a data folder that cannot be made: say so, in Swedish, and stop
        translators.install(args.lang or "sv")
        QMessageBox.critical(None, "hyrdesk", exc.message)
        return 2

    lock = single_instance.acquire(paths.lock_file)
    if lock is None:
        translators.install(args.lang or "sv")
        QMessageBox.information(
            None,
            "hyrdesk",
            app.translate("app", "hyrdesk är redan igång. Byt till det fönster som redan är öppet."),
        )
        return 1
    translators.install(args.lang or "sv")  # for a message before the saved language is known
    try:
        services = create_demo(paths) if args.demo else open_services_or_recover(paths, ask_with_dialog(shutdown))
    except UserError as exc:
        QMessageBox.critical(None, "hyrdesk", exc.message)
        services = None
    if services is None:  # the user (or a signal) chose to quit rather than take a way out
        lock.unlock()
        return 0 if shutdown.requested else 1
    code = 0
    if not shutdown.requested:  # a signal while the recovery dialog was open: no window
        translators.install(args.lang or services.settings.get(LANGUAGE))
        window = build_main_window(services, demo=args.demo)
        window.show()
        # Once the window is drawn, the other pages are built; then the start-up objects are put
        # beyond the garbage collector's reach: a collection walking them would stall the window
        # (ui/runtime/heap.py).
        window.ready.connect(heap.settle)
        QTimer.singleShot(BUILD_PAGES_AFTER_MS, window.build_pending)
        code = app.exec()
    services.close()
    lock.unlock()
    if args.demo:  # the demo's throwaway database goes with it
        shutil.rmtree(paths.data_dir, ignore_errors=True)
    return code
