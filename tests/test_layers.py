"""What the layer contracts cannot see: what is loaded at run time.

The import rules themselves (layers, no Qt below the UI, no storage in the UI)
are import-linter contracts in pyproject.toml, checked by ``make check``. These
tests run the program and look at ``sys.modules``: the CLI starts without Qt,
the GUI starts without pandas or openpyxl.
"""

import subprocess
import sys


def test_core_and_cli_run_without_loading_qt(tmp_path):
    code = (
        "import sys, runpy;"
        "from hyrdesk.__main__ import main;"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'units', 'list']);"
        "import hyrdesk.services.demo.builder, hyrdesk.services.container;"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph'));"
        "print(loaded); sys.exit(rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("[]")


def test_startup_does_not_import_pandas_or_openpyxl(tmp_path):
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from hyrdesk.app import build_main_window, create_application;"
        "from hyrdesk.paths import Paths;"
        "from hyrdesk.services.demo.builder import create_demo;"
        "from hyrdesk.ui.runtime.tasks import SyncTaskRunner;"
        f"s = create_demo(Paths(__import__('pathlib').Path({str(tmp_path)!r})));"
        "app = create_application(); w = build_main_window(s, SyncTaskRunner(), demo=True); w.show();"
        "app.processEvents();"
        "[w.show_page(p.key) or app.processEvents() for p in w.pages[:1]];"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'openpyxl', 'python_calamine'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
