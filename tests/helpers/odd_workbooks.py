"""Odd but legitimate workbooks, written part by part: Excel (or another program) opens every one.

Each builder writes one package with the same table (a header row and two data
rows: period, account, amount, supplier, date) in some shape that Excel itself
or another spreadsheet program writes and that a reader following the standard
must accept. ``EXPECTED`` is what every one of them must read as.
"""

from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
T_SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
T_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
T_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
T_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
R_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
R_SHEET = REL + "/worksheet"
R_SST = REL + "/sharedStrings"
R_STYLES = REL + "/styles"

HEADER = ["Period", "Konto", "Belopp", "Leverantör", "Datum"]
EXPECTED = [
    HEADER,
    ["2023-01", 4610, 1500, "Bemanning Nord AB", _dt.date(2023, 1, 31)],
    ["2023-02", 4610, 2500, "Läkarjouren i Norr", _dt.date(2023, 2, 28)],
]
# Excel's serial day numbers of the two dates, in the 1900 and in the 1904 date system.
SERIAL_1900 = {_dt.date(2023, 1, 31): 44957, _dt.date(2023, 2, 28): 44985}
SERIAL_1904 = {d: n - 1462 for d, n in SERIAL_1900.items()}

STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Shape:
    """How one package is written; each odd case changes one or two of these."""

    def __init__(self, **kw):
        self.workbook = kw.get("workbook", "xl/workbook.xml")
        self.sheet = kw.get("sheet", "xl/worksheets/sheet1.xml")
        self.sst = kw.get("sst", "xl/sharedStrings.xml")
        self.styles = kw.get("styles", "xl/styles.xml")
        self.prefix = kw.get("prefix", "")  # e.g. "x:" for <x:worksheet xmlns:x=...>
        self.absolute_targets = kw.get("absolute_targets", False)
        self.backslashes = kw.get("backslashes", False)  # in zip entry names
        self.backslash_targets = kw.get("backslash_targets", False)  # in relationship targets
        self.strings = kw.get("strings", "shared")  # shared | inline | rich
        self.date1904 = kw.get("date1904", False)
        self.shared_formula = kw.get("shared_formula", False)
        self.empty_shared_strings = kw.get("empty_shared_strings", False)


def _target(shape: Shape, source_dir: str, part: str) -> str:
    if shape.absolute_targets:
        target = "/" + part
    else:
        prefix = source_dir + "/" if source_dir else ""
        target = part[len(prefix) :] if part.startswith(prefix) else "/" + part
    return target.replace("/", "\\") if shape.backslash_targets else target


def _dir(part: str) -> str:
    return part.rsplit("/", 1)[0] if "/" in part else ""


def _rels_name(part: str) -> str:
    d, base = (_dir(part), part.rsplit("/", 1)[-1])
    return f"{d}/_rels/{base}.rels" if d else f"_rels/{base}.rels"


def _strings(shape: Shape) -> list[str]:
    texts = [*HEADER, "2023-01", "Bemanning Nord AB", "2023-02", "Läkarjouren i Norr"]
    if shape.empty_shared_strings:
        texts = ["", *texts, ""]  # empty <si/> entries, as some exporters write
    return texts


def _string_cell(shape: Shape, ref: str, text: str) -> str:
    p = shape.prefix
    if shape.strings == "inline":
        return f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>{_esc(text)}</{p}t></{p}is></{p}c>'
    index = _strings(shape).index(text)
    return f'<{p}c r="{ref}" t="s"><{p}v>{index}</{p}v></{p}c>'


