"""Start-up with a damaged database: a clear Swedish message with a way out, nothing lost.

Each case is tried through ``open_services`` (what the GUI and the CLI call)
and through the command line (one line on stderr, exit code 2, no traceback,
the file left as it was).
"""

import re

import pytest

from hyrdesk.errors import DatabaseError
from hyrdesk.services.backups import service as backups
from hyrdesk.services.container import open_services
from tests.helpers.cli import run_cli
from tests.helpers.damage import (
    corrupt,
    empty,
    exclusively_locked,
    foreign_sqlite,
    make_read_only,
    not_a_database,
    run_hyrdesk,
    too_new,
    undo_read_only,
    unprivileged_prefix,
    with_unit,
)

CASES = {
    "corrupt": (corrupt, "damaged", "är skadad"),
    "not-a-database": (not_a_database, "damaged", "ingen hel hyrdesk-databas"),
    "empty": (empty, "empty", "är tom (0 byte)"),
    "foreign": (foreign_sqlite, "not_hyrdesk", "inte hyrdesks"),
    "too-new": (too_new, "too_new", "nyare version"),
}


def prepare(paths, case):
    with_unit(paths)
    with_backup = open_services(paths)
    with_backup.backups.create()
    with_backup.close()
    spoil = CASES[case][0]
    spoil(paths.database)
    return paths.database.read_bytes()


@pytest.mark.parametrize("case", sorted(CASES))
def test_open_services_names_the_problem_and_leaves_the_file(paths, case):
    before = prepare(paths, case)
    _, kind, message = CASES[case]
    with pytest.raises(DatabaseError, match=re.escape(message)) as info:
        open_services(paths)
    assert info.value.kind == kind
    assert "\n" not in info.value.message
    assert paths.database.read_bytes() == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_cli_gives_one_line_with_the_way_out(paths, case):
    before = prepare(paths, case)
    _, kind, message = CASES[case]
    out = run_cli("units", "list", data_dir=paths.data_dir)
    assert out.code == 2, out.err
    assert message in out.err
    assert "hyrdesk backup restore" in out.err
    assert "Traceback" not in out.err and len(out.err.strip().splitlines()) == 1
    assert paths.database.read_bytes() == before


def test_an_empty_file_without_backups_is_a_new_database(paths):
    empty(paths.database)  # what an interrupted first start leaves behind
    s = open_services(paths)
    assert s.units.list() == []
    s.close()


def test_the_way_out_works_from_the_cli(paths):
    prepare(paths, "corrupt")
    damaged = paths.database.read_bytes()
    listed = run_cli("backup", "list", data_dir=paths.data_dir)
    assert listed.code == 0 and "manuell-" in listed.out  # listing works on a damaged database
    name = backups.list_backups(paths.backups_dir)[0].name
    out = run_cli("backup", "restore", name, data_dir=paths.data_dir)
    assert out.code == 0, out.err
    assert "återställd från" in out.out and "flyttades undan" in out.out
    aside = list(paths.data_dir.glob("hyrdesk.sqlite3.skadad-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert "MED4" in run_cli("units", "list", data_dir=paths.data_dir).out


def test_set_aside_starts_afresh_and_keeps_the_damaged_file(paths):
    prepare(paths, "not-a-database")
    damaged = paths.database.read_bytes()
    out = run_cli("backup", "set-aside", data_dir=paths.data_dir)
    assert out.code == 0 and "inte raderad" in out.out
    assert [p.read_bytes() for p in paths.data_dir.glob("hyrdesk.sqlite3.skadad-*")] == [damaged]
    assert "Inga enheter" in run_cli("units", "list", data_dir=paths.data_dir).out


def test_cli_restore_refuses_while_the_window_is_open(paths):
    import os
    import socket
    import subprocess
    import sys

    with_unit(paths)
    s = open_services(paths)
    name = s.backups.create().name
    s.close()
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        paths.lock_file.write_text(f"{window.pid}\nhyrdesk\n{socket.gethostname()}\n")
        out = run_cli("backup", "restore", name, data_dir=paths.data_dir)
    finally:
        window.kill()
        window.wait()
        os.unlink(paths.lock_file)
    assert out.code == 2 and "Stäng det först" in out.err


def test_locked_database(paths, monkeypatch):
    import hyrdesk.storage.db as db

    with_unit(paths)
    with exclusively_locked(paths.database):
        monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
        with pytest.raises(DatabaseError, match="används av ett annat program") as info:
            open_services(paths)
        assert info.value.kind == "locked"
        out = run_cli("units", "list", data_dir=paths.data_dir)  # BUSY_TIMEOUT_MS is 300 here too
    assert out.code == 2 and "används av ett annat program" in out.err and "Stäng det andra" in out.err
    assert "Traceback" not in out.err
    s = open_services(paths)  # once the other program lets go, everything is there
    assert [u.code for u in s.units.list()] == ["MED4"]
    s.close()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_database(paths, what):
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("running as root without user namespaces: file permissions cannot be tested")
    with_unit(paths)
    make_read_only(paths, what)
    try:
        out = run_hyrdesk(
            ["--data-dir", str(paths.data_dir), "units", "add", "--code", "X", "--name", "X", "--area", "övrigt"],
            prefix=prefix,
        )
    finally:
        undo_read_only(paths)
    assert out.returncode == 2, out.stderr
    assert "går inte att skriva till" in out.stderr and "skrivrätt" in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    s = open_services(paths)
    assert [u.code for u in s.units.list()] == ["MED4"]
    s.close()
