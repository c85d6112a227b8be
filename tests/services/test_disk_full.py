"""A full disk is told in Swedish: which file, where, and how much room it needs."""

import errno

import pytest

from hyrdesk.errors import UserError
from hyrdesk.files.space import disk_full_message, format_size


def test_sizes_are_written_the_swedish_way():
    assert [format_size(n) for n in (950, 12_500, 3_200_000, 1_100_000_000)] == [
        "950 byte",
        "12,5 kB",
        "3,2 MB",
        "1,1 GB",
    ]


def test_the_message_names_the_file_and_the_room(tmp_path, monkeypatch):
    import hyrdesk.files.space as space

    monkeypatch.setattr(space, "free_space", lambda where: 100_000)
    text = disk_full_message(tmp_path, 3_200_000, "MED4_underlag.xlsx")
    assert "MED4_underlag.xlsx" in text and str(tmp_path) in text
    assert "3,2 MB" in text and "100,0 kB" in text and "frigör minst 4,1 MB" in text


def test_a_review_workbook_on_a_full_disk(services, unit, tmp_path, monkeypatch):
    import openpyxl.workbook.workbook as wbmod

    def full(self, filename):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wbmod.Workbook, "save", full)
    review = services.reviews.start(unit, services.reviews.templates.standard())
    with pytest.raises(UserError) as exc:
        services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    assert "oversyn.xlsx sparades inte" in exc.value.message and "utrymme" in exc.value.message
    assert "No space" not in exc.value.message


def test_a_daily_backup_on_a_full_disk(services, unit, monkeypatch):
    from hyrdesk.storage.db import Database

    def full(self, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Database, "backup_to", full)
    for b in services.paths.backups_dir.iterdir():
        b.unlink()
    assert services.backups.daily_if_due() is None
    message = services.backups.daily_error
    assert "Säkerhetskopian kunde inte skapas" in message and ".sqlite3" in message and "behöver ungefär" in message
    assert "No space" not in message
