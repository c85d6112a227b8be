import pytest

from hyrdesk.app import build_main_window, create_application
from hyrdesk.ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp):
    return create_application()


@pytest.fixture
def window(app, qtbot, services):
    w = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    return w
