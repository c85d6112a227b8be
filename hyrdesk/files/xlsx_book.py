"""An untrusted xlsx opened once, its sheets read one by one with python-calamine after their checks.

For a reader that needs some parts of a workbook and not others (the
roll-up: the document properties, the ``data`` sheet, sometimes one more
sheet), without opening and checking the file again for each. The checks are
``tabular``'s: the container (not .xls, no macros, not encrypted, a zip, no
zip bomb), no DTD in any XML part read, and each sheet counted in bounded
memory before calamine loads it (``tabular.check_sheet_cost``).
"""

from __future__ import annotations

import zipfile
from array import array
from pathlib import Path
from types import TracebackType
from typing import Any

from hyrdesk.errors import UserError
from hyrdesk.files import xlsx_guard
from hyrdesk.files.tabular import MAX_COLUMNS, check_sheet_cost, check_xlsx_container


class CheckedXlsx:
    def __init__(self, path: Path | str):
        self.path = check_xlsx_container(Path(path))
        self.name = self.path.name
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UserError(f"{self.name} är skadad och går inte att öppna som Excel-fil ({exc}).") from exc
        try:
            self._parts = dict(xlsx_guard.sheet_parts(self._zip, self.name))
        except BaseException:
            self._zip.close()
            raise
        self._shared: tuple[array[int], int] | None = None
        self._book: Any = None

    @property
    def sheet_names(self) -> list[str]:
        return list(self._parts)

    def part(self, name: str) -> bytes | None:
        """A small XML part (document properties), bounded and without a DTD; None if absent."""
        if name not in self._zip.NameToInfo:
            return None
        return xlsx_guard.read_small(self._zip, name, self.name)

    def rows(self, sheet: str) -> list[list[Any]]:
        """The sheet's cells as calamine gives them ("" for an empty cell), after its checks."""
        part = self._parts.get(sheet)
        if part is None or part not in self._zip.NameToInfo:
            raise UserError(f"{self.name} har inget blad som heter ”{sheet}”.")
        if self._shared is None:
            self._shared = xlsx_guard.shared_string_lengths(self._zip, self.name)
        check_sheet_cost(self._zip, self.name, part, self._shared)
        try:
            if self._book is None:
                from python_calamine import CalamineWorkbook

                self._book = CalamineWorkbook.from_path(str(self.path))
            ws = self._book.get_sheet_by_name(sheet)
            if ws.width > MAX_COLUMNS:
                raise UserError(f"{self.name} har fler än {MAX_COLUMNS} kolumner, vilket hyrdesk inte läser.")
            rows: list[list[Any]] = ws.to_python()
        except UserError:
            raise
        except Exception as exc:
            raise UserError(f"{self.name} går inte att läsa som Excel-fil: {exc}") from exc
        return rows

    def close(self) -> None:
        self._zip.close()
        if self._book is not None:
            self._book.close()
            self._book = None

    def __enter__(self) -> CheckedXlsx:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
