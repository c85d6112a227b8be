"""Shared test set-up.

Qt must run offscreen before any QApplication exists: without a display and
without this, pytest aborts (exit 134) instead of failing.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HYRDESK_DATA_DIR", None)  # never let a developer's setting leak into tests

import datetime as _dt
from pathlib import Path

import pytest

from hyrdesk.paths import Paths
from hyrdesk.services.container import open_services


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def services(paths):
    s = open_services(paths)
    yield s
    s.close()


@pytest.fixture
def unit(services):
    return services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")


@pytest.fixture
def today() -> _dt.date:
    """A fixed 'today' so that date-dependent tests do not drift."""
    return _dt.date(2026, 11, 22)
