"""Start-up with a database that cannot be used, in the GUI: the recovery dialog and run_gui."""

import os
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtWidgets import QDialog

from hyrdesk.errors import DatabaseError
from hyrdesk.services.backups import service as backups
from hyrdesk.services.container import open_services
from hyrdesk.ui.backups.recovery import RecoveryDialog, ask_with_dialog, open_services_or_recover
from hyrdesk.ui.shell.shutdown import ShutdownRequest
from tests.helpers.damage import (
    corrupt,
    empty,
    exclusively_locked,
    foreign_sqlite,
    not_a_database,
    too_new,
    with_unit,
)
from tests.helpers.signalled import run_until_signalled

pytestmark = pytest.mark.gui


def error_for(paths):
    with pytest.raises(DatabaseError) as info:
        open_services(paths)
    return info.value


def quiet(dialog):
    dialog.messages = []
    dialog.confirm = lambda title, text, action: True
    dialog.inform = lambda title, text, warning=False: dialog.messages.append(text)
    return dialog


@pytest.mark.parametrize(
    "spoil, restore, new, retry",
    [
        (corrupt, True, True, False),
        (not_a_database, True, True, False),
        (empty, True, True, False),
        (foreign_sqlite, True, True, False),
        (too_new, True, False, False),
    ],
)
def test_each_problem_offers_its_ways_out(app, qtbot, paths, spoil, restore, new, retry):
    with_unit(paths)
    s = open_services(paths)
    s.backups.create()
    s.close()
    spoil(paths.database)
    dialog = RecoveryDialog(error_for(paths), paths)
    qtbot.addWidget(dialog)
    assert (dialog.restore_button is not None) == restore
    assert (dialog.new_button is not None) == new
    assert (dialog.retry_button is not None) == retry
    assert dialog.quit_button.isEnabled()
    assert dialog.model.rowCount() >= 1


def test_without_backups_there_is_nothing_to_pick(app, qtbot, paths):
    with_unit(paths)
    corrupt(paths.database)
    dialog = RecoveryDialog(error_for(paths), paths)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None and dialog.new_button is not None


def test_restore_from_the_dialog_then_the_program_opens(app, qtbot, paths):
    with_unit(paths)
    s = open_services(paths)
    s.backups.create()
    s.close()
    corrupt(paths.database)
    damaged = paths.database.read_bytes()
    asked = []

    def ask(exc, p):
        dialog = quiet(RecoveryDialog(exc, p))
        qtbot.addWidget(dialog)
        asked.append(exc.kind)
        dialog.restore_selected()
        return dialog.result() == QDialog.DialogCode.Accepted

    services = open_services_or_recover(paths, ask)
    try:
        assert asked == ["damaged"]
        assert [u.code for u in services.units.list()] == ["MED4"]
    finally:
        services.close()
    assert [p.read_bytes() for p in paths.data_dir.glob("hyrdesk.sqlite3.skadad-*")] == [damaged]


def test_start_new_keeps_the_damaged_file(app, qtbot, paths):
    with_unit(paths)
    not_a_database(paths.database)
    damaged = paths.database.read_bytes()

    def ask(exc, p):
        dialog = quiet(RecoveryDialog(exc, p))
        qtbot.addWidget(dialog)
        dialog.start_new()
        assert ".skadad-" in dialog.messages[-1]  # (in whichever language a previous test left installed)
        return dialog.result() == QDialog.DialogCode.Accepted

    services = open_services_or_recover(paths, ask)
    assert services.units.list() == []
    services.close()
    assert [p.read_bytes() for p in paths.data_dir.glob("hyrdesk.sqlite3.skadad-*")] == [damaged]


def test_quit_leaves_everything_as_it_was(app, paths):
    with_unit(paths)
    corrupt(paths.database)
    before = paths.database.read_bytes()
    assert open_services_or_recover(paths, lambda exc, p: False) is None
    assert paths.database.read_bytes() == before
    assert not list(paths.data_dir.glob("*.skadad-*"))


def test_once_a_signal_asked_to_quit_the_dialog_is_not_shown(app, paths, monkeypatch):
    shown = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    with_unit(paths)
    corrupt(paths.database)
    shutdown = ShutdownRequest()
    assert open_services_or_recover(paths, ask_with_dialog(shutdown)) is None
    assert len(shown) == 1  # asked (and the user quit)
    shutdown.requested = True  # what the signal handler sets
    assert open_services_or_recover(paths, ask_with_dialog(shutdown)) is None
    assert len(shown) == 1  # not asked again


