"""Build hyrdesk for the platform this runs on, then smoke-test what was built.

    make package                      (or: python packaging/build.py [--no-deb] [--no-installer])

1. PyInstaller, one-folder build (packaging/hyrdesk.spec) into dist/hyrdesk
   (macOS: dist/hyrdesk.app).
2. packaging/smoke.py on the result; any failure fails the build.
3. What the platform distributes:
   - Windows: the NSIS installer dist/hyrdesk-<version>-setup.exe (needs makensis).
   - macOS: dist/hyrdesk-<version>-macos.dmg (hdiutil).
   - Linux: the .desktop file and metainfo in dist/linux (validated when
     desktop-file-validate / appstreamcli are installed), dist/hyrdesk_<version>_amd64.deb
     when dpkg-deb is, and a compile of the NSIS script over the Linux bundle
     when makensis is (build/nsis-check: checks the script, installs nothing useful).
Prints the bundle's size and the time each step took.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import buildinfo  # noqa: E402 - importable once HERE is on sys.path
import smoke  # noqa: E402 - importable once HERE is on sys.path

ROOT = buildinfo.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build"


def step(title: str):
    print(f"\n== {title}", flush=True)
    return time.monotonic()


def bundle_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def pyinstaller() -> Path:
    for old in (DIST / "hyrdesk", DIST / "hyrdesk.app", WORK / "pyinstaller"):
        shutil.rmtree(old, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(HERE / "hyrdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return DIST / "hyrdesk.app" if sys.platform == "darwin" else DIST / "hyrdesk"


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found or sys.platform != "win32":
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def makensis(bundle: Path, outfile: Path, version: str, fast: bool) -> None:
    exe = find_makensis()
    if exe is None:
        raise SystemExit("makensis not found (Debian: apt-get install nsis; Windows: choco install nsis)")
    outfile.parent.mkdir(parents=True, exist_ok=True)
    extra = ["-DCOMPRESSOR=zlib"] if fast else []
    subprocess.run(
        [
            exe,
            "-V2",
            "-WX",
            *extra,
            *buildinfo.nsis_defines(version, bundle, outfile),
            str(HERE / "windows" / "hyrdesk.nsi"),
        ],
        check=True,
    )


def linux_extras(bundle: Path, version: str, args) -> list[str]:
    sys.path.insert(0, str(HERE / "linux"))
    import linux_files

    lines = []
    t = step("Linux: .desktop and AppStream metainfo")
    desktop, metainfo = linux_files.write_desktop_files(DIST / "linux", version, buildinfo.release_date())
    problems = linux_files.validate(desktop, metainfo)
    if problems:
        raise SystemExit("\n".join(problems))
    tools = [t for t in ("desktop-file-validate", "appstreamcli") if shutil.which(t)]
    lines.append(f"desktop/metainfo: validated with {', '.join(tools) or 'nothing (validators not installed)'}")
    if shutil.which("dpkg-deb") and not args.no_deb:
        t = step("Linux: .deb")
        deb = linux_files.build_deb(bundle, desktop, metainfo, version, DIST, WORK)
        lines.append(f"{deb.relative_to(ROOT)}: {deb.stat().st_size / 1e6:.0f} MB, {time.monotonic() - t:.0f} s")
    if find_makensis() and not args.no_installer:
        t = step("NSIS: compile the Windows installer script over the Linux bundle (a check)")
        out = WORK / "nsis-check" / f"hyrdesk-{version}-setup-check.exe"
        makensis(bundle, out, version, fast=True)
        lines.append(f"makensis compiled packaging/windows/hyrdesk.nsi ({time.monotonic() - t:.0f} s)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="Linux: do not build the .deb")
    parser.add_argument("--no-installer", action="store_true", help="do not run makensis / hdiutil")
    args = parser.parse_args(argv)
    version = buildinfo.version()
    started = time.monotonic()

    t = step(f"PyInstaller: hyrdesk {version} for {sys.platform}")
    bundle = pyinstaller()
    build_seconds = time.monotonic() - t
    size, count = bundle_size(bundle)

    t = step("Smoke test of the built program")
    if smoke.main([str(bundle)]) != 0:
        return 1
    smoke_seconds = time.monotonic() - t

    summary = [
        f"{bundle.relative_to(ROOT)}: {size / 1e6:.0f} MB in {count} files, built in {build_seconds:.0f} s",
        f"smoke test passed in {smoke_seconds:.0f} s",
    ]
    if sys.platform.startswith("linux"):
        summary += linux_extras(bundle, version, args)
    elif sys.platform == "win32" and not args.no_installer:
        t = step("NSIS: Windows installer")
        out = DIST / f"hyrdesk-{version}-setup.exe"
        makensis(bundle, out, version, fast=False)
        summary.append(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.0f} MB, {time.monotonic() - t:.0f} s")
    elif sys.platform == "darwin" and not args.no_installer:
        t = step("macOS: disk image")
        out = DIST / f"hyrdesk-{version}-macos.dmg"
        out.unlink(missing_ok=True)
        # The usual disk image: the app next to a link to Applications, to drag it onto.
        stage = WORK / "dmg"
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        shutil.copytree(bundle, stage / bundle.name, symlinks=True)
        os.symlink("/Applications", stage / "Applications")
        subprocess.run(
            ["hdiutil", "create", "-volname", "hyrdesk", "-srcfolder", str(stage), "-ov", "-format", "UDZO", str(out)],
            check=True,
        )
        summary.append(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.0f} MB, {time.monotonic() - t:.0f} s")

    print(f"\n== Done in {time.monotonic() - started:.0f} s")
    for line in summary:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
