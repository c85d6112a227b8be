"""Reading files from outside: good shapes read, bad ones give a clear Swedish error."""

import zipfile

import openpyxl
import pytest

from hyrdesk.errors import UserError
from hyrdesk.files.tabular import decode_text, detect_delimiter, read_table
from hyrdesk.services.importing.importer import (
    ColumnMapping,
    ImportField,
    MappingMemory,
    data_rows,
    guess_mapping,
)


def write_xlsx(path, rows, sheet="Blad1"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_reads_xlsx_with_header_not_first(tmp_path):
    p = write_xlsx(tmp_path / "a.xlsx", [["Rapport"], [], ["Period", "Konto", "Belopp"], ["2023-01", 5000, 1234.5]])
    t = read_table(p)
    assert t.rows[2] == ["Period", "Konto", "Belopp"]
    assert t.rows[3][1] == 5000 and t.rows[3][2] == 1234.5
    fields = [
        ImportField("period", "Period"),
        ImportField("account", "Konto"),
        ImportField("amount", "Belopp", aliases=("utfall",)),
    ]
    m = guess_mapping(t, fields)
    assert m.header_row == 2 and m.columns == {"period": 0, "account": 1, "amount": 2}
    assert list(data_rows(t, m)) == [(4, ["2023-01", 5000, 1234.5])]


@pytest.mark.parametrize("encoding, bom", [("utf-8", False), ("utf-8", True), ("cp1252", False)])
@pytest.mark.parametrize("delim", [";", ","])
def test_reads_csv_in_each_encoding_and_delimiter(tmp_path, encoding, bom, delim):
    text = f'Månad{delim}Yrkeskategori{delim}Belopp\n202301{delim}Sjuksköterska{delim}"1 234,50"\n'
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    p = tmp_path / "a.csv"
    p.write_bytes(data)
    t = read_table(p)
    assert t.rows[0] == ["Månad", "Yrkeskategori", "Belopp"]
    assert t.rows[1] == ["202301", "Sjuksköterska", "1 234,50"]
    assert t.delimiter == delim


def test_delimiter_detection_prefers_semicolon_with_decimal_commas():
    assert detect_delimiter("a;b;c\n1,5;2,5;3\n") == ";"
    assert detect_delimiter("a,b,c\n1,2,3\n") == ","


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.csv", b"", "tom"),
        ("empty.xlsx", b"", "tom"),
        ("text.xlsx", b"Period;Belopp\n2023-01;5\n", "ingen Excel-fil"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "gamla format"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "lösenordsskyddad"),
        ("garbage.csv", bytes(range(256)) * 10, "inte ut som en textfil"),
        ("macro.xlsm", b"PK\x03\x04whatever", "makron"),
        ("notes.pdf", b"%PDF-1.4", "inte .pdf"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_table(p)


def test_zip_that_is_not_a_workbook(tmp_path):
    p = tmp_path / "x.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(UserError, match="ingen Excel-arbetsbok"):
        read_table(p)


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(UserError, match="zip-bomb"):
        read_table(p)


def test_missing_file_and_sheet(tmp_path):
    with pytest.raises(UserError, match="finns inte"):
        read_table(tmp_path / "nope.xlsx")
    p = write_xlsx(tmp_path / "a.xlsx", [["a", "b"]])
    with pytest.raises(UserError, match="inget blad"):
        read_table(p, sheet="Saknas")


def test_cp1252_decoding():
    assert decode_text("Övriga".encode("cp1252"))[1] == "cp1252"


def test_mapping_is_remembered_per_file_shape(services, tmp_path):
    p = write_xlsx(tmp_path / "a.xlsx", [["Datum", "Timmar", "X"], ["2023-01-01", 8, 1]])
    t = read_table(p)
    fields = [ImportField("date", "Datum"), ImportField("hours", "Timmar"), ImportField("cause", "Orsak")]
    memory = MappingMemory(services.settings)
    first = memory.recall("gaps", t, fields)
    assert "cause" not in first.columns
    memory.remember("gaps", t, ColumnMapping(first.header_row, {**first.columns, "cause": 2}))
    assert memory.recall("gaps", t, fields).columns["cause"] == 2
    other = read_table(write_xlsx(tmp_path / "b.xlsx", [["Datum", "Timmar", "Y"]]))
    assert "cause" not in memory.recall("gaps", other, fields).columns


def test_a_short_windows_1252_heading_of_swedish_letters_is_text_not_another_encoding(tmp_path):
    """Hypothesis found it: "ä;ä;ää;ää;ää" in Windows-1252 was refused as an unknown encoding."""
    from hyrdesk.files.tabular import read_table

    path = tmp_path / "rubriker.csv"
    path.write_bytes("ä;ä;ää;ää;ää\r\nå;ö;öö;åå;ää\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows[0] == ["ä", "ä", "ää", "ää", "ää"]


def test_utf8_swedish_read_as_windows_1252_is_still_caught(tmp_path):
    from hyrdesk.files.csv_read import check_text

    mojibake = "Läkare;Sjuksköterska;Övriga;Vårdenhet;Kostnadsställe".encode().decode("cp1252")
    with pytest.raises(UserError, match="teckenkodning"):
        check_text(mojibake * 3, "fil.csv", "cp1252")
