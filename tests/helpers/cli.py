"""Run ``hyrdesk <noun> <verb> …`` in the test process, as a user would from a terminal.

Starting Python for every command cost the suite about 40 % of its time. ``run_cli`` calls the
same entry function the ``hyrdesk`` script calls, ``hyrdesk.__main__.main(argv)``, with stdout
and stderr captured and the exit code returned, and then undoes what a command changes for the
whole process: the log handler it adds to the root logger (and the root level), and any
environment variables the test set for it. Use a real process only where the process is the
point (signals, crash safety, two processes at once, a start-up that must not load Qt).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hyrdesk.__main__ import main


@dataclass(frozen=True)
class Result:
    """What a terminal shows after a command: its exit code, stdout and stderr."""

    code: int
    out: str
    err: str


def run_cli(*args: str, data_dir: Path | str | None = None, env: Mapping[str, str] | None = None) -> Result:
    """``hyrdesk [--data-dir DATA_DIR] ARGS``, in-process; ``env`` is set only for the call."""
    argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    saved_env = {k: os.environ.get(k) for k in (env or {})}
    try:
        os.environ.update(env or {})
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --version, --help, a usage error
                code = _exit_code(exc, err)
    finally:
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)
    return Result(code, out.getvalue(), err.getvalue())


def _exit_code(exc: SystemExit, err: io.StringIO) -> int:
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    err.write(f"{exc.code}\n")  # sys.exit("message") prints the message and exits with 1
    return 1
