"""Workbooks Excel opens, hyrdesk opens; every other spreadsheet kind is named, with how to save it as .xlsx."""

import datetime as _dt
import zipfile

import pytest

from hyrdesk.errors import UserError
from hyrdesk.files.tabular import check_xlsx_file, read_table, xlsx_source
from tests.helpers import hostile_files as hf
from tests.helpers.odd_workbooks import CORPUS, EXPECTED, Shape, build


def as_expected(rows):
    """Cells as the import sees them: numbers that are whole as int, datetimes as dates."""
    out = []
    for row in rows:
        cells = []
        for c in row:
            if isinstance(c, float) and c.is_integer():
                c = int(c)
            if isinstance(c, _dt.datetime):
                c = c.date()
            cells.append(c)
        out.append(cells)
    return out


@pytest.mark.parametrize("case", CORPUS)
def test_every_odd_but_legitimate_workbook_is_read(tmp_path, case):
    path = build(tmp_path / "huvudbok.xlsx", CORPUS[case])
    table = read_table(path)
    assert as_expected(table.rows) == EXPECTED
    assert table.sheet == "Huvudbok"


@pytest.mark.parametrize("case", CORPUS)
def test_every_odd_workbook_opens_for_openpyxl_too(tmp_path, case):
    import openpyxl

    path = build(tmp_path / "oversyn.xlsx", CORPUS[case])
    assert check_xlsx_file(path) == path
    wb = openpyxl.load_workbook(xlsx_source(path), data_only=True)
    rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    assert as_expected(rows) == EXPECTED


@pytest.mark.parametrize("case", ["backslash paths in the zip", "workbook at /workbook.xml", "other part names"])
def test_the_safety_limits_hold_wherever_the_workbook_is(tmp_path, case, monkeypatch):
    from hyrdesk.files import tabular, xlsx_guard

    path = build(tmp_path / "stor.xlsx", CORPUS[case])
    monkeypatch.setattr(xlsx_guard, "CALAMINE_BUDGET", 1_000)  # three rows are "too much" now
    with pytest.raises(UserError, match="för stor"):
        read_table(path)
    monkeypatch.setattr(xlsx_guard, "OPENPYXL_MAX_CELLS", 5)
    with pytest.raises(UserError, match="ifyllda celler"):
        check_xlsx_file(path)
    monkeypatch.setattr(tabular, "MAX_ROWS", 2)
    monkeypatch.setattr(xlsx_guard, "CALAMINE_BUDGET", 1 << 30)
    with pytest.raises(UserError, match="fler än 2 rader"):
        read_table(path)


def test_an_xml_bomb_in_a_workbook_outside_xl_is_refused(tmp_path):
    path = build(tmp_path / "bomb.xlsx", CORPUS["workbook at /workbook.xml"])
    bombed = tmp_path / "bomb2.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(bombed, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "strings.xml":
                data = hf.BILLION_LAUGHS.encode() + data.split(b"\n", 1)[1]
            zout.writestr(info, data)
    with pytest.raises(UserError, match="XML-bomber"):
        read_table(bombed)


# --- every other kind, named --------------------------------------------------------------------
def ole_with(tmp_path, name, *streams):
    """An OLE container whose directory names the given streams (as Excel's files do)."""
    p = tmp_path / name
    body = b"".join(s.encode("utf-16-le") + b"\0\0" + b"\0" * 20 for s in streams)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    p.write_bytes(header + body + b"\0" * 1024)
    return p


def zip_with(tmp_path, name, parts):
    p = tmp_path / name
    with zipfile.ZipFile(p, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return p


def xlsb(tmp_path, name, macros):
    ct = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        "</Types>"
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.bin"/></Relationships>'
    )
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "xl/workbook.bin": b"\x83\x01\x00"}
    if macros:
        parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0"
    return zip_with(tmp_path, name, parts)


def xlsm(tmp_path):
    path = build(tmp_path / "base.xlsx", Shape())
    out = tmp_path / "makro.xlsm"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml").replace(
                    b"openxmlformats-officedocument.spreadsheetml.sheet.macroEnabled", b"ms-excel.sheet.macroEnabled"
                )
            zout.writestr(info, data)
        zout.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    return out


KINDS = {
    "xls": (lambda t: ole_with(t, "gammal.xls", "Workbook", "SummaryInformation"), ["gamla format (.xls)", "*.xlsx"]),
    "xls named xlsx": (lambda t: ole_with(t, "gammal.xlsx", "Workbook"), ["gamla format (.xls)", "*.xlsx"]),
    "encrypted xlsx": (
        lambda t: ole_with(t, "last.xlsx", "EncryptionInfo", "EncryptedPackage"),
        ["lösenordsskyddad", "ta bort lösenordet", "*.xlsx"],
    ),
    "encrypted xlsb": (
        lambda t: ole_with(t, "last.xlsb", "EncryptionInfo", "EncryptedPackage"),
        ["lösenordsskyddad", "*.xlsx"],
    ),
    "xlsb without macros": (lambda t: xlsb(t, "binar.xlsb", False), ["binär Excel-arbetsbok (.xlsb)", "*.xlsx"]),
    "xlsb with macros": (lambda t: xlsb(t, "binar.xlsb", True), ["(.xlsb) med makron", "*.xlsx"]),
    "xlsm": (xlsm, ["med makron (.xlsm)", "*.xlsx"]),
    "ods": (
        lambda t: zip_with(
            t, "kalkyl.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}
        ),
        ["OpenDocument-kalkylark (.ods", "Excel 2007–365 (.xlsx)"],
    ),
    "ods named xlsx": (
        lambda t: zip_with(
            t, "kalkyl.xlsx", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}
        ),
        ["OpenDocument-kalkylark"],
    ),
    "word document": (
        lambda t: zip_with(t, "brev.xlsx", {"word/document.xml": "<w/>", "[Content_Types].xml": "<Types/>"}),
        ["Word-dokument"],
    ),
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_other_kind_is_named_with_how_to_save_it_as_xlsx(tmp_path, kind):
    make, words = KINDS[kind]
    path = make(tmp_path)
    for read in (read_table, check_xlsx_file):
        with pytest.raises(UserError) as exc:
            read(path)
        for w in words:
            assert w in exc.value.message, (kind, exc.value.message)
        assert "innehåller makron" not in exc.value.message or "makron" in kind


def test_an_xlsx_renamed_xlsm_without_macros_is_read(tmp_path):
    path = build(tmp_path / "namn.xlsm", Shape())
    assert as_expected(read_table(path).rows) == EXPECTED


def test_the_review_import_names_an_ods_file(services, unit, tmp_path):
    path = KINDS["ods"][0](tmp_path)
    with pytest.raises(UserError, match="OpenDocument-kalkylark"):
        services.reviews.preview_import(path, unit)
