"""Deciding a text file's encoding from every byte, never from its start alone.

A ledger that is UTF-8 except for one line pasted in from a Windows-1252
file used to be decoded whole as Windows-1252: every å, ä and ö elsewhere
turned into two letters, the "Kostnadsställe" header was no longer
recognised, and every cost centre's rows landed in the unit. Now a file is
decoded in the one encoding that fits all of it, or refused with the line
where it stops fitting:

* a line that decodes as UTF-8 and holds non-ASCII letters is evidence of
  UTF-8; a line that does not decode as UTF-8 is evidence of Windows-1252;
* only UTF-8 evidence (or none): UTF-8. Only Windows-1252 evidence:
  Windows-1252. Both: a mix, refused, naming the first line that does not fit
  the encoding the file starts in. A file with a UTF-8 BOM is UTF-8, and any
  line that is not is refused.

The scan reads the file in blocks; an all-ASCII block (most of a ledger) is
passed over without looking at its lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from os import PathLike

from hyrdesk.errors import UserError

BLOCK = 1 << 20
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_UNDEFINED = re.compile(b"[\x81\x8d\x8f\x90\x9d]")
_HIGH = re.compile(b"[\x80-\xff]")
_HIGH_BYTES = bytes(range(128, 256))


def _has_utf8_sequence(piece: bytes) -> bool:
    """Whether ``piece`` holds a well-formed UTF-8 multi-byte sequence (a line that is UTF-8 and
    not ASCII holds one). Decoding with "ignore" keeps exactly those, as one character each."""
    ascii_bytes = len(piece.translate(None, _HIGH_BYTES))
    return len(piece.decode("utf-8", "ignore")) > ascii_bytes


def _line_at(piece: bytes, start: int, match: re.Match[bytes] | None) -> tuple[int, bytes]:
    """The number and bytes of the line in ``piece`` (whose first line is ``start``) holding ``match``."""
    assert match is not None
    at = match.start()
    begin = piece.rfind(b"\n", 0, at) + 1
    end = piece.find(b"\n", at)
    return start + piece.count(b"\n", 0, at), piece[begin : end if end >= 0 else len(piece)]


def _mixed(name: str, line: int, first: str) -> UserError:
    if first == "utf-8":
        what = f"filen börjar som UTF-8, men rad {line} är inte UTF-8 (troligen Windows-1252)"
    else:
        what = f"filen börjar som Windows-1252 (ANSI), men rad {line} är UTF-8"
    return UserError(
        f"{name} blandar två teckenkodningar: {what}. hyrdesk läser inte filen, eftersom å, ä och ö då "
        "skulle tolkas fel på en del rader (och rubriker inte kännas igen). Öppna filen i Excel, spara den "
        "som ”CSV UTF-8” och försök igen."
    )


def _lines(blocks: Iterable[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """(number of the first line in a piece, the piece, whether it is known to be ASCII)."""
    line = 1
    carry = b""
    for block in blocks:
        data = carry + block
        cut = data.rfind(b"\n") + 1
        whole, carry = data[:cut], data[cut:]
        if whole:
            yield line, whole, whole.isascii()
            line += whole.count(b"\n")
    if carry:
        yield line, carry, carry.isascii()


class Evidence:
    """Where the file shows each encoding: line numbers (1-based), None where it does not."""

    def __init__(self) -> None:
        self.first_utf8: int | None = None  # a line that is UTF-8 and not ASCII
        self.first_bad: int | None = None  # a line that is not UTF-8
        self.bad_line = b""  # that line's bytes
        self.first_undefined: int | None = None  # a line Windows-1252 cannot decode either


def evidence(blocks: Iterable[bytes]) -> Evidence:
    """Scan every line that is not ASCII; stops once both encodings are shown."""
    ev = Evidence()
    for start, piece, ascii_only in _lines(blocks):
        if ascii_only:
            continue
        try:
            piece.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # the whole piece is UTF-8: its first non-ASCII line is the evidence
            if ev.first_utf8 is None:
                at = next(i for i, b in enumerate(piece) if b > 127)
                ev.first_utf8 = start + piece.count(b"\n", 0, at)
            continue
        if not _has_utf8_sequence(piece):
            # No UTF-8 sequence anywhere: every non-ASCII line here is Windows-1252 (the usual
            # case for an ANSI ledger, found without looking at each line).
            if ev.first_bad is None:
                ev.first_bad, ev.bad_line = _line_at(piece, start, _HIGH.search(piece))
            if ev.first_undefined is None and (m := _UNDEFINED.search(piece)):
                ev.first_undefined = _line_at(piece, start, m)[0]
            continue
        for offset, raw in enumerate(piece.split(b"\n")):
            if raw.isascii():
                continue
            number = start + offset
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                if ev.first_bad is None:
                    ev.first_bad, ev.bad_line = number, raw
                if ev.first_undefined is None and not _CP1252_UNDEFINED.isdisjoint(raw):
                    ev.first_undefined = number
            else:
                if ev.first_utf8 is None:
                    ev.first_utf8 = number
            if ev.first_utf8 is not None and ev.first_bad is not None:
                return ev
    return ev


def decide(blocks: Iterable[bytes], name: str, bom: bool, looks_like_text: Callable[[str], None]) -> str:
    """``utf-8``, ``utf-8-sig`` or ``cp1252`` for the whole file, or a Swedish ``UserError``.

    ``looks_like_text`` raises when Windows-1252 text is really another encoding (Shift-JIS,
    random bytes): such a file is an unknown encoding, not a mix.
    """
    ev = evidence(blocks)
    if ev.first_undefined is not None and (bom or ev.first_utf8 is None):
        raise UserError(
            f"{name} har en teckenkodning som hyrdesk inte känner igen: rad {ev.first_undefined} är varken "
            "UTF-8 eller Windows-1252. Spara filen som ”CSV UTF-8” i Excel och försök igen."
        )
    if ev.first_bad is not None and ev.first_utf8 is not None:  # a mix, or another encoding entirely?
        looks_like_text(ev.bad_line.decode("cp1252", errors="replace"))
    if bom:
        if ev.first_bad is not None:
            raise _mixed(name, ev.first_bad, "utf-8")
        return "utf-8-sig"
    if ev.first_bad is None:
        return "utf-8"
    if ev.first_utf8 is not None:
        if ev.first_utf8 < ev.first_bad:
            raise _mixed(name, ev.first_bad, "utf-8")
        raise _mixed(name, ev.first_utf8, "cp1252")
    return "cp1252"


def file_blocks(path: str | PathLike[str]) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while block := f.read(BLOCK):
            yield block


def memory_blocks(data: bytes) -> Iterator[bytes]:
    for i in range(0, len(data), BLOCK):
        yield data[i : i + BLOCK]
