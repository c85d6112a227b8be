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
  many objects, and freezes what is alive when the last such work ends, so a
  preview held in memory is never walked either.
* ``tidy()`` collects the garbage there is now: the GUI thread calls it before
  it hands work to a worker, so that bulk work freezes no garbage and does not
  begin by finalising GUI objects on the worker. (Automatic collections outside
  bulk work still run on whichever thread allocates, as in any Python program.)
* ``release()``, once the results of bulk work are let go (an import wizard
  closed), walks everything once (~30 ms with every page built) and freezes
  what is still alive.

Frozen objects are still freed by reference counting the moment they are no
longer used. What a freeze keeps from the collector is only garbage *cycles*:
those made during bulk work (none in an import; tests/ui/runtime/test_heap.py), and
objects alive at a freeze that later die as a cycle. ``release()`` collects
both.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = True


def settle() -> None:
    """Collect once, then exclude everything alive from future collections (call when start-up is done)."""
    gc.collect()
    gc.freeze()


def tidy() -> None:
    """Collect the garbage there is now: a short walk, since what earlier freezes kept is skipped."""
    gc.collect()


def release() -> None:
    """Collect everything once, frozen objects included, then freeze what is left."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@contextmanager
def bulk_work() -> Iterator[None]:
    """Automatic collection paused while the block runs; what is alive afterwards is frozen.

    Reentrant and thread-safe: with several blocks running at once, collection
    resumes when the last one ends.
    """
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            if threading.current_thread() is threading.main_thread():
                # Garbage made before must not be frozen with the work's objects. On a
                # worker the GUI thread has just done this (ThreadTaskRunner): a collection
                # there would finalise GUI objects on the wrong thread.
                tidy()
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
