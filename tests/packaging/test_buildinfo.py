"""The version is written once (hyrdesk/__init__.py); every generated file repeats that one."""

import re

import buildinfo
import pytest

import hyrdesk


def test_version_is_read_from_the_package_without_importing_it():
    assert buildinfo.version() == hyrdesk.__version__


@pytest.mark.parametrize(
    ("text", "four"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2rc1", (1, 2, 0, 0)),
        ("2.0.0.dev3", (2, 0, 0, 0)),
        ("3.4.5+local", (3, 4, 5, 0)),
        ("10.4.1.7.9", (10, 4, 1, 7)),
    ],
)
def test_windows_wants_four_numbers(text, four):
    assert buildinfo.version_tuple(text) == four


def test_a_version_without_numbers_is_refused():
    with pytest.raises(ValueError):
        buildinfo.version_tuple("senaste")


def _record(name):
    return lambda *args, **kwargs: (name, args, kwargs)


def test_windows_version_resource_is_a_valid_pyinstaller_expression():
    # PyInstaller's own parser needs pefile (Windows only); evaluating with
    # recording stand-ins checks the same thing: only its constructors, well formed.
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = buildinfo.windows_version_info("1.2.3")
    info = eval(text, {"__builtins__": {}}, {n: _record(n) for n in names})
    assert info[0] == "VSVersionInfo"
    ffi = info[2]["ffi"]
    assert ffi[2]["filevers"] == (1, 2, 3, 0) == ffi[2]["prodvers"]
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringTable('041D04B0'" in text  # Swedish, Unicode


def test_metainfo_release_comes_from_the_version():
    text = buildinfo.metainfo("9.8.7", "2030-01-31")
    assert '<release version="9.8.7" date="2030-01-31"/>' in text
    assert "@" not in text


def test_release_date_honours_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert buildinfo.release_date() == "2023-11-14"


def test_release_date_is_an_iso_date(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", buildinfo.release_date())


def test_app_id_is_the_one_the_app_announces():
    # app.py calls setDesktopFileName(); the .desktop file and metainfo must match it.
    assert f'setDesktopFileName("{buildinfo.APP_ID}")' in (buildinfo.ROOT / "hyrdesk" / "app.py").read_text("utf-8")
