import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from hyrdesk.app import build_main_window, create_application
from hyrdesk.ui.runtime.tasks import SyncTaskRunner
from hyrdesk.ui.shell.i18n import Translators

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp):
    return create_application()


@pytest.fixture(scope="session")
def translators(qapp):
    """One owner of the installed catalogues for the whole run, as ``run_gui`` has one."""
    return Translators(create_application())


def delete_widgets(*widgets) -> None:
    """Close and really delete widgets now, so none outlives its test (or its database)."""
    for w in widgets:
        w.close()
        w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item):
    """Delete every top-level widget before any fixture is finalised.

    Widgets left behind pile up (each later style change re-polishes them all)
    and keep reacting to signals after their database is closed. Running this
    before the fixtures' own teardown means a window is gone before the
    services fixture closes the database it reads from.
    """
    if QApplication.instance() is not None:
        delete_widgets(*QApplication.topLevelWidgets())


@pytest.fixture
def window(app, qtbot, services):
    w = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    return w
