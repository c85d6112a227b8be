"""What reading an xlsx will cost, counted before any parser loads it.

python-calamine loads a whole sheet into memory, and it copies a shared
string into every cell that refers to it: a 42 kB file with one 30 000
character string referred to by 20 000 cells took 1.2 GB. openpyxl (normal
mode) needs about 500 bytes per cell. So before parsing, the parts are
streamed through the standard zip reader (bounded chunks; a part whose real
size differs from the one the zip directory claims fails its CRC check) and
counted: rows, cells, cells that refer to shared strings and the text those
refer to. From that, a conservative memory estimate (measured on these
machines, see tests/files/test_tabular_hostile.py) decides whether the file is
read or refused. A DTD (``<!DOCTYPE``/``<!ENTITY``), which Excel never
writes, is refused too: it is how XML bombs are built.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

from hyrdesk.errors import UserError
from hyrdesk.progress import Progress

# defusedxml is imported inside the function that uses it: only reading an xlsx file needs it.

CHUNK = 1 << 20
MAX_XML_PROLOG = 1 << 20  # bytes before the root element
MAX_SHARED_STRINGS_BYTES = 64 << 20
MAX_ONE_STRING_BYTES = 1 << 20  # Excel's own limit is 32 767 characters
MAX_SMALL_PART = 16 << 20  # workbook.xml and relationships

# Measured (python-calamine 0.9, 2 cores): ~75 B per cell, ~130 B more per string
# cell plus ~3 B per character it holds (Rust copy, Python copy), shared strings ~1.2 B/B.
CALAMINE_BUDGET = 200 << 20
OPENPYXL_MAX_CELLS = 400_000  # ~500 B per cell in openpyxl's normal mode: ~200 MB

_ROOT = re.compile(rb"<(?!\?|!)((?:[\w.-]+:)?)([\w.-]+)")
# Cells and rows under any prefix: calamine matches elements by local name, whatever the prefix.
_PREFIXED_CELL = re.compile(rb"<[\w.-]+:c[\s>/]")
_PREFIXED_ROW = re.compile(rb"<[\w.-]+:row[\s>/]")


@dataclass
class SheetCost:
    rows: int = 0
    cells: int = 0
    string_cells: int = 0
    text_bytes: int = 0
    xml_bytes: int = 0
    exact: bool = True  # False: text_bytes is an upper bound (see scan_sheet)

    def calamine_bytes(self, shared_strings_bytes: int) -> int:
        return (
            max(75 * self.cells, int(2.5 * self.xml_bytes))
            + 130 * self.string_cells
            + 3 * self.text_bytes
            + int(1.2 * shared_strings_bytes)
        )


def _refuse(name: str, what: str) -> UserError:
    return UserError(f"{name} {what} Filen läses inte.")


def _chunks(z: zipfile.ZipFile, part: str, name: str) -> Iterator[bytes]:
    try:
        with z.open(part) as f:
            while chunk := f.read(CHUNK):
                yield chunk
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise UserError(f"{name} är skadad och går inte att läsa som Excel-fil ({exc}).") from exc


def _prefix(buf: bytes, name: str, part: str) -> bytes | None:
    """The namespace prefix of the root element (b'' or b'x:'), or None if it has not come yet."""
    head = buf[:MAX_XML_PROLOG]
    m = _ROOT.search(head)
    before = head if m is None else head[: m.start()]
    if b"<!DOCTYPE" in before or b"<!ENTITY" in before:
        raise _refuse(
            name,
            f"innehåller en XML-konstruktion (DTD i {part}) som Excel aldrig skriver och som används i så kallade XML-bomber.",
        )
    if m is None:
        if len(buf) >= MAX_XML_PROLOG:
            raise _refuse(name, f"har en trasig XML-del ({part}).")
        return None
    return m.group(1)


def read_small(z: zipfile.ZipFile, part: str, name: str) -> bytes:
    data = b""
    for chunk in _chunks(z, part, name):
        data += chunk
        if len(data) > MAX_SMALL_PART:
            raise _refuse(name, f"har en onormalt stor del ({part}).")
    _prefix(data, name, part)
    return data


def sheet_parts(z: zipfile.ZipFile, name: str) -> list[tuple[str, str]]:
    """(sheet name, part path) in workbook order, as calamine and openpyxl see them."""
    from defusedxml.ElementTree import fromstring

    try:
        book = fromstring(read_small(z, "xl/workbook.xml", name))
        rels_name = "xl/_rels/workbook.xml.rels"
        rels = fromstring(read_small(z, rels_name, name)) if rels_name in z.namelist() else None
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"{name} är skadad och går inte att läsa som Excel-fil ({type(exc).__name__}).") from exc
    targets = {}
    if rels is not None:
        for rel in rels:
            target = rel.get("Target", "")
            targets[rel.get("Id")] = (
                target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            )
    out = []
    for el in book.iter():
        if el.tag.endswith("}sheet") or el.tag == "sheet":
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
            out.append((el.get("name", ""), targets.get(rid, "")))
    return out


def shared_string_lengths(z: zipfile.ZipFile, name: str) -> tuple[array[int], int]:
    """An upper bound of the byte length of each shared string, and the part's size.

    Each string is measured as the XML between one ``</si>`` and the next (its
    tags, rich-text runs included): never less than the text it holds.
    """
    lengths = array("I")
    part = "xl/sharedStrings.xml"
    if part not in z.namelist():
        return lengths, 0
    prefix, buf, total, end_mark = None, b"", 0, b""
    for chunk in _chunks(z, part, name):
        total += len(chunk)
        if total > MAX_SHARED_STRINGS_BYTES:
            raise _refuse(name, f"har mer än {MAX_SHARED_STRINGS_BYTES >> 20} MB text, vilket är för mycket.")
        buf += chunk
        if prefix is None:
            prefix = _prefix(buf, name, part)
            if prefix is None:
                continue
            end_mark = b"</" + prefix + b"si>"
        pieces = buf.split(end_mark)
        lengths.extend(map(len, pieces[:-1]))
        buf = pieces[-1]
        if len(buf) > MAX_ONE_STRING_BYTES:
            raise _refuse(name, "innehåller en onormalt lång text.")
    return lengths, total


def scan_sheet(
    z: zipfile.ZipFile,
    part: str,
    name: str,
    lengths: array[int] | None,
    progress: Progress | None = None,
    exact: bool = False,
) -> SheetCost:
    """Count one worksheet part in bounded memory (``progress``: a Progress, so the user can cancel).

    Rows and cells are counted from their start tags, under any prefix (``<c``,
    ``<row``: a few other elements share those starts, so the counts are upper
    bounds). The text that shared-string cells will hold is by default bounded as
    (cells that may refer to a shared string) × (the longest shared string): a few
    plain byte counts, where summing each cell's own string takes regular
    expressions and as long as the parse itself. When the bound is too high to
    decide, scan again with ``exact=True``: each reference the pattern reads
    counts its own string, and every possible reference it could not read (a
    comment inside the cell, another prefix, …) still counts the longest.
    """
    cost = SheetCost(exact=exact or not lengths)
    counter, buf = None, b""
    total = z.getinfo(part).file_size
    for chunk in _chunks(z, part, name):
        cost.xml_bytes += len(chunk)
        if progress is not None:
            progress.step(min(cost.xml_bytes, total) >> 10, max(total, 1) >> 10, "Kontrollerar filen…")
        buf += chunk
        if counter is None:
            prefix = _prefix(buf, name, part)
            if prefix is None:
                continue
            counter = _Counter(prefix, lengths, exact)
        # Process up to the start of the last cell, which may continue in the next chunk.
        cut = buf.rfind(counter.cut_mark)
        if cut <= 0 or len(buf) - cut > 4 * CHUNK:
            cut = len(buf)
        counter.count(buf[:cut], cost)
        buf = buf[cut:]
    if counter is not None and buf:
        counter.count(buf, cost)
    if counter is not None and lengths:
        unread = max(counter.shared_refs - counter.matched_refs, 0)
        cost.string_cells += unread
        cost.text_bytes += unread * max(lengths)
    return cost


class _Counter:
    """Counts rows, cells and the text cells will hold, in one segment of sheet XML.

    Plain ``bytes.count`` does the bulk (fast); regular expressions run only on
    segments that hold string cells.
    """

    def __init__(self, prefix: bytes, lengths: array[int] | None, exact: bool):
        p = re.escape(prefix)
        self.lengths = lengths
        self.exact = exact
        self.shared_refs = 0  # cells that may refer to a shared string
        self.matched_refs = 0  # of which the exact pattern read (and counted) this many
        self.cut_mark = b"<" + prefix + b"c"
        self.inline_mark = b"<" + prefix + b"is>"
        value = rb"\s*(?:<" + p + rb"f\b[^>]*/>\s*|<" + p + rb"f\b[^>]*>[^<]*</" + p + rb"f>\s*)?<" + p + rb"v>"
        # Only the plain shape counts as read: one t attribute (not the end of another name) with
        # matching quotes, so that each match uses one of the quoted s counted above, and the cell
        # closing right after its value (calamine reads the last of several <v>). Anything else is
        # unread, and charged the longest string.
        self.shared_re = re.compile(
            rb"<"
            + p
            + rb"c\s[^>]*?(?<![\w.:-])t\s*=\s*([\"'])s\1[^>]*>"
            + value
            + rb"\s*(\d+)\s*</"
            + p
            + rb"v>\s*</"
            + p
            + rb"c>"
        )
        self.str_re = re.compile(
            rb"<" + p + rb"c\s[^>]*?\bt\s*=\s*[\"']str[\"'][^>]*>" + value + rb"(.*?)</" + p + rb"v>", re.S
        )
        self.inline_re = re.compile(rb"<" + p + rb"is>(.*?)</" + p + rb"is>", re.S)

    def count(self, seg: bytes, cost: SheetCost) -> None:
        cost.rows += seg.count(b"<row")
        cost.cells += seg.count(b"<c")
        if b":c" in seg:  # prefixed elements (Excel writes none; another program or a forger may)
            cost.rows += len(_PREFIXED_ROW.findall(seg))
            cost.cells += len(_PREFIXED_CELL.findall(seg))
        if self.lengths:
            # t="s", however spaced or quoted, holds a quoted s: what calamine reads as one.
            self.shared_refs += seg.count(b'"s"') + seg.count(b"'s'")
        if self.lengths and self.exact:
            n = len(self.lengths)
            refs = [ref for _quote, ref in self.shared_re.findall(seg)]
            self.matched_refs += len(refs)
            cost.string_cells += len(refs)
            cost.text_bytes += sum(self.lengths[i] for i in map(int, refs) if i < n)
        if b"str" in seg:  # cached text results of formulas
            texts = self.str_re.findall(seg)
            cost.string_cells += len(texts)
            cost.text_bytes += sum(map(len, texts))
        if self.inline_mark in seg:
            texts = self.inline_re.findall(seg)
            cost.string_cells += len(texts)
            cost.text_bytes += sum(map(len, texts))
