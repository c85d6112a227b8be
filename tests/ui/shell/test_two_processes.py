"""The GUI and the CLI writing the same database at the same time lose nothing.

A real GUI process (main window offscreen, Qt event loop running) creates
units through the unit form as a user would, one per timer tick, while
several ``hyrdesk units add`` processes write to the same data folder. Every
unit either side reported as created must be in the database afterwards.
"""

import os
import subprocess
import sys
import textwrap

import pytest

from hyrdesk.services.container import open_services
from tests.helpers.damage import run_hyrdesk

pytestmark = [pytest.mark.gui, pytest.mark.slow]

GUI_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from hyrdesk.app import build_main_window, create_application
    from hyrdesk.paths import Paths
    from hyrdesk.services.container import open_services
    from hyrdesk.ui.settings.unit_dialog import UnitForm
    from hyrdesk.ui.runtime.tasks import SyncTaskRunner

    services = open_services(Paths(Path(sys.argv[1])))
    app = create_application()
    window = build_main_window(services, SyncTaskRunner())
    window.show()
    form = UnitForm()
    stop, made = Path(sys.argv[2]), [0]

    def tick():
        if stop.exists():  # the test says the CLI side is done
            window.reload_units()
            app.quit()
            return
        form.code.setText(f"G{made[0]:03d}")
        form.name.setText(f"GUI-enhet {made[0]}")
        unit = form.save(services.units, None)
        if unit is None:
            print("FAILED", made[0], flush=True)
            app.exit(1)
            return
        print(unit.code, flush=True)
        made[0] += 1
        if made[0] == 3:
            print("ready", flush=True)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(2)
    code = app.exec()
    services.close()
    sys.exit(code)
    """
)


def test_gui_and_cli_writing_at_once_lose_nothing(paths):
    open_services(paths).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    stop = paths.data_dir / "stop"
    gui = subprocess.Popen(
        [sys.executable, "-c", GUI_WRITER, str(paths.data_dir), str(stop)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    gui_codes = []
    for line in gui.stdout:  # wait until the GUI is writing
        gui_codes.append(line.strip())
        if line.strip() == "ready":
            break
    cli = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hyrdesk",
                "--data-dir",
                str(paths.data_dir),
                "units",
                "add",
                "--code",
                f"C{i}",
                "--name",
                f"CLI-enhet {i}",
                "--area",
                "övrigt",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        for i in range(4)
    ]
    for p in cli:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "är skapad" in out
    stop.touch()
    rest, err = gui.communicate(timeout=120)
    assert gui.returncode == 0, err
    gui_codes += rest.split()
    assert "FAILED" not in gui_codes
    gui_codes = [c for c in gui_codes if c.startswith("G")]
    assert len(gui_codes) > 3  # the GUI kept writing while the CLI did
    codes = set(run_hyrdesk(["--data-dir", str(paths.data_dir), "units", "list"]).stdout.split())
    assert set(gui_codes) <= codes
    assert {f"C{i}" for i in range(4)} <= codes
