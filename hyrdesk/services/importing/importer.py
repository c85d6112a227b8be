"""The shared shape of every spreadsheet import: fields, column mapping, preview, commit.

An import goes: read the file (``tabular.read_table``) → find the header row
→ map columns to fields (guessed from known names, remembered per file shape,
corrected by the user) → ``preview`` parses every row into accepted records
and rejected rows with reasons, saving nothing → the user confirms →
``commit`` saves everything in one transaction. The GUI's import wizard and
the CLI drive any importer the same way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from hyrdesk.errors import UserError
from hyrdesk.files.tabular import Cell, Table, find_header_row, normalise_header
from hyrdesk.progress import Progress
from hyrdesk.services.importing.masking import masked_sentence
from hyrdesk.services.settings import SettingsService


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # Swedish, shown in the mapping step
    required: bool = True
    aliases: tuple[str, ...] = ()  # column names that map to this field without asking

    def matches(self, header: Cell) -> bool:
        h = normalise_header(header)
        return bool(h) and (h == normalise_header(self.label) or h in {normalise_header(a) for a in self.aliases})


@dataclass
class ColumnMapping:
    """Field key → column index (0-based) in the table, and the header row's index."""

    header_row: int
    columns: dict[str, int] = field(default_factory=dict)

    def cell(self, row: Sequence[Cell], key: str) -> Cell:
        i = self.columns.get(key)
        if i is None or i >= len(row):
            return None
        value = row[i]
        return None if isinstance(value, str) and not value.strip() else value

    def missing(self, fields: Sequence[ImportField]) -> list[ImportField]:
        return [f for f in fields if f.required and f.key not in self.columns]


@dataclass(frozen=True)
class RejectedRow:
    row_number: int  # as the user sees it in Excel: 1-based
    reason: str


@dataclass
class ImportPreview:
    records: list[Any]
    rejected: list[RejectedRow]
    duplicates: int = 0  # rows already imported before, skipped
    notes: list[str] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)  # importer-specific (file hash, periods…)
    masked: dict[str, int] = field(default_factory=dict)  # column heading → personnummer masked in it

    @property
    def summary(self) -> str:
        parts = [f"{len(self.records)} rader kan importeras"]
        if self.rejected:
            parts.append(f"{len(self.rejected)} avvisas")
        if self.duplicates:
            parts.append(f"{self.duplicates} fanns redan och hoppas över")
        text = ", ".join(parts) + "."
        masked = masked_sentence(self.masked)
        return f"{text} {masked}" if masked else text

    def with_masked(self, result: str) -> str:
        """A commit's result sentence, followed by what was masked."""
        masked = masked_sentence(self.masked)
        return f"{result} {masked}" if masked else result


class Importer(Protocol):
    kind: str  # names remembered mappings: "gaps", "ledger", …
    title: str  # Swedish, for the wizard's title

    def fields(self) -> Sequence[ImportField]: ...

    def preview(self, table: Table, mapping: ColumnMapping, progress: Progress) -> ImportPreview: ...

    def commit(self, preview: ImportPreview) -> str:
        """Save in one transaction; returns a Swedish sentence saying what was saved."""
        ...


# --- header detection and mapping -------------------------------------------------
def shape_key(headers: Sequence[Cell]) -> str:
    """A short fingerprint of a file's header row: files of the same shape share a mapping."""
    text = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def guess_mapping(table: Table, fields: Sequence[ImportField]) -> ColumnMapping:
    """Find the header row and map every column whose name is known."""
    known = [a for f in fields for a in (f.label, *f.aliases)]
    header_row = find_header_row(table.rows, known)
    if header_row is None:
        header_row = next((i for i, r in enumerate(table.rows) if any(c not in (None, "") for c in r)), 0)
    mapping = ColumnMapping(header_row)
    headers = table.rows[header_row] if table.rows else []
    for f in fields:
        for i, h in enumerate(headers):
            if i not in mapping.columns.values() and f.matches(h):
                mapping.columns[f.key] = i
                break
    return mapping


class MappingMemory:
    """Mappings of committed imports, remembered per importer kind and file shape (in settings).

    Only an import that was saved teaches a mapping: a preview that was cancelled, or a
    commit that failed, leaves the memory as it was.
    """

    def __init__(self, settings: SettingsService):
        self.repo = settings.repo

    def _key(self, kind: str, headers: Sequence[Cell]) -> str:
        return f"mapping:{kind}:{shape_key(headers)}"

    def recall(self, kind: str, table: Table, fields: Sequence[ImportField]) -> ColumnMapping:
        """The remembered mapping for this file's shape if any, else a guess."""
        guess = guess_mapping(table, fields)
        headers = table.rows[guess.header_row] if table.rows else []
        raw = self.repo.get(self._key(kind, headers))
        if raw:
            try:
                data = json.loads(raw)
                width = len(headers)
                columns = {k: int(v) for k, v in data["columns"].items() if int(v) < width}
            except (ValueError, KeyError, TypeError):
                return guess  # an unreadable memory is just forgotten
            # A recognised header wins over a remembered "none": a column literally called
            # "Ansvar" is the cost centre even if an earlier file of this shape was imported without.
            for key, index in guess.columns.items():
                if key not in columns and index not in columns.values():
                    columns[key] = index
            return ColumnMapping(guess.header_row, columns)
        return guess

    def remember(self, kind: str, table: Table, mapping: ColumnMapping) -> None:
        headers = table.rows[mapping.header_row] if table.rows else []
        self.repo.set(self._key(kind, headers), json.dumps({"columns": mapping.columns}))


def require_complete(mapping: ColumnMapping, fields: Sequence[ImportField], table: Table) -> None:
    """Raise a clear error when required columns are missing (the CLI has no mapping step)."""
    missing = mapping.missing(fields)
    if missing:
        names = ", ".join(f"”{f.label}”" for f in missing)
        headers = [str(h) for h in (table.rows[mapping.header_row] if table.rows else []) if h not in (None, "")]
        found = ", ".join(headers) or "inga"
        raise UserError(f"{table.name}: hittar inte kolumnerna {names}. Kolumner i filen: {found}.")


def data_rows(table: Table, mapping: ColumnMapping) -> Iterator[tuple[int, list[Cell]]]:
    """(row number as in Excel, row) for every non-empty row below the header."""
    for i in range(mapping.header_row + 1, len(table.rows)):
        row = table.rows[i]
        if any(c not in (None, "") for c in row):
            yield i + 1, row
