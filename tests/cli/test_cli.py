"""The command line, run as a user runs it (in-process through ``run_cli``), with a real data folder."""

import os
import subprocess
import sys

import pytest

from hyrdesk import __version__
from tests.helpers.cli import run_cli


def test_version():
    out = run_cli("--version")
    assert out.code == 0
    assert out.out.strip() == f"hyrdesk {__version__}"


@pytest.mark.slow
def test_selftest_in_an_empty_folder(tmp_path):
    # A fresh interpreter is the point: the self-test builds every page and imports the lazily
    # loaded libraries, as in a new installation.
    out = subprocess.run(
        [sys.executable, "-m", "hyrdesk", "--data-dir", str(tmp_path / "empty"), "--selftest"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Självtestet lyckades" in out.stdout
    assert (tmp_path / "empty" / "hyrdesk.sqlite3").exists()


def test_units_add_and_list(tmp_path):
    assert (
        run_cli(
            "units", "add", "--code", "HC1", "--name", "Hälsocentral Ett", "--area", "primärvård", data_dir=tmp_path
        ).code
        == 0
    )
    out = run_cli("units", "list", data_dir=tmp_path)
    assert "HC1" in out.out and "Hälsocentral Ett" in out.out and "Primärvård" in out.out


def test_data_dir_from_environment_and_after_the_noun(tmp_path):
    env = {"HYRDESK_DATA_DIR": str(tmp_path / "env")}
    assert run_cli("units", "add", "--code", "A", "--name", "A", "--area", "övrigt", env=env).code == 0
    assert (tmp_path / "env" / "hyrdesk.sqlite3").exists()
    out = run_cli("units", "list", "--data-dir", str(tmp_path / "env"))
    assert out.out.startswith("A ")
    assert (tmp_path / "env" / "logs" / "hyrdesk.log").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["units", "add", "--code", "A B", "--name", "X", "--area", "övrigt"], "Koden får bara"),
        (["units", "add", "--code", "A", "--name", "X", "--area", "tandvård"], "Okänt verksamhetsområde"),
        (["units", "rename", "--code", "NOPE", "--name", "X"], "ingen enhet med koden"),
        (["settings", "set", "language", "fi"], "sv (svenska) eller en"),
        (["settings", "set", "colour", "red"], "Okänd inställning"),
    ],
)
def test_errors_are_one_clear_line_without_traceback(tmp_path, args, message):
    out = run_cli(*args, data_dir=tmp_path)
    assert out.code == 2
    assert message in out.err
    assert "Traceback" not in out.err
    assert len(out.err.strip().splitlines()) == 1


def test_damaged_database_is_a_clear_error(tmp_path):
    (tmp_path / "hyrdesk.sqlite3").write_bytes(b"garbage" * 1000)
    out = run_cli("units", "list", data_dir=tmp_path)
    assert out.code == 2
    assert "skadad" in out.err and "Traceback" not in out.err


def test_settings_roundtrip(tmp_path):
    assert run_cli("settings", "set", "hire-target", "2,5", data_dir=tmp_path).code == 0
    out = run_cli("settings", "list", data_dir=tmp_path)
    assert "hire-target = 2.5" in out.out


def test_a_usage_error_is_exit_code_2_with_the_usage_on_stderr(tmp_path):
    out = run_cli("units", "add", "--code", "A", data_dir=tmp_path)
    assert out.code == 2
    assert "usage: hyrdesk units add" in out.err and "--name" in out.err


def test_an_in_process_run_leaves_no_log_handler_or_environment_behind(tmp_path):
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    out = run_cli("units", "list", env={"HYRDESK_DATA_DIR": str(tmp_path / "env")})
    assert out.code == 0 and (tmp_path / "env" / "logs" / "hyrdesk.log").exists()
    assert root.handlers == handlers and root.level == level
    assert "HYRDESK_DATA_DIR" not in os.environ
