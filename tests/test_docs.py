"""The docs name only paths that exist, and the README stays short.

Modules move; a doc that names a file which is gone sends a newcomer looking for
nothing. Every path in backticks that starts at a top-level folder of the
repository, and every relative link, must exist.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
TOP_LEVEL = ("hyrdesk/", "tests/", "bench/", "packaging/", "docs/", "resources/", ".ci/", ".github/")
PLACEHOLDER = re.compile(r"[<>*…]|NNN")
CODE = re.compile(r"`([^`\s]+)`")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _named_paths(text: str) -> set[str]:
    names = {m.group(1) for m in CODE.finditer(text) if m.group(1).startswith(TOP_LEVEL)}
    return {n for n in names if not PLACEHOLDER.search(n)}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_a_doc_names_exists(doc):
    text = doc.read_text(encoding="utf-8")
    missing = sorted(p for p in _named_paths(text) if not (ROOT / p.split(":")[0]).exists())
    links = {m.group(1) for m in LINK.finditer(text) if "://" not in m.group(1)}
    missing += sorted(f"link {link}" for link in links if not (doc.parent / link).exists())
    assert missing == [], f"{doc.relative_to(ROOT)} names what does not exist: {missing}"


def test_the_readme_stays_short():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines <= 150, f"README.md has {lines} lines; developer docs go in docs/"


def test_every_doc_is_in_the_index():
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    unlisted = [
        p.name for p in DOCS if p.parent.name == "docs" and p.name != "README.md" and f"]({p.name})" not in index
    ]
    assert unlisted == [], f"add these to the table in docs/README.md: {unlisted}"
