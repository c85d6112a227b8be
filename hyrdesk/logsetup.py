"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class _FileHandler(logging.handlers.RotatingFileHandler):
    """hyrdesk's own log file handler: configuring again replaces it, and only it."""


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    # Re-configuring (tests, --selftest after a GUI run) replaces our handler.
    for h in list(root.handlers):
        if isinstance(h, _FileHandler):
            root.removeHandler(h)
            h.close()
    handler = _FileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
