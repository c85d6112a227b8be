"""``hyrdesk --demo`` in a real process: SIGTERM (logout, ``kill``) and SIGINT close it cleanly.

The demo keeps its database in a throwaway folder in the temp directory; a
process that is ended by a signal must still remove it, as a normal close does.
"""

import os
import signal
import sqlite3
import sys

import pytest

from tests.helpers.signalled import run_until_signalled

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")]


def demo_ready(tmp) -> bool:
    """The demo folder exists and its unit is chosen: ``create_demo`` has finished."""
    for folder in tmp.glob("hyrdesk-demo-*"):
        try:
            with sqlite3.connect(f"file:{folder / 'hyrdesk.sqlite3'}?mode=ro", uri=True, timeout=1) as db:
                if db.execute("SELECT COUNT(*) FROM settings WHERE key = 'current_unit_id'").fetchone()[0]:
                    return True
        except sqlite3.Error:
            pass
    return False


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_demo_closes_cleanly_on_a_signal_and_removes_its_folder(tmp_path, signum):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("HYRDESK_DATA_DIR", None)

    def ready() -> bool:
        if not demo_ready(tmp):
            return False
        assert len(list(tmp.glob("hyrdesk-demo-*"))) == 1
        return True

    code, err = run_until_signalled(["--demo"], env, ready, signum, "the demo")
    assert code == 0, err
    assert "Traceback" not in err
    assert list(tmp.glob("hyrdesk-demo-*")) == []  # the throwaway database went with the window
    assert not (home / "data" / "hyrdesk").exists()  # and the user's own data folder was never touched


def test_a_signal_rejects_nested_dialogs_too(app):
    """A confirmation inside the recovery dialog: closing only the top one left the other open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from hyrdesk.ui.shell.shutdown import _close_dialogs

    outer, inner = QDialog(), QDialog()
    results = []

    def open_inner():
        QTimer.singleShot(0, _close_dialogs)  # what the signal handler queues
        results.append(("inner", inner.exec()))

    QTimer.singleShot(0, open_inner)
    results.append(("outer", outer.exec()))
    assert results == [("inner", 0), ("outer", 0)]
