import pytest

from hyrdesk.app import build_main_window
from hyrdesk.services.container import BACKUP_FAILED, READ_ONLY, Notice
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui


def test_start_up_notices_are_banners_in_the_window(app, qtbot, services, unit):
    services.notices[:] = [Notice(READ_ONLY, "/x/hyrdesk.sqlite3"), Notice(BACKUP_FAILED, "Disken är full.")]
    w = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    w.reload_units()
    from PySide6.QtWidgets import QLabel

    read_only = w.findChild(QLabel, "notice-read_only")
    backup = w.findChild(QLabel, "notice-backup_failed")
    assert read_only.isVisible() and "skrivskyddad" in read_only.text() and "/x/hyrdesk.sqlite3" in read_only.text()
    assert backup.isVisible() and "säkerhetskopia" in backup.text() and "Disken är full." in backup.text()
