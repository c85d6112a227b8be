"""Flushing a file, or a folder's list of names, to disk by its path.

Used by the database backup copy (``db.py``) and by atomic writes
(``files/atomic.py``): after ``os.replace`` the folder is synced so the
rename itself survives a power cut.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_path(path: Path) -> None:
    """Best effort: a path that cannot be opened (a folder on Windows) or synced (a folder on some network
    file systems) is left as it is; the data itself was synced through its own descriptor."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
