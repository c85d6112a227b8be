"""Importing the HR system's monthly sick-leave report, aggregate only.

The file has one row per month: period, scheduled (ordinary) hours, sick
hours, and optionally sick hours in spells of 60 days or more and the number
of employees. Columns are mapped like the ledger's, and the mapping is
remembered when the import is saved.

**Per-person data is refused, whole.** A file with a column that names people
or holds personal identity numbers, a cell that is a personal identity
number, or the same month on more than one row (a row per person) is refused
before anything is kept: sick leave tied to a person is health data, and
hyrdesk is not the place for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from hyrdesk.domain.numbers import parse_decimal
from hyrdesk.domain.period import Period
from hyrdesk.domain.privacy import find_personal_number, looks_like_name
from hyrdesk.domain.sick_leave import SickMonth
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import Cell, Table, normalise_header
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import ColumnMapping, ImportField, ImportPreview, RejectedRow, data_rows
from hyrdesk.storage.followup import SickLeaveRepository

FIELDS = (
    ImportField("period", "Period", True, ("period", "månad", "år-månad", "redovisningsperiod", "månad (åååå-mm)")),
    ImportField(
        "scheduled",
        "Schemalagd tid (timmar)",
        True,
        (
            "schemalagd tid",
            "ordinarie tid",
            "schemalagda timmar",
            "ordinarie arbetstid",
            "planerad tid",
            "timmar schema",
        ),
    ),
    ImportField(
        "sick", "Sjukfrånvaro (timmar)", True, ("sjukfrånvaro", "sjuktimmar", "sjukfrånvaro timmar", "sjuk tid", "sjuk")
    ),
    ImportField(
        "long_sick",
        "Sjukfrånvaro 60 dagar eller mer (timmar)",
        False,
        ("långtidssjukfrånvaro", "sjukfrånvaro 60 dagar", "sjukfrånvaro >= 60 dagar", "lång sjukfrånvaro"),
    ),
    ImportField("headcount", "Antal anställda", False, ("antal anställda", "anställda", "antal medarbetare")),
)

# Headers that say the file is about people, not about the unit.
PERSON_HEADERS = {
    "namn", "förnamn", "efternamn", "personnummer", "pnr", "person nr", "personnr", "anställd", "medarbetare",
    "anställningsnummer", "anst nr", "anstnr", "födelsedatum",
}  # fmt: skip
MAX_HOURS = Decimal(10_000_000)

PER_PERSON_REFUSAL = (
    "{name} ser ut att innehålla uppgifter om enskilda personer ({why}). Sjukfrånvaro kopplad till en person "
    "är hälsouppgifter och ska inte in i hyrdesk: ta fram enhetens sammanställning per månad ur HR-systemet "
    "(period, schemalagd tid, sjukfrånvaro) och importera den. Inget från filen har sparats."
)


# Words that make any header a person's: "Anställd namn", "Name", "Anst.nr", "Medarbetare (namn)".
PERSON_WORDS = {
    "namn", "name", "förnamn", "efternamn", "personnummer", "personnr", "pnr", "anställningsnummer", "anstnr",
    "anställningsnr", "födelsedatum", "employee", "person",
}  # fmt: skip


def _is_person_header(header: Cell) -> bool:
    h = normalise_header(header)
    if h in PERSON_HEADERS:
        return True
    words = set(re.findall(r"[a-zåäöéü]+", h))
    squeezed = re.sub(r"[^a-zåäöéü]", "", h)
    return bool(words & PERSON_WORDS) or squeezed in PERSON_WORDS or ("anst" in words and "nr" in words)


def per_person_reason(table: Table, mapping: ColumnMapping) -> str | None:
    """Why the file looks like per-person data, or None."""
    headers = table.rows[mapping.header_row] if table.rows else []
    for h in headers:
        if _is_person_header(h):
            return f"kolumnen ”{h}”"
    mapped = set(mapping.columns.values())
    names: dict[int, set[str]] = {}
    for row_number, row in data_rows(table, mapping):
        for j, cell in enumerate(row):
            if j not in mapped and isinstance(cell, str) and looks_like_name(cell):
                names.setdefault(j, set()).add(cell.strip())
                if len(names[j]) > 1:  # one name repeated is a unit's name; two different ones are people
                    return f"namn på rad {row_number}"
    for row_number, row in data_rows(table, mapping):
        for cell in row:
            if isinstance(cell, (str, int)) and find_personal_number(str(cell)):
                return f"ett personnummer på rad {row_number}"
    seen: dict[Period, int] = {}
    for row_number, row in data_rows(table, mapping):
        try:
            p = Period.parse(mapping.cell(row, "period"))
        except (ValueError, TypeError):
            continue
        if p in seen:
            return f"månaden {p} finns på både rad {seen[p]} och rad {row_number}"
        seen[p] = row_number
    return None


def _hours(value: Cell, label: str, required: bool) -> int | None:
    """Hours in a cell as whole minutes; ValueError with a Swedish reason."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValueError(f"{label} saknas")
        return None
    try:
        hours = parse_decimal(value)
    except (ValueError, InvalidOperation):
        raise ValueError(f"{label}: ”{value}” är inget antal timmar") from None
    if not 0 <= hours <= MAX_HOURS:
        raise ValueError(f"{label}: {value} timmar är orimligt")
    return int((hours * 60).to_integral_value())


