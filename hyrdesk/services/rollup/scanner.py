"""Finding the workbooks in a shared folder and reading those the cache does not know.

A file is known when the cache holds a record for its path with the same
size, modification time and SHA-256 (the hash catches a file replaced by
another with the same name, size and time). The others are read in worker
processes (``reader.read_files``), a few files per task; a handful are read
right here, where starting processes would cost more than it saves. Progress
counts files done of files found, and a cancel stops between files; what was
read by then is kept in the cache. Cache rows of files no longer in the
folder are dropped.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hyrdesk.errors import UserError
from hyrdesk.progress import Cancelled, Progress
from hyrdesk.services.rollup.reader import FORMAT, FileRecord, read_files, sha256_of
from hyrdesk.storage.rollup_cache import CachedFile, RollupCacheRepository

log = logging.getLogger(__name__)

BATCH = 8  # files per worker task
INLINE_MAX = 24  # at most this many files to read: read them here, no processes
MAX_WORKERS = 8  # each worker holds one file's sheet at a time (tabular's memory budget)
STORE_EVERY = 200  # cache rows per transaction


@dataclass
class ScanResult:
    folder: Path
    records: list[FileRecord]  # one per file found, in path order
    files_read: int
    files_cached: int


def candidate_files(folder: Path) -> list[Path]:
    """``folder/*.xlsx`` and ``folder/*/*.xlsx``, sorted."""
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finns inte eller går inte att nå.")
    files = [p for p in folder.glob("*.xlsx") if p.is_file()]
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        try:
            files.extend(p for p in sub.glob("*.xlsx") if p.is_file())
        except OSError as exc:  # a subfolder we may not read: not ours to judge
            log.info("cannot list %s: %s", sub, exc)
    return sorted(files)


def worker_count(files: int) -> int:
    """Processes for ``files`` files: the machine's cores, no more than the work needs."""
    if files <= INLINE_MAX:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS, files // (2 * BATCH)))


def scan_folder(
    folder: Path | str,
    cache: RollupCacheRepository | None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> ScanResult:
    progress = progress or Progress()
    folder = Path(folder).expanduser().absolute()
    progress.step(0, None, "Letar efter arbetsböcker…")
    files = [str(p) for p in candidate_files(folder)]
    total = len(files)
    known = cache.in_folder(str(folder)) if cache is not None else {}
    records: dict[str, FileRecord] = {}
    todo: list[str] = []
    for i, path in enumerate(files):
        if i % 20 == 0:
            progress.step(i, total, f"Kontrollerar {i} av {total} filer…")
        hit = _unchanged(path, known.get(path))
        if hit is not None:
            records[path] = hit
        else:
            todo.append(path)
    cached = len(records)
    fresh: list[FileRecord] = []

    def done(batch: list[FileRecord]) -> None:
        for r in batch:
            records[r.path] = r
        fresh.extend(batch)
        if cache is not None and len(fresh) >= STORE_EVERY:
            _store(cache, folder, fresh)
        progress.step(len(records), total, f"Läst {len(records)} av {total} filer…")

    try:
        _read(todo, done, progress, worker_count(len(todo)) if workers is None else workers)
    finally:
        if cache is not None:
            _store(cache, folder, fresh)
    if cache is not None:
        gone = set(known) - set(files)
        if gone:
            cache.forget(gone)
    progress.step(total, total, "Sammanställer…")
    return ScanResult(folder, [records[p] for p in files], len(todo), cached)


def _unchanged(path: str, known: CachedFile | None) -> FileRecord | None:
    if known is None or known.format != FORMAT:
        return None
    try:
        st = os.stat(path)
        if st.st_size != known.size or st.st_mtime_ns != known.mtime_ns or sha256_of(path) != known.sha256:
            return None
    except OSError:
        return None
    return FileRecord(*(getattr(known, f) for f in CachedFile.__dataclass_fields__))


def _store(cache: RollupCacheRepository, folder: Path, fresh: list[FileRecord]) -> None:
    rows = [CachedFile(*(getattr(r, f) for f in CachedFile.__dataclass_fields__)) for r in fresh if r.sha256]
    fresh.clear()
    cache.store(str(folder), rows, _dt.datetime.now().isoformat(timespec="seconds"))


def _read(todo: list[str], done: Callable[[list[FileRecord]], None], progress: Progress, workers: int) -> None:
    if workers <= 0 or len(todo) <= 1:
        for path in todo:
            done(read_files([path]))  # done() reports progress, which raises Cancelled after a cancel
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    # spawn, not fork: the GUI process has threads (Qt's, the task runner's), which fork does not copy.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        pending: set[Future[list[FileRecord]]] = set()
        queue = iter(batches)
        for batch in queue:  # at most two batches per worker in flight: bounded memory
            pending.add(pool.submit(read_files, batch))
            if len(pending) >= 2 * workers:
                break
        while pending:
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            if progress.cancelled:
                raise Cancelled()
            for future in finished:
                done(future.result())
                nxt = next(queue, None)
                if nxt is not None:
                    pending.add(pool.submit(read_files, nxt))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
