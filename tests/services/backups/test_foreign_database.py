"""Another program's SQLite file is refused without writing a byte; hyrdesk's own carry its mark."""

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from hyrdesk.errors import DatabaseError
from hyrdesk.paths import Paths
from hyrdesk.services.container import open_services
from hyrdesk.storage.identity import APPLICATION_ID
from hyrdesk.storage.migrations import latest_version
from tests.helpers.damage import run_hyrdesk

DATA = Path(__file__).parents[2] / "data"


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in the folder: its content hash and modification time in ns."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in folder.iterdir()
        if p.is_file()
    }


def make_foreign(path: Path, *, version: int = 0, app_id: int = 0, wal: bool = False, tables: bool = True) -> None:
    c = sqlite3.connect(path)
    if wal:
        c.execute("PRAGMA journal_mode = WAL")
    if tables:
        c.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        c.execute("CREATE TABLE tags (note_id INTEGER, tag TEXT)")
        c.execute("INSERT INTO notes (body) VALUES ('mitt eget')")
    c.execute(f"PRAGMA user_version = {version}")
    c.execute(f"PRAGMA application_id = {app_id}")
    c.commit()
    c.close()


CASES = {
    "versioned": {"version": 3},  # the case from outside testing: user_version 3, hyrdesk migrated into it
    "unversioned": {"version": 0},
    "marked by another program": {"app_id": 0x0F055112, "tables": False},
    "another program's, in WAL mode": {"version": 12, "wal": True},
    "hyrdesk-like version, other tables": {"version": latest_version()},
}


@pytest.mark.parametrize("case", CASES)
def test_a_foreign_database_is_refused_without_a_byte_written(tmp_path, case):
    paths = Paths(tmp_path / "data").ensure()
    make_foreign(paths.database, **CASES[case])
    before = fingerprint(paths.data_dir)
    with pytest.raises(DatabaseError) as exc:
        open_services(paths)
    assert exc.value.kind == "not_hyrdesk"
    assert "annat program" in exc.value.message and "inte ändrat" in exc.value.message
    assert "--data-dir" in exc.value.message
    out = run_hyrdesk(["--data-dir", str(paths.data_dir), "units", "list"])
    assert out.returncode == 2 and "annat program" in out.stderr and "Traceback" not in out.stderr
    assert fingerprint(paths.data_dir) == before  # same bytes, same times, no -wal or -shm beside it


def test_the_message_says_what_the_file_is(tmp_path):
    paths = Paths(tmp_path / "data").ensure()
    make_foreign(paths.database, version=3)
    with pytest.raises(DatabaseError) as exc:
        open_services(paths)
    assert "schemaversion 3" in exc.value.message and "notes, tags" in exc.value.message


def test_a_new_database_carries_the_mark(paths):
    s = open_services(paths)
    s.close()
    c = sqlite3.connect(paths.database)
    assert c.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    c.close()


def test_an_empty_sqlite_file_becomes_a_hyrdesk_database(tmp_path):
    paths = Paths(tmp_path / "data").ensure()
    make_foreign(paths.database, tables=False)
    assert paths.database.stat().st_size > 0
    s = open_services(paths)
    assert s.db.user_version == latest_version()
    s.close()


def test_an_older_database_gets_the_mark_at_its_next_migration(tmp_path):
    paths = Paths(tmp_path / "data").ensure()
    shutil.copy(DATA / "schema-v1.sqlite3", paths.database)
    c = sqlite3.connect(paths.database)
    assert c.execute("PRAGMA application_id").fetchone()[0] == 0
    c.close()
    s = open_services(paths)
    assert s.db.scalar("PRAGMA application_id") == APPLICATION_ID and s.db.user_version == latest_version()
    s.close()


def test_a_foreign_file_is_not_accepted_as_a_backup(tmp_path, paths):
    from hyrdesk.errors import UserError
    from hyrdesk.services.backups.service import verify_backup

    copy = paths.backups_dir / "manuell-20260101-120000.sqlite3"
    make_foreign(copy, version=3)
    with pytest.raises(UserError, match="ingen hyrdesk-databas"):
        verify_backup(copy)
    assert os.path.exists(copy)
