"""Roll-up for the line manager and the region: every unit's latest export in a shared folder.

Scans ``<folder>/*.xlsx`` and ``<folder>/*/*.xlsx``. Each file is untrusted
and passes tabular's checks before its ``data`` sheet is read with
python-calamine (``reader.py``), in worker processes, and only when the cache
in the local database does not already know the file (``scanner.py``).
Anything that is not an export, or is damaged, is listed as skipped with the
reason; nothing stops the roll-up. Per unit the latest export wins: the
highest period, then the newest creation time. The figures are consolidated
into one long table with pandas (``consolidate.py``), of which the
workbook's sheets are pivots (``pivots.py``) and the BI dataset is a CSV.
"""

from __future__ import annotations

from pathlib import Path

from hyrdesk.files.atomic import atomic_write
from hyrdesk.progress import Progress
from hyrdesk.services.rollup.consolidate import LONG_COLUMNS, Rollup, SkippedFile, UnitExport, consolidate
from hyrdesk.services.rollup.scanner import candidate_files, scan_folder
from hyrdesk.storage.db import Database
from hyrdesk.storage.rollup_cache import RollupCacheRepository

__all__ = [
    "LONG_COLUMNS",
    "Rollup",
    "RollupService",
    "SkippedFile",
    "UnitExport",
    "candidate_files",
    "scan",
    "write_csv",
]


class RollupService:
    """The roll-up with its cache in the local database."""

    def __init__(self, db: Database):
        self.db = db

    def scan(self, folder: Path | str, progress: Progress | None = None, workers: int | None = None) -> Rollup:
        """Read the folder (off the GUI thread: the cache is written through a connection of its own)."""
        db = self.db.reopen()
        try:
            result = scan_folder(folder, RollupCacheRepository(db), progress, workers)
        finally:
            db.close()
        if progress is not None:
            progress.step(len(result.records), len(result.records), "Sammanställer…")
        return consolidate(result)

    def cached_files(self) -> int:
        return RollupCacheRepository(self.db).count()


def scan(folder: Path | str, progress: Progress | None = None, workers: int | None = None) -> Rollup:
    """The roll-up without a cache: every file is read."""
    return consolidate(scan_folder(folder, None, progress, workers))


def write_csv(r: Rollup, out: Path | str) -> Path:
    """The long table as UTF-8 CSV for BI tools (RFC 4180: comma, CRLF, a header row; ``.`` decimals;
    periods YYYY-MM; ``created`` ISO 8601). Written atomically."""
    import io

    buf = io.StringIO()
    r.long_table().to_csv(buf, index=False, lineterminator="\r\n", float_format=None)
    data = buf.getvalue().encode("utf-8")
    return atomic_write(Path(out), lambda f: f.write(data))
