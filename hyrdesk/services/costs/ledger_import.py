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
from collections import defaultdict
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
    ImportField(
        "account_text", "Kontotext", False, ("kontotext", "kontonamn", "kontobenämning", "konto text", "benämning")
    ),
)

# The columns kept as text (the others are parsed as periods, account numbers and amounts).
TEXT_FIELDS = ("cost_centre", "category", "agency", "account_text")

REASON_UNKNOWN_ACCOUNT = "kontot finns inte i kontotabellen"
TEXT_NO_CENTRE = "(tomt)"


class CentreRows:
    """The rows of one cost centre in a file, parsed (``key`` is the code in lower case)."""

    __slots__ = ("key", "text", "rows", "records", "rejected", "unknown", "ignored")

    def __init__(self, key: str, text: str):
        self.key, self.text = key, text
        self.rows = self.ignored = 0
        self.records: list[LedgerRow] = []
        self.rejected: list[RejectedRow] = []
        self.unknown: dict[int, list[int]] = {}  # account → [rows, öre]

    @property
    def hire(self) -> Money:
        return Money.sum(r.amount for r in self.records if r.kind is CostKind.HIRE)

    @property
    def own(self) -> Money:
        return Money.sum(r.amount for r in self.records if r.kind is CostKind.OWN)


class CentreCount(NamedTuple):
    """What the preview shows per cost centre."""

    code: str
    rows: int
    hire: Money
    own: Money
    units: bool  # one of the unit's own cost centres
    chosen: bool  # imported


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
        self,
        unit: Unit,
        file_name: str,
        sha256: str,
        counts: dict[str, int],
        lines: list[LedgerLine],
        account_texts: dict[int, str] | None = None,
    ) -> ImportRecord: ...


