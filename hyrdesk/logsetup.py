"""Logging to a rotating file in the data folder, or to stderr when that file cannot be written.

Logging must never stop the program: a read-only data folder, a file where the
``logs`` folder should be or a full disk only move the log to stderr (warnings
and errors, so a terminal is not flooded), and one line says where the log
would have been.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _FileHandler(logging.handlers.RotatingFileHandler):
    """hyrdesk's own log file handler: configuring again replaces it, and only it."""


class _StderrHandler(logging.StreamHandler[TextIO]):
    """hyrdesk's stand-in when the log file cannot be opened: warnings and errors on stderr."""


class _NullHandler(logging.NullHandler):
    """hyrdesk's stand-in when there is no stderr either (a windowed program on Windows)."""


OUR_HANDLERS = (_FileHandler, _StderrHandler, _NullHandler)


def log_unwritable_message(log_file: Path, reason: str) -> str:
    return (
        f"hyrdesk: loggfilen {log_file} kan inte skrivas ({reason}); "
        "varningar och fel skrivs här i terminalen i stället."
    )


def configure_logging(log_file: Path, level: int = logging.INFO, *, stderr: TextIO | None = None) -> Path | None:
    """Log to ``log_file``; returns it, or None when the log went to stderr instead.

    Never raises: an ``OSError`` opening the file sends warnings and errors to
    ``stderr`` and says so there once.
    """
    root = logging.getLogger()
    # Re-configuring (tests, --selftest after a GUI run) replaces our handler.
    for h in list(root.handlers):
        if isinstance(h, OUR_HANDLERS):
            root.removeHandler(h)
            h.close()
    stream = stderr if stderr is not None else sys.stderr
    handler: logging.Handler
    result: Path | None
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = _FileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        result = log_file
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if stream is not None:
            try:
                print(log_unwritable_message(log_file, reason), file=stream)
            except (OSError, ValueError):  # pragma: no cover - a closed stderr
                pass
        handler = _StderrHandler(stream) if stream is not None else _NullHandler()
        handler.setLevel(logging.WARNING)
        result = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return result
