"""The NSIS script, .desktop file and metainfo pass their own tools (skipped where a tool is absent)."""

import re
import shutil
import subprocess

import buildinfo
import linux_files
import pytest

NSI = buildinfo.PACKAGING / "windows" / "hyrdesk.nsi"
needs_makensis = pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (apt: nsis)")


def _fake_bundle(tmp_path):
    bundle = tmp_path / "hyrdesk"
    (bundle / "_internal" / "hyrdesk" / "resources").mkdir(parents=True)
    (bundle / "hyrdesk.exe").write_bytes(b"MZ")
    (bundle / "hyrdesk-cli.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "hyrdesk" / "resources" / "x.qm").write_bytes(b"x")
    return bundle


@needs_makensis
def test_installer_script_compiles(tmp_path):
    out = tmp_path / "hyrdesk-setup.exe"
    defines = buildinfo.nsis_defines("0.1.0", _fake_bundle(tmp_path), out)
    result = subprocess.run(
        ["makensis", "-V2", "-WX", "-DCOMPRESSOR=zlib", *defines, str(NSI)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


@needs_makensis
def test_installer_script_refuses_to_compile_without_the_version(tmp_path):
    result = subprocess.run(
        ["makensis", "-V2", f"-DBUNDLE_DIR={_fake_bundle(tmp_path)}", f"-DOUTFILE={tmp_path / 'x.exe'}", str(NSI)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "-DVERSION" in result.stdout + result.stderr


def _section(text: str, name: str) -> str:
    match = re.search(rf'^Section "{re.escape(name)}".*?^SectionEnd', text, re.S | re.M)
    assert match, name
    return match.group(0)


def test_installer_is_per_user_with_shortcuts_and_an_uninstall_entry():
    text = NSI.read_text("utf-8")
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in text
    assert '!insertmacro MUI_LANGUAGE "Swedish"' in text
    main = _section(text, "${APP}")
    assert "$SMPROGRAMS\\${APP}.lnk" in main and "$DESKTOP\\${APP}.lnk" in main
    assert "HKLM" not in text  # per user: HKCU only
    for value in ("DisplayName", "DisplayVersion", "UninstallString", "DisplayIcon", "InstallLocation"):
        assert f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"' in main


def test_uninstaller_keeps_the_users_data():
    text = NSI.read_text("utf-8")
    assert '!define DATA_DIR "$LOCALAPPDATA\\${APP}"' in text
    removals = [
        line.strip()
        for line in _section(text, "Uninstall").splitlines()
        if line.strip().startswith(("Delete", "RMDir"))
    ]
    assert removals, "the uninstaller removes nothing?"
    for line in removals:
        assert "DATA_DIR" not in line and "$LOCALAPPDATA\\${APP}" not in line and "$LOCALAPPDATA\\hyrdesk" not in line
        # Recursive removal only of the program's own subfolder, never of the chosen folder.
        if line.startswith("RMDir /r"):
            assert line == 'RMDir /r "$INSTDIR\\_internal"', line


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_file_is_valid():
    result = subprocess.run(["desktop-file-validate", str(linux_files.DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_file_names_the_app_id():
    text = linux_files.DESKTOP.read_text("utf-8")
    assert linux_files.DESKTOP.name == f"{buildinfo.APP_ID}.desktop"
    assert f"Icon={buildinfo.APP_ID}" in text
    assert "Exec=hyrdesk" in text


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_generated_metainfo_is_valid(tmp_path):
    desktop, metainfo = linux_files.write_desktop_files(tmp_path, buildinfo.version(), "2026-11-22")
    assert linux_files.validate(desktop, metainfo) == []
    assert f"<id>{buildinfo.APP_ID}</id>" in metainfo.read_text("utf-8")


def test_validation_reports_a_broken_desktop_file(tmp_path):
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed")
    desktop, metainfo = linux_files.write_desktop_files(tmp_path, "0.1.0", "2026-11-22")
    desktop.write_text("[Desktop Entry]\nName=hyrdesk\n", encoding="utf-8")
    assert any("desktop-file-validate" in p for p in linux_files.validate(desktop, metainfo))
