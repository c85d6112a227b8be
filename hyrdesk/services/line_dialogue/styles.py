"""The look shared by hyrdesk's workbooks: title rows, header rows, notes, page header and footer.

openpyxl is imported inside the functions (it is heavy and the GUI must
start without it).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hyrdesk.files.xlsx_safe import print_setup, set_value, write_row

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

ACCENT = "1F7A8C"
HEADER_FONT_COLOUR = "FFFFFF"
MUTED = "5B6770"
BAND = "EEF4F5"
WARN_FILL = "FFF4D6"
# Roughly how many characters of column width fit across an A4 page with 0.5" margins.
PAGE_CHARS_LANDSCAPE = 110
PAGE_CHARS_PORTRAIT = 75


def title(ws: Worksheet, text: str, subtitle: str = "") -> None:
    """Row 1: the sheet's title; row 2: a muted line saying what it shows."""
    from openpyxl.styles import Font

    set_value(ws.cell(row=1, column=1), text).font = Font(bold=True, size=14, color="1B2830")
    ws.row_dimensions[1].height = 22
    if subtitle:
        set_value(ws.cell(row=2, column=1), subtitle).font = Font(italic=True, color=MUTED)


def header(ws: Worksheet, row: int, labels: Sequence[str], start_col: int = 1) -> None:
    """A table's header row: bold white on the accent colour, wrapped."""
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", fgColor=ACCENT)
    for cell in write_row(ws, row, labels, start_col=start_col):
        cell.font = Font(bold=True, color=HEADER_FONT_COLOUR)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def subheading(ws: Worksheet, row: int, text: str, column: int = 1) -> None:
    from openpyxl.styles import Font

    set_value(ws.cell(row=row, column=column), text).font = Font(bold=True, size=12, color="1B2830")


def note(ws: Worksheet, row: int, text: str, column: int = 1, warn: bool = False) -> None:
    """A muted (or, for missing data, highlighted) sentence."""
    from openpyxl.styles import Font, PatternFill

    cell = set_value(ws.cell(row=row, column=column), text)
    cell.font = Font(italic=not warn, color="6B4E00" if warn else MUTED)
    if warn:
        cell.fill = PatternFill("solid", fgColor=WARN_FILL)


def rows(
    ws: Worksheet,
    first_row: int,
    values: Iterable[Sequence[Any]],
    formats: Sequence[str | None],
    bold_last: bool = False,
) -> int:
    """Table rows with number formats per column; returns the next free row. Month cells are centred."""
    from openpyxl.styles import Alignment, Font

    r = first_row
    written = []
    for row_values in values:
        cells = write_row(ws, r, row_values, formats)
        for cell, value, fmt in zip(cells, row_values, formats):
            if fmt and isinstance(value, _dt.date):  # xlsx_safe gives dates its own format
                cell.number_format = fmt
                cell.alignment = Alignment(horizontal="center")
        written.append(cells)
        r += 1
    if bold_last and written:
        for cell in written[-1]:
            cell.font = Font(bold=True)
    return r


def widths(ws: Worksheet, columns: dict[str, float]) -> None:
    for letter, width in columns.items():
        ws.column_dimensions[letter].width = width


def page(
    ws: Worksheet,
    header_rows: int,
    left: str,
    landscape: bool = True,
    repeat_rows: int | None = None,
    one_page: bool = False,
) -> None:
    """Print setup (xlsx_safe.print_setup) plus a page header naming the unit and a page-number footer.

    ``repeat_rows`` narrows the rows repeated on every printed page (for a sheet
    with two tables, repeating the first table's header over the second would
    mislabel it). A sheet narrower than the page prints at 100 %: LibreOffice
    would otherwise enlarge it to fill the width. ``one_page`` fits a sheet of
    bounded size (twelve months) on one page.
    """
    from openpyxl.utils import get_column_letter

    print_setup(ws, header_rows=header_rows, landscape=landscape)
    if repeat_rows is not None:
        ws.print_title_rows = f"1:{repeat_rows}"
    used = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, ws.max_column + 1))
    if one_page:
        ws.page_setup.fitToHeight = 1
    elif used <= (PAGE_CHARS_LANDSCAPE if landscape else PAGE_CHARS_PORTRAIT):
        page_properties = ws.sheet_properties.pageSetUpPr
        assert page_properties is not None  # every worksheet openpyxl creates has them
        page_properties.fitToPage = False
        ws.page_setup.scale = 100
    odd_header, odd_footer = ws.oddHeader, ws.oddFooter
    assert odd_header is not None and odd_footer is not None  # likewise
    odd_header.left.text = left.replace("&", "&&")
    odd_header.right.text = "&A"
    odd_footer.center.text = "Sida &P av &N"
    ws.page_margins.left = ws.page_margins.right = 0.5


def wrap(ws: Worksheet, first_row: int, last_row: int, columns: Iterable[int] | None = None) -> None:
    """Wrap text (top-aligned) in a block of table rows."""
    from openpyxl.styles import Alignment

    wanted = set(columns) if columns is not None else None
    for row in ws.iter_rows(min_row=first_row, max_row=last_row):
        for cell in row:
            if wanted is None or cell.column in wanted:
                # Text a little in from the left edge, so it never runs into the number beside it.
                text = isinstance(cell.value, str)
                cell.alignment = Alignment(
                    wrap_text=True, vertical="top", horizontal="left" if text else None, indent=1 if text else 0
                )


def fit_row_heights(ws: Worksheet, rows: Iterable[int], line_height: float = 15) -> None:
    """Row heights for wrapped text, from the column widths.

    Excel grows such rows itself when it recalculates, but LibreOffice and
    print previews show what the file says, and openpyxl writes no height.
    """
    from openpyxl.utils import get_column_letter

    for r in rows:
        lines = 1
        for cell in ws[r]:
            if cell.value is None or not cell.alignment.wrap_text:  # a style proxy is never falsy
                continue
            width = ws.column_dimensions[get_column_letter(cell.column)].width or 8.43
            # Width units are digit widths; running text is narrower, bold a little wider.
            per_line = max(4, int(width * (1.0 if cell.font.b else 1.15)) - 2)
            text = cell.value if isinstance(cell.value, str) else str(cell.value)
            lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n")))
        if lines > 1:
            ws.row_dimensions[r].height = line_height * lines + 3
