"""Quit cleanly on SIGTERM (logout, ``kill``) and SIGINT (Ctrl+C in the terminal that started hyrdesk).

By default SIGTERM ends the process on the spot: the database is not closed,
the single-instance lock stays behind and ``--demo`` leaves its throwaway data
folder in the temp directory. Here both signals ask the application to quit
the normal way instead: windows close (saving their geometry), ``app.exec()``
returns, and ``run_gui`` closes the database, releases the lock and removes
the demo folder.

Python runs a signal handler only when the interpreter gets control, which it
does not have while Qt waits in ``app.exec()``. ``signal.set_wakeup_fd`` makes
the C-level handler write a byte to a socket that a ``QSocketNotifier``
watches, so the event loop wakes up and the Python handler runs at once (no
polling timer). Windows has no SIGTERM; SIGINT from a console works there too.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog

log = logging.getLogger(__name__)


def handled_signals() -> list[signal.Signals]:
    wanted = [signal.SIGINT]
    if sys.platform != "win32" and hasattr(signal, "SIGTERM"):
        wanted.append(signal.SIGTERM)
    return wanted


def _close_dialogs() -> None:
    """Dialogs shown before the main loop runs (damaged database, "already running") have loops of
    their own, where app.quit() does nothing: reject every one that is open, nested ones too, and
    run_gui sees the request."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


class ShutdownRequest:
    """Whether a signal asked hyrdesk to quit; made once in ``run_gui`` and handed to whoever asks.

    ``listen(app)`` installs the handlers; the object owns the wake-up socket
    pair and its notifier, so they live as long as it does.
    """

    def __init__(self) -> None:
        self.requested = False
        self._wakeup: tuple[socket.socket, socket.socket, QSocketNotifier] | None = None

    def listen(self, app: QCoreApplication) -> bool:
        """Make SIGTERM and SIGINT quit ``app`` through its event loop; False when that cannot be set up here."""
        try:
            reader, writer = socket.socketpair()
        except OSError:  # pragma: no cover - no local sockets at all
            return False
        for sock in (reader, writer):
            sock.setblocking(False)
        try:
            signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        except ValueError:  # not the main thread (only the main thread may handle signals)
            reader.close()
            writer.close()
            return False
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

        def drain() -> None:
            # Reading the bytes is all: Python has control now and runs the handler below.
            try:
                while reader.recv(64):
                    pass
            except OSError:
                pass

        notifier.activated.connect(drain)

        def handler(signum, _frame) -> None:
            log.info("signal %s: closing hyrdesk", signal.Signals(signum).name)
            self.requested = True
            # Queued: a handler may run between any two lines of a slot. Timers run in dialogs' loops too.
            QTimer.singleShot(0, _close_dialogs)
            QTimer.singleShot(0, app.quit)

        for signum in handled_signals():
            signal.signal(signum, handler)
        self._wakeup = (reader, writer, notifier)
        return True
