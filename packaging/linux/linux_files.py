"""The Linux desktop integration: .desktop file, AppStream metainfo, icons, and a .deb.

Used by packaging/build.py on Linux. The .desktop file is static; the
metainfo gets its release version and date from buildinfo at build time.
Validation uses desktop-file-validate and ``appstreamcli validate --no-net``
when they are installed (Debian: desktop-file-utils, appstream).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import buildinfo

HERE = Path(__file__).resolve().parent
DESKTOP = HERE / f"{buildinfo.APP_ID}.desktop"
ICONS = buildinfo.PACKAGING / "icons"
SVG = buildinfo.ROOT / "hyrdesk" / "resources" / "icons" / "hyrdesk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def write_desktop_files(out: Path, version: str, date: str) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    desktop = out / DESKTOP.name
    shutil.copyfile(DESKTOP, desktop)
    metainfo = out / f"{buildinfo.APP_ID}.metainfo.xml"
    metainfo.write_text(buildinfo.metainfo(version, date), encoding="utf-8")
    return desktop, metainfo


def validate(desktop: Path, metainfo: Path) -> list[str]:
    """Problems reported by the validators that are installed (none when a tool is absent)."""
    problems = []
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        if out.returncode != 0 or out.stdout.strip():
            problems.append(f"desktop-file-validate: {out.stdout}{out.stderr}")
    if shutil.which("appstreamcli"):
        out = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        if out.returncode != 0:
            problems.append(f"appstreamcli validate: {out.stdout}{out.stderr}")
    return problems


def _glibc() -> str:
    """The build machine's glibc: the bundle needs at least this one."""
    return os.confstr("CS_GNU_LIBC_VERSION").split()[-1]


def build_deb(bundle: Path, desktop: Path, metainfo: Path, version: str, out_dir: Path, work: Path) -> Path:
    """A .deb that installs the bundle in /opt/hyrdesk with a menu entry (root needed to install)."""
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "hyrdesk", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/hyrdesk/hyrdesk", root / "usr" / "bin" / "hyrdesk")
    share = root / "usr" / "share"
    for folder, source in (("applications", desktop), ("metainfo", metainfo)):
        (share / folder).mkdir(parents=True)
        shutil.copyfile(source, share / folder / source.name)
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copyfile(ICONS / "png" / f"hyrdesk-{size}.png", target / f"{buildinfo.APP_ID}.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(SVG, icons / "scalable" / "apps" / f"{buildinfo.APP_ID}.svg")
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    # The bundle carries Qt and Python; what it takes from the system is
    # OpenGL/EGL, fontconfig and a font (measured on a clean Debian 12), and the X11 bits Qt's
    # xcb plugin does not bundle.
    (root / "DEBIAN" / "control").write_text(
        f"""Package: hyrdesk
Version: {version}
Architecture: amd64
Maintainer: hyrdesk <hyrdesk@localhost>
Installed-Size: {size_kb}
Depends: libc6 (>= {_glibc()}), libgl1, libegl1, libfontconfig1, libxkbcommon-x11-0, fonts-dejavu-core | fonts-liberation2
Section: misc
Priority: optional
Description: {buildinfo.DESCRIPTION}
 Skrivbordsprogram för enhetschefer i vården som arbetar för att bli
 oberoende av inhyrd personal. Alla data ligger i en lokal databas.
""",
        encoding="utf-8",
    )
    deb = out_dir / f"hyrdesk_{version}_amd64.deb"
    # gzip: 65 MB in 18 s here; xz would give 46 MB in 41 s. Linux is the
    # smallest audience, so the faster build wins.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(deb)],
        check=True,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(root, ignore_errors=True)
    return deb
