"""What the spec leaves out of the bundle, and what it must keep."""

import pytest

import trim


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6\\Qt\\plugins\\platforms\\qdirect2d.dll",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.dylib",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_sv.qm",
    ],
)
def test_left_out(dest):
    assert trim.unwanted(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/translations/qtbase_sv.qm",
        "hyrdesk/resources/translations/hyrdesk_en.qm",
    ],
)
def test_kept(dest):
    assert not trim.unwanted(dest)


def test_libraries_only_a_dropped_plugin_needed_go_with_it(tmp_path):
    files = {}
    for name in ("libqgtk3.so", "libqxcb.so", "libgtk.so", "libcairo.so", "libQt6Core.so", "libctypes_only.so"):
        files[name] = tmp_path / name
        files[name].write_bytes(b"\x7fELF")
    imports = {
        files["libqgtk3.so"]: ["libgtk.so", "libcairo.so", "libQt6Core.so"],
        files["libgtk.so"]: ["libcairo.so"],
        files["libqxcb.so"]: ["libQt6Core.so"],
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", str(files["libqgtk3.so"]), "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", str(files["libqxcb.so"]), "BINARY"),
        ("libgtk.so", str(files["libgtk.so"]), "BINARY"),
        ("libcairo.so", str(files["libcairo.so"]), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so", str(files["libQt6Core.so"]), "BINARY"),
        ("libctypes_only.so", str(files["libctypes_only.so"]), "BINARY"),
    ]
    datas = [
        ("libQt6Core.so", "PySide6/Qt/lib/libQt6Core.so", "SYMLINK"),
        ("libgtk-link.so", "libgtk.so", "SYMLINK"),
        ("PySide6/Qt/translations/qt_de.qm", "/x/qt_de.qm", "DATA"),
        ("hyrdesk/resources/icons/hyrdesk.svg", "/x/hyrdesk.svg", "DATA"),
    ]

    def get_imports(path):
        return {(name, None) for name in imports.get(type(files["libgtk.so"])(path), [])}

    kept_binaries, kept_datas = trim.prune(binaries, datas, get_imports)
    assert [b[0] for b in kept_binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Core.so", "libctypes_only.so",
    ]
    assert [d[0] for d in kept_datas] == ["libQt6Core.so", "hyrdesk/resources/icons/hyrdesk.svg"]
