"""The CLI side of every spreadsheet import (gaps, ledger): one flow for all importers.

read the file → recall the remembered mapping (plus ``--column`` overrides) →
require every needed column → preview → print notes and rejected rows with
their row numbers → commit unless ``--dry-run``.
"""

from __future__ import annotations

from pathlib import Path

from hyrdesk.errors import UserError
from hyrdesk.files.tabular import normalise_header, read_table
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import ColumnMapping, MappingMemory, require_complete

MAX_LISTED = 100


def column_overrides(specs: list[str], fields, headers) -> dict[str, int]:
    """``konto=Kto`` or ``belopp=D`` → {field key: column index}."""
    out: dict[str, int] = {}
    by_name = {}
    for f in fields:
        by_name[f.key] = f
        by_name[normalise_header(f.label)] = f
    for spec in specs:
        name, sep, column = spec.partition("=")
        field = by_name.get(normalise_header(name))
        if not sep or field is None:
            known = ", ".join(normalise_header(f.label) for f in fields)
            raise UserError(f"”{spec}” ska skrivas FÄLT=RUBRIK, där FÄLT är något av: {known}.")
        wanted = normalise_header(column)
        index = next((i for i, h in enumerate(headers) if normalise_header(h) == wanted), None)
        if index is None and column.strip().isalpha() and len(column.strip()) <= 2:
            letters = column.strip().upper()
            index = 0
            for ch in letters:
                index = index * 26 + ord(ch) - 64
            index -= 1
        if index is None:
            raise UserError(f"Filen har ingen kolumn ”{column}”.")
        out[field.key] = index
    return out


def run_import(args, services, importer) -> int:
    """Import ``args.file`` with ``importer``; a file whose rows all exist already is not an error."""
    table = read_table(Path(args.file), sheet=args.sheet)
    if not table.rows:
        raise UserError(f"Filen {table.name} innehåller inga rader.")
    memory = MappingMemory(services.settings)
    mapping = memory.recall(importer.kind, table, importer.fields())
    if args.column:
        headers = table.rows[mapping.header_row]
        mapping = ColumnMapping(
            mapping.header_row, {**mapping.columns, **column_overrides(args.column, importer.fields(), headers)}
        )
    require_complete(mapping, importer.fields(), table)
    preview = importer.preview(table, mapping, Progress())
    for note in preview.notes:
        print(note)
    for r in preview.rejected[:MAX_LISTED]:
        print(f"Rad {r.row_number}: {r.reason}")
    if len(preview.rejected) > MAX_LISTED:
        print(f"… och {len(preview.rejected) - MAX_LISTED} avvisade rader till.")
    print(preview.summary)
    if args.dry_run:
        print("Inget sparades (--dry-run).")
        return 0
    if not preview.records and not preview.duplicates:
        reason = preview.context.get("nothing_reason")
        raise UserError(reason or f"Inget importerades från {table.name}: ingen rad kunde tas med.")
    message = importer.commit(preview)
    memory.remember(importer.kind, table, mapping)  # only a saved import teaches a mapping
    print(message)
    return 0
