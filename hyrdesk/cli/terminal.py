"""Text from files and users reaches the terminal with its control characters made visible.

A heading in an imported file, a note or a unit name may hold a carriage
return, a tab, an escape sequence (which a terminal obeys: colours, a cleared
screen, a changed title) or a right-to-left override that makes text read
differently from what it is. Everything a command prints goes through
:class:`VisibleStream` while the command runs (``terminal_guard``, used by the
entry point for the command line only): line breaks pass, every other control
character is shown as its Unicode picture (␛, ␍, ␉) or as ``<U+XXXX>``.
"""

from __future__ import annotations

import contextlib
import sys
import unicodedata
from collections.abc import Iterator
from typing import TextIO

_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)}
_PICTURES[0x7F] = "\u2421"
_PICTURES.pop(0x0A)  # a line break is a line break


def _visible_char(ch: str) -> str:
    code = ord(ch)
    if code in _PICTURES:
        return _PICTURES[code]
    if 0x80 <= code <= 0x9F or unicodedata.category(ch) in ("Cf", "Zl", "Zp"):
        return f"<U+{code:04X}>"
    return ch


def visible(text: str) -> str:
    """``text`` with every control and invisible format character shown, line breaks kept."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == "\n" else _visible_char(ch) for ch in text)


class VisibleStream:
    """A text stream that writes what it is given with control characters made visible."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str):  # encoding, isatty, fileno … of the real stream
        return getattr(self._stream, name)


@contextlib.contextmanager
def terminal_guard() -> Iterator[None]:
    """Route ``print`` to stdout and stderr through :class:`VisibleStream` for one command."""
    with (
        contextlib.redirect_stdout(VisibleStream(sys.stdout)),
        contextlib.redirect_stderr(VisibleStream(sys.stderr)),
    ):
        yield
