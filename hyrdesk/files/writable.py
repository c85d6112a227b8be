"""Can hyrdesk write in a folder, and if not, why (in Swedish words a user can act on)."""

from __future__ import annotations

import errno
from pathlib import Path

from hyrdesk.files.atomic import REAL_OPS, FileOps, temp_name

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


def explain_os_error(exc: OSError, folder: Path) -> str:
    """A Swedish reason for a failed write in ``folder`` that a user can act on."""
    code = exc.errno
    if code == errno.EROFS:
        return f"Mappen {folder} är skrivskyddad."
    if code in _DENIED:
        return (
            f"hyrdesk får inte skriva i {folder} (behörighet saknas, mappen är skrivskyddad "
            "eller filen är öppen i ett annat program)."
        )
    if code in _FULL:
        return f"Det finns inget utrymme kvar i {folder} (disken eller kvoten är full)."
    if code in _UNREACHABLE:
        return f"Mappen {folder} finns inte eller går inte att nå just nu (är nätverksenheten ansluten?)."
    return f"Det gick inte att skriva i {folder}: {exc.strerror or exc}."


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
