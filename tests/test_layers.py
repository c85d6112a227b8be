"""The core (domain, storage, services) never imports Qt; start-up never imports pandas or openpyxl."""

import ast
import subprocess
import sys
from pathlib import Path

import hyrdesk

PACKAGE = Path(hyrdesk.__file__).parent
CORE = ("domain", "storage", "services")
GUI_ONLY = ("PySide6", "pyqtgraph", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_never_import_qt():
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = _imports(path) & set(GUI_ONLY)
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


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
