"""A real ``python -m hyrdesk`` process, signalled once it is ready (for the tests of SIGTERM/SIGINT)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable


def run_until_signalled(
    args: list[str],
    env: dict[str, str],
    ready: Callable[[], bool],
    signum: int,
    what: str,
    timeout: float = 90,
    settle: float = 0.0,
) -> tuple[int, str]:
    """Start hyrdesk with ``args``, wait until ``ready()``, send ``signum``; its exit code and stderr.

    ``settle``: seconds to wait after ready, e.g. for a dialog's own loop to run. The process
    is killed if anything goes wrong, so a failing test never leaves it behind.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "hyrdesk", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while not ready():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, f"{what} never came"
            time.sleep(0.05)
        time.sleep(settle)
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, err
