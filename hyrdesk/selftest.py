"""``hyrdesk --selftest``: check an installation without showing a window.

Opens (or creates) the database, checks that this PySide6 keeps the reference
counts of signal results, builds the main window offscreen, and checks that
icons and translations load. Prints one line per check; exit code 0 when
all pass, 1 otherwise. The packaged app runs this in its smoke test.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def run_selftest(data_dir: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hyrdesk import __version__
    from hyrdesk.logsetup import configure_logging
    from hyrdesk.paths import resolve_paths
    from hyrdesk.services.backups.opening import ensure_data_folder

    paths = resolve_paths(data_dir)
    ensure_data_folder(paths)
    configure_logging(paths.log_file)
    state: dict = {}
    checks: list[tuple[str, Callable[[], str]]] = [
        ("databas", lambda: _database(paths, state)),
        ("signaler", _signals),
        ("fönster", lambda: _window(state)),
        ("ikoner", _icons),
        ("översättningar", lambda: _translations(state)),
        ("bibliotek", _libraries),
    ]
    failed = 0
    print(f"hyrdesk {__version__} självtest ({paths.data_dir})")
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - report every failing check
            failed += 1
            print(f"  FEL  {name}: {type(exc).__name__}: {exc}")
        else:
            print(f"  ok   {name}: {detail}")
    if "services" in state:
        state["services"].close()
    print("Självtestet lyckades." if not failed else f"Självtestet misslyckades ({failed} fel).")
    return 1 if failed else 0


def _database(paths, state) -> str:
    from hyrdesk.services.container import open_services

    services = open_services(paths)
    state["services"] = services
    problems = services.db.quick_check()
    if problems:
        raise RuntimeError("; ".join(problems[:3]))
    return f"schema {services.db.user_version}, {len(services.units.list())} enheter"


def _window(state) -> str:
    from hyrdesk.app import build_main_window, create_application
    from hyrdesk.ui.runtime.tasks import SyncTaskRunner

    state["app"] = create_application()
    window = build_main_window(state["services"], SyncTaskRunner())
    window.show()
    state["app"].processEvents()
    # Visit every page: pages import their heavy parts when first shown, and an
    # error there reaches sys.excepthook rather than this function.
    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(exc)
    try:
        for page in window.pages:
            window.show_page(page.key)
            state["app"].processEvents()
    finally:
        sys.excepthook = previous
    pages = len(window.pages)
    window.close()
    if errors:
        raise RuntimeError("; ".join(f"{type(e).__name__}: {e}" for e in errors[:3]))
    return f"{pages} sidor"


# PySide6 6.12.0 returns the bool of SignalInstance.emit()/disconnect() without a
# reference of its own, so every call (ours and pyqtgraph's, ~40 per redraw of
# the cost plots) takes one from True; on Python 3.11 the process aborts with
# "Fatal Python error: bool_dealloc" when the count reaches zero. The lock pins
# a release without the bug; this check keeps an upgrade from bringing it back.
SIGNAL_CALLS = 3000
# True holds only ~800 references at this point, so a leaking build must be
# caught long before it runs out: count after every chunk, not once at the end.
SIGNAL_CHUNK = 50


def true_references() -> int:
    return sys.getrefcount(True)


def loses_true_references(
    call: Callable[[], object],
    count: Callable[[], int] | None = None,
    calls: int = SIGNAL_CALLS,
    chunk: int = SIGNAL_CHUNK,
) -> bool:
    """Whether calling ``call()`` and dropping its result takes references from True."""
    count = count or true_references
    for _ in range(calls // chunk):
        before = count()
        for _ in range(chunk):
            call()
        # Half the chunk, not all of it: another thread may touch True meanwhile.
        if before - count() >= chunk // 2:
            return True
    return False


def _signals() -> str:
    import PySide6
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    def nothing() -> None:
        pass

    probe = Probe()

    def connect_and_disconnect() -> object:
        probe.fired.connect(nothing)
        return probe.fired.disconnect(nothing)

    probes = {"emit()": probe.fired.emit, "disconnect()": connect_and_disconnect}
    leaking = [name for name, call in probes.items() if loses_true_references(call)]
    if leaking:
        raise RuntimeError(
            f"PySide6 {PySide6.__version__} tappar en referens till True vid varje signal "
            f"({' och '.join(leaking)}) och kraschar efter en stund; "
            "installera en PySide6-version utan felet (till exempel 6.11.3)"
        )
    return f"PySide6 {PySide6.__version__}, {SIGNAL_CALLS} anrop av emit() och disconnect()"


# Imported only where they are used (not at start-up), so nothing above would
# notice one missing or broken in a packaged build.
LAZY_LIBRARIES = ("numpy", "pyqtgraph", "openpyxl", "python_calamine", "defusedxml")


def _libraries() -> str:
    import importlib

    for name in LAZY_LIBRARIES:
        importlib.import_module(name)
    return ", ".join(LAZY_LIBRARIES)


def _icons() -> str:
    from PySide6.QtGui import QIcon

    from hyrdesk.resources import resource_path

    names = ["hyrdesk", "overview", "gaps", "costs", "review", "export"]
    for name in names:
        if QIcon(str(resource_path("icons", f"{name}.svg"))).pixmap(32, 32).isNull():
            raise RuntimeError(f"ikonen {name}.svg gick inte att läsa")
    return f"{len(names)} ikoner"


def _translations(state) -> str:
    from PySide6.QtCore import QCoreApplication

    from hyrdesk.ui.shell.i18n import Translators

    app = state.get("app") or QCoreApplication.instance()
    assert app is not None  # the checks before this one made the application
    translators = Translators(app)
    loaded = translators.install("en")
    english = QCoreApplication.translate("pages", "Följ hyrkostnaderna")
    loaded += translators.install("sv")
    if english == "Följ hyrkostnaderna":
        raise RuntimeError("den engelska översättningen saknas")
    if "qtbase_sv" not in loaded:
        raise RuntimeError("Qt:s svenska översättning saknas")
    return ", ".join(loaded)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_selftest(None))
