"""The shared folder: hyrdesk never overwrites or removes a file it did not write, and leaves nothing behind."""

from __future__ import annotations

import errno
import hashlib
import os
import time
from pathlib import Path

import openpyxl
import pytest

from hyrdesk.domain.period import Period
from hyrdesk.errors import DatabaseError, UserError
from hyrdesk.files.atomic import FileOps, is_temp_name
from hyrdesk.services.delivery.ownership import STALE_TEMP_SECONDS, is_hyrdesk_export
from hyrdesk.services.delivery.service import DELIVERED, PENDING
from hyrdesk.services.settings import SHARED_FOLDER

PERIOD = Period(2026, 10)


def state(folder: Path) -> dict[Path, tuple[str, int]]:
    return {
        p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() or p.is_symlink()
    }


@pytest.fixture
def shared(tmp_path, services):
    folder = tmp_path / "delad"
    folder.mkdir()
    services.settings.set(SHARED_FOLDER, folder)
    return folder


@pytest.fixture
def export(services, unit, shared):
    """A real line-dialogue export, saved locally and queued (not yet delivered)."""
    path = services.exports.write(unit, PERIOD)
    return services.exports.enqueue(unit, PERIOD, path)


def someone_elses_workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Min egen uppföljning"
    wb.properties.creator = "Anna på ekonomi"
    wb.save(path)


def test_a_file_hyrdesk_did_not_write_is_left_and_the_export_goes_beside_it(services, export, shared):
    unit_folder = shared / "MED4"
    unit_folder.mkdir()
    theirs = unit_folder / export.target_name
    someone_elses_workbook(theirs)
    before = state(shared)
    item = services.delivery.deliver(export)
    assert item.status == DELIVERED
    beside = Path(item.delivered_path)
    assert beside.parent == unit_folder and beside.name.endswith(" (hyrdesk).xlsx")
    assert is_hyrdesk_export(beside, "MED4")
    assert {p: v for p, v in state(shared).items() if p in before} == before  # not a byte of theirs changed
    assert export.target_name in item.note and beside.name in item.note and "inte rörts" in item.note


def test_hyrdesks_own_export_of_the_unit_is_replaced_in_place(services, unit, export, shared):
    assert services.delivery.deliver(export).status == DELIVERED
    again = services.exports.enqueue(unit, PERIOD, services.exports.write(unit, PERIOD))
    item = services.delivery.deliver(again)
    assert item.delivered_path == str(shared / "MED4" / export.target_name) and item.note is None
    assert sorted(p.name for p in (shared / "MED4").iterdir()) == [export.target_name]


def test_another_units_export_under_this_name_is_not_overwritten(services, unit, export, shared):
    other = services.units.create("HC1", "Hälsocentral 1", "primärvård")
    theirs_path = services.exports.write(other, PERIOD)
    (shared / "MED4").mkdir()
    theirs = shared / "MED4" / export.target_name
    theirs.write_bytes(theirs_path.read_bytes())
    before = state(shared)
    item = services.delivery.deliver(export)
    assert item.status == DELIVERED and Path(item.delivered_path) != theirs
    assert {p: v for p, v in state(shared).items() if p in before} == before


def test_a_symlink_under_the_name_is_not_followed(services, export, shared, tmp_path):
    outside = tmp_path / "utanfor.txt"
    outside.write_text("rör inte")
    (shared / "MED4").mkdir()
    (shared / "MED4" / export.target_name).symlink_to(outside)
    item = services.delivery.deliver(export)
    assert item.status == DELIVERED and outside.read_text() == "rör inte"
    assert (shared / "MED4" / export.target_name).is_symlink()


class VanishingShare(FileOps):
    """The share drops while the copy is being renamed: the rename and the clean-up both fail."""

    def replace(self, source, target):
        raise OSError(errno.ENOENT, "injected: the share is gone")

    def remove(self, path):
        raise OSError(errno.ENOENT, "injected: the share is gone")


def test_the_next_sync_removes_hyrdesks_own_stale_temporary_files_only(services, export, shared):
    services.delivery.ops = VanishingShare()
    item = services.delivery.deliver(export)
    assert item.status == PENDING
    unit_folder = shared / "MED4"
    left = [p for p in unit_folder.iterdir() if is_temp_name(p.name)]
    assert len(left) == 1 and left[0].stat().st_size == export.local_path.stat().st_size  # full size, left behind
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(left[0], (old, old))
    fresh = unit_folder / ".~hyrdesk-0123456789ab.tmp"  # another copy may be writing this one right now
    fresh.write_bytes(b"in progress")
    lookalike = unit_folder / ".~hyrdesk-anteckningar.tmp"  # not a name hyrdesk makes
    lookalike.write_bytes(b"someone's")
    os.utime(lookalike, (old, old))
    services.delivery.ops = FileOps()
    result = services.delivery.deliver_pending()
    assert len(result.delivered) == 1
    assert not left[0].exists() and fresh.exists() and lookalike.exists()


def test_an_export_that_cannot_be_queued_is_not_saved_and_says_so(services, unit, shared, monkeypatch):
    path = services.exports.write(unit, PERIOD)

    def full(*args, **kwargs):
        raise DatabaseError("Disken är full, så ändringen kunde inte sparas.", "disk")

    monkeypatch.setattr(services.delivery, "queue", full)
    with pytest.raises(UserError, match="sparades inte"):
        services.exports.enqueue(unit, PERIOD, path)
    assert not path.exists()  # nothing saved locally that is not queued


def test_an_export_that_cannot_be_written_is_reported_as_not_saved(services, unit, shared, monkeypatch):
    import hyrdesk.files.atomic as atomic

    class Full(FileOps):
        def write(self, fd, data):
            raise OSError(errno.ENOSPC, "injected: no space")

    monkeypatch.setattr(atomic, "REAL_OPS", Full())
    monkeypatch.setattr(atomic.atomic_save_workbook, "__defaults__", (Full(),))
    with pytest.raises(UserError) as exc:
        services.exports.export_line_dialogue(unit, PERIOD)
    assert "sparades inte" in exc.value.message and "behöver ungefär" in exc.value.message
    assert "MED4_" in exc.value.message  # which file
    assert services.delivery.pending() == []
    assert list(services.paths.exports_dir.glob("*.xlsx")) == []


def test_a_full_shared_folder_names_the_file_and_the_room_it_needs(services, export, shared):
    class Full(FileOps):
        def write(self, fd, data):
            raise OSError(errno.ENOSPC, "injected: no space")

    services.delivery.ops = Full()
    item = services.delivery.deliver(export)
    assert item.status == PENDING
    assert export.target_name in item.last_error and "behöver ungefär" in item.last_error
    assert "kB" in item.last_error or "MB" in item.last_error
