"""Can hyrdesk write in a folder, and if not, why (in Swedish words a user can act on)."""

from __future__ import annotations

import errno
from pathlib import Path

from hyrdesk.files.atomic import REAL_OPS, FileOps, temp_name
from hyrdesk.files.space import disk_full_message

_UNREACHABLE = {
    errno.ENOENT,
    errno.ENOTDIR,
    errno.ESTALE,
    errno.EIO,
    errno.ETIMEDOUT,
    errno.EHOSTDOWN,
    errno.EHOSTUNREACH,
    errno.ENETUNREACH,
    errno.ENETDOWN,
    errno.ECONNREFUSED,
    errno.ECONNRESET,
}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM}


def explain_os_error(exc: OSError, folder: Path, source: Path | None = None) -> str:
    """A Swedish reason for a failed write in ``folder`` that a user can act on.

    ``source``: the file being copied there, so a full disk can say how much room it needs
    (an atomic write also notes the file's name and size on the error).
    """
    code = exc.errno
    if code == errno.EROFS:
        return f"Mappen {folder} är skrivskyddad."
    if code in _DENIED:
        return (
            f"hyrdesk får inte skriva i {folder} (behörighet saknas, mappen är skrivskyddad "
            "eller filen är öppen i ett annat program)."
        )
    if code in _FULL:
        needed = getattr(exc, "needed_bytes", None) or _size(source)
        name = getattr(exc, "file_name", None) or (source.name if source is not None else None)
        return disk_full_message(folder, needed, name)
    if code in _UNREACHABLE:
        return f"Mappen {folder} finns inte eller går inte att nå just nu (är nätverksenheten ansluten?)."
    return f"Det gick inte att skriva i {folder}: {exc.strerror or exc}."


def _size(path: Path | None) -> int | None:
    try:
        return None if path is None else path.stat().st_size
    except OSError:
        return None


def check_writable(folder: Path, ops: FileOps = REAL_OPS) -> str | None:
    """None when hyrdesk can create files in ``folder``, else the Swedish reason why not.

    Writes and removes a small probe file, because permission bits lie (network
    shares, ACLs, read-only mounts, and root ignores them altogether).
    """
    if not folder.exists():
        return f"Mappen {folder} finns inte eller går inte att nå just nu (är nätverksenheten ansluten?)."
    if not folder.is_dir():
        return f"{folder} är en fil, inte en mapp."
    probe = folder / temp_name()
    try:
        fd = ops.open_new(probe)
    except OSError as exc:
        return explain_os_error(exc, folder)
    try:
        ops.write(fd, b"hyrdesk")
        ops.fsync(fd)
    except OSError as exc:
        return explain_os_error(exc, folder)
    finally:
        ops.close(fd)
        try:
            ops.remove(probe)
        except OSError:
            pass
    return None
