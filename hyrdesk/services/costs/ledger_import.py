"""Importing ledger exports (huvudboksutdrag) from the region's finance system.

Each ledger row has a period, an account and an amount, and may have a cost
centre, a staff category and an agency. The account table decides whether
the row is hire cost, own staff cost or ignored, and gives the staff
category when the file has none.

Decisions a manager would otherwise be surprised by:

* **Other cost centres.** When the file has a cost-centre column, only the
  rows for the unit's code are imported; the others are counted and named in
  a note (an export often holds the whole clinic). They are not errors.
* **Unknown accounts** are rejected ("kontot finns inte i kontotabellen"),
  and the preview lists them with their row counts and sums so the user can
  add them to the account table and preview again.
* **Re-importing replaces.** The *source* of a figure is the ledger import
  for the unit, per month and kind (hire / own). An import replaces every
  live ledger figure of the unit for each (month, kind) the file contains;
  months and kinds the file does not contain are left alone, so a file with
  only hire accounts never wipes own staff cost. Manual entries are never
  replaced. Replaced figures are kept (marked superseded) so that undoing
  the import brings them back.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from hyrdesk.domain.accounts import AccountKind, AccountTable, parse_account
from hyrdesk.domain.categories import StaffCategory, match_category
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import Cell, Table, file_sha256
from hyrdesk.progress import Progress
from hyrdesk.services.costs.accounts import AccountService
from hyrdesk.services.importing.importer import ColumnMapping, ImportField, ImportPreview, RejectedRow
from hyrdesk.services.importing.masking import mask_table
from hyrdesk.services.units import UnitService
from hyrdesk.storage.costs import ImportRecord, LedgerLine

R = TypeVar("R")

FIELDS = (
    ImportField(
        "period",
        "Period",
        True,
        (
            "period",
            "månad",
            "månad/år",
            "bokföringsmånad",
            "bokf.mån",
            "bokföringsperiod",
            "redovisningsperiod",
            "datum",
            "bokföringsdatum",
        ),
    ),
    ImportField("account", "Konto", True, ("konto", "kontonr", "kontonummer", "konto nr", "kto")),
    ImportField(
        "amount", "Belopp", True, ("belopp", "utfall", "summa", "kr", "belopp kr", "utfall kr", "bokfört belopp")
    ),
    ImportField("cost_centre", "Kostnadsställe", False, ("ansvar", "kostnadsställe", "kst", "ansvarsnummer")),
    ImportField("category", "Yrkeskategori", False, ("yrkeskategori", "yrke", "personalkategori", "kategori")),
    ImportField("agency", "Leverantör", False, ("leverantör", "bemanningsföretag", "leverantörsnamn")),
)

# The columns kept as text (the others are parsed as periods, account numbers and amounts).
TEXT_FIELDS = ("cost_centre", "category", "agency")

REASON_UNKNOWN_ACCOUNT = "kontot finns inte i kontotabellen"


class LedgerRow(NamedTuple):
    row_number: int
    period: Period
    account: int
    kind: CostKind
    category_id: int | None
    agency: str | None
    amount: Money


def cell_text(value: Cell) -> str:
    """A cell as text: 1234.0 → '1234', so numeric codes compare with typed ones."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def parse_period(value: Cell) -> Period:
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"”{value}” är ingen månad")
        value = int(value)
    if isinstance(value, str) and len(value.strip()) > 10 and value.strip()[:10].count("-") == 2:
        value = value.strip()[:10]  # "2023-01-31 00:00:00" from a CSV written by some systems
    return Period.parse(value)


_SIMPLE_AMOUNT = re.compile(r"^([-\u2212]?)(\d{1,15})(?:[,.](\d{1,2}))?$")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")


def parse_amount(value: Cell) -> Money:
    """Exactly, to the öre. The fast paths give the same result as ``Money.from_sek``."""
    if value.__class__ is float and -1e9 < value < 1e9:
        ore = round(value * 100)
        if abs(value * 100 - ore) < 1e-6:  # at most two decimals: the float is that amount
            return Money(ore)
    elif value.__class__ is int:
        return Money(value * 100)
    elif value.__class__ is str:
        m = _SIMPLE_AMOUNT.match(value.translate(_SPACES))
        if m:  # 1 234,50 / -1234.5 / −12 000: whole kronor and öre as integers
            ore = int(m.group(2)) * 100 + int((m.group(3) or "0").ljust(2, "0"))
            return Money(-ore if m.group(1) else ore)
    try:
        return Money.from_sek(value)
    except (ValueError, ArithmeticError) as exc:
        raise ValueError(f"”{cell_text(value)}” är inget belopp") from exc


_MISSING = object()


class _Failed(str):
    """A remembered parse error: its message."""


def cached(parse: Callable[[Cell], R]) -> Callable[[Cell], R]:
    """``parse`` remembered per distinct cell value, errors included (ledgers repeat a few periods and accounts).

    An error is remembered as its message and raised afresh each time: re-raising
    one exception object would chain every raise's frames onto its traceback.
    """
    memory: dict[Cell, Any] = {}  # an R, or the _Failed message

    def lookup(raw: Cell) -> R:
        result: Any = memory.get(raw, _MISSING)
        if result is _MISSING:
            try:
                result = parse(raw)
            except ValueError as exc:
                result = _Failed(exc)
            memory[raw] = result
        if result.__class__ is _Failed:
            raise ValueError(result)
        value: R = result
        return value

    return lookup


