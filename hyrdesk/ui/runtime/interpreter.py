"""The process-wide settings the GUI needs, made once at start-up and nowhere else.

The CLI and the tests run with Python's defaults; only ``run_gui`` calls
``tune_for_gui``.
"""

from __future__ import annotations

import sys

# While a worker runs Python, each call Qt makes into Python on the GUI thread (a model's
# data() for every cell painted, a slot, a timer) waits until the worker lets go of the GIL:
# by default up to 5 ms, so painting one table could stall the window for 0.25-0.45 s
# (bench/responsiveness.py). The worker only hands over when the GUI thread asks, so a
# shorter interval costs it next to nothing.
SWITCH_INTERVAL_S = 0.0005


def tune_for_gui() -> None:
    """Hand the GIL to the GUI thread within half a millisecond while a worker runs."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
