"""Crash safety: SIGKILL a process of the app in the middle of writes, many times.

After every kill, every row the writer reported as committed must be there,
no transaction may be half there, and ``PRAGMA integrity_check`` must say ok.
The default run kills 10 writers (and 5 restores); ``HYRDESK_STRESS=1`` kills
200 (and 50): the figures of such a run are in docs/reliability.md.
SIGKILL stands for a crash of the program; a power cut is covered by
``synchronous=FULL`` (every commit is on disk before it returns), which a test
in a running system cannot cut the power to.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hyrdesk.paths import Paths
from hyrdesk.services.backups import service as backups
from hyrdesk.services.container import open_services

STRESS = os.environ.get("HYRDESK_STRESS") == "1"
WRITER = Path(__file__).parents[1] / "helpers" / "crash_writer.py"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")]


def _start(args: list[str]) -> tuple[subprocess.Popen, list[str], threading.Thread]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=WRITER.parents[1],
    )
    lines: list[str] = []

    def read() -> None:  # keep the pipe drained, so the writer is killed mid-write, not blocked in print
        for line in proc.stdout:
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return proc, lines, reader


def _kill(proc: subprocess.Popen, reader: threading.Thread) -> str:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    reader.join(timeout=60)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    return err


def _wait_for(lines: list[str], text: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while f"{text}\n" not in lines:
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, f"no {text!r} from the child"
        time.sleep(0.002)


def _integrity(path: Path) -> list[str]:
    c = sqlite3.connect(path)
    try:
        return [r[0] for r in c.execute("PRAGMA integrity_check")]
    finally:
        c.close()


def test_sigkill_during_writes_loses_no_committed_row(tmp_path):
    kills = 200 if STRESS else 10
    rng = random.Random(int(os.environ.get("HYRDESK_STRESS_SEED", "8")))
    db = tmp_path / "crash.sqlite3"
    acknowledged: set[int] = set()
    killed_mid_run = committed = 0
    for run in range(kills):
        if run % 25 == 0 and db.exists():  # a fresh file now and then keeps integrity_check quick
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            committed += len(acknowledged)
            acknowledged.clear()
        proc, lines, reader = _start(["write", str(db), str(run)])
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0, 0.08))  # sometimes while it is still opening the database
        else:
            _wait_for(lines, "ready", proc)
            time.sleep(rng.uniform(0.001, 0.25))
        killed_mid_run += proc.poll() is None
        err = _kill(proc, reader)
        assert "Traceback" not in err, err
        acknowledged.update(int(line) for line in lines if line.endswith("\n") and line.strip().isdigit())
        if not db.exists():
            assert not acknowledged
            continue
        assert _integrity(db) == ["ok"], f"run {run}"
        c = sqlite3.connect(db)
        try:
            if not c.execute("SELECT count(*) FROM sqlite_master WHERE name = 'crash_rows'").fetchone()[0]:
                assert not acknowledged
                continue
            present = {r[0] for r in c.execute("SELECT id FROM crash_rows")}
            counter = c.execute("SELECT n FROM crash_counter").fetchone()[0]
        finally:
            c.close()
        lost = acknowledged - present
        assert not lost, f"run {run}: {len(lost)} committed rows lost"
        assert counter == len(present), f"run {run}: a transaction was torn"
    assert killed_mid_run == kills
    committed += len(acknowledged)
    print(
        f"\nSIGKILL during writes: {kills} of {kills} runs, {committed} committed rows, 0 lost, "
        "integrity_check ok after every kill, no torn transaction"
    )


def test_sigkill_during_restore_leaves_the_old_or_the_new_database(tmp_path):
    kills = 50 if STRESS else 5
    rng = random.Random(int(os.environ.get("HYRDESK_STRESS_SEED", "8")))
    paths = Paths(tmp_path / "d").ensure()
    s = open_services(paths, daily_backup=False)
    s.units.create("A", "Avdelning A", "övrigt")
    with s.db.write() as c:  # some bulk, so that a restore takes long enough to be interrupted
        c.execute("CREATE TABLE ballast (x BLOB)")
        c.executemany("INSERT INTO ballast VALUES (?)", [(os.urandom(2000),) for _ in range(2000)])
    a = s.backups.create()
    s.units.create("B", "Avdelning B", "övrigt")
    with s.db.write() as c:
        c.execute("DELETE FROM ballast WHERE rowid % 3 = 0")
    b = s.backups.create()
    s.close()
    # One restore to the end, to learn how long one takes here; the kills then land across it.
    proc, lines, reader = _start(["restore", str(paths.data_dir), b.name])
    _wait_for(lines, "restoring", proc)
    started = time.monotonic()
    _wait_for(lines, "restored", proc)
    duration = time.monotonic() - started
    _kill(proc, reader)
    states = {"A": 0, "AB": 0}
    for run in range(kills):
        target = a if run % 2 == 0 else b
        proc, lines, reader = _start(["restore", str(paths.data_dir), target.name])
        _wait_for(lines, "restoring", proc)
        time.sleep(rng.uniform(0, duration * 2))
        err = _kill(proc, reader)
        assert "Traceback" not in err, err
        assert _integrity(paths.database) == ["ok"], f"run {run}"
        c = sqlite3.connect(paths.database)
        codes = "".join(r[0] for r in c.execute("SELECT code FROM units ORDER BY code"))
        c.close()
        assert codes in states, f"run {run}: a mixture {codes!r}"
        states[codes] += 1
        for copy in backups.list_backups(paths.backups_dir):  # no half-written copy under a final name
            assert backups.verify_backup(copy.path) >= 1
    print(f"\nSIGKILL during restore: {kills} runs of ~{duration:.2f} s, database whole every time ({states})")
