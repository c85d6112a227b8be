"""Arkiv → Säkerhetskopior…: list, create now, restore with a confirmation and a reloaded window."""

import pytest
from PySide6.QtCore import Qt

from hyrdesk.services.backups.service import BackupKind
from hyrdesk.ui.backups.dialog import BackupsDialog
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(app, qtbot, services):
    d = BackupsDialog(services, SyncTaskRunner())
    qtbot.addWidget(d)
    d.confirmations, d.messages = [], []
    d.confirm = lambda title, text, action: d.confirmations.append(text) or True
    d.inform = lambda title, text, warning=False: d.messages.append((text, warning))
    return d


def cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_lists_date_kind_and_size_and_creates_one_now(dialog, qtbot, services, unit):
    assert dialog.model.rowCount() == 0 and not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.empty_label.isHidden()
    date, kind, size, name = cells(dialog.model, 0)
    assert kind == "Skapad av dig" and name.startswith("manuell-")
    assert size.endswith("kB") and len(date) == len("2026-11-22 08:15")
    assert dialog.restore_button.isEnabled()


def test_keep_setting_from_the_dialog(dialog, services):
    from hyrdesk.services.settings import BACKUP_KEEP

    dialog.keep.setValue(4)
    assert services.settings.get(BACKUP_KEEP) == 4


def test_restore_replaces_data_and_the_window_reloads(app, qtbot, services, unit, monkeypatch):
    from hyrdesk.app import build_main_window

    window = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    services.backups.create()
    services.units.create("AVD7", "Avdelning 7", "sjukhusvård")
    window.reload_units()
    assert window.unit_combo.count() == 2
    window.undo_stack.push(__import__("PySide6.QtGui", fromlist=["QUndoCommand"]).QUndoCommand("x"))

    seen = {}

    def run_dialog(self):
        self.confirm = lambda title, text, action: True
        self.inform = lambda title, text, warning=False: seen.setdefault("text", text)
        self.view.selectRow(self.model.rowCount() - 1)  # the oldest: the manual copy
        self.restore_selected()
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", run_dialog)
    window.act_backups.trigger()
    assert window.unit_combo.count() == 1 and "MED4" in window.unit_combo.currentText()
    assert window.undo_stack.count() == 0
    assert "återställd från manuell-" in seen["text"] and "sparades som" in seen["text"]
    kinds = {b.kind for b in services.backups.list()}
    assert kinds == {BackupKind.MANUAL, BackupKind.BEFORE_RESTORE}
    services.units.create("AVD9", "Avdelning 9", "övrigt")  # the reconnected database takes writes


def test_cancelled_confirmation_changes_nothing(dialog, services, unit):
    services.backups.create()
    services.units.create("AVD7", "Avdelning 7", "sjukhusvård")
    dialog.reload()
    dialog.confirm = lambda title, text, action: False
    dialog.restore_selected()
    assert len(services.units.list()) == 2
    assert len(services.backups.list()) == 1


def test_a_damaged_copy_is_refused_with_a_message(dialog, services, unit):
    bad = services.paths.backups_dir / "daglig-20261101-080000.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    dialog.reload()
    dialog.restore_selected()
    assert dialog.messages and dialog.messages[-1][1] is True
    assert "skadad" in dialog.messages[-1][0]
    assert [u.code for u in services.units.list()] == ["MED4"]
