"""Ways to damage a data folder, shared by the unit and GUI tests of start-up recovery."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

from hyrdesk.paths import Paths
from hyrdesk.services.container import open_services
from hyrdesk.storage.migrations import latest_version


def with_unit(paths: Paths, code: str = "MED4", name: str = "Medicinavdelning 4") -> None:
    s = open_services(paths)
    s.units.create(code, name, "sjukhusvård")
    s.close()


def corrupt(path: Path) -> None:
    """Overwrite three pages after the schema page: SQLite calls the image malformed."""
    with path.open("r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\xa5" * 4096 * 3)


def not_a_database(path: Path) -> None:
    path.write_bytes(b"Period;Belopp\n2023-01;1234\n" * 200)


def empty(path: Path) -> None:
    path.write_bytes(b"")


def foreign_sqlite(path: Path) -> None:
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        c.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    c.close()


def too_new(path: Path) -> None:
    c = sqlite3.connect(path)
    c.execute(f"PRAGMA user_version = {latest_version() + 1}")
    c.close()


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys, time
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA locking_mode = EXCLUSIVE")
    c.execute("BEGIN EXCLUSIVE")
    c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print("locked", flush=True)
    sys.stdin.read()  # hold the lock until the test closes our stdin
    """
)


@contextmanager
def exclusively_locked(path: Path):
    """Another process holding an exclusive lock on the database file."""
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


def unprivileged_prefix() -> list[str] | None:
    """A command prefix under which file permissions apply (root ignores them), or None."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    prefix = [unshare, "--user", "--map-user=1000", "--map-group=1000"]
    probe = subprocess.run(prefix + ["true"], capture_output=True, timeout=30)
    return prefix if probe.returncode == 0 else None


def make_read_only(paths: Paths, what: str) -> None:
    if what == "file":
        paths.database.chmod(0o444)
    else:
        paths.data_dir.chmod(0o555)


def undo_read_only(paths: Paths) -> None:
    paths.data_dir.chmod(0o755)
    if paths.database.exists():
        paths.database.chmod(0o644)


def run_hyrdesk(
    args: list[str],
    *,
    prefix: list[str] | None = None,
    busy_ms: int | None = None,
    env: dict | None = None,
    timeout: int = 120,
) -> subprocess.CompletedProcess:
    """``hyrdesk ARGS`` in a real process, optionally with a short busy timeout (locked database)."""
    code = "import sys\n"
    if busy_ms is not None:
        code += f"import hyrdesk.storage.db as _db; _db.BUSY_TIMEOUT_MS = {busy_ms}\n"
    code += "from hyrdesk.__main__ import main\nsys.exit(main(sys.argv[1:]))\n"
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        (prefix or []) + [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).parents[2],
    )
