"""The English catalogue is complete and up to date with the code."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "hyrdesk_en.ts"


def test_every_string_has_an_english_translation():
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if m.find("translation").get("type") in ("unfinished",)
    ]
    assert unfinished == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None and not (ROOT / ".venv/bin/pyside6-lupdate").exists(),
    reason="pyside6-lupdate not installed",
)
def test_catalogue_covers_every_string_in_the_code(tmp_path):
    tool = shutil.which("pyside6-lupdate") or str(ROOT / ".venv/bin/pyside6-lupdate")
    copy = tmp_path / "en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "hyrdesk").rglob("*.py"))
    out = subprocess.run([tool, *sources, "-ts", str(copy)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    new = [
        m.findtext("source")
        for m in ET.parse(copy).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert new == [], "run `make translations` and translate these"


def test_no_two_translating_classes_share_a_name():
    """``self.tr`` uses the class name as the context: two classes of one name share (and fight over) English."""
    import ast
    from collections import defaultdict

    where = defaultdict(list)
    for path in sorted((ROOT / "hyrdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(n, ast.Attribute)
                and n.attr == "tr"
                and isinstance(n.value, ast.Name)
                and n.value.id == "self"
                for n in ast.walk(node)
            ):
                where[node.name].append(str(path.relative_to(ROOT)))
    assert {name: files for name, files in where.items() if len(files) > 1} == {}
