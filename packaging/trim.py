"""Leave out of the bundle the Qt parts hyrdesk never loads, and the libraries only they needed.

Used by hyrdesk.spec after PyInstaller's analysis. PyInstaller's Qt hooks take
every plugin of a module (embedded-Linux platforms, input devices, a GTK theme)
and every Qt catalogue (99 languages); hyrdesk draws its own Fusion style and
speaks Swedish and English. Dropping a plugin is not enough: the shared
libraries it pulled in (the GTK theme alone drags cairo, pango, atk …) stay
unless nothing else needs them, which ``prune`` works out from the binaries'
link-time imports.

Dropping the GTK theme also matters for correctness, not just size: loaded on
a GNOME desktop, it would mix the system's GTK with libraries copied from the
build machine.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("hyrdesk.spec")

_PLUGINS = r"PySide6/Qt/plugins/"
# Patterns on the bundle path (forward slashes), the same on every platform
# (lib…so on Linux, …dylib on macOS, ….dll on Windows).
UNWANTED = [
    re.compile(p)
    for p in (
        # Embedded-Linux and remote platforms; keep xcb, wayland, offscreen, minimal, windows, cocoa.
        _PLUGINS + r"platforms/(lib)?q(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc|direct2d)\.",
        _PLUGINS + r"(egldeviceintegrations|generic)/",
        # The GTK theme (see above); the XDG portal theme stays for file dialogs.
        _PLUGINS + r"platformthemes/(lib)?qgtk3\.",
        # Image formats nobody opens in hyrdesk (SVG, ICO, PNG, JPEG, GIF stay).
        _PLUGINS + r"imageformats/(lib)?q(tiff|webp|tga|wbmp|pdf)\.",
        # Qt's catalogues: only qtbase_sv is loaded (ui/shell/i18n.py).
        r"PySide6/Qt/translations/(?!qtbase_sv\.qm$)",
    )
]


def _norm(path: str) -> str:
    return path.replace("\\", "/")


def _base(path: str) -> str:
    # Windows import tables do not agree with file names on case.
    return os.path.basename(_norm(path)).lower()


def _link_target(entry) -> str:
    dest, target, _ = entry
    return _norm(os.path.normpath(os.path.join(os.path.dirname(dest), target)))


def unwanted(dest: str) -> bool:
    dest = _norm(dest)
    return any(p.match(dest) for p in UNWANTED)


def prune(binaries, datas, get_imports):
    """Return (binaries, datas) without the unwanted entries and the libraries only they import.

    ``get_imports(src_path)`` gives a binary's link-time imports as (name, path)
    pairs (PyInstaller's ``bindepend.get_imports``).
    """
    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(_base(entry[0]), []).append(entry)

    def closure(roots) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            dest, src, typecode = todo.pop()
            if typecode == "SYMLINK" or not os.path.isfile(src):
                continue
            for name, _path in get_imports(src):
                base = _base(name)
                if base in by_name and base not in seen:
                    seen.add(base)
                    todo.extend(by_name[base])
        return seen

    removed = [e for e in binaries if unwanted(e[0])]
    only_theirs = closure(removed)
    roots = [e for e in binaries if not unwanted(e[0]) and _base(e[0]) not in only_theirs]
    still_needed = closure(roots)
    drop_names = only_theirs - still_needed
    dropped = {e[0] for e in removed}
    dropped |= {e[0] for e in binaries if _base(e[0]) in drop_names}
    dropped = {_norm(d) for d in dropped}
    kept_binaries = [e for e in binaries if _norm(e[0]) not in dropped]
    # PyInstaller lists the symbolic links next to libraries among the data;
    # a link to a dropped library goes with it.
    kept_datas = [e for e in datas if not unwanted(e[0]) and not (e[2] == "SYMLINK" and _link_target(e) in dropped)]
    log.info(
        "trim: left out %d binaries (%s) and %d data files",
        len(binaries) - len(kept_binaries),
        ", ".join(sorted(drop_names)) or "no libraries",
        len(datas) - len(kept_datas),
    )
    return kept_binaries, kept_datas


def strip_python(binaries, contents_dir: Path) -> int:
    """Strip the symbols from Python's own library and extension modules in the bundle.

    A Python built from source (pyenv, on the build machines) keeps them: ~25 MB.
    Only files from the Python installation are stripped. PyInstaller's own
    ``strip=True`` strips everything, and that broke numpy: GNU strip corrupts
    wheel libraries that auditwheel rewrote with patchelf (numpy.libs/openblas
    then fails with "ELF load command address/offset not page-aligned").
    Returns the number of bytes saved.
    """
    python_home = Path(sys.base_prefix).resolve()
    saved = 0
    for dest, src, typecode in binaries:
        if typecode not in ("BINARY", "EXTENSION") or not Path(src).resolve().is_relative_to(python_home):
            continue
        target = contents_dir / dest
        if target.is_file() and not target.is_symlink():
            before = target.stat().st_size
            subprocess.run(["strip", "--strip-unneeded", str(target)], check=True)
            saved += before - target.stat().st_size
    log.info("strip: %.1f MB less from Python's own binaries", saved / 1e6)
    return saved
