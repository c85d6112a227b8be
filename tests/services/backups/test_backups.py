"""Backups: made with the backup API, listed together, rotated per kind, restored safely."""

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys

import pytest

from hyrdesk.errors import UserError
from hyrdesk.paths import Paths
from hyrdesk.services.backups import service as backups
from hyrdesk.services.backups.service import BackupKind
from hyrdesk.services.container import open_services
from hyrdesk.services.settings import BACKUP_KEEP
from hyrdesk.storage.migrations import latest_version
from tests.helpers import DATA
from tests.helpers.damage import corrupt, too_new

NOW = dt.datetime(2026, 11, 22, 8, 15, 0)


def units_in(path):
    c = sqlite3.connect(path)
    try:
        return [r[0] for r in c.execute("SELECT code FROM units ORDER BY code")]
    finally:
        c.close()


def test_a_backup_is_a_whole_self_contained_copy(services, unit):
    b = services.backups.create()
    assert b.kind is BackupKind.MANUAL and b.name.startswith("manuell-") and b.name.endswith(".sqlite3")
    assert b.size == b.path.stat().st_size > 0
    assert backups.verify_backup(b.path) == latest_version()
    c = sqlite3.connect(b.path)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no -wal needed beside it
    c.close()
    assert units_in(b.path) == ["MED4"]
    assert not list(services.paths.backups_dir.glob("*.partial"))


def test_a_worker_copies_through_a_connection_of_its_own(services, unit, monkeypatch):
    import threading

    opened = []
    reopen = type(services.db).reopen
    monkeypatch.setattr(type(services.db), "reopen", lambda db: opened.append(reopen(db)) or opened[-1])
    made = []
    worker = threading.Thread(target=lambda: made.append(services.backups.create_in_worker()))
    worker.start()
    worker.join()
    assert units_in(made[0].path) == ["MED4"] and made[0].kind is BackupKind.MANUAL
    assert len(opened) == 1 and opened[0] is not services.db
    with pytest.raises(sqlite3.ProgrammingError):  # closed after the copy
        opened[0].conn.execute("SELECT 1")


def test_two_backups_in_the_same_second_do_not_overwrite(services, unit):
    a = backups.create_backup(services.db, services.paths.backups_dir, BackupKind.MANUAL, NOW)
    b = backups.create_backup(services.db, services.paths.backups_dir, BackupKind.MANUAL, NOW)
    assert a.name != b.name and a.path.exists() and b.path.exists()
    assert {x.name for x in services.backups.list()} == {a.name, b.name}


def test_pre_migration_backups_are_listed_with_the_others(tmp_path):
    paths = Paths(tmp_path / "d").ensure()
    shutil.copy(DATA / "schema-v1.sqlite3", paths.database)
    s = open_services(paths)
    try:
        s.backups.create()
        listed = s.backups.list()
    finally:
        s.close()
    kinds = {b.kind for b in listed}
    assert kinds == {BackupKind.BEFORE_UPGRADE, BackupKind.MANUAL}
    upgrade = next(b for b in listed if b.kind is BackupKind.BEFORE_UPGRADE)
    assert upgrade.from_schema == 1 and upgrade.label == "Före uppgradering (schema 1)"


def test_listing_ignores_partial_and_unrelated_files_but_shows_other_databases(paths):
    (paths.backups_dir / "daglig-20261101-080000.sqlite3.partial").write_bytes(b"x")
    (paths.backups_dir / "notes.txt").write_text("hej")
    (paths.backups_dir / "min-kopia.sqlite3").write_bytes(b"x")
    (paths.backups_dir / "daglig-20261101-080000.sqlite3").write_bytes(b"x")
    listed = backups.list_backups(paths.backups_dir)
    assert [(b.name, b.kind) for b in listed if b.kind is not BackupKind.OTHER] == [
        ("daglig-20261101-080000.sqlite3", BackupKind.DAILY)
    ]
    assert [b.name for b in listed if b.kind is BackupKind.OTHER] == ["min-kopia.sqlite3"]


def test_rotation_keeps_the_newest_n_of_each_kind(paths):
    for day in range(1, 16):
        (paths.backups_dir / f"daglig-202611{day:02d}-080000.sqlite3").write_bytes(b"x")
    for day in range(1, 4):
        (paths.backups_dir / f"fore-uppgradering-v{day}-202610{day:02d}-080000.sqlite3").write_bytes(b"x")
    (paths.backups_dir / "egen.sqlite3").write_bytes(b"x")
    removed = backups.prune(paths.backups_dir, keep=10)
    assert len(removed) == 5
    left = backups.list_backups(paths.backups_dir)
    daily = [b.created.day for b in left if b.kind is BackupKind.DAILY]
    assert daily == list(range(15, 5, -1))
    assert sum(b.kind is BackupKind.BEFORE_UPGRADE for b in left) == 3
    assert any(b.kind is BackupKind.OTHER for b in left)


def test_rotation_clears_copies_a_crash_interrupted(paths):
    import os
    import time

    old = paths.backups_dir / "daglig-20261101-080000.sqlite3.partial"
    fresh = paths.backups_dir / "manuell-20261122-080000.sqlite3.partial"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")  # perhaps still being written by the other process
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert backups.prune(paths.backups_dir, keep=10) == [old]
    assert fresh.exists()


def test_keep_setting_is_validated(services):
    assert services.settings.get(BACKUP_KEEP) == 10
    assert services.settings.set_text(BACKUP_KEEP, " 3 ") == 3
    assert services.backups.keep == 3
    for bad, message in [("0", "mellan 1 och 1000"), ("tio", "heltal"), ("5000", "mellan 1 och 1000")]:
        with pytest.raises(ValueError, match=message):
            services.settings.set_text(BACKUP_KEEP, bad)


