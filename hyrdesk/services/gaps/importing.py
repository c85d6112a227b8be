"""Importing staffing gaps from a spreadsheet (the unit's old Excel log, or a CSV).

Each row goes through the same ``parse_gap`` as the quick-entry form, so a
row is accepted exactly when the form would accept it; a rejected row is
listed with its Excel row number and the reason.

**Importing the same file twice adds nothing.** Every accepted row gets a
fingerprint: a hash of the unit and the row's normalised values (dates, shift,
category, minutes, cause, coverage, agency, cost, note) *and* how many
identical rows came before it in the same file. The fingerprint is stored
with the gap under a UNIQUE index, so a second import of the file, or of a
later version of the log that repeats the old rows, skips the rows already
there and says how many. Two identical rows in one file (two nurses missing
the same night) stay two gaps. Gaps typed in by hand have no fingerprint and
are never treated as duplicates of imported ones.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from hyrdesk.domain.gap_validation import FIELD_LABELS, GapCheck
from hyrdesk.domain.gaps import Gap
from hyrdesk.domain.privacy import NAME_WARNING
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import Table
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import (
    ColumnMapping,
    ImportField,
    ImportPreview,
    RejectedRow,
    data_rows,
)
from hyrdesk.services.importing.masking import mask_table
from hyrdesk.storage.gaps import GapRepository

FIELDS = (
    ImportField(
        "start",
        "Datum",
        True,
        ("datum", "från", "fr.o.m.", "from", "fr o m", "från och med", "frå o m", "startdatum", "dag", "date"),
    ),
    ImportField("end", "Till och med", False, ("till", "t.o.m.", "tom", "t o m", "slutdatum", "till datum")),
    ImportField("shift", "Pass", True, ("pass", "passtyp", "arbetspass", "tid på dygnet")),
    ImportField(
        "category",
        "Yrkeskategori",
        True,
        ("yrkeskategori", "yrke", "kategori", "personalkategori", "befattning", "yrkesgrupp"),
    ),
    ImportField("hours", "Timmar", False, ("timmar", "tim", "antal timmar", "h", "tid (h)", "timmar (h)")),
    ImportField("shifts", "Antal pass", False, ("antal pass", "pass (antal)", "antal")),
    ImportField("cause", "Orsak", True, ("orsak", "anledning", "skäl", "orsak till lucka")),
    ImportField(
        "coverage",
        "Täckning",
        True,
        ("täckning", "täckt av", "täcktes av", "lösning", "löst med", "löstes med", "bemannad med", "åtgärd"),
    ),
    ImportField(
        "agency",
        "Bemanningsföretag",
        False,
        ("bemanningsföretag", "företag", "leverantör", "hyrföretag", "bemanningsbolag"),
    ),
    ImportField("cost", "Kostnad", False, ("kostnad", "kostnad (kr)", "kostnad kr", "belopp", "pris")),
    ImportField("note", "Kommentar", False, ("kommentar", "anteckning", "notering", "noteringar", "kommentarer")),
)


def fingerprint(unit_id: int, gap: Gap, occurrence: int) -> str:
    """The identity of an imported row: its unit, normalised values and repeat number in the file."""
    parts = (
        str(unit_id),
        gap.start.isoformat(),
        gap.end.isoformat(),
        gap.shift.value,
        str(gap.category_id),
        str(gap.minutes),
        gap.cause.value,
        gap.coverage.value,
        " ".join(gap.agency.casefold().split()),
        "" if gap.cost is None else str(gap.cost.ore),
        " ".join(gap.note.casefold().split()),
        str(occurrence),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _reason(errors: dict[str, str]) -> str:
    return "; ".join(f"{FIELD_LABELS.get(k, k).lower()}: {msg[0].lower() + msg[1:]}" for k, msg in errors.items())


class GapBook(Protocol):
    """What the importer needs of the gap service (which builds it: typed here, so the import goes one way)."""

    repo: GapRepository

    def checker(self, unit: Unit) -> Callable[..., GapCheck]: ...


class GapImporter:
    """The ``Importer`` for a unit's staffing gaps."""

    kind = "gaps"
    title = "Importera bemanningsluckor"

    def __init__(self, gaps: GapBook, unit: Unit):
        self.gaps = gaps
        self.unit = unit
        self.committed_ids: list[int] = []  # the ids the last commit saved (for undo)

    def fields(self) -> Sequence[ImportField]:
        return FIELDS

    def preview(self, table: Table, mapping: ColumnMapping, progress: Progress) -> ImportPreview:
        if "hours" not in mapping.columns and "shifts" not in mapping.columns:
            raise UserError("Välj en kolumn för Timmar eller för Antal pass: utan dem blir luckorna utan längd.")
        table, masked = mask_table(table, mapping.header_row, mapping.columns.values())
        keys = [f.key for f in FIELDS if f.key in mapping.columns]
        records: list[Gap] = []
        rejected: list[RejectedRow] = []
        named: list[int] = []
        seen: Counter[str] = Counter()
        total = max(len(table.rows) - mapping.header_row - 1, 1)
        read = 0
        check = self.gaps.checker(self.unit)
        for n, (row_number, row) in enumerate(data_rows(table, mapping)):
            read += 1
            if n % 500 == 0:
                progress.step(n, total, f"Kontrollerar rad {row_number}…")
            result = check({k: mapping.cell(row, k) for k in keys})
            gap = result.gap
            if not result.ok or gap is None:  # ok means a gap and no errors
                rejected.append(RejectedRow(row_number, _reason(result.errors)))
                continue
            if result.warnings.get("note") == NAME_WARNING:
                named.append(row_number)
            base = fingerprint(self.unit.id, gap, 0)
            occurrence = seen[base]
            seen[base] += 1
            fp = base if occurrence == 0 else fingerprint(self.unit.id, gap, occurrence)
            records.append(gap.with_changes(fingerprint=fp))
        if read == 0:
            raise UserError(f"{table.name} har inga rader under rubrikraden.")
        existing = self.gaps.repo.existing_fingerprints(g.fingerprint for g in records)
        fresh = [g for g in records if g.fingerprint not in existing]
        notes = []
        if existing:
            notes.append(f"{len(existing)} rader har importerats tidigare och hoppas över.")
        if named:
            listed = ", ".join(str(n) for n in named[:10]) + (" …" if len(named) > 10 else "")
            notes.append(f"Anteckningen på rad {listed} kan innehålla ett namn. {NAME_WARNING}")
        context = {"file_name": table.name, "read": read}
        return ImportPreview(fresh, rejected, len(existing), notes, context, masked)

    def commit(self, preview: ImportPreview) -> str:
        if not preview.records:
            if preview.duplicates:
                return preview.with_masked(f"Inget nytt att importera: alla {preview.duplicates} rader fanns redan.")
            raise UserError("Det finns inga rader att importera.")
        fps = [g.fingerprint for g in preview.records]
        before = set(self.gaps.repo.existing_fingerprints(fps))
        saved = self.gaps.repo.insert_many(preview.records)
        self.committed_ids = self.gaps.repo.ids_for_fingerprints([fp for fp in fps if fp not in before])
        text = f"{saved} bemanningsluckor importerades till {self.unit.code}."
        skipped = preview.duplicates + (len(preview.records) - saved)
        if skipped:
            text += f" {skipped} fanns redan och hoppades över."
        if preview.rejected:
            text += f" {len(preview.rejected)} rader avvisades."
        return preview.with_masked(text)