def test_locked_then_try_again(app, qtbot, paths, monkeypatch):
    import hyrdesk.storage.db as db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    with_unit(paths)
    kinds = []
    with exclusively_locked(paths.database) as locker:

        def ask(exc, p):
            dialog = RecoveryDialog(exc, p)
            qtbot.addWidget(dialog)
            kinds.append(exc.kind)
            assert dialog.retry_button is not None and dialog.new_button is None
            locker.stdin.close()  # the other program lets go; the user presses Försök igen
            locker.wait(timeout=30)
            dialog.retry_button.click()
            return dialog.result() == QDialog.DialogCode.Accepted

        services = open_services_or_recover(paths, ask)
    assert kinds == ["locked"]
    assert [u.code for u in services.units.list()] == ["MED4"]
    services.close()


# --- through the real start-up path (run_gui) in a separate process -----------------------------
RUN_GUI = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
    from hyrdesk.ui.backups.recovery import RecoveryDialog

    choice = sys.argv[2]

    def fake_exec(self):
        self.confirm = lambda *a: True
        self.inform = lambda title, text, warning=False: print("INFO:", text, flush=True)
        print("DIALOG:", self.error.kind, flush=True)
        if choice == "new":
            self.start_new()
            return self.result()
        return QDialog.DialogCode.Rejected

    RecoveryDialog.exec = fake_exec
    QMessageBox.information = staticmethod(lambda parent, title, text, *a: print("MESSAGE:", text, flush=True))
    QApplication.exec = lambda self: print("WINDOW SHOWN", flush=True) or 0
    from hyrdesk.__main__ import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def run_gui_process(data_dir, choice):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", RUN_GUI, str(data_dir), choice],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_run_gui_with_a_damaged_database_quit(paths):
    with_unit(paths)
    corrupt(paths.database)
    before = paths.database.read_bytes()
    out = run_gui_process(paths.data_dir, "quit")
    assert out.returncode == 1, out.stderr
    assert "DIALOG: damaged" in out.stdout and "WINDOW SHOWN" not in out.stdout
    assert "Traceback" not in out.stderr
    assert paths.database.read_bytes() == before


@pytest.mark.slow
def test_run_gui_with_a_damaged_database_start_new(paths):
    with_unit(paths)
    not_a_database(paths.database)
    out = run_gui_process(paths.data_dir, "new")
    assert out.returncode == 0, out.stderr
    assert "DIALOG: damaged" in out.stdout and "WINDOW SHOWN" in out.stdout
    assert "Traceback" not in out.stderr
    assert len(list(paths.data_dir.glob("hyrdesk.sqlite3.skadad-*"))) == 1


@pytest.mark.slow
def test_single_instance_guard_through_run_gui(paths):
    """A real first window holds the lock; a second start says so and exits 1; after a crash, starts work."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "hyrdesk", "--data-dir", str(paths.data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (paths.lock_file.exists() and backups.gui_running(paths)):
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline, "the first window never took the lock"
            time.sleep(0.05)
        second = run_gui_process(paths.data_dir, "quit")
        assert second.returncode == 1, second.stderr
        assert "MESSAGE: hyrdesk är redan igång" in second.stdout
        assert "WINDOW SHOWN" not in second.stdout and "Traceback" not in second.stderr
    finally:
        first.kill()  # SIGKILL: the lock file stays behind, stale
        first.wait(timeout=30)
        first.stderr.close()
    assert paths.lock_file.exists()
    third = run_gui_process(paths.data_dir, "quit")
    assert third.returncode == 0 and "WINDOW SHOWN" in third.stdout, third.stderr


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_sigterm_while_the_recovery_dialog_is_open_quits(paths):
    """The dialog has its own event loop, where app.quit() does nothing: the signal closes it."""
    import signal

    with_unit(paths)
    corrupt(paths.database)
    before = paths.database.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def dialog_up() -> bool:
        return paths.log_file.exists() and "database cannot be opened" in paths.log_file.read_text()

    code, err = run_until_signalled(
        ["--data-dir", str(paths.data_dir)],
        env,
        dialog_up,
        signal.SIGTERM,
        "the recovery dialog",
        timeout=60,
        settle=0.5,
    )  # the dialog's loop runs
    assert code == 0, err
    assert "Traceback" not in err
    assert not backups.gui_running(paths)  # the lock went with it
    assert paths.database.read_bytes() == before
