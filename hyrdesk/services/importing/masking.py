"""Personal identity numbers masked in imported tables before anything is parsed or stored.

Every import runs its table through :func:`mask_table` first: each cell of the
chosen columns that holds a personnummer (however it is written, see
``domain/privacy.py``) gets the number replaced by ``[personnummer borttaget]``.
The table is copied on the first change, never changed in place, so a second
preview of the same file counts the same. The counts per column go into the
preview and the result, so the user knows what was masked and where.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from hyrdesk.domain.privacy import MASK, is_personal_number, mask_personal_numbers
from hyrdesk.files.tabular import Cell, Table


def mask_cell(value: Cell) -> tuple[Cell, int]:
    """The cell with every personnummer masked, and how many there were."""
    if value is None or isinstance(value, bool):
        return value, 0
    if isinstance(value, str):
        return mask_personal_numbers(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        digits = str(abs(int(value)))
        if len(digits) in (9, 10, 11, 12):  # a leading zero is lost when a number is stored as a number
            if is_personal_number(digits.zfill(10 if len(digits) <= 10 else 12)):
                return MASK, 1
    return value, 0


def mask_table(table: Table, header_row: int, columns: Iterable[int]) -> tuple[Table, dict[str, int]]:
    """``table`` with the given columns masked below ``header_row``; and count per column heading."""
    rows = table.rows
    new_rows: list[list[Cell]] | None = None
    counts: dict[str, int] = {}
    headers = rows[header_row] if 0 <= header_row < len(rows) else []
    for i in sorted(set(columns)):
        seen: dict[tuple[type, Cell], tuple[Cell, int]] = {}
        found = 0
        for r in range(header_row + 1, len(rows)):
            row = rows[r] if new_rows is None else new_rows[r]
            if i >= len(row):
                continue
            value = row[i]
            if value is None:
                continue
            key = (value.__class__, value)
            hit = seen.get(key)
            if hit is None:
                hit = seen[key] = mask_cell(value)
            if hit[1]:
                if new_rows is None:
                    new_rows = list(rows)
                copy = list(new_rows[r])
                copy[i] = hit[0]
                new_rows[r] = copy
                found += hit[1]
        if found:
            heading = headers[i] if i < len(headers) and headers[i] not in (None, "") else f"kolumn {i + 1}"
            label = str(heading).strip()
            counts[label] = counts.get(label, 0) + found
    if new_rows is None:
        return table, counts
    return dataclasses.replace(table, rows=new_rows), counts


def masked_sentence(counts: Mapping[str, int]) -> str:
    """One Swedish sentence for the preview and the result, or "" when nothing was masked."""
    total = sum(counts.values())
    if not total:
        return ""
    where = ", ".join(f"”{label}”: {n}" for label, n in counts.items())
    return f"{total} personnummer maskerades innan något sparades (kolumn {where}). hyrdesk sparar aldrig personnummer."
