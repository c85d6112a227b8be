import openpyxl
import pytest

from hyrdesk.files.xlsx_safe import (
    FMT_KR,
    fit_columns,
    print_setup,
    safe_row,
    set_value,
    text_cell,
    write_row,
)

HOSTILE = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1+1", "\n=1+1", '=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("write_only", [False, True])
def test_user_text_stays_text(tmp_path, write_only):
    path = tmp_path / "out.xlsx"
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet("s") if write_only else wb.active
    if write_only:
        for text in HOSTILE:
            ws.append([text_cell(ws, text), text_cell(ws, 1234.5, FMT_KR)])
    else:
        for i, text in enumerate(HOSTILE, start=1):
            write_row(ws, i, [text, 1234.5], [None, FMT_KR])
        fit_columns(ws)
        print_setup(ws)
    wb.save(path)
    back = openpyxl.load_workbook(path)
    sheet = back.worksheets[-1]
    for i, text in enumerate(HOSTILE, start=1):
        cell = sheet.cell(row=i, column=1)
        assert cell.value == text
        assert cell.data_type == "s"
        assert sheet.cell(row=i, column=2).value == 1234.5
        assert sheet.cell(row=i, column=2).number_format == FMT_KR


def test_numbers_are_numbers(tmp_path):
    from decimal import Decimal

    wb = openpyxl.Workbook()
    c = set_value(wb.active["A1"], Decimal("2.35"), "0.0")
    assert c.value == 2.35 and c.data_type == "n"


def test_safe_row_keeps_text_text_and_formats_numbers(tmp_path):
    """The big-sheet row helper: hostile text and error codes stay text, formats are kept, plain values too."""
    from decimal import Decimal

    path = tmp_path / "rows.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("s")
    texts = HOSTILE + ["#N/A", "#REF!", "vanlig text", "="]
    for text in texts:
        ws.append(safe_row(ws, [text, 1234.5, 7, None, Decimal("2.35")], [None, FMT_KR]))
    wb.save(path)
    sheet = openpyxl.load_workbook(path).worksheets[-1]
    for i, text in enumerate(texts, start=1):
        assert sheet.cell(row=i, column=1).value == text
        assert sheet.cell(row=i, column=1).data_type == "s"
        assert sheet.cell(row=i, column=2).value == 1234.5
        assert sheet.cell(row=i, column=2).number_format == FMT_KR
        assert sheet.cell(row=i, column=3).value == 7
        assert sheet.cell(row=i, column=4).value is None
        assert sheet.cell(row=i, column=5).value == 2.35
