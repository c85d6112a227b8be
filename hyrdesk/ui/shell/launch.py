"""Starting another hyrdesk process (the demo opens in its own window)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess


def demo_command() -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is hyrdesk itself
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "hyrdesk", "--demo"]


def start_demo() -> bool:
    program, arguments = demo_command()
    ok, _pid = QProcess.startDetached(program, arguments)
    return ok