def _sheet(shape: Shape) -> str:
    p = shape.prefix
    serial = SERIAL_1904 if shape.date1904 else SERIAL_1900
    rows = []
    for r, values in enumerate(EXPECTED, start=1):
        cells = []
        for c, value in enumerate(values):
            ref = f"{'ABCDE'[c]}{r}"
            if isinstance(value, str):
                cells.append(_string_cell(shape, ref, value))
            elif isinstance(value, _dt.date):
                cells.append(f'<{p}c r="{ref}" s="1"><{p}v>{serial[value]}</{p}v></{p}c>')
            elif shape.shared_formula and c == 2:
                # C2 holds the master of a shared formula, C3 uses it; both carry their cached value.
                f = f'<{p}f t="shared" ref="C2:C3" si="0">1000+500*1</{p}f>' if r == 2 else f'<{p}f t="shared" si="0"/>'
                cells.append(f'<{p}c r="{ref}">{f}<{p}v>{value}</{p}v></{p}c>')
            else:
                cells.append(f'<{p}c r="{ref}"><{p}v>{value}</{p}v></{p}c>')
        rows.append(f'<{p}row r="{r}">{"".join(cells)}</{p}row>')
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}>'
        f"<{p}sheetData>{''.join(rows)}</{p}sheetData></{p}worksheet>"
    )


def _sst(shape: Shape) -> str:
    p = shape.prefix
    items = []
    for text in _strings(shape):
        if not text:
            items.append(f"<{p}si/>")
        elif shape.strings == "rich" and " " in text:
            first, rest = text.split(" ", 1)
            items.append(
                f"<{p}si><{p}r><{p}rPr><{p}b/></{p}rPr><{p}t>{_esc(first)}</{p}t></{p}r>"
                f'<{p}r><{p}t xml:space="preserve"> {_esc(rest)}</{p}t></{p}r></{p}si>'
            )
        else:
            items.append(f"<{p}si><{p}t>{_esc(text)}</{p}t></{p}si>")
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    n = len(items)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}sst {ns} count="{n}" uniqueCount="{n}">{"".join(items)}</{p}sst>'
    )


def _workbook(shape: Shape) -> str:
    p = shape.prefix
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    pr = f'<{p}workbookPr date1904="1"/>' if shape.date1904 else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}workbook {ns} xmlns:r="{REL}">{pr}'
        f'<{p}sheets><{p}sheet name="Huvudbok" sheetId="1" r:id="rId1"/></{p}sheets></{p}workbook>'
    )


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def build(path: Path, shape: Shape) -> Path:
    wb_dir = _dir(shape.workbook)
    wb_rels = [("rId1", R_SHEET, _target(shape, wb_dir, shape.sheet))]
    wb_rels.append(("rId2", R_STYLES, _target(shape, wb_dir, shape.styles)))
    parts = {
        shape.workbook: _workbook(shape),
        shape.sheet: _sheet(shape),
        shape.styles: STYLES,
    }
    overrides = [(shape.workbook, T_SHEET_MAIN), (shape.sheet, T_WORKSHEET), (shape.styles, T_STYLES)]
    if shape.strings != "inline":
        wb_rels.append(("rId3", R_SST, _target(shape, wb_dir, shape.sst)))
        parts[shape.sst] = _sst(shape)
        overrides.append((shape.sst, T_SST))
    parts[_rels_name(shape.workbook)] = _rels(wb_rels)
    root_target = ("/" + shape.workbook) if shape.absolute_targets else shape.workbook
    if shape.backslash_targets:
        root_target = root_target.replace("/", "\\")
    parts["_rels/.rels"] = _rels([("rId1", R_DOC, root_target)])
    types = "".join(f'<Override PartName="/{name}" ContentType="{t}"/>' for name, t in overrides)
    parts["[Content_Types].xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="{CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name.replace("/", "\\") if shape.backslashes else name, text.encode("utf-8"))
    return path


CORPUS = {
    "plain": Shape(),
    "date1904": Shape(date1904=True),
    "inline strings": Shape(strings="inline"),
    "shared formulas": Shape(shared_formula=True),
    "rich text": Shape(strings="rich"),
    "empty shared strings": Shape(empty_shared_strings=True),
    "namespace prefix x:": Shape(prefix="x:"),
    "absolute targets in rels": Shape(absolute_targets=True),
    "backslash paths in the zip": Shape(backslashes=True),
    "backslash targets in rels": Shape(backslash_targets=True),
    "workbook at /workbook.xml": Shape(workbook="workbook.xml", sheet="sheets/sheet1.xml", sst="strings.xml"),
    "other part names": Shape(workbook="book/main.xml", sheet="book/data/ledger.xml", sst="book/text.xml"),
}
