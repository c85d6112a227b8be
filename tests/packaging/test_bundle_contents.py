"""The bundle takes what the wheel takes, and the smoke test reads the source tree correctly."""

import re
import tomllib

import buildinfo
import smoke

from hyrdesk.cli import COMMAND_MODULES
from hyrdesk.storage.migrations import latest_version


def _glob(pattern: str) -> re.Pattern:
    """setuptools' package-data globs: ``*`` stays within a folder, ``**/`` spans folders."""
    out = ""
    for part in re.split(r"(\*\*/|\*|\?)", pattern):
        out += {"**/": "(?:.*/)?", "*": "[^/]*", "?": "[^/]"}.get(part, re.escape(part))
    return re.compile(out + r"\Z")


def test_package_data_in_pyproject_covers_every_resource_file():
    # The spec bundles every non-Python file under hyrdesk/; the wheel only what
    # pyproject lists. A file matched by neither pattern would work frozen and
    # from a checkout, and be missing from an installed wheel.
    config = tomllib.loads((buildinfo.ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = [
        _glob(f"{package.replace('.', '/')}/{pattern}")
        for package, globs in config["tool"]["setuptools"]["package-data"].items()
        for pattern in globs
    ]
    uncovered = [r for r in sorted(smoke.source_resources()) if not any(p.match(r) for p in patterns)]
    assert uncovered == []


def test_package_data_globs_stay_within_a_folder():
    assert _glob("hyrdesk/resources/templates/*").match("hyrdesk/resources/templates/a.json")
    assert not _glob("hyrdesk/resources/templates/*").match("hyrdesk/resources/templates/sub/a.json")
    assert _glob("hyrdesk/resources/**/*.json").match("hyrdesk/resources/templates/sub/a.json")


def test_smoke_test_sees_every_command_and_migration():
    assert smoke.command_nouns() == list(COMMAND_MODULES)
    assert smoke.migration_count() == latest_version()


def test_smoke_test_lists_modules_by_their_import_names():
    modules = smoke.source_modules()
    assert {"hyrdesk", "hyrdesk.__main__", "hyrdesk.cli", "hyrdesk.storage.migrations.m001_initial"} <= modules
    assert not any(m.endswith("__init__") for m in modules)
    assert "hyrdesk/resources/icons/hyrdesk.svg" in smoke.source_resources()
