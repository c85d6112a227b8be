"""Keeping Python's cyclic garbage collector from freezing the window.

A full collection walks every container object alive, holding the GIL the
whole time, on whichever thread happens to allocate: with a 100 000-row file
read into memory that is 0.1–0.3 s in which the GUI thread cannot run a
single line of Python (measured by bench/responsiveness.py; it was the
largest block during import). Nothing in bulk work needs the collector: the
tables and records it builds hold no reference cycles and are freed by
reference counting.

So:

* ``settle()`` after start-up moves everything alive (modules, Qt wrappers,
  the window) to the collector's permanent generation, where no collection
  walks it again (the "gc.freeze" pattern from the Python docs).
* ``bulk_work()`` pauses automatic collection while background work builds
  many objects, and freezes what survives when the last such work ends, so a
  preview held in memory is never walked either. Frozen objects are still
  freed by reference counting the moment they are no longer used. Garbage
  left by other code is collected when bulk work starts (a short walk: what
  earlier freezes kept is skipped), so what stays until the program ends is
  only garbage *cycles* made during the bulk work itself: none in an import,
  tested in tests/unit/test_heap.py.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_active = 0
_was_enabled = True


def settle() -> None:
    """Collect once, then exclude everything alive from future collections (call when start-up is done)."""
    gc.collect()
    gc.freeze()


@contextmanager
def bulk_work() -> Iterator[None]:
    """Automatic collection paused while the block runs; what it built is frozen afterwards.

    Reentrant and thread-safe: with several blocks running at once, collection
    resumes when the last one ends.
    """
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            # Garbage made before, elsewhere, must not be frozen with the work's objects.
            # Cheap: what earlier freezes kept is not walked.
            gc.collect()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                # Everything made during the pause is still in the youngest generation:
                # left there, the next collection of that generation would walk it all.
                gc.freeze()
                if _was_enabled:
                    gc.enable()
