import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from hyrdesk.errors import DatabaseError
from hyrdesk.paths import Paths
from hyrdesk.services.container import open_services
from hyrdesk.storage.db import Database
from hyrdesk.storage.identity import APPLICATION_ID
from hyrdesk.storage.migrations import DatabaseTooNew, latest_version, migrate
from tests.helpers import DATA


def test_connection_pragmas(services):
    c = services.db.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_new_database_is_at_latest_schema_with_seeded_categories(services):
    assert services.db.user_version == latest_version()
    names = [c.name for c in services.units.categories()]
    assert names == ["Läkare", "Sjuksköterska", "Barnmorska", "Undersköterska", "Övriga"]
    groups = {c.name: c.report_group for c in services.units.categories()}
    assert groups["Barnmorska"] == "Sjuksköterskor/barnmorskor"
    assert services.units.report_groups() == ["Läkare", "Sjuksköterskor/barnmorskor", "Övriga"]


def test_write_rolls_back_on_error(services):
    with pytest.raises(RuntimeError), services.db.write() as c:
        c.execute("INSERT INTO units (code, name, care_area) VALUES ('X', 'X', 'ovrigt')")
        raise RuntimeError("boom")
    assert services.units.list() == []


def test_writes_outside_a_transaction_are_refused(services):
    with pytest.raises(RuntimeError, match="transaction"):
        services.db.execute("DELETE FROM units")


def test_write_uses_begin_immediate(services):
    statements = []
    services.db.conn.set_trace_callback(statements.append)
    with services.db.write():
        pass
    assert statements[0] == "BEGIN IMMEDIATE"


def test_migrates_stored_v1_database_with_backup(tmp_path):
    paths = Paths(tmp_path / "d").ensure()
    shutil.copy(DATA / "schema-v1.sqlite3", paths.database)
    services = open_services(paths)
    try:
        assert services.db.user_version == latest_version()
        assert [u.code for u in services.units.list()] == ["AVD7"]
        backups = list(paths.backups_dir.glob("fore-uppgradering-v1-*.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
            assert old.execute("SELECT code FROM units").fetchall() == [("AVD7",)]
    finally:
        services.close()


def test_refuses_database_from_newer_version_without_touching_it(tmp_path):
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as c:
        c.execute(f"PRAGMA user_version = {latest_version() + 1}")
        c.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer hyrdesk marks its file
    before = path.read_bytes()
    db = Database(path)
    with pytest.raises(DatabaseTooNew, match="nyare version"):
        migrate(db)
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == latest_version() + 1
    assert len(path.read_bytes()) >= len(before)


def test_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="ingen hel hyrdesk-databas"):
        Database(path)


def test_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    import hyrdesk.storage.migrations as migrations

    path = tmp_path / "db.sqlite3"
    shutil.copy(DATA / "schema-v1.sqlite3", path)
    real = migrations._steps()

    class Broken:
        SQL = "CREATE TABLE half_done (x INTEGER);"

        @staticmethod
        def upgrade(conn):
            raise RuntimeError("migration failed midway")

    monkeypatch.setattr(migrations, "_steps", lambda: [real[0], Broken])
    db = Database(path)
    with pytest.raises(RuntimeError):
        migrate(db)
    assert db.user_version == 1
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0
    db.close()


WRITER = textwrap.dedent(
    """
    import sys
    from hyrdesk.storage.db import Database
    db = Database(sys.argv[1])
    for i in range(int(sys.argv[3])):
        with db.write() as c:
            # read, then write: the pattern that fails under a plain BEGIN
            n = c.execute("SELECT count(*) FROM settings").fetchone()[0]
            c.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"{sys.argv[2]}-{i}", str(n)))
    """
)


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(services):
    count = 150
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(services.paths.database), name, str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("gui", "cli")
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    rows = services.db.scalar("SELECT count(*) FROM settings WHERE key LIKE 'gui-%' OR key LIKE 'cli-%'")
    assert rows == 2 * count
