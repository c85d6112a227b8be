"""What the spec leaves out of the bundle, and what it must keep."""

import shutil
import sys
from pathlib import Path

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
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Core.so",
        "libctypes_only.so",
    ]
    assert [d[0] for d in kept_datas] == ["libQt6Core.so", "hyrdesk/resources/icons/hyrdesk.svg"]


@pytest.mark.skipif(shutil.which("strip") is None, reason="binutils not installed")
def test_only_pythons_own_binaries_are_stripped(tmp_path):
    import _ctypes

    python_ext = Path(_ctypes.__file__)
    if not python_ext.resolve().is_relative_to(Path(sys.base_prefix).resolve()):
        pytest.skip("this Python's extension modules live outside its prefix")
    wheel_lib = tmp_path / "site-packages" / "numpy.libs" / "libopenblas.so"
    wheel_lib.parent.mkdir(parents=True)
    shutil.copyfile(python_ext, wheel_lib)  # any ELF file: it must come out byte for byte
    contents = tmp_path / "_internal"
    (contents / "lib-dynload").mkdir(parents=True)
    (contents / "numpy.libs").mkdir()
    shutil.copyfile(python_ext, contents / "lib-dynload" / python_ext.name)
    shutil.copyfile(wheel_lib, contents / "numpy.libs" / "libopenblas.so")
    binaries = [
        (f"lib-dynload/{python_ext.name}", str(python_ext), "EXTENSION"),
        ("numpy.libs/libopenblas.so", str(wheel_lib), "BINARY"),
    ]
    trim.strip_python(binaries, contents)
    assert (contents / "numpy.libs" / "libopenblas.so").read_bytes() == wheel_lib.read_bytes()
    assert (contents / "lib-dynload" / python_ext.name).stat().st_size <= python_ext.stat().st_size