def _required(parse: Callable[[Cell], R], missing: str) -> Callable[[Cell], R]:
    def check(raw: Cell) -> R:
        if raw is None or (raw.__class__ is str and not raw.strip()):
            raise ValueError(missing)
        return parse(raw)

    return check


class CategoryMatcher:
    """``match_category`` (report-group names included) remembered per text: a ledger repeats a few words."""

    def __init__(self, categories: Sequence[StaffCategory]):
        self.categories = list(categories)
        self._cache: dict[str, StaffCategory | None] = {}

    def match(self, text: str) -> StaffCategory | None:
        if text not in self._cache:
            self._cache[text] = match_category(text, self.categories, report_groups=True)
        return self._cache[text]


class CostBook(Protocol):
    """What the importer needs of the cost service (which builds it: typed here, so the import goes one way)."""

    accounts: AccountService
    units: UnitService

    def find_import_by_hash(self, unit: Unit, sha256: str) -> ImportRecord | None: ...

    def save_ledger(
        self, unit: Unit, file_name: str, sha256: str, counts: dict[str, int], lines: list[LedgerLine]
    ) -> ImportRecord: ...


class LedgerImporter:
    """The ``Importer`` for ledger exports into one unit's cost figures."""

    kind = "ledger"
    title = "Importera ekonomiutdrag"

    def __init__(self, costs: CostBook, unit: Unit):
        self.costs = costs
        self.unit = unit
        self.committed: ImportRecord | None = (
            None  # the ImportRecord the last commit saved (for the GUI's undo command)
        )

    def fields(self) -> Sequence[ImportField]:
        return FIELDS

    # --- preview: parse, map and validate; saves nothing ---------------------------
    def preview(self, table: Table, mapping: ColumnMapping, progress: Progress) -> ImportPreview:
        # Text columns are masked (a sole trader's organisation number is their personnummer);
        # a personnummer in a number column fails to parse and the row is rejected.
        text_columns = [mapping.columns[k] for k in TEXT_FIELDS if k in mapping.columns]
        table, masked = mask_table(table, mapping.header_row, text_columns)
        accounts: AccountTable = self.costs.accounts.table()
        categories = CategoryMatcher(self.costs.units.categories())
        known_categories = ", ".join(c.name for c in self.costs.units.categories())
        unit_code = self.unit.code.strip().lower()
        has_centre = "cost_centre" in mapping.columns

        records: list[LedgerRow] = []
        rejected: list[RejectedRow] = []
        other_centres: Counter[str] = Counter()
        unknown: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # account → [rows, öre]
        ignored = read = 0
        period_of = cached(_required(parse_period, "perioden saknas"))
        account_of = cached(_required(parse_account, "kontot saknas"))
        col = mapping.columns
        i_period, i_account, i_amount = col["period"], col["account"], col["amount"]
        i_centre, i_category, i_agency = col.get("cost_centre"), col.get("category"), col.get("agency")
        centre_text = cached(cell_text)
        agency_text = cached(lambda raw: cell_text(raw) or None)
        hire, own = CostKind.HIRE, CostKind.OWN
        rows = table.rows
        total = max(len(rows) - mapping.header_row - 1, 1)
        for index in range(mapping.header_row + 1, len(rows)):
            row = rows[index]
            if not any(c is not None and c != "" for c in row):
                continue
            row_number = index + 1
            read += 1
            if read % 5000 == 1:  # the first row, then every 5 000
                progress.step(read, total, f"Kontrollerar rad {row_number}…")
            width = len(row)
            if i_centre is not None:  # has_centre
                centre = centre_text(row[i_centre] if i_centre < width else None)
                if centre.lower() != unit_code:
                    other_centres[centre or "(tomt)"] += 1
                    continue
            try:
                period = period_of(row[i_period] if i_period < width else None)
                account = account_of(row[i_account] if i_account < width else None)
                raw = row[i_amount] if i_amount < width else None
                if raw is None or (raw.__class__ is str and not raw.strip()):
                    raise ValueError("beloppet saknas")
                amount = parse_amount(raw)
            except ValueError as exc:
                rejected.append(RejectedRow(row_number, str(exc)))
                continue
            rule = accounts.lookup(account)
            if rule is None:
                unknown[account][0] += 1
                unknown[account][1] += amount.ore
                rejected.append(RejectedRow(row_number, f"{REASON_UNKNOWN_ACCOUNT} (konto {account})"))
                continue
            if rule.kind is AccountKind.IGNORE:
                ignored += 1
                continue
            category_id = rule.category_id
            if i_category is not None:  # a category column is mapped
                text = cell_text(row[i_category] if i_category < width else None)
                if text:
                    hit = categories.match(text)
                    if hit is None:
                        rejected.append(
                            RejectedRow(row_number, f"okänd yrkeskategori ”{text}” (kända: {known_categories})")
                        )
                        continue
                    category_id = hit.id
            kind = hire if rule.kind is AccountKind.HIRE else own
            if kind is hire and category_id is None:
                rejected.append(
                    RejectedRow(
                        row_number,
                        f"hyrkostnad utan yrkeskategori (konto {account}): ge kontot en kategori i kontotabellen "
                        "eller välj kolumnen för yrkeskategori",
                    )
                )
                continue
            agency = agency_text(row[i_agency] if i_agency is not None and i_agency < width else None)
            records.append(LedgerRow(row_number, period, account, kind, category_id, agency, amount))

        if read == 0:
            raise UserError(f"{table.name} har inga rader under rubrikraden.")
        notes = self._notes(records, other_centres, unknown, ignored, has_centre)
        sha = file_sha256(table.path) if table.path.is_file() else ""
        counts = {
            "read": read,
            "imported": len(records),
            "rejected": len(rejected),
            "skipped": sum(other_centres.values()) + ignored,
        }
        context = {
            "file_name": table.name,
            "sha256": sha,
            "unit_id": self.unit.id,
            "counts": counts,
            "unknown_accounts": {a: (rows, Money(ore)) for a, (rows, ore) in sorted(unknown.items())},
            "other_cost_centres": dict(other_centres),
            "ignored": ignored,
            "periods": sorted({r.period for r in records}),
            # Summed here, off the GUI thread: the commit runs on it and only saves.
            "lines": summed_lines(records),
        }
        earlier = self.costs.find_import_by_hash(self.unit, sha) if sha else None
        if earlier is not None:
            notes.append(
                f"Samma fil importerades {earlier.imported_at.replace('T', ' ')}. En ny import ersätter samma "
                "månader, så inget räknas två gånger."
            )
        return ImportPreview(records, rejected, 0, notes, context, masked)

    def _notes(
        self,
        records: Sequence[LedgerRow],
        other_centres: Counter[str],
        unknown: Mapping[int, list[int]],
        ignored: int,
        has_centre: bool,
    ) -> list[str]:
        notes = []
        if records:
            periods = sorted({r.period for r in records})
            span = (
                periods[0].long_label()
                if len(periods) == 1
                else f"{periods[0].long_label()} – {periods[-1].long_label()}"
            )
            hire = Money.sum(r.amount for r in records if r.kind is CostKind.HIRE)
            own = Money.sum(r.amount for r in records if r.kind is CostKind.OWN)
            notes.append(
                f"Månader: {span} ({len(periods)} st). Hyrkostnad {hire.format_kr()}, "
                f"egen personal {own.format_kr()}. Figurerna för dessa månader från tidigare importer ersätts."
            )
        if other_centres:
            n = sum(other_centres.values())
            names = ", ".join(sorted(other_centres)[:8]) + (" …" if len(other_centres) > 8 else "")
            notes.append(
                f"{n} rader gäller andra kostnadsställen ({names}) och hoppas över; bara {self.unit.code} importeras."
            )
            if not records and has_centre and not unknown:
                notes.append(f"Ingen rad i filen gäller kostnadsstället {self.unit.code}. Är rätt enhet vald?")
        if ignored:
            notes.append(f"{ignored} rader på konton som ignoreras enligt kontotabellen hoppas över.")
        if unknown:
            listed = ", ".join(
                f"{a} ({rows} rader, {Money(ore).format_kr()})" for a, (rows, ore) in sorted(unknown.items())[:10]
            )
            more = f" och {len(unknown) - 10} till" if len(unknown) > 10 else ""
            notes.append(f"Konton som saknas i kontotabellen: {listed}{more}. Lägg till dem och förhandsgranska igen.")
        return notes

    # --- commit -------------------------------------------------------------------------
    def commit(self, preview: ImportPreview) -> str:
        if not preview.records:
            raise UserError("Det finns inga rader att importera.")
        ctx = preview.context
        record = self.committed = self.costs.save_ledger(
            self.unit, ctx["file_name"], ctx["sha256"], ctx["counts"], ctx["lines"]
        )
        periods = ctx["periods"]
        span = periods[0].label() if len(periods) == 1 else f"{periods[0].label()} – {periods[-1].label()}"
        text = f"{len(preview.records)} rader importerades för {self.unit.code} ({span})."
        if record.replaced:
            text += f" {record.replaced} tidigare belopp för samma månader ersattes (kan ångras)."
        if preview.rejected:
            text += f" {len(preview.rejected)} rader avvisades."
        return preview.with_masked(text)


def summed_lines(records: Sequence[LedgerRow]) -> list[LedgerLine]:
    """Ledger rows summed per month, kind, category, agency and account (exact, in öre)."""
    sums: dict[tuple[Period, CostKind, int | None, str | None, int], int] = defaultdict(int)
    for r in records:
        sums[(r.period, r.kind, r.category_id, r.agency, r.account)] += r.amount.ore
    return [LedgerLine(p, k, c, a, acc, Money(ore)) for (p, k, c, a, acc), ore in sums.items()]
