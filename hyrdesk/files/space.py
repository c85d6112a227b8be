"""Swedish messages for a full disk that say which file, where, and how much room it needs."""

from __future__ import annotations

import shutil
from pathlib import Path


def format_size(n: int) -> str:
    """Bytes as a Swedish reader writes them: 950 byte, 12,5 kB, 3,2 MB, 1,1 GB."""
    if n < 1000:
        return f"{n} byte"
    for unit, size in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12)):
        if n < size * 1000 or unit == "TB":
            return f"{n / size:.1f} {unit}".replace(".", ",")
    raise AssertionError("unreachable")  # pragma: no cover


def free_space(where: Path) -> int | None:
    """Free bytes on the file system holding ``where`` (or its nearest existing parent), or None."""
    for folder in (where, *where.parents):
        try:
            if folder.exists():
                return shutil.disk_usage(folder).free
        except OSError:
            return None
    return None


def disk_full_message(folder: Path, needed: int | None = None, file_name: str | None = None) -> str:
    """The disk (or quota) of ``folder`` is full: what could not be written and what to free."""
    what = f"filen {file_name}" if file_name else "filen"
    free = free_space(folder)
    text = f"Det finns inget utrymme kvar på disken för {what} i {folder} (disken eller kvoten är full)."
    if needed is not None and free is not None and free < needed:
        text += (
            f" Den behöver ungefär {format_size(needed)} och bara {format_size(free)} är ledigt: "
            f"frigör minst {format_size(needed - free + (1 << 20))} och försök igen."
        )
    elif needed is not None:
        text += (
            f" Den behöver ungefär {format_size(needed)}: frigör utrymme (eller be IT om större kvot) och försök igen."
        )
    else:
        text += " Frigör utrymme och försök igen."
    return text
