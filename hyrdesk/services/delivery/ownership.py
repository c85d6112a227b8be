"""What hyrdesk may touch in the shared folder: its own exports and its own stale temporary files.

The shared folder belongs to many people. hyrdesk overwrites a file there only
when the file says it is hyrdesk's export for the same unit (the custom
document property ``hyrdesk_unit_code``, or hyrdesk as the creator with the
unit code among the keywords). Anything else of the same name is left as it is
and the export is written beside it under a new name. The only files hyrdesk
ever removes are its own temporary files (``.~hyrdesk-<12 hex>.tmp``) that a
copy left behind when the folder vanished mid-write, once they are old enough
that no copy can still be writing them.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import time
import zipfile
from pathlib import Path

from hyrdesk.errors import UserError
from hyrdesk.files.xlsx_package import Package

log = logging.getLogger(__name__)

STALE_TEMP_SECONDS = 10 * 60
MAX_CHECKED_BYTES = 100 << 20
_TEMP = re.compile(r"^\.~hyrdesk-[0-9a-f]{12}\.tmp$")
_PROPERTY = re.compile(rb'name="hyrdesk_unit_code"[^>]*>\s*<[\w:]*lpwstr>([^<]*)</', re.S)


def is_hyrdesk_export(path: Path, unit_code: str) -> bool:
    """Whether ``path`` is a workbook hyrdesk wrote for ``unit_code`` (reads a few small parts only)."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CHECKED_BYTES:
            return False
        with zipfile.ZipFile(path) as z:
            pkg = Package(z, path.name)
            custom = pkg.read_small("docProps/custom.xml") or b""
            core = pkg.read_small("docProps/core.xml") or b""
    except (OSError, zipfile.BadZipFile, UserError, ValueError):
        return False
    code = unit_code.strip().lower().encode("utf-8")
    m = _PROPERTY.search(custom)
    if m is not None:
        return m.group(1).strip().lower() == code
    core_lower = core.lower()
    return b">hyrdesk" in core_lower and b"hyrdesk; dialog i linjen; " + code + b";" in core_lower


def free_target(folder: Path, name: str, unit_code: str) -> tuple[Path, str | None]:
    """Where to write ``name`` in ``folder``; and a Swedish note when it had to be another name."""
    target = folder / name
    if not os.path.lexists(target) or is_hyrdesk_export(target, unit_code):
        return target, None
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    for n in range(1, 1000):
        label = "hyrdesk" if n == 1 else f"hyrdesk {n}"
        candidate = folder / (f"{stem} ({label}).{suffix}" if suffix else f"{stem} ({label})")
        if not os.path.lexists(candidate) or is_hyrdesk_export(candidate, unit_code):
            note = (
                f"I den delade mappen fanns redan en fil {name} som inte är hyrdesks export för {unit_code}. "
                f"Den har inte rörts; exporten sparades bredvid som {candidate.name}."
            )
            return candidate, note
    raise UserError(f"Det finns för många filer med namnet {name} i {folder}; hyrdesk skriver inte över någon av dem.")


def remove_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove hyrdesk's own temporary files older than :data:`STALE_TEMP_SECONDS`; returns them."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_TEMP_SECONDS:
                continue
            os.remove(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
        log.info("removed a stale temporary file %s", entry.path)
    return removed
