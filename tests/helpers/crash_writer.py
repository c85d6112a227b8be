"""Child processes for the crash-safety tests (killed with SIGKILL at random moments).

``write DB SEED``: write rows through ``Database.write()`` for ever and print each
id once its transaction has committed (flushed, so the parent knows exactly what
was acknowledged). Some transactions insert a batch of rows and all of them
bump a counter, so a torn transaction would show as a count mismatch.

``restore DATA_DIR BACKUP``: restore a backup into the live database, as
``hyrdesk backup restore`` does.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path


def write(db_path: str, seed: int) -> None:
    from hyrdesk.storage.db import Database

    rng = random.Random(seed)
    db = Database(db_path)
    with db.write() as c:
        c.execute("CREATE TABLE IF NOT EXISTS crash_rows (id INTEGER PRIMARY KEY, run INTEGER, payload BLOB)")
        c.execute("CREATE TABLE IF NOT EXISTS crash_counter (k INTEGER PRIMARY KEY CHECK (k = 1), n INTEGER)")
        c.execute("INSERT OR IGNORE INTO crash_counter VALUES (1, 0)")
    print("ready", flush=True)
    while True:
        batch = rng.choice((1, 1, 1, 5, 40))
        ids = []
        with db.write() as c:
            for _ in range(batch):
                payload = rng.randbytes(rng.choice((10, 200, 3000, 20000)))
                ids.append(c.execute("INSERT INTO crash_rows (run, payload) VALUES (?, ?)", (seed, payload)).lastrowid)
                c.execute("UPDATE crash_counter SET n = n + 1")
            if rng.random() < 0.05:  # deletes too, so pages are freed and reused
                c.execute(
                    "DELETE FROM crash_rows WHERE id IN (SELECT id FROM crash_rows WHERE payload IS NULL LIMIT 1)"
                )
        sys.stdout.write("".join(f"{i}\n" for i in ids))
        sys.stdout.flush()


def restore(data_dir: str, backup: str) -> None:
    from hyrdesk.paths import Paths
    from hyrdesk.services.backups import service as backups

    paths = Paths(Path(data_dir))
    chosen = backups.find_backup(paths.backups_dir, backup)
    print("restoring", flush=True)
    backups.restore_backup(paths, chosen)
    backups.prune(paths.backups_dir, keep=3)
    print("restored", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], int(sys.argv[3]))
    else:
        restore(sys.argv[2], sys.argv[3])
