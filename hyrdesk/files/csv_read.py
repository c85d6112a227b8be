"""Reading CSV files from outside: encoding, delimiter, and rows in bounded memory.

The encoding is sniffed from the start of the file (a BOM, UTF-16, binary
garbage) and then decided from every byte (``encoding.decide``): UTF-8 with
or without BOM, or Windows-1252 (what Swedish Excel writes as "CSV
(semikolonavgränsad)"); a file that mixes them is refused with the line
where the mix starts. A file that decodes as Windows-1252 only by
accident (Shift-JIS, other multi-byte encodings, random bytes) shows it in
its letters: non-ASCII characters in long runs and characters Swedish text
never has. Such a file, and one with control characters or NUL bytes, is
refused with a Swedish message rather than read as nonsense.

The file is read as a stream (never whole into memory): each physical line
is bounded, and an estimate of the memory the rows take is kept below a
budget, so a huge or hostile file is refused before it can use much.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from hyrdesk.errors import UserError
from hyrdesk.files.encoding import decide, file_blocks, memory_blocks
from hyrdesk.progress import Progress

SAMPLE_BYTES = 256 * 1024
MAX_LINE_CHARS = 1_000_000
CSV_MEMORY_BUDGET = 200 * 1024 * 1024  # estimated bytes of Python objects for the rows

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Characters cp1252 decodes to that Swedish text (names of units, accounts, categories) never holds.
_RARE = set("ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ¡¢£¤¥¦¨©ª«¬®¯±²³´µ¶¸¹º»¼¾¿ÐÞßðþ")
_SWEDISH = set("åäöÅÄÖéÉüÜ")
_TEXT_CONTROLS = {"\t", "\n", "\r", "\x0c", "\x1a"}


def _n(value: int) -> str:
    """1 000 000 with no-break spaces, the Swedish way."""
    return f"{value:,}".replace(",", "\u00a0")


def _not_text(name: str) -> UserError:
    return UserError(f"{name} ser inte ut som en textfil (CSV). Kontrollera att du valt rätt fil.")


def _unknown_encoding(name: str) -> UserError:
    return UserError(
        f"{name} har en teckenkodning som hyrdesk inte känner igen (varken UTF-8 eller Windows-1252). "
        "Spara filen som ”CSV UTF-8” i Excel och försök igen."
    )


def sniff_encoding(sample: bytes, name: str = "filen", blocks: Callable[[], Iterable[bytes]] | None = None) -> str:
    """The encoding of a CSV file; raises a Swedish UserError if it is not text.

    From its first bytes alone, or, given ``blocks`` (the whole file), decided from every
    byte (``encoding.decide``): a file that mixes UTF-8 and Windows-1252 is refused.
    """

    def cp1252_check(text: str) -> None:
        check_text(text, name, "cp1252")

    if sample.startswith(_UTF8_BOM):
        return "utf-8-sig" if blocks is None else decide(blocks(), name, True, cp1252_check)
    if sample[:2] in _UTF16_BOMS:
        return "utf-16"
    if b"\x00" in sample:
        odd, even = sample[1::2], sample[0::2]
        # UTF-16 text: one byte of each pair (the high byte of ASCII letters) is almost always NUL.
        if (odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even)) or (
            even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd)
        ):
            raise UserError(
                f"{name} är sparad som UTF-16 utan markering av byteordning. "
                "Spara den som ”CSV UTF-8” i Excel och försök igen."
            )
        raise _not_text(name)
    if blocks is not None:
        encoding = decide(blocks(), name, False, cp1252_check)
        if encoding == "cp1252":
            cp1252_check(sample.decode("cp1252", errors="replace"))
        return encoding
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = codecs.getincrementaldecoder("cp1252")().decode(sample, final=False)
    except UnicodeDecodeError:
        raise _unknown_encoding(name) from None
    check_text(text, name, "cp1252")
    return "cp1252"


def check_text(text: str, name: str, encoding: str) -> None:
    """Refuse text that is really binary, or another encoding read as Windows-1252."""
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    if controls > max(3, len(text) // 1000):
        raise _not_text(name)
    if encoding != "cp1252":
        return
    non_ascii = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if len(non_ascii) < 8:
        return
    # Another encoding read as Windows-1252 shows up as runs of odd characters ("Ã¤" for UTF-8's
    # "ä"); two Swedish letters side by side ("ää" in a short heading) are text, not such a run.
    runs = sum(
        1 for a, b in zip(non_ascii, non_ascii[1:]) if b == a + 1 and not (text[a] in _SWEDISH and text[b] in _SWEDISH)
    )
    rare = sum(1 for i in non_ascii if text[i] in _RARE)
    if runs / len(non_ascii) > 0.3 or rare / len(non_ascii) > 0.15:
        raise _unknown_encoding(name)


def decode_text(data: bytes, name: str = "filen") -> tuple[str, str]:
    """Decode CSV bytes held in memory. Returns (text, encoding)."""
    encoding = sniff_encoding(data[:SAMPLE_BYTES], name, lambda: memory_blocks(data))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _unknown_encoding(name) from None
    check_text(text[:SAMPLE_BYTES], name, encoding)
    return text.removeprefix("\ufeff"), encoding


def detect_delimiter(text: str) -> str:
    """The delimiter (; , or tab) that splits the first lines into the most consistent columns."""
    sample = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", -1
    for delim in (";", "\t", ","):
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delim)]
        except csv.Error:  # e.g. a field longer than the csv module's limit: not this delimiter
            continue
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * 100 + common
        if score > best_score:
            best, best_score = delim, score
    return best


class _Lines:
    """Physical lines, each bounded: a file without line breaks is not read into memory whole.

    Counts the characters it hands out, for the memory estimate.
    """

    def __init__(self, f: io.TextIOBase, name: str):
        self.f, self.name, self.chars = f, name, 0

    def __iter__(self) -> Iterator[str]:
        readline, limit = self.f.readline, MAX_LINE_CHARS
        while line := readline(limit + 1):
            if len(line) > limit:
                raise UserError(
                    f"{self.name} har en rad som är längre än {_n(limit)} tecken; det är ingen tabell hyrdesk kan läsa."
                )
            self.chars += len(line)
            yield line


def read_csv_rows(
    path: Path, max_rows: int, max_columns: int, progress: Progress | None = None
) -> tuple[list[list[Any]], str, str]:
    """Rows of stripped cells (None for empty), the encoding and the delimiter."""
    with path.open("rb") as f:
        sample = f.read(SAMPLE_BYTES)
    # Every byte, not just the start: a file that mixes encodings is refused, never misread.
    encoding = sniff_encoding(sample, path.name, lambda: file_blocks(path))
    head = sample.decode(encoding, errors="ignore")
    check_text(head, path.name, encoding)
    if not head.strip():
        raise UserError(f"Filen {path.name} är tom.")
    delimiter = detect_delimiter(head)
    try:
        return _read(path, encoding, delimiter, max_rows, max_columns, progress), encoding, delimiter
    except UnicodeDecodeError:
        raise _unknown_encoding(path.name) from None


def _read(
    path: Path, encoding: str, delimiter: str, max_rows: int, max_columns: int, progress: Progress | None
) -> list[list[Any]]:
    name = path.name
    rows: list[list[Any]] = []
    slots = cells = 0
    try:
        with path.open("r", encoding=encoding, errors="strict", newline="") as f:
            lines = _Lines(f, name)
            for i, raw in enumerate(csv.reader(lines, delimiter=delimiter)):
                if i >= max_rows:
                    raise UserError(f"{name} har fler än {_n(max_rows)} rader, vilket hyrdesk inte läser.")
                width = len(raw)
                if width > max_columns:
                    raise UserError(f"{name} har fler än {max_columns} kolumner, vilket hyrdesk inte läser.")
                row = [c.strip() or None for c in raw]
                while row and row[-1] is None:  # trailing empty cells
                    row.pop()
                # A row costs ~64 bytes, a slot 8, a filled cell ~50 besides its text (at most what was read).
                slots += width
                cells += len(row)
                if 64 * i + 8 * slots + 50 * cells + lines.chars > CSV_MEMORY_BUDGET:
                    raise UserError(
                        f"{name} är för stor för att läsas in: efter {_n(i)} rader är gränsen för hur mycket "
                        "hyrdesk läser på en gång nådd. Dela upp filen, eller ta bara med din enhet, och försök igen."
                    )
                rows.append(row)
                if progress is not None and i % 5000 == 0:
                    progress.step(i, None, f"Läser rad {i}…")
    except csv.Error as exc:
        raise UserError(f"{name} går inte att läsa som CSV: {exc}") from exc
    if rows and rows[0] and isinstance(rows[0][0], str):
        rows[0][0] = rows[0][0].removeprefix("\ufeff") or None
    return rows
