"""Hostile and broken import files, and a child process that reads one and reports its peak memory.

``python tests/helpers/hostile_files.py PATH [table|openpyxl|check]`` prints one JSON line:
``{"error": message or null, "rows": n, "rss_mb": peak resident memory}``.
"""

from __future__ import annotations

import json
import re
import struct
import sys
import zipfile
from pathlib import Path

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

BILLION_LAUGHS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def real_xlsx(path: Path, rows=(("Period", "Belopp"), ("2023-01", 1234.5), ("2023-02", 99))) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def replace_parts(src: Path, dst: Path, parts: dict[str, bytes | None]) -> Path:
    """A copy of an xlsx with some parts replaced (bytes), added, or removed (None)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in parts:
                continue
            zout.writestr(info.filename, zin.read(info.filename))
        for name, data in parts.items():
            if data is not None:
                zout.writestr(name, data)
    return dst


def sheet_xml(
    rows_xml: str, dimension: str | None = None, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>'
) -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'{prolog}<worksheet xmlns="{NS}">{dim}<sheetData>{rows_xml}</sheetData></worksheet>'.encode()


def numeric_rows(rows: int, cols: int, start: int = 1) -> str:
    letters = [chr(65 + c) if c < 26 else "A" + chr(65 + c - 26) for c in range(cols)]
    return "".join(
        f'<row r="{r}">' + "".join(f'<c r="{letters[c]}{r}"><v>{r + c * 0.5}</v></c>' for c in range(cols)) + "</row>"
        for r in range(start, start + rows)
    )


def xml_bomb(tmp: Path, where: str = "xl/worksheets/sheet1.xml") -> Path:
    base = real_xlsx(tmp / "base-bomb.xlsx")
    if where == "xl/sharedStrings.xml":
        data = (BILLION_LAUGHS + f'<sst xmlns="{NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>').encode()
    else:
        data = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>', prolog=BILLION_LAUGHS)
    return replace_parts(base, tmp / f"bomb-{Path(where).stem}.xlsx", {where: data})


def zip_bomb(tmp: Path) -> Path:
    p = tmp / "zipbomb.xlsx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    return p


def lying_zip(tmp: Path) -> Path:
    """The zip directory says the sheet is 2 kB; it really inflates to ~40 MB of rows."""
    big = replace_parts(
        real_xlsx(tmp / "base-lying.xlsx"),
        tmp / "big.xlsx",
        {"xl/worksheets/sheet1.xml": sheet_xml(numeric_rows(60_000, 4))},
    )
    data = bytearray(big.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local header, central directory
        for m in re.finditer(re.escape(sig), bytes(data)):
            name_at = m.start() + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[name_at : name_at + len(name)]) == name:
                struct.pack_into("<I", data, m.start() + size_at, 2048)
    out = tmp / "lying.xlsx"
    out.write_bytes(bytes(data))
    return out


def forged_dimension(tmp: Path) -> Path:
    return replace_parts(
        real_xlsx(tmp / "base-forged.xlsx"),
        tmp / "forged.xlsx",
        {"xl/worksheets/sheet1.xml": sheet_xml(numeric_rows(3, 2), dimension="A1:XFD1048576")},
    )


def too_many_rows(tmp: Path, rows: int) -> Path:
    # Row and cell references are optional in the file format; leaving them out keeps this quick to build.
    body = "".join([f"<row><c><v>{i % 9973}</v></c></row>" for i in range(rows)])
    return replace_parts(
        real_xlsx(tmp / "base-rows.xlsx"), tmp / "rows.xlsx", {"xl/worksheets/sheet1.xml": sheet_xml(body)}
    )


def big_but_allowed(tmp: Path) -> Path:
    """Half a million numeric cells: within the budget, read in full."""
    return replace_parts(
        real_xlsx(tmp / "base-big.xlsx"),
        tmp / "allowed.xlsx",
        {"xl/worksheets/sheet1.xml": sheet_xml(numeric_rows(25_000, 20))},
    )


LONG_TEXT = "x" * 30000


def _grid(cell: str, rows: range) -> str:
    """Rows of ten cells (A–J) written from ``cell``, a template with ``{ref}``."""
    return "".join(
        f'<row r="{r}">' + "".join(cell.format(ref=f"{c}{r}") for c in "ABCDEFGHIJ") + "</row>" for r in rows
    )


def _with_shared_strings(tmp: Path, name: str, texts: list[str], sheet: bytes) -> Path:
    """A real workbook whose shared strings are ``texts`` and whose sheet is ``sheet``."""
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" count="{len(texts)}" '
        f'uniqueCount="{len(texts)}">{items}</sst>'
    )
    return replace_parts(
        real_xlsx(tmp / f"base-{name}.xlsx"),
        tmp / f"{name}.xlsx",
        {"xl/sharedStrings.xml": sst.encode(), "xl/worksheets/sheet1.xml": sheet},
    )


def shared_string_amplifier(tmp: Path) -> Path:
    """42 kB that python-calamine would turn into 1.2 GB: one long shared string in 20 000 cells."""
    rows = _grid('<c r="{ref}" t="s"><v>0</v></c>', range(1, 2001))
    return _with_shared_strings(tmp, "amplify", [LONG_TEXT], sheet_xml(rows))


AMPLIFIER_CELLS = {  # shapes of a shared-string cell that calamine reads but a naive pattern misses
    "comment": '<c r="{ref}" t="s"><!----><v>0</v></c>',
    "space": '<c r="{ref}" t="s"><v xml:space="preserve">0</v></c>',
    "angle": '<c r="{ref}" foo=">" t="s"><v>0</v></c>',
    "prefix": '<x:c r="{ref}" t="s"><x:v>0</x:v></x:c>',
    # A number that looks like a match to a loose pattern, beside each disguised real reference.
    "decoy": '<c r="{ref}" t="n" foo-t="s\'x"><v>1</v></c><c t="s"><!----><v>0</v></c>',
    "two values": '<c r="{ref}" t="s"><v>1</v><v>0</v></c>',  # calamine reads the last
}


def disguised_amplifier(tmp: Path, shape: str) -> Path:
    """The shared-string amplifier, its cells written in a shape a regular expression could miss."""
    rows = _grid(AMPLIFIER_CELLS[shape], range(1, 2001))
    sheet = sheet_xml(rows).replace(f'xmlns="{NS}"'.encode(), f'xmlns="{NS}" xmlns:x="{NS}"'.encode(), 1)
    return _with_shared_strings(tmp, "amplify-" + shape.replace(" ", "-"), [LONG_TEXT, "kort"], sheet)


def one_long_note(tmp: Path) -> Path:
    """A real shape: 20 000 cells refer to short shared strings, one to a 30 000-character note.
    The quick bound (every reference as long as the longest string) says 1.2 GB; the exact sum is small."""
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + _grid('<c r="{ref}" t="s"><v>1</v></c>', range(2, 2002))
    return _with_shared_strings(tmp, "note", [LONG_TEXT, "Läkare"], sheet_xml(rows))


def ole(tmp: Path, name: str) -> Path:
    """An OLE compound file header: what .xls files and password-protected workbooks start with."""
    p = tmp / name
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    p.write_bytes(header + b"\0" * (4096 - len(header)))
    return p


def with_macros(tmp: Path, suffix: str) -> Path:
    return replace_parts(
        real_xlsx(tmp / f"base-macro{suffix}.xlsx"),
        tmp / f"macros{suffix}",
        {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 500},
    )


# --- the child process ---------------------------------------------------------------------
def peak_rss_mb() -> float:
    """Peak resident memory of this process.

    ``getrusage`` keeps, across exec, the high-water mark of the process image that
    was replaced (subprocess forks the big pytest process first), so on Linux the
    per-image ``VmHWM`` is read instead; elsewhere ``getrusage`` is all there is.
    """
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, kB elsewhere


def _child(path: str, how: str) -> None:
    result = {"error": None, "rows": None}
    try:
        if how == "openpyxl":
            import openpyxl

            wb = openpyxl.load_workbook(path)
            result["rows"] = sum(ws.max_row for ws in wb.worksheets)
        elif how == "check":
            from hyrdesk.files.tabular import check_xlsx_file

            check_xlsx_file(path)
        else:
            from hyrdesk.files.tabular import read_table

            result["rows"] = len(read_table(path).rows)
    except Exception as exc:  # noqa: BLE001 - reported to the test
        from hyrdesk.errors import UserError

        result["error"] = exc.message if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        result["user_error"] = isinstance(exc, UserError)
    result["rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "table")
