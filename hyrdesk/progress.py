"""Progress and cancellation for long work, without Qt.

A service doing long work (import, export, sync, roll-up) takes a
``Progress`` and calls ``step`` now and then; ``step`` raises ``Cancelled``
when the user has asked to stop. The GUI's task runner supplies one that
forwards to a progress dialog; the CLI and tests use ``NullProgress``.
"""

from __future__ import annotations


class Cancelled(Exception):
    """The user cancelled; nothing was saved."""


class Progress:
    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def step(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report progress; raises ``Cancelled`` once cancel() has been called."""
        if self._cancelled:
            raise Cancelled()
        self.report(done, total, text)

    def report(self, done: int, total: int | None, text: str) -> None:
        """Override to show progress."""


NullProgress = Progress
