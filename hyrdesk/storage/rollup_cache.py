"""The roll-up's file cache (table ``rollup_cache``, migration m008)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hyrdesk.storage.db import Database


@dataclass(frozen=True)
class CachedFile:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    format: int
    meta: str
    periods: bytes | None
    measures: bytes | None
    categories: bytes | None
    vals: bytes | None


_COLUMNS = "path, size, mtime_ns, sha256, format, meta, periods, measures, categories, vals"


class RollupCacheRepository:
    def __init__(self, db: Database):
        self.db = db

    def in_folder(self, folder: str) -> dict[str, CachedFile]:
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM rollup_cache WHERE folder = ?", (folder,)).fetchall()
        return {r[0]: CachedFile(*r) for r in rows}

    def store(self, folder: str, files: Iterable[CachedFile], read_at: str) -> None:
        rows = [
            (
                f.path,
                folder,
                f.size,
                f.mtime_ns,
                f.sha256,
                f.format,
                f.meta,
                f.periods,
                f.measures,
                f.categories,
                f.vals,
                read_at,
            )
            for f in files
        ]
        if not rows:
            return
        with self.db.write() as c:
            c.executemany(
                "INSERT OR REPLACE INTO rollup_cache (path, folder, size, mtime_ns, sha256, format, meta, "
                "periods, measures, categories, vals, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def forget(self, paths: Iterable[str]) -> int:
        gone = [(p,) for p in paths]
        if not gone:
            return 0
        with self.db.write() as c:
            c.executemany("DELETE FROM rollup_cache WHERE path = ?", gone)
        return len(gone)

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM rollup_cache"))
