"""Logging cannot stop the program; a data folder that cannot be written is a message, and reading still works."""

import io
import logging
import os
import shutil
import signal
import sys

import pytest

from hyrdesk.logsetup import OUR_HANDLERS, configure_logging
from hyrdesk.paths import Paths
from hyrdesk.services.container import BACKUP_FAILED, READ_ONLY, open_services
from tests.helpers.damage import make_read_only, run_hyrdesk, undo_read_only, unprivileged_prefix, with_unit
from tests.helpers.signalled import run_until_signalled


@pytest.fixture(autouse=True)
def _restore_logging():
    yield
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, OUR_HANDLERS):
            root.removeHandler(h)
            h.close()


def test_a_file_where_the_logs_folder_should_be_sends_the_log_to_stderr_once(tmp_path):
    (tmp_path / "logs").write_text("not a folder")
    err = io.StringIO()
    assert configure_logging(tmp_path / "logs" / "hyrdesk.log", stderr=err) is None
    logging.getLogger("x").info("quiet")
    logging.getLogger("x").warning("heard")
    lines = err.getvalue().splitlines()
    assert "loggfilen" in lines[0] and str(tmp_path / "logs" / "hyrdesk.log") in lines[0]
    assert sum("loggfilen" in line for line in lines) == 1
    assert any("heard" in line for line in lines) and not any("quiet" in line for line in lines)


def test_cli_works_when_the_log_cannot_be_written(tmp_path):
    data = tmp_path / "data"
    paths = Paths(data).ensure()
    with_unit(paths)
    shutil.rmtree(paths.log_file.parent)
    paths.log_file.parent.write_text("a file, not a folder")
    out = run_hyrdesk(["--data-dir", str(data), "units", "list"])
    assert out.returncode == 0, out.stderr
    assert "MED4" in out.stdout
    assert "Traceback" not in out.stderr
    assert out.stderr.count("loggfilen") == 1


def test_a_data_folder_that_is_a_file_is_a_swedish_message(tmp_path):
    (tmp_path / "data").write_text("a file")
    out = run_hyrdesk(["--data-dir", str(tmp_path / "data"), "units", "list"])
    assert out.returncode == 2
    assert "Datamappen" in out.stderr and "--data-dir" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.gui
@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")
def test_the_window_opens_when_the_log_cannot_be_written(tmp_path):
    data = tmp_path / "data"
    paths = Paths(data).ensure()
    with_unit(paths)
    shutil.rmtree(paths.log_file.parent)
    paths.log_file.parent.write_text("a file")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HYRDESK_DATA_DIR": str(data)}

    def ready() -> bool:  # the lock is taken and the database opened: the window is being built
        return paths.lock_file.exists()

    code, err = run_until_signalled([], env, ready, signal.SIGTERM, "the window", settle=2.0)
    assert code == 0, err
    assert "Traceback" not in err and err.count("loggfilen") == 1


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_can_still_be_read(paths, what):
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("running as root without user namespaces: file permissions cannot be tested")
    with_unit(paths)
    make_read_only(paths, what)
    try:
        listed = run_hyrdesk(["--data-dir", str(paths.data_dir), "units", "list"], prefix=prefix)
        added = run_hyrdesk(
            ["--data-dir", str(paths.data_dir), "units", "add", "--code", "X", "--name", "X", "--area", "övrigt"],
            prefix=prefix,
        )
    finally:
        undo_read_only(paths)
    assert listed.returncode == 0 and "MED4" in listed.stdout, listed.stderr
    assert added.returncode == 2 and "skrivrätt" in added.stderr and "Traceback" not in added.stderr


def test_read_only_services_carry_a_notice_and_skip_the_daily_backup(paths, monkeypatch):
    with_unit(paths)
    import hyrdesk.services.backups.opening as opening

    monkeypatch.setattr(opening.os, "access", lambda p, mode: False)
    s = open_services(paths)
    try:
        assert s.db.read_only
        assert [n.kind for n in s.notices] == [READ_ONLY]
        assert [u.code for u in s.units.list()] == ["MED4"]
        from hyrdesk.errors import UserError

        with pytest.raises(UserError, match="skrivrätt"):
            s.units.create("X", "X", "övrigt")
    finally:
        s.close()


def test_a_failed_daily_backup_is_a_notice_and_a_log_line(paths, monkeypatch, caplog):
    with_unit(paths)
    for b in paths.backups_dir.iterdir():
        b.unlink()
    import hyrdesk.storage.db as db_module

    def full(self, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(db_module.Database, "backup_to", full)
    with caplog.at_level(logging.ERROR):
        s = open_services(paths)
    try:
        assert [n.kind for n in s.notices] == [BACKUP_FAILED]
        assert "daily backup failed" in caplog.text
    finally:
        s.close()
