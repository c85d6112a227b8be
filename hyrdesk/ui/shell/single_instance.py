"""One running copy of the GUI per data folder (QLockFile).

Two windows over one database would each hold their own undo history and
view of the data; the second start is refused with a message instead. The
lock is per data folder, so a demo can run beside the real program.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)


def acquire(lock_path: Path) -> QLockFile | None:
    """The held lock, or None when another live process holds it (stale locks are taken over).

    A lock that cannot be made at all (a read-only data folder) does not stop the
    program: it is returned unheld, and the database opens for reading only.
    """
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # rely on the PID check, not on age
    if lock.tryLock(200):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        log.warning("lock file %s cannot be made (%s): starting without it", lock_path, lock.error())
        return lock
    return None
