"""The region's tariff table: read from its file, checked row by row, every error at once.

The file (xlsx or csv) has the columns kategori, nivå, zon, giltig från
(YYYY-MM-DD) and pris per timme (kr). The region keeps it in the ``mallar``
subfolder of the shared folder (``tariffer.xlsx`` or ``tariffer.csv``), like
the review templates, or the user imports any file. Nothing is hard-coded:
the demo's table is an example, labelled so.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from hyrdesk.domain.agreement import ZONES, Tariff
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import parse_decimal
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import Cell, Table, find_header_row, normalise_header, read_table

COLUMNS = {
    "category": ("kategori", "yrkeskategori", "personalkategori"),
    "level": ("nivå", "niva", "kompetensnivå"),
    "zone": ("zon",),
    "valid_from": ("giltig från", "giltig fr.o.m.", "gäller från", "från"),
    "price": ("pris per timme (kr)", "pris per timme", "pris/timme", "timpris", "pris (kr/h)", "pris"),
}
LABELS = {
    "category": "kategori",
    "level": "nivå",
    "zone": "zon",
    "valid_from": "giltig från",
    "price": "pris per timme (kr)",
}
SHARED_NAMES = ("tariffer.xlsx", "tariffer.csv")
MAX_PRICE = Money.from_sek(100_000)
# No hire tariff is below this: a lower price is a misread thousands separator ("1,200" or "1.200"
# read as 1,20 kr), and a wrong tariff would make every invoice look overpriced.
MIN_PRICE = Money.from_sek(100)


@dataclass(frozen=True)
class TariffFile:
    tariffs: list[Tariff]
    name: str


def _columns(table: Table) -> tuple[int, dict[str, int]]:
    known = [a for aliases in COLUMNS.values() for a in aliases]
    header = find_header_row(table.rows, known)
    if header is None:
        raise UserError(
            f"{table.name}: hittar inga kolumnrubriker. Filen ska ha kolumnerna " + ", ".join(LABELS.values()) + "."
        )
    found: dict[str, int] = {}
    for i, cell in enumerate(table.rows[header]):
        h = normalise_header(cell)
        for key, aliases in COLUMNS.items():
            if key not in found and h in {normalise_header(a) for a in aliases}:
                found[key] = i
    missing = [LABELS[k] for k in COLUMNS if k not in found]
    if missing:
        raise UserError(f"{table.name}: kolumnen {', '.join(missing)} saknas.")
    return header, found


def parse_tariffs(table: Table) -> list[Tariff]:
    """Every row as a Tariff; a UserError listing every bad row (with its row number) otherwise."""
    header, col = _columns(table)
    tariffs: list[Tariff] = []
    errors: list[str] = []
    seen: dict[tuple[str, str, int, _dt.date], int] = {}
    for i in range(header + 1, len(table.rows)):
        row = table.rows[i]
        if not any(c not in (None, "") for c in row):
            continue
        n = i + 1

        def cell(key: str, row: list[Cell] = row) -> Cell:
            j = col[key]
            return row[j] if j < len(row) else None

        problems = []
        category, level = str(cell("category") or "").strip(), str(cell("level") or "").strip()
        if not category:
            problems.append("kategori saknas")
        if not level:
            problems.append("nivå saknas")
        zone = None
        try:
            raw_zone = cell("zone")
            if isinstance(raw_zone, str) and normalise_header(raw_zone).startswith("zon"):
                raw_zone = raw_zone.strip()[3:]  # "Zon 1", as regions write it
            number = parse_decimal(raw_zone)  # a spreadsheet gives 1.0
            zone = int(number) if number == number.to_integral_value() else None
            if zone not in ZONES:
                raise ValueError
        except (TypeError, ValueError, ArithmeticError):
            problems.append(f"zon ska vara 1, 2 eller 3, inte ”{cell('zone')}”")
        raw_day = cell("valid_from")
        day = None
        if isinstance(raw_day, _dt.datetime):
            day = raw_day.date()
        elif isinstance(raw_day, _dt.date):
            day = raw_day
        else:
            try:
                day = _dt.date.fromisoformat(str(raw_day).strip())
            except (TypeError, ValueError):
                problems.append(f"giltig från ska vara ett datum ÅÅÅÅ-MM-DD, inte ”{raw_day}”")
        price = None
        try:
            price = Money.from_sek(cell("price"))
            if not MIN_PRICE.ore <= price.ore <= MAX_PRICE.ore:
                problems.append(
                    f"priset ”{cell('price')}” blir {price} per timme, vilket är orimligt "
                    f"(skriv tusental med mellanslag eller utan avskiljare, t.ex. 1 200 eller 1200)"
                )
        except (TypeError, ValueError, ArithmeticError):
            problems.append(f"pris per timme ”{cell('price')}” är inget belopp")
        if problems:
            errors.append(f"rad {n}: " + "; ".join(problems))
            continue
        assert zone is not None and day is not None and price is not None
        key = (category.casefold(), level.casefold(), zone, day)
        if key in seen:
            errors.append(f"rad {n}: samma kategori, nivå, zon och datum som rad {seen[key]}")
            continue
        seen[key] = n
        tariffs.append(Tariff(category, level, zone, day, price))
    if errors:
        listed = "\n".join(f"  • {e}" for e in errors[:50])
        more = f"\n  … och {len(errors) - 50} fel till." if len(errors) > 50 else ""
        raise UserError(f"{table.name} har fel; inget sparades:\n{listed}{more}")
    if not tariffs:
        raise UserError(f"{table.name} har inga tariffer under rubrikraden.")
    return tariffs


def read_tariff_file(path: Path | str) -> TariffFile:
    table = read_table(Path(path))
    return TariffFile(parse_tariffs(table), table.name)


def shared_tariff_file(shared_folder: Path | None) -> Path | None:
    """The region's tariff file in the shared folder's ``mallar``, if there is one."""
    if shared_folder is None:
        return None
    for name in SHARED_NAMES:
        candidate = Path(shared_folder) / "mallar" / name
        if candidate.is_file():
            return candidate
    return None
