"""Reading spreadsheets and CSV files from outside, safely.

Every import (ledger exports, gap logs, filled review workbooks read as
tables) goes through ``read_table``. Files from outside are untrusted: the
checks here turn a wrong, broken or hostile file into a clear Swedish
``UserError`` before any parser sees it (neither openpyxl nor
python-calamine limits a zip bomb, and openpyxl refuses XML bombs only
because defusedxml is installed):

* an empty file, binary garbage, a text file renamed ``.xlsx``;
* every other spreadsheet kind (.xls, encrypted, .xlsb, .xlsm, .ods, Numbers),
  told by its content and named in the message with how to save it as .xlsx
  (``spreadsheet_kind``);
* a workbook kept somewhere other than ``xl/workbook.xml``, or with backslash
  paths: found through the package's relationships and read from a copy in
  Excel's own layout (``xlsx_package``), with every check below;
* a zip bomb: uncompressed size and compression ratio are checked in the zip
  directory before parsing;
* an XML bomb, a sheet that would take too much memory (python-calamine copies
  a shared string into every cell that refers to it), more rows than the cap:
  the sheet is counted in bounded memory before the parser sees it
  (``xlsx_guard``); a forged dimension does not matter, real cells are counted;
* a CSV in an unknown encoding, binary garbage, a line without end, too many
  rows: read as a stream with caps (``csv_read``).

xlsx is read with python-calamine (an order of magnitude faster than
openpyxl on large files); CSV with the standard library after detecting the
encoding (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252) and the
delimiter. Memory stays under ~300 MB whatever the file (tested in
tests/files/test_tabular_hostile.py).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hyrdesk.errors import UserError
from hyrdesk.files import spreadsheet_kind, xlsx_guard, xlsx_package
from hyrdesk.files.csv_read import decode_text, detect_delimiter, read_csv_rows  # noqa: F401 - part of this module's API
from hyrdesk.progress import Progress

# python_calamine is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 150  # real xlsx parts compress ~5-20x; bombs 1000x+
MAX_ROWS = 1_000_000
MAX_COLUMNS = 200

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xltx"}
# Other spreadsheet kinds: refused with a message naming them (files/spreadsheet_kind.py).
OTHER_SPREADSHEETS = {".xls", ".xlsm", ".xltm", ".xlsb", ".ods", ".ots", ".numbers"}

Cell = Any  # str | int | float | bool | date | datetime | None


@dataclass
class Table:
    """The cells of one sheet (or CSV file), row by row, as the reader gave them."""

    path: Path
    rows: list[list[Cell]]
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


def read_table(path: Path | str, sheet: str | None = None, progress: Progress | None = None) -> Table:
    """Read the first (or the named) sheet of an xlsx file, or a CSV file."""
    path = Path(path)
    suffix, head = _check_file(path)
    if suffix in XLSX_SUFFIXES or suffix in OTHER_SPREADSHEETS or head[:4] == _ZIP_MAGIC or head == _OLE_MAGIC:
        _check_container(path)
        return _read_xlsx(path, sheet, progress)
    if suffix in CSV_SUFFIXES or suffix == "":
        return _read_csv(path, progress)
    raise UserError(f"hyrdesk kan läsa .xlsx och .csv, inte {suffix}-filer ({path.name}).")


def check_xlsx_file(path: Path | str) -> Path:
    """The checks ``read_table`` makes before parsing an xlsx file, for code that parses it
    itself (with openpyxl, to see formulas and cell addresses). Raises a Swedish UserError.

    On top of the container checks, every sheet is counted (openpyxl's normal mode
    needs ~500 B per cell) and the XML parts are checked for DTDs (XML bombs).
    Open the file with :func:`xlsx_source`, which finds the workbook wherever the
    package keeps it.
    """
    path = _check_container(Path(path))
    with zipfile.ZipFile(xlsx_source(path)) as z:
        xlsx_guard.shared_string_lengths(z, path.name)  # refuses a DTD or an oversized text table
        cells = sum(
            xlsx_guard.scan_sheet(z, part, path.name, None).cells
            for _, part in xlsx_guard.sheet_parts(z, path.name)
            if part in z.NameToInfo
        )
    if cells > xlsx_guard.OPENPYXL_MAX_CELLS:
        raise UserError(
            f"{path.name} har {_n(cells)} ifyllda celler, fler än hyrdesk läser i en sådan arbetsbok "
            f"(högst {_n(xlsx_guard.OPENPYXL_MAX_CELLS)}). Filen läses inte."
        )
    return path


def check_xlsx_container(path: Path | str) -> Path:
    """The container checks alone (not .xls, no macros, not encrypted, a zip, no zip bomb), for a
    reader that then parses only some parts itself (the roll-up reads the properties and one sheet)."""
    return _check_container(Path(path))


def xlsx_source(path: Path) -> Path | io.BytesIO:
    """What to hand openpyxl or calamine: the file, or a copy in Excel's own layout
    (backslash paths, a workbook outside ``xl/``; see ``xlsx_package``). Checked files only."""
    return xlsx_package.standard_form(path)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _check_container(path: Path) -> Path:
    """What the file is: refuses every kind but xlsx (naming it), non-zips and zip bombs."""
    suffix, head = _check_file(path)
    if head == _OLE_MAGIC:
        raise spreadsheet_kind.refuse_ole(path)
    if head[:4] != _ZIP_MAGIC:
        if suffix in OTHER_SPREADSHEETS and suffix != ".xls":
            raise spreadsheet_kind.refuse_zip(path) or UserError(f"{path.name} är ingen Excel-fil (.xlsx).")
        if suffix == ".xls":
            raise spreadsheet_kind.refuse_ole(path)
        raise UserError(f"{path.name} är ingen Excel-fil (.xlsx), trots namnet. Kontrollera att du valt rätt fil.")
    if not zipfile.is_zipfile(path):  # a damaged zip: its name is all that says what it was meant to be
        other = spreadsheet_kind.by_suffix(path.name, suffix)
        if other is not None:
            raise other
    _check_zip(path)
    refusal = spreadsheet_kind.refuse_zip(path)
    if refusal is not None:
        raise refusal
    return path


def _check_file(path: Path) -> tuple[str, bytes]:
    """Existence and size; returns the lower-case suffix and the first bytes."""
    if not path.is_file():
        raise UserError(f"Filen {path} finns inte.")
    size = path.stat().st_size
    if size == 0:
        raise UserError(f"Filen {path.name} är tom.")
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"Filen {path.name} är för stor ({size // 1_000_000} MB; högst {MAX_FILE_BYTES // 1_000_000} MB)."
        )
    with path.open("rb") as f:
        head = f.read(8)
    return path.suffix.lower(), head


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- xlsx -----------------------------------------------------------------------
def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(f"{path.name} är skadad och går inte att öppna som Excel-fil ({exc}).") from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UserError(f"{path.name} packas upp till {total // 1_000_000} MB, vilket är för mycket. Filen läses inte.")
    for info in infos:
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
            and info.file_size > 10_000_000
        ):
            raise UserError(
                f"{path.name} ser ut som en så kallad zip-bomb (delen {info.filename} är onormalt packad). Filen läses inte."
            )


def _precheck_sheet(path: Path, source: Path | io.BytesIO, sheet: str | None, progress: Progress | None) -> None:
    """Count the sheet calamine will load and refuse it if it would take too much memory."""
    if progress is not None:
        progress.step(0, None, "Kontrollerar filen…")
    with zipfile.ZipFile(source) as z:
        parts = xlsx_guard.sheet_parts(z, path.name)
        if not parts:
            raise UserError(f"{path.name} har inga blad.")
        chosen = next((part for name, part in parts if name == sheet), None) if sheet else parts[0][1]
        if chosen is None or chosen not in z.NameToInfo:
            return  # calamine reports the missing sheet in its own words below
        check_sheet_cost(z, path.name, chosen, xlsx_guard.shared_string_lengths(z, path.name), progress)


def check_sheet_cost(
    z: zipfile.ZipFile,
    name: str,
    part: str,
    shared: tuple[array[int], int],
    progress: Progress | None = None,
) -> None:
    """Refuse a worksheet part (of an open, container-checked xlsx) that has too many rows or would
    take calamine too much memory. ``shared``: ``xlsx_guard.shared_string_lengths`` of the file."""
    lengths, shared_bytes = shared
    cost = xlsx_guard.scan_sheet(z, part, name, lengths, progress)
    if not cost.exact and cost.calamine_bytes(shared_bytes) > xlsx_guard.CALAMINE_BUDGET:
        cost = xlsx_guard.scan_sheet(z, part, name, lengths, progress, exact=True)
    if cost.rows > MAX_ROWS:
        raise UserError(f"{name} har fler än {_n(MAX_ROWS)} rader, vilket hyrdesk inte läser.")
    needed = cost.calamine_bytes(shared_bytes)
    if needed > xlsx_guard.CALAMINE_BUDGET:
        raise UserError(
            f"{name} är för stor för att läsas in: bladet har {_n(cost.cells)} ifyllda celler och "
            f"{_n(cost.text_bytes // 1_000_000)} MB text (det skulle kräva ca {_n(needed // 1_000_000)} MB minne). "
            "Dela upp filen, eller ta bara med din enhet, och försök igen."
        )


def _read_xlsx(path: Path, sheet: str | None, progress: Progress | None) -> Table:
    from python_calamine import CalamineWorkbook

    source = xlsx_source(path)
    _precheck_sheet(path, source, sheet, progress)
    try:
        if isinstance(source, io.BytesIO):
            source.seek(0)
            wb = CalamineWorkbook.from_filelike(source)
        else:
            wb = CalamineWorkbook.from_path(str(path))
        names = list(wb.sheet_names)
        if sheet is not None and sheet not in names:
            raise UserError(f"{path.name} har inget blad som heter ”{sheet}” (blad: {', '.join(names)}).")
        ws = wb.get_sheet_by_name(sheet or names[0])
        rows: list[list[Cell]] = []
        for i, raw in enumerate(ws.iter_rows()):
            if i >= MAX_ROWS:
                raise UserError(f"{path.name} har fler än {_n(MAX_ROWS)} rader, vilket hyrdesk inte läser.")
            while raw and raw[-1] == "":  # trailing empty cells (a forged dimension pads rows with them)
                raw.pop()
            if len(raw) > MAX_COLUMNS:
                raise UserError(f"{path.name} har fler än {MAX_COLUMNS} kolumner, vilket hyrdesk inte läser.")
            rows.append([None if c == "" else c for c in raw] if "" in raw else raw)
            if progress is not None and i % 5000 == 0:
                progress.step(i, None, f"Läser rad {i}…")
    except UserError:
        raise
    except Exception as exc:  # calamine raises its own types for broken files
        raise UserError(f"{path.name} går inte att läsa som Excel-fil: {exc}") from exc
    return Table(path, _without_trailing_empty_rows(rows), sheet=sheet or names[0], sheet_names=names)


# --- csv --------------------------------------------------------------------------
def _read_csv(path: Path, progress: Progress | None) -> Table:
    rows, encoding, delimiter = read_csv_rows(path, MAX_ROWS, MAX_COLUMNS, progress)
    if not any(rows):  # the reader drops empty cells at the end of a row: an empty row is []
        raise UserError(f"Filen {path.name} är tom.")
    return Table(path, _without_trailing_empty_rows(rows), encoding=encoding, delimiter=delimiter)


def _without_trailing_empty_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The readers drop each row's trailing empty cells; this drops the empty rows at the end."""
    while rows and not rows[-1]:
        rows.pop()
    return rows


# --- headers ------------------------------------------------------------------------
def normalise_header(value: Cell) -> str:
    """Lower case, single spaces, no surrounding punctuation: 'Kostnads-ställe ' → 'kostnads-ställe'."""
    if value is None:
        return ""
    return " ".join(str(value).strip().strip(":").lower().split())


def find_header_row(rows: list[list[Cell]], known: Iterable[str], scan: int = 30) -> int | None:
    """The index of the first row (within ``scan``) where at least two cells are known column names."""
    wanted = {normalise_header(k) for k in known}
    for i, row in enumerate(rows[:scan]):
        hits = sum(1 for c in row if normalise_header(c) in wanted)
        if hits >= 2:
            return i
    return None