def test_daily_backup_once_a_day_and_only_with_data(services):
    assert services.backups.daily_if_due(NOW) is None  # nothing of the user's yet
    services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    first = services.backups.daily_if_due(NOW)
    assert first is not None and first.kind is BackupKind.DAILY
    assert services.backups.daily_if_due(NOW + dt.timedelta(hours=10)) is None
    assert services.backups.daily_if_due(NOW + dt.timedelta(days=1)) is not None
    services.settings.set(BACKUP_KEEP, 2)
    for d in range(2, 6):
        services.backups.daily_if_due(NOW + dt.timedelta(days=d))
    assert [b.created.day for b in services.backups.list()] == [27, 26]


def test_start_up_makes_the_daily_backup(paths):
    s = open_services(paths)
    s.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    s.close()
    assert backups.list_backups(paths.backups_dir) == []  # a brand-new database had nothing to keep
    s = open_services(paths)
    s.close()
    listed = backups.list_backups(paths.backups_dir)
    assert [b.kind for b in listed] == [BackupKind.DAILY]
    s = open_services(paths)
    s.close()
    assert len(backups.list_backups(paths.backups_dir)) == 1


def test_daily_backup_failure_does_not_stop_start_up(services, unit, monkeypatch):
    def full_disk(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(services.db), "backup_to", full_disk)
    assert services.backups.daily_if_due(NOW) is None


def test_restore_in_place_brings_back_the_data_and_keeps_the_current(services, unit):
    b = services.backups.create()
    services.units.create("AVD7", "Avdelning 7", "sjukhusvård")
    result = services.backups.restore(b)
    # the same service objects read the restored file
    assert [u.code for u in services.units.list()] == ["MED4"]
    assert result.safety_copy is not None and result.safety_copy.kind is BackupKind.BEFORE_RESTORE
    assert result.moved_aside is None
    assert units_in(result.safety_copy.path) == ["AVD7", "MED4"]
    assert services.db.quick_check() == []
    services.units.create("AVD8", "Avdelning 8", "sjukhusvård")  # and writes work
    assert "Den tidigare databasen sparades som fore-aterstallning-" in backups.describe_restore(result)


def test_restore_of_an_older_schema_upgrades_it(services, unit):
    old = services.paths.backups_dir / "gammal.sqlite3"
    shutil.copy(DATA / "schema-v1.sqlite3", old)
    result = services.backups.restore(backups.parse_backup(old))
    assert result.schema == 1
    assert services.db.user_version == latest_version()
    assert [u.code for u in services.units.list()] == ["AVD7"]


@pytest.mark.parametrize(
    "spoil, message",
    [
        (corrupt, "skadad"),
        (lambda p: p.write_bytes(b"not a database at all" * 500), "ingen hyrdesk-databas"),
        (too_new, "nyare version"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE x (y)").connection.close(), "ingen hyrdesk-databas"),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_changes(services, unit, spoil, message):
    bad = services.paths.backups_dir / "daglig-20261101-080000.sqlite3"
    if spoil in (corrupt, too_new):
        services.db.backup_to(bad)
    spoil(bad)
    with pytest.raises(UserError, match=message):
        services.backups.restore(backups.parse_backup(bad))
    assert [u.code for u in services.units.list()] == ["MED4"]  # still connected, same data
    assert [b.kind for b in services.backups.list()] == [BackupKind.DAILY]  # no safety copy needed


def test_restore_over_a_damaged_database_moves_it_aside(paths):
    s = open_services(paths)
    s.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    good = s.backups.create()
    s.close()
    corrupt(paths.database)
    damaged_bytes = paths.database.read_bytes()
    result = backups.restore_backup(paths, good)
    assert result.safety_copy is None
    assert result.moved_aside.name.startswith("hyrdesk.sqlite3.skadad-")
    assert result.moved_aside.read_bytes() == damaged_bytes  # never deleted, never rewritten
    assert units_in(paths.database) == ["MED4"]
    assert "flyttades undan" in backups.describe_restore(result)


def test_move_aside_takes_the_journal_files_along(paths):
    s = open_services(paths)
    s.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert wal.exists()  # the connection is still open: committed pages may live in the WAL
    moved = backups.move_aside(paths.database, NOW)
    s.db.conn.close()
    assert moved.name == "hyrdesk.sqlite3.skadad-20261122-081500"
    assert moved.with_name(moved.name + "-wal").exists()
    assert not paths.database.exists() and not wal.exists()
    assert units_in(moved) == ["MED4"]
    again = backups.move_aside(moved.with_name("x.sqlite3"), NOW)  # nothing there: nothing moved
    assert not again.exists()


def test_find_backup_by_name_with_or_without_suffix(services, unit):
    b = services.backups.create()
    assert backups.find_backup(services.paths.backups_dir, b.name) == b
    assert backups.find_backup(services.paths.backups_dir, b.path.stem) == b
    with pytest.raises(UserError, match="hyrdesk backup list"):
        backups.find_backup(services.paths.backups_dir, "saknas")


def test_gui_running_reads_the_lock_file(paths):
    assert not backups.gui_running(paths)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        import socket

        paths.lock_file.write_text(f"{sleeper.pid}\nhyrdesk\n{socket.gethostname()}\n")
        assert backups.gui_running(paths)
        paths.lock_file.write_text(f"{sleeper.pid}\nhyrdesk\nen-annan-dator\n")
        assert not backups.gui_running(paths)
    finally:
        sleeper.kill()
        sleeper.wait()
    paths.lock_file.write_text(f"{sleeper.pid}\nhyrdesk\n\n")
    assert not backups.gui_running(paths)  # a stale lock after a crash
    paths.lock_file.write_text("garbage")
    assert not backups.gui_running(paths)
