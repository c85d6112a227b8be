"""Writing Excel cells safely and the Swedish way, for every export.

openpyxl turns any string that starts with ``=`` into a live formula on
write (``data_type='f'``). Text a user wrote (a task description, a note, a unit
name) must stay text whatever it starts with (``=``, ``+``, ``-``, ``@``, a
tab or a line break), so every export writes strings through ``set_value``
or ``text_cell``, which force the string type. Numbers stay real numbers with
number formats; Excel shows them with the reader's own separators (a Swedish
Excel: ``1 234,5``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

# openpyxl is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet
    from openpyxl.worksheet.worksheet import Worksheet

# Excel number formats. "," and "." are placeholders Excel renders with the
# reader's locale, so a Swedish Excel shows 1 234 567 kr and 2,3 %.
FMT_KR = '#,##0" kr";-#,##0" kr"'
FMT_TKR = '#,##0" tkr"'
FMT_INT = "#,##0"
FMT_DEC1 = "#,##0.0"
FMT_DEC2 = "#,##0.00"
FMT_PCT = '0.0" %"'  # for values already in percent (2.3 means 2,3 %)
FMT_DATE = "yyyy-mm-dd"
FMT_MONTH = "yyyy-mm"


# Characters XML 1.0 cannot hold (openpyxl refuses them with IllegalCharacterError): a
# vertical tab pasted from Word into a task description must not stop an export.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """Text an xlsx can hold: control characters become spaces."""
    return _ILLEGAL.sub(" ", text) if _ILLEGAL.search(text) else text


def cell_value(value: Any) -> Any:
    """A value openpyxl accepts: Decimal → float (Excel has only doubles), text without control characters."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        return clean_text(value)
    return value


def set_value(cell: Cell | MergedCell, value: Any, number_format: str | None = None) -> Cell:
    """Set a cell; strings are always stored as text, never as formulas."""
    from openpyxl.cell.cell import Cell

    if not isinstance(cell, Cell):  # openpyxl refuses it too, less clearly
        raise TypeError(f"{cell.coordinate} is inside a merged range; set its first cell")
    cell.value = cell_value(value)
    if isinstance(value, str):
        cell.data_type = "s"
    elif number_format and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        cell.number_format = number_format
    elif isinstance(value, _dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, _dt.date):
        cell.number_format = FMT_DATE
    return cell


def text_cell(ws: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> Cell:
    """A cell for write-only worksheets (``ws.append([...])``), with the same guarantees."""
    from openpyxl.cell import WriteOnlyCell

    return set_value(WriteOnlyCell(ws), value, number_format)


def safe_row(ws: WriteOnlyWorksheet, values: Iterable[Any], formats: Iterable[str | None] | None = None) -> list[Any]:
    """A row for ``ws.append`` in write-only worksheets, as ``text_cell`` on each value would give.

    Cheaper for big sheets: only a string openpyxl would not keep as text (one
    starting with ``=``, or an error code such as ``#N/A``) and a number with a
    format get a cell of their own; other values are appended as they are.
    """
    from openpyxl.cell.cell import ERROR_CODES

    fmts = list(formats) if formats is not None else []
    out: list[Any] = []
    for j, value in enumerate(values):
        fmt = fmts[j] if j < len(fmts) else None
        if type(value) is str:
            value = clean_text(value)
            plain = value[:1] not in ("=", "#") or (value[0] == "#" and value not in ERROR_CODES)
        else:
            plain = value is None or (fmt is None and type(value) in (int, float))
        out.append(value if plain else text_cell(ws, value, fmt))
    return out


def write_row(
    ws: Worksheet, row: int, values: Iterable[Any], formats: Iterable[str | None] | None = None, start_col: int = 1
) -> list[Cell]:
    """Write values into one row of a normal worksheet; returns the cells."""
    fmts = list(formats) if formats is not None else []
    cells = []
    for j, value in enumerate(values):
        fmt = fmts[j] if j < len(fmts) else None
        cells.append(set_value(ws.cell(row=row, column=start_col + j), value, fmt))
    return cells


def fit_columns(ws: Worksheet, minimum: int = 8, maximum: int = 60) -> None:
    """Column widths from the longest text in each column (openpyxl has no autofit)."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = (
                cell.value
                if isinstance(cell.value, str)
                else f"{cell.value:,}"
                if isinstance(cell.value, (int, float))
                else str(cell.value)
            )
            longest = max((len(line) for line in str(text).splitlines()), default=0)
            widths[cell.column] = max(widths.get(cell.column, 0), longest)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, width + 2))


def print_setup(ws: Worksheet, header_rows: int = 1, landscape: bool = True) -> None:
    """Landscape, fit to page width, header rows repeated on every printed page, frozen header."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    page_properties = ws.sheet_properties.pageSetUpPr
    assert page_properties is not None  # every worksheet openpyxl creates has them
    page_properties.fitToPage = True
    if header_rows:
        ws.print_title_rows = f"1:{header_rows}"
        ws.freeze_panes = ws.cell(row=header_rows + 1, column=1).coordinate
