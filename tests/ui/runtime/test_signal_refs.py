"""Emitting signals must not wear down the reference count of True/False.

PySide6 6.12.0 returns the bools of ``SignalInstance.emit``/``disconnect``
without a reference, so every emit took one from ``True`` until the process
died with "Fatal Python error: bool_dealloc" (at exit after the costs and gaps
GUI tests, or in a long session). ``hyrdesk.ui.runtime.signal_refs`` gives the
reference back. These tests count references around thousands of calls; each
loop checks in small chunks, so a regression fails here instead of crashing.
"""

import ctypes
import datetime as _dt
import gc
import warnings

import pytest
from PySide6.QtCore import QObject, Signal

from hyrdesk.app import build_main_window
from hyrdesk.paths import Paths
from hyrdesk.services.demo.builder import create_demo
from hyrdesk.ui.runtime import signal_refs
from hyrdesk.ui.runtime.signal_refs import bool_refs, loses_references
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui

CHUNK = 100
SLACK = 20  # objects made or freed meanwhile; the bug loses one per call, CHUNK per chunk


class Emitter(QObject):
    bare = Signal()
    number = Signal(int)
    flag = Signal(bool)


def _nothing(*_args):
    pass


def assert_bools_kept(call, chunks: int) -> None:
    call()  # anything made once, made now
    gc.collect()
    start = bool_refs()
    for _ in range(chunks):
        for _ in range(CHUNK):
            call()
        gc.collect()
        assert start - bool_refs() <= SLACK, "a signal call takes a reference from True/False"


def test_the_workaround_runs_once_when_the_ui_is_imported():
    assert signal_refs.patched is not None
    assert signal_refs.install() is signal_refs.patched  # once per process


def test_emit_keeps_the_bools_reference_counts():
    e = Emitter()
    e.flag.connect(_nothing)
    e.number.connect(_nothing)
    assert_bools_kept(e.bare.emit, 10)  # no receiver
    assert_bools_kept(lambda: e.number.emit(7), 10)
    assert_bools_kept(lambda: (e.flag.emit(True), e.flag.emit(False)), 10)
    e.blockSignals(True)
    assert_bools_kept(e.bare.emit, 5)
    assert e.bare.emit() is True  # the result itself is unchanged


def test_disconnect_keeps_the_bools_reference_counts():
    e = Emitter()

    def connect_disconnect():
        e.number.connect(_nothing)
        assert e.number.disconnect(_nothing) is True

    def disconnect_all():
        e.bare.connect(_nothing)
        assert e.bare.disconnect() is True

    def disconnect_missing():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # "Failed to disconnect", as intended
            assert e.flag.disconnect(_nothing) is False

    assert_bools_kept(connect_disconnect, 5)
    assert_bools_kept(disconnect_all, 5)
    assert_bools_kept(disconnect_missing, 5)


def test_redrawing_the_costs_plots_keeps_the_bools_reference_counts(app, qtbot, tmp_path):
    """The reported path: every redraw emitted ~40 signals (ours and pyqtgraph's)."""
    services = create_demo(Paths(tmp_path / "demo"), today=_dt.date(2026, 11, 22))
    try:
        window = build_main_window(services, SyncTaskRunner(), demo=True)
        qtbot.addWidget(window)
        window.show()
        window.show_page("costs")
        page = window.current_page()
        combo = page.range_combo
        for _ in range(combo.count()):  # warm up: every range drawn once
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
        gc.collect()
        start = bool_refs()
        for _ in range(6):
            for _ in range(10):
                combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
            page.cost_plot.show_month_at(page.cost_plot.months[-1].index)
            gc.collect()
            assert start - bool_refs() <= SLACK, "redrawing the plots takes references from True/False"
    finally:
        services.close()


# --- the parts, independent of the PySide6 version installed -----------------------------
_incref = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_IncRef", ctypes.pythonapi))
_decref = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_DecRef", ctypes.pythonapi))


def _borrowed_true(*_args):
    """What the buggy emit does: hand out True without a reference of its own."""
    _decref(True)
    return True


def test_the_probe_tells_a_leaking_call_from_a_sound_one():
    assert not loses_references(lambda: True)
    assert not loses_references(Emitter().bare.emit)  # patched or not, sound now
    try:
        assert loses_references(_borrowed_true)
    finally:
        for _ in range(signal_refs.PROBE_CALLS):
            _incref(True)


def test_the_wrapper_gives_the_missing_reference_back():
    wrapped = signal_refs._owning_the_bool(_borrowed_true)
    before = bool_refs()
    for _ in range(1000):
        assert wrapped(None) is True
    assert abs(bool_refs() - before) <= 2