class LedgerImporter:
    """The ``Importer`` for ledger exports into one unit's cost figures.

    ``extra_centres``: cost centres that are not the unit's but the user ticked in the
    preview (their rows are imported too). ``whole_file``: the user confirmed that a file
    without a cost-centre column is the unit's alone; until then it does not commit.
    """

    kind = "ledger"
    title = "Importera ekonomiutdrag"

    def __init__(self, costs: CostBook, unit: Unit, extra_centres: Sequence[str] = (), whole_file: bool = False):
        self.costs = costs
        self.unit = unit
        self.extra_centres = {c.strip().lower() for c in extra_centres if c.strip()}
        self.whole_file = whole_file
        self.committed: ImportRecord | None = None  # what the last commit saved (for the GUI's undo command)

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
        has_centre = "cost_centre" in mapping.columns

        # Every row is read, whatever its cost centre, so that the preview can show each
        # centre's rows and amounts; which centres are imported is chosen afterwards.
        centres: dict[str, CentreRows] = {}
        read = 0
        period_of = cached(_required(parse_period, "perioden saknas"))
        account_of = cached(_required(parse_account, "kontot saknas"))
        col = mapping.columns
        i_period, i_account, i_amount = col["period"], col["account"], col["amount"]
        i_centre, i_category, i_agency = col.get("cost_centre"), col.get("category"), col.get("agency")
        i_text = col.get("account_text")
        texts: dict[int, str] = {}  # account → the ledger's text for it (the first one seen)
        centre_text = cached(cell_text)
        agency_text = cached(lambda raw: cell_text(raw) or None)
        hire, own = CostKind.HIRE, CostKind.OWN
        rows = table.rows
        total = max(len(rows) - mapping.header_row - 1, 1)
        bucket = None
        for index in range(mapping.header_row + 1, len(rows)):
            row = rows[index]
            if not any(c is not None and c != "" for c in row):
                continue
            row_number = index + 1
            read += 1
            if read % 5000 == 1:  # the first row, then every 5 000
                progress.step(read, total, f"Kontrollerar rad {row_number}…")
            width = len(row)
            centre = centre_text(row[i_centre] if i_centre < width else None) if i_centre is not None else ""
            key = centre.lower()
            if bucket is None or bucket.key != key:
                bucket = centres.get(key)
                if bucket is None:
                    bucket = centres[key] = CentreRows(key, centre or TEXT_NO_CENTRE)
            bucket.rows += 1
            try:
                period = period_of(row[i_period] if i_period < width else None)
                account = account_of(row[i_account] if i_account < width else None)
                raw = row[i_amount] if i_amount < width else None
                if raw is None or (raw.__class__ is str and not raw.strip()):
                    raise ValueError("beloppet saknas")
                amount = parse_amount(raw)
            except ValueError as exc:
                bucket.rejected.append(RejectedRow(row_number, str(exc)))
                continue
            if i_text is not None and account not in texts and i_text < width:
                if text := cell_text(row[i_text]):
                    texts[account] = text[:80]
            rule = accounts.lookup(account)
            if rule is None:
                unknown = bucket.unknown.setdefault(account, [0, 0])
                unknown[0] += 1
                unknown[1] += amount.ore
                bucket.rejected.append(RejectedRow(row_number, f"{REASON_UNKNOWN_ACCOUNT} (konto {account})"))
                continue
            if rule.kind is AccountKind.IGNORE:
                bucket.ignored += 1
                continue
            category_id = rule.category_id
            if i_category is not None:  # has_category
                text = cell_text(row[i_category] if i_category < width else None)
                if text:
                    hit = categories.match(text)
                    if hit is None:
                        bucket.rejected.append(
                            RejectedRow(row_number, f"okänd yrkeskategori ”{text}” (kända: {known_categories})")
                        )
                        continue
                    category_id = hit.id
            kind = hire if rule.kind is AccountKind.HIRE else own
            if kind is hire and category_id is None:
                bucket.rejected.append(
                    RejectedRow(
                        row_number,
                        f"hyrkostnad utan yrkeskategori (konto {account}): ge kontot en kategori i kontotabellen "
                        "eller välj kolumnen för yrkeskategori",
                    )
                )
                continue
            agency = agency_text(row[i_agency] if i_agency is not None and i_agency < width else None)
            bucket.records.append(LedgerRow(row_number, period, account, kind, category_id, agency, amount))

        if read == 0:
            raise UserError(f"{table.name} har inga rader under rubrikraden.")
        sha = file_sha256(table.path) if table.path.is_file() else ""
        base = {
            "file_name": table.name,
            "sha256": sha,
            "unit_id": self.unit.id,
            "read": read,
            "has_centre": has_centre,
            "centres": centres,
            "account_texts": texts,
            "masked": masked,
        }
        return self.select(base)

    def centre_counts(self, preview: ImportPreview) -> list[CentreCount]:
        """Per cost centre in the file: rows, amounts, whether it is the unit's and whether it is imported."""
        return [
            CentreCount(b.text, b.rows, b.hire, b.own, self._own(b.key), self._chosen(b.key))
            for b in sorted(preview.context["centres"].values(), key=lambda b: (not self._own(b.key), b.text))
        ]

    def _own(self, key: str) -> bool:
        return bool(key) and self.unit.owns_centre(key)

    def _chosen(self, key: str) -> bool:
        return self._own(key) or key in self.extra_centres

    def choose_centres(self, preview: ImportPreview, extra: Sequence[str]) -> ImportPreview:
        """The same file with other cost centres ticked (no re-reading; the unit's own are always in)."""
        self.extra_centres = {c.strip().lower() for c in extra if c.strip()}
        return self.select(preview.context)

    def select(self, base: dict[str, Any]) -> ImportPreview:
        """The preview of the chosen cost centres' rows (all rows when the file has no cost-centre column)."""
        has_centre = base["has_centre"]
        chosen = [b for b in base["centres"].values() if not has_centre or self._chosen(b.key)]
        skipped = [b for b in base["centres"].values() if has_centre and not self._chosen(b.key)]
        records = [r for b in chosen for r in b.records]
        records.sort(key=lambda r: r.row_number)
        rejected = sorted((r for b in chosen for r in b.rejected), key=lambda r: r.row_number)
        unknown: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for b in chosen:
            for account, (n, ore) in b.unknown.items():
                unknown[account][0] += n
                unknown[account][1] += ore
        ignored = sum(b.ignored for b in chosen)
        other_centres = {b.text: b.rows for b in skipped}
        imported = sorted({*self.unit.centres, *(b.text for b in chosen if b.key in self.extra_centres)})
        notes = self._notes(records, other_centres, unknown, ignored, has_centre, imported)
        counts = {
            "read": base["read"],
            "imported": len(records),
            "rejected": len(rejected),
            "skipped": sum(other_centres.values()) + ignored,
        }
        context = {
            **base,
            "counts": counts,
            "unknown_accounts": {a: (rows, Money(ore)) for a, (rows, ore) in sorted(unknown.items())},
            "other_cost_centres": other_centres,
            "ignored": ignored,
            "periods": sorted({r.period for r in records}),
            # Summed here, off the GUI thread: the commit runs on it and only saves.
            "lines": summed_lines(records),
            "needs_whole_file": not has_centre,
        }
        sha = base["sha256"]
        earlier = self.costs.find_import_by_hash(self.unit, sha) if sha else None
        if earlier is not None:
            notes.append(
                f"Samma fil importerades {earlier.imported_at.replace('T', ' ')}. En ny import ersätter samma "
                "månader, så inget räknas två gånger."
            )
        preview = ImportPreview(records, rejected, 0, notes, context, base["masked"])
        if not records and has_centre and skipped and not any(self._own(b.key) for b in base["centres"].values()):
            found = ", ".join(sorted(b.text for b in skipped)[:12]) + (" …" if len(skipped) > 12 else "")
            context["nothing_reason"] = (
                f"Ingen rad i {base['file_name']} gäller enhetens kostnadsställen "
                f"({', '.join(self.unit.centres)}). Filen har kostnadsställena {found}. Ingenting sparades. "
                "Lägg till rätt kostnadsställe på enheten (hyrdesk units set --code "
                f"{self.unit.code} --cost-centre KOD) eller välj det vid importen (--cost-centre KOD)."
            )
        return preview

    def _notes(
        self,
        records: list[LedgerRow],
        other_centres: Mapping[str, int],
        unknown: Mapping[int, list[int]],
        ignored: int,
        has_centre: bool,
        imported: list[str],
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
        if not has_centre:
            notes.append(
                f"Filen har ingen kolumn för kostnadsställe (Ansvar). Importera den bara om hela filen gäller "
                f"{self.unit.display}: bekräfta det innan du importerar."
            )
        centres = ", ".join(self.unit.centres)
        if other_centres:
            n = sum(other_centres.values())
            names = ", ".join(sorted(other_centres)[:8]) + (" …" if len(other_centres) > 8 else "")
            notes.append(
                f"{n} rader gäller andra kostnadsställen ({names}) och hoppas över; bara {', '.join(imported)} "
                f"importeras ({self.unit.code}s kostnadsställen: {centres})."
            )
            if not records and has_centre and not unknown:
                notes.append(f"Ingen rad i filen gäller kostnadsställena {centres}. Är rätt enhet vald?")
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
        ctx = preview.context
        if not preview.records:
            raise UserError(ctx.get("nothing_reason") or "Det finns inga rader att importera.")
        if ctx.get("needs_whole_file") and not self.whole_file:
            raise UserError(
                f"{ctx['file_name']} har ingen kolumn för kostnadsställe, så hyrdesk kan inte se vilka rader som "
                f"gäller {self.unit.code}. Bekräfta att hela filen gäller enheten (i kommandoraden: --whole-file), "
                "eller välj kolumnen för kostnadsställe. Ingenting sparades."
            )
        record = self.committed = self.costs.save_ledger(
            self.unit, ctx["file_name"], ctx["sha256"], ctx["counts"], ctx["lines"], ctx.get("account_texts")
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
