"""The command line, run as a user runs it: a real process, a real data folder."""

import os
import subprocess
import sys

import pytest

from hyrdesk import __version__


def hyrdesk(*args, env=None, data_dir=None):
    cmd = [sys.executable, "-m", "hyrdesk"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        cmd + list(args), capture_output=True, text=True, env=full_env, timeout=120, stdin=subprocess.DEVNULL
    )


def test_version():
    out = hyrdesk("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"hyrdesk {__version__}"


def test_selftest_in_an_empty_folder(tmp_path):
    out = hyrdesk("--selftest", data_dir=tmp_path / "empty")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Självtestet lyckades" in out.stdout
    assert (tmp_path / "empty" / "hyrdesk.sqlite3").exists()


def test_units_add_and_list(tmp_path):
    assert (
        hyrdesk(
            "units", "add", "--code", "HC1", "--name", "Hälsocentral Ett", "--area", "primärvård", data_dir=tmp_path
        ).returncode
        == 0
    )
    out = hyrdesk("units", "list", data_dir=tmp_path)
    assert "HC1" in out.stdout and "Hälsocentral Ett" in out.stdout and "Primärvård" in out.stdout


def test_data_dir_from_environment_and_after_the_noun(tmp_path):
    env = {"HYRDESK_DATA_DIR": str(tmp_path / "env")}
    assert hyrdesk("units", "add", "--code", "A", "--name", "A", "--area", "övrigt", env=env).returncode == 0
    assert (tmp_path / "env" / "hyrdesk.sqlite3").exists()
    out = hyrdesk("units", "list", "--data-dir", str(tmp_path / "env"))
    assert out.stdout.startswith("A ")
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
    out = hyrdesk(*args, data_dir=tmp_path)
    assert out.returncode == 2
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_damaged_database_is_a_clear_error(tmp_path):
    (tmp_path / "hyrdesk.sqlite3").write_bytes(b"garbage" * 1000)
    out = hyrdesk("units", "list", data_dir=tmp_path)
    assert out.returncode == 2
    assert "skadad" in out.stderr and "Traceback" not in out.stderr


def test_settings_roundtrip(tmp_path):
    assert hyrdesk("settings", "set", "hire-target", "2,5", data_dir=tmp_path).returncode == 0
    out = hyrdesk("settings", "list", data_dir=tmp_path)
    assert "hire-target = 2.5" in out.stdout