def _headcount(value: Cell) -> int:
    """A whole number of employees; 11,5 is not a headcount (an FTE, perhaps) and is never rounded."""
    try:
        number = parse_decimal(value)
    except (ValueError, InvalidOperation):
        raise ValueError(f"antal anställda: ”{value}” är inget tal") from None
    if not number.is_finite() or number != number.to_integral_value() or not 0 <= number <= 100_000:
        raise ValueError(f"antal anställda: ”{value}” är inget heltal (ange antal personer, inte årsarbetare)")
    return int(number)


class SickLeaveImporter:
    kind = "sickleave"
    title = "Importera sjukfrånvaro"

    def __init__(self, repo: SickLeaveRepository, unit: Unit, headcount: int | None = None):
        self.repo, self.unit, self.headcount = repo, unit, headcount
        self.replaced: list[SickMonth] = []

    def fields(self) -> Sequence[ImportField]:
        return FIELDS

    def preview(self, table: Table, mapping: ColumnMapping, progress: Progress) -> ImportPreview:
        why = per_person_reason(table, mapping)
        if why:
            raise UserError(PER_PERSON_REFUSAL.format(name=table.name, why=why))
        records: list[SickMonth] = []
        rejected: list[RejectedRow] = []
        for row_number, row in data_rows(table, mapping):
            try:
                period = Period.parse(mapping.cell(row, "period"))
            except (ValueError, TypeError) as exc:
                rejected.append(RejectedRow(row_number, f"period: {exc}"))
                continue
            try:
                scheduled = _hours(mapping.cell(row, "scheduled"), "schemalagd tid", True)
                sick = _hours(mapping.cell(row, "sick"), "sjukfrånvaro", True)
                long_sick = _hours(mapping.cell(row, "long_sick"), "sjukfrånvaro 60 dagar eller mer", False)
                head = mapping.cell(row, "headcount")
                headcount = self.headcount if head in (None, "") else _headcount(head)
            except (ValueError, InvalidOperation) as exc:
                rejected.append(RejectedRow(row_number, str(exc)))
                continue
            assert scheduled is not None and sick is not None
            if sick > scheduled:
                rejected.append(RejectedRow(row_number, "sjukfrånvaron är större än den schemalagda tiden"))
                continue
            if long_sick is not None and long_sick > sick:
                rejected.append(RejectedRow(row_number, "den långa sjukfrånvaron är större än all sjukfrånvaro"))
                continue
            records.append(SickMonth(period, scheduled, sick, long_sick, headcount))
        if not records and not rejected:
            raise UserError(f"{table.name} har inga rader under rubrikraden.")
        return ImportPreview(records, rejected, 0, [], {"file_name": table.name})

    def commit(self, preview: ImportPreview) -> str:
        if not preview.records:
            raise UserError("Det finns inga månader att importera.")
        self.replaced = self.repo.save(self.unit.id, preview.records, preview.context.get("file_name", ""))
        text = f"Sjukfrånvaro för {len(preview.records)} månader importerades till {self.unit.code}."
        if self.replaced:
            text += f" {len(self.replaced)} av dem fanns sedan tidigare och ersattes."
        if preview.rejected:
            text += f" {len(preview.rejected)} rader avvisades."
        return text
