"""Writing a file so that nobody ever sees it half-written under its final name.

The bytes go to a temporary file in the *target* folder (``.~hyrdesk-<random>.tmp``:
a rename is only atomic within one file system), which is flushed and
``fsync``-ed before ``os.replace`` moves it into place; the folder itself is
then ``fsync``-ed where the platform allows, so the rename survives a power
cut. On any error the temporary file is removed and the error re-raised; the
final name then still holds the previous version, or nothing.

Every system call goes through a ``FileOps`` object. Production uses the real
one; tests swap a method to inject ``OSError(EROFS)``/``ENOSPC`` because they
run as root, and root ignores permission bits.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hyrdesk.files.fsync import fsync_path

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

TEMP_PREFIX = ".~hyrdesk-"
TEMP_SUFFIX = ".tmp"
CHUNK = 1 << 20


class FileOps:
    """The system calls an atomic write makes (a seam for tests)."""

    def open_new(self, path: Path) -> int:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        return os.open(path, flags, 0o644)

    def write(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]

    def fsync(self, fd: int) -> None:
        os.fsync(fd)

    def close(self, fd: int) -> None:
        os.close(fd)

    def replace(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def mkdir(self, path: Path) -> None:
        os.mkdir(path)

    def remove(self, path: Path) -> None:
        os.remove(path)

    def fsync_dir(self, path: Path) -> None:
        """Make the rename durable; not possible on Windows (no directory handles), so skipped there."""
        if os.name != "nt":
            fsync_path(path)


REAL_OPS = FileOps()


class Writable(Protocol):
    """What ``atomic_write`` hands its writer: a binary file object that can only write."""

    def write(self, data: bytes) -> int: ...

    def flush(self) -> None: ...


class _FdWriter:
    """A minimal binary file object over a descriptor, so writers (openpyxl, copyfileobj) can use ops."""

    def __init__(self, ops: FileOps, fd: int):
        self.ops, self.fd = ops, fd

    def write(self, data: bytes) -> int:
        self.ops.write(self.fd, bytes(data))
        return len(data)

    def flush(self) -> None:
        pass  # os.write is unbuffered


def temp_name() -> str:
    return f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"


def is_temp_name(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def atomic_write(target: Path, write: Callable[[Writable], object], ops: FileOps = REAL_OPS) -> Path:
    """Write ``target`` through ``write(fileobj)`` atomically; returns ``target``."""
    target = Path(target)
    temp = target.parent / temp_name()
    fd = ops.open_new(temp)
    try:
        try:
            write(_FdWriter(ops, fd))
            ops.fsync(fd)
        finally:
            ops.close(fd)
        ops.replace(temp, target)
    except BaseException:
        try:
            ops.remove(temp)
        except OSError:
            pass  # already gone (e.g. the folder vanished with it)
        raise
    ops.fsync_dir(target.parent)
    return target


def atomic_copy(source: Path, target: Path, ops: FileOps = REAL_OPS) -> Path:
    """Copy ``source`` to ``target`` atomically."""

    def copy(out: Writable) -> None:
        with open(source, "rb") as f:
            for chunk in iter(lambda: f.read(CHUNK), b""):
                out.write(chunk)

    try:
        return atomic_write(target, copy, ops)
    except OSError as exc:
        _annotate(exc, target, Path(source).stat().st_size if Path(source).exists() else None)
        raise


def atomic_save_workbook(workbook: Workbook, target: Path, ops: FileOps = REAL_OPS) -> Path:
    """Save an openpyxl workbook atomically (openpyxl writes a zip, which needs a seekable file)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    try:
        return atomic_write(target, lambda out: out.write(data), ops)
    except OSError as exc:
        _annotate(exc, target, len(data))
        raise


def _annotate(exc: OSError, target: Path, size: int | None) -> None:
    """What a message about a full disk needs: the file's name and how many bytes it takes."""
    exc.file_name = Path(target).name  # type: ignore[attr-defined]
    exc.needed_bytes = size  # type: ignore[attr-defined]
