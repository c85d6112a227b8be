"""The outbox and delivery to the shared folder, with real folders.

Tests run as root here, and root ignores permission bits, so "read-only" is
made real with ``chattr +i`` where the file system allows it, and otherwise
(and for read-only mounts and full disks, which no test can make) injected
as an ``OSError`` through ``FileOps``, the seam every delivery system call
goes through. Missing and vanishing folders are real folders.
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from hyrdesk.files.atomic import FileOps, atomic_write, is_temp_name
from hyrdesk.services.container import open_services
from hyrdesk.services.delivery.service import DELIVERED, NO_SHARED_FOLDER, PENDING, SUPERSEDED, check_shared_folder
from hyrdesk.services.settings import SHARED_FOLDER

PERIOD = "2026-10"
NAME = "MED4_underlag-dialog-i-linjen_2026-10_2026-11-22.xlsx"


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if is_temp_name(p.name)] if folder.exists() else []


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shared(tmp_path) -> Path:
    folder = tmp_path / "delad"
    folder.mkdir()
    return folder


@pytest.fixture
def local_file(paths) -> Path:
    paths.exports_dir.mkdir(parents=True, exist_ok=True)
    f = paths.exports_dir / NAME
    f.write_bytes(b"PK\x03\x04 pretend workbook " * 1000)
    return f


@pytest.fixture
def queued(services, unit, shared, local_file):
    services.settings.set(SHARED_FOLDER, shared)
    return services.delivery.queue(unit, "line_dialogue", PERIOD, local_file, NAME)


def chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


class Failing(FileOps):
    """Injects one OSError at a chosen system call (see the module docstring)."""

    def __init__(self, where: str, code: int, after: int = 0):
        self.where, self.code, self.after, self.calls = where, code, after, 0

    def _maybe_fail(self, name: str) -> None:
        if name == self.where:
            self.calls += 1
            if self.calls > self.after:
                raise OSError(self.code, f"injected {errno.errorcode[self.code]}")

    def open_new(self, path):
        self._maybe_fail("open_new")
        return super().open_new(path)

    def write(self, fd, data):
        self._maybe_fail("write")
        return super().write(fd, data)

    def replace(self, source, target):
        self._maybe_fail("replace")
        return super().replace(source, target)


# --- atomic write -------------------------------------------------------------------
def test_atomic_write_puts_the_file_in_place_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.xlsx"
    atomic_write(target, lambda f: f.write(b"hello"))
    assert target.read_bytes() == b"hello"
    assert temp_files(tmp_path) == []


def test_a_failed_write_keeps_the_previous_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old version")
    with pytest.raises(OSError):
        atomic_write(target, lambda f: (f.write(b"x" * 10), f.write(b"y")), Failing("write", errno.ENOSPC, after=1))
    assert target.read_bytes() == b"old version"
    assert temp_files(tmp_path) == []


# --- the shared folder check ------------------------------------------------------------
def test_check_writable_accepts_a_writable_folder_and_leaves_nothing_behind(shared):
    assert check_shared_folder(shared) is None
    assert list(shared.iterdir()) == []


def test_check_writable_explains_missing_unset_and_file(tmp_path):
    assert check_shared_folder(None) == NO_SHARED_FOLDER
    assert "finns inte" in check_shared_folder(tmp_path / "saknas")
    (tmp_path / "fil").write_text("x")
    assert "är en fil" in check_shared_folder(tmp_path / "fil")


def test_check_writable_explains_an_immutable_folder(shared):
    if not chattr("+i", shared):
        pytest.skip("chattr +i is not available on this file system")
    try:
        assert "får inte skriva" in check_shared_folder(shared)
    finally:
        chattr("-i", shared)


def test_check_writable_explains_a_read_only_mount_via_the_seam(shared):
    """Seam: FileOps.open_new raises EROFS (a read-only mount cannot be made in a test)."""
    assert "skrivskyddad" in check_shared_folder(shared, Failing("open_new", errno.EROFS))


def test_settings_refuse_a_folder_that_cannot_be_written(services, tmp_path):
    with pytest.raises(ValueError, match="finns inte"):
        services.settings.set_text(SHARED_FOLDER, str(tmp_path / "saknas"))
    assert services.settings.get(SHARED_FOLDER) is None


# --- delivery ---------------------------------------------------------------------------
def test_delivery_writes_into_the_units_own_folder(services, queued, shared, local_file):
    item = services.delivery.deliver(queued)
    target = shared / "MED4" / NAME
    assert item.status == DELIVERED and item.delivered_path == str(target)
    assert digest(target) == digest(local_file)
    assert local_file.exists()  # the local copy is kept
    assert temp_files(shared) == []
    assert services.delivery.pending() == []


def test_files_of_other_units_are_never_touched(services, queued, shared):
    other = shared / "HCNORR"
    other.mkdir()
    (other / NAME.replace("MED4", "HCNORR")).write_bytes(b"theirs")
    (shared / "lose.txt").write_text("a note in the root")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in shared.rglob("*") if p.is_file()}
    services.delivery.deliver(queued)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in shared.rglob("*") if p.is_file()}
    assert {p: v for p, v in after.items() if p in before} == before
    assert set(after) - set(before) == {shared / "MED4" / NAME}


def test_no_shared_folder_keeps_the_export_pending(services, unit, local_file):
    item = services.delivery.queue(unit, "line_dialogue", PERIOD, local_file, NAME)
    item = services.delivery.deliver(item)
    assert item.status == PENDING and item.last_error == NO_SHARED_FOLDER and item.attempts == 1
    assert services.delivery.status().count == 1


def test_a_missing_shared_folder_keeps_it_pending_and_it_is_delivered_later(services, queued, shared):
    shutil.rmtree(shared)  # the network drive is not connected
    result = services.delivery.deliver_pending()
    assert result.delivered == [] and len(result.pending) == 1
    assert "finns inte" in result.pending[0].last_error
    assert not shared.exists()  # never created: that would hide an unmapped drive
    status = services.delivery.status()
    assert status.count == 1 and "finns inte" in status.reason
    shared.mkdir()
    result = services.delivery.deliver_pending()
    assert len(result.delivered) == 1 and result.pending == []
    assert (shared / "MED4" / NAME).exists()
    assert services.delivery.get(queued.id).attempts == 2


def test_a_folder_vanishing_during_delivery_loses_nothing(services, queued, shared):
    """Seam: FileOps.replace first removes the real unit folder (the share drops mid-write), then renames."""

    class Vanishing(FileOps):
        def replace(self, source, target):
            shutil.rmtree(Path(target).parent)
            return super().replace(source, target)

    services.delivery.ops = Vanishing()
    item = services.delivery.deliver(queued)
    assert item.status == PENDING and "finns inte" in item.last_error
    assert temp_files(shared) == []
    services.delivery.ops = FileOps()
    assert services.delivery.deliver(item).status == DELIVERED
    assert temp_files(shared) == []


def test_an_immutable_unit_folder_keeps_it_pending_without_a_temporary_file(services, queued, shared):
    folder = shared / "MED4"
    folder.mkdir()
    if not chattr("+i", folder):
        pytest.skip("chattr +i is not available on this file system")
    try:
        item = services.delivery.deliver(queued)
        assert item.status == PENDING and "får inte skriva" in item.last_error
        assert temp_files(shared) == [] and list(folder.iterdir()) == []
    finally:
        chattr("-i", folder)
    assert services.delivery.deliver(item).status == DELIVERED


@pytest.mark.parametrize(
    "where, code, words",
    [
        ("open_new", errno.EROFS, "skrivskyddad"),
        ("open_new", errno.EACCES, "får inte skriva"),
        ("write", errno.ENOSPC, "inget utrymme"),
        ("replace", errno.EACCES, "öppen i ett annat program"),
        ("open_new", errno.ETIMEDOUT, "går inte att nå"),
    ],
)
def test_read_only_full_and_busy_targets_keep_it_pending(services, queued, shared, where, code, words):
    """Seam: FileOps raises the OSError a read-only mount, a full disk or an open file would give."""
    target = shared / "MED4" / NAME
    target.parent.mkdir()
    target.write_bytes(b"yesterday's version")
    services.delivery.ops = Failing(where, code)
    item = services.delivery.deliver(queued)
    assert item.status == PENDING and words in item.last_error
    assert target.read_bytes() == b"yesterday's version"
    assert temp_files(shared) == []


def test_a_lost_local_copy_is_explained(services, queued, local_file):
    local_file.unlink()
    item = services.delivery.deliver(queued)
    assert item.status == PENDING and "finns inte längre" in item.last_error


def test_a_newer_export_of_the_same_period_supersedes_the_pending_one(services, unit, queued, local_file):
    newer = services.delivery.queue(unit, "line_dialogue", PERIOD, local_file, NAME)
    assert services.delivery.get(queued.id).status == SUPERSEDED
    assert [i.id for i in services.delivery.pending()] == [newer.id]
    assert [i.id for i in services.delivery.recent()] == [newer.id]


def test_nothing_is_lost_when_the_app_closes_with_exports_pending(paths, unit, services, local_file, tmp_path):
    services.delivery.queue(unit, "line_dialogue", PERIOD, local_file, NAME)
    services.close()
    reopened = open_services(paths)
    try:
        assert len(reopened.delivery.pending()) == 1
        share = tmp_path / "later"
        share.mkdir()
        reopened.settings.set(SHARED_FOLDER, share)
        assert len(reopened.delivery.deliver_pending().delivered) == 1
        assert (share / "MED4" / NAME).exists()
    finally:
        reopened.close()


def test_delivery_from_a_worker_connection(services, queued, shared):
    worker = services.delivery.for_thread()
    try:
        assert len(worker.deliver_pending().delivered) == 1
    finally:
        worker.db.close()
    assert services.delivery.get(queued.id).status == DELIVERED


def test_recent_lists_pending_first_then_delivered(services, unit, queued, local_file):
    services.delivery.deliver(queued)
    other = services.delivery.queue(unit, "line_dialogue", "2026-09", local_file, NAME.replace("2026-10", "2026-09"))
    services.settings.set(SHARED_FOLDER, None)
    services.delivery.deliver(other)
    assert [i.status for i in services.delivery.recent()] == [PENDING, DELIVERED]
    assert _dt.datetime.fromisoformat(services.delivery.get(queued.id).delivered_at)
