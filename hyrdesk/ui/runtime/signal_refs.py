"""Give back the reference PySide6 6.12.0 takes from True/False on every signal emit.

PySide6 6.12.0 returns the bool result of ``SignalInstance.emit()`` and
``SignalInstance.disconnect()`` without a reference of its own (6.11.3 does
not; ``QObject.emit``/``QObject.disconnect`` are fine). Every call – ours and
pyqtgraph's, ~40 per redraw of the Hyrkostnader plots – therefore takes one
reference away from ``True`` (or ``False``). On Python 3.11 the bools are not
immortal: when their count reaches zero the process aborts with "Fatal Python
error: bool_dealloc", at exit (once everything else has let go of ``True``) or,
after a long session, in the middle of the user's work.

``install()`` (called when ``hyrdesk.ui`` is imported, before any of our
widgets or pyqtgraph emit anything) measures whether this PySide6 has the bug
and, only then, wraps the two methods so each bool they return gets the
reference it lacks. A PySide6 without the bug is left untouched.
"""

from __future__ import annotations

import functools
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBE_CALLS = 16
patched: list[str] | None = None  # what install() wrapped; None before it ran


class _Probe(QObject):
    fired = Signal()


def _nothing() -> None:
    pass


def bool_refs() -> int:
    """References held on True and False together (what the bug takes away)."""
    return sys.getrefcount(True) + sys.getrefcount(False)


def loses_references(call) -> bool:
    """Whether calling ``call()`` and dropping its result lowers ``bool_refs()``."""
    before = bool_refs()
    for _ in range(PROBE_CALLS):
        call()
    # Half the calls, not all: another thread may touch True meanwhile.
    return before - bool_refs() >= PROBE_CALLS // 2


def _owning_the_bool(method):
    """``method`` wrapped so that a bool it returns comes with a reference of its own."""
    import ctypes  # only with the buggy PySide6

    incref = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_IncRef", ctypes.pythonapi))

    @functools.wraps(method)
    def wrapper(self, *args):
        result = method(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    return wrapper


def install() -> list[str]:
    """Patch ``SignalInstance.emit``/``disconnect`` if they leak (once); returns the names patched."""
    global patched
    if patched is not None:
        return patched
    patched = []
    probe = _Probe()

    def connect_and_disconnect():
        probe.fired.connect(_nothing)
        return probe.fired.disconnect(_nothing)

    # Probe both before patching either: connect_and_disconnect emits nothing, emit disconnects nothing.
    leaking = {
        "emit": loses_references(probe.fired.emit),
        "disconnect": loses_references(connect_and_disconnect),
    }
    for name, leaks in leaking.items():
        if leaks:
            setattr(SignalInstance, name, _owning_the_bool(getattr(SignalInstance, name)))
            patched.append(name)
    return patched
