"""Hire costs for a unit: figures, manual entries, measures, ledger imports and their undo.

The measures themselves are pure functions in ``domain/costs.py``; this
service reads the figures, hands them to the domain and shapes the results
for the page, the CLI, Översikt and the line-dialogue workbook.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostKind, CostSeries, GroupMeasures, measures, summary
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.costs.accounts import AccountService
from hyrdesk.services.settings import HIRE_TARGET_PCT, SettingsService
from hyrdesk.services.units import UnitService
from hyrdesk.storage.costs import CostRepository, ImportRecord, LedgerLine, MonthCell

if TYPE_CHECKING:
    from hyrdesk.services.costs.ledger_import import LedgerImporter

# ImportRecord and LedgerLine: the GUI lists imports and undoes them without importing storage.
__all__ = ["MAX_MANUAL", "CostService", "ImportRecord", "LedgerLine", "manual_amount", "pct_json", "sek_json"]


class CostService:
    def __init__(self, repo: CostRepository, accounts: AccountService, units: UnitService, settings: SettingsService):
        self.repo = repo
        self.accounts = accounts
        self.units = units
        self.settings = settings

    # --- figures and measures ---------------------------------------------------------
    def series(self, unit: Unit) -> CostSeries:
        return CostSeries(self.repo.figures(unit.id), self.units.report_groups(), self.repo.account_texts())

    def groups(self) -> list[str]:
        return [*self.units.report_groups(), TOTAL]

    def latest_period(self, unit: Unit) -> Period | None:
        return self.series(unit).last

    def has_figures(self, unit: Unit) -> bool:
        return self.repo.has_figures(unit.id)

    def target_pct(self) -> Decimal:
        return self.settings.get(HIRE_TARGET_PCT)

    def summary(self, unit: Unit, period: Period) -> list[GroupMeasures]:
        """Every measure for each report group and Totalt for one month."""
        return summary(self.series(unit), period)

    def monthly_rows(self, unit: Unit, first: Period, last: Period) -> list[GroupMeasures]:
        """For each month first..last and each report group (then Totalt): every measure.

        One call gives what the line-dialogue workbook needs (monthly hire and
        own staff cost, R12, year to date and the year before, hire ratio
        monthly and R12), so nothing is recomputed elsewhere. Months without
        figures are included with None values.
        """
        if last < first:
            raise UserError("Periodens slut ligger före dess början.")
        series = self.series(unit)
        groups = [*series.groups, TOTAL]
        return [measures(series, p, g) for p in period_range(first, last) for g in groups]

    def summary_json(self, unit: Unit, period: Period) -> dict[str, dict[str, Any]]:
        """``costs summary --json``: one object per report group.

        Amounts are SEK as JSON numbers: an integer when the amount is whole
        kronor, otherwise a number with at most two decimals (öre).
        Percentages are numbers rounded to two decimals. Anything that cannot
        be computed is null, never 0.
        """
        out: dict[str, dict[str, Any]] = {}
        for m in self.summary(unit, period):
            out[m.group] = {
                "month": sek_json(m.hire),
                "r12": sek_json(m.r12),
                "ytd": sek_json(m.ytd),
                "ytd_prev": sek_json(m.ytd_prev),
                "ytd_change": sek_json(m.ytd_change),
                "ytd_change_pct": pct_json(m.ytd_change_pct),
                "hire_ratio_pct": pct_json(m.hire_ratio_pct),
                "hire_ratio_r12_pct": pct_json(m.hire_ratio_r12_pct),
            }
        return out

    # --- manual entry ---------------------------------------------------------------------
    def month_cells(self, unit: Unit, period: Period) -> list[MonthCell]:
        return self.repo.month_cells(unit.id, period)

    def manual_values(self, unit: Unit, period: Period) -> dict[tuple[CostKind, int | None], Money]:
        return {(c.kind, c.category_id): c.manual for c in self.month_cells(unit, period) if c.manual is not None}

    def set_manual_values(
        self, unit: Unit, period: Period | str, values: Mapping[tuple[CostKind, int | None], Money | None]
    ) -> None:
        """Set several manual figures of one month in one transaction (None removes one).

        Checked first, so a caller other than the form gets a ValidationError
        (unknown category, kind or amount), never a database constraint error.
        """
        errors: dict[str, str] = {}
        try:
            month = Period.parse(period)
        except ValueError as exc:
            errors["month"] = str(exc)
        known = {c.id for c in self.units.categories(include_inactive=True)}
        checked: dict[tuple[CostKind, int], Money | None] = {}
        for (kind, category_id), amount in values.items():
            try:
                kind = CostKind.parse(kind)
            except ValueError as exc:
                errors["kind"] = str(exc)
            if category_id is None or category_id not in known:
                errors["category"] = "Ett manuellt belopp gäller en yrkeskategori: välj en av de kända."
            if amount is not None:
                try:
                    amount = manual_amount(amount)
                except ValueError as exc:
                    errors["amount"] = str(exc)
            if category_id is not None:  # else errors["category"]
                checked[(kind, category_id)] = amount
        if self.units.get(unit.id) is None:
            errors["unit"] = "Enheten finns inte längre."
        if errors:
            raise ValidationError(errors)
        with self.repo.db.write():
            for (kind, category_id), amount in checked.items():
                self.repo.set_manual(unit.id, month, kind, category_id, amount)

    def add_manual(
        self, unit: Unit, month: str | Period, category: str, kind: str | CostKind, amount: str | Money
    ) -> Money:
        """Add an amount (negative corrects) to the manual figure; returns the new manual figure."""
        errors: dict[str, str] = {}
        try:
            period = Period.parse(month)
        except ValueError as exc:
            errors["month"] = str(exc)
        try:
            cost_kind = CostKind.parse(kind)
        except ValueError as exc:
            errors["kind"] = str(exc)
        try:
            cat = self.units.category_by_name(category)
        except UserError as exc:
            errors["category"] = exc.message
        try:
            added = manual_amount(amount)
        except ValueError as exc:
            errors["amount"] = str(exc)
        if errors:
            raise ValidationError(errors)
        with self.repo.db.write():
            current = self.repo.manual(unit.id, period, cost_kind, cat.id) or Money(0)
            new = current + added
            self.repo.set_manual(unit.id, period, cost_kind, cat.id, new)
        return new

    # --- ledger imports --------------------------------------------------------------------
    def importer(self, unit: Unit, extra_centres: Sequence[str] = (), whole_file: bool = False) -> LedgerImporter:
        """A ledger importer for ``unit``; see ``LedgerImporter`` for the two choices."""
        # Imported here: no cycle, but start-up does not need the importer (or the file readers).
        from hyrdesk.services.costs.ledger_import import LedgerImporter

        return LedgerImporter(self, unit, extra_centres, whole_file)

    def save_ledger(
        self,
        unit: Unit,
        file_name: str,
        sha256: str,
        counts: dict[str, int],
        lines: list[LedgerLine],
        account_texts: dict[int, str] | None = None,
    ) -> ImportRecord:
        import_id, _ = self.repo.save_import(unit.id, file_name, sha256, counts, lines, account_texts)
        return self._import(import_id)

    def _import(self, import_id: int) -> ImportRecord:
        """An import whose id came from the database."""
        record = self.repo.get_import(import_id)
        assert record is not None
        return record

    def imports(self, unit: Unit) -> list[ImportRecord]:
        return self.repo.imports(unit.id)

    def find_import_by_hash(self, unit: Unit, sha256: str) -> ImportRecord | None:
        return next((i for i in self.imports(unit) if i.sha256 == sha256 and i.undone_at is None), None)

    def undo_import(self, unit: Unit, import_id: int) -> str:
        """Remove an import's figures and restore what it replaced; returns a Swedish sentence."""
        record = self.repo.get_import(import_id)
        if record is None or record.unit_id != unit.id:
            raise UserError(f"Det finns ingen import nummer {import_id} för {unit.code}.")
        if record.undone_at is not None:
            raise UserError(f"Importen av {record.file_name} är redan ångrad.")
        later = [i for i in self.repo.later_importers(import_id) if i != import_id]
        if later:
            names = ", ".join(f"{r.file_name} ({r.imported_at.replace('T', ' ')})" for r in map(self._import, later))
            raise UserError(
                f"Importen av {record.file_name} kan inte ångras eftersom en senare import har ersatt några av "
                f"dess månader: {names}. Ångra den senare importen först."
            )
        restored = self.repo.undo_import(import_id)
        text = f"Importen av {record.file_name} är ångrad."
        if restored:
            text += f" {restored} belopp som den hade ersatt gäller igen."
        return text

    def undo_import_for_redo(self, unit: Unit, import_id: int) -> tuple[str, list[LedgerLine]]:
        """``undo_import`` that also returns the figures it removed, for ``redo_import`` (Redigera → Gör om)."""
        with self.repo.db.write():
            lines = self.repo.import_lines(import_id)
            return self.undo_import(unit, import_id), lines

    def redo_import(self, unit: Unit, import_id: int, lines: list[LedgerLine]) -> str:
        """Put back an undone import: the same figures under the same log entry, replacing again what it replaced.

        Refused when a later import now holds figures for any of the same
        months: redoing would replace that newer import with older figures.
        """
        with self.repo.db.write():
            record = self.repo.get_import(import_id)
            if record is None or record.unit_id != unit.id:
                raise UserError(f"Det finns ingen import nummer {import_id} för {unit.code}.")
            if record.undone_at is None:
                raise UserError(f"Importen av {record.file_name} gäller redan.")
            newer = self.repo.newer_imports_covering(unit.id, import_id, {(x.period, x.kind) for x in lines})
            if newer:
                names = ", ".join(self._import(i).file_name for i in newer)
                raise UserError(
                    f"Importen av {record.file_name} kan inte göras om: en senare import ({names}) gäller nu för "
                    f"samma månader. Importera filen igen om den ska gälla."
                )
            self.repo.redo_import(unit.id, import_id, lines)
        return f"Importen av {record.file_name} gäller igen."


MAX_MANUAL = Money.from_sek(1_000_000_000)  # a unit's month beyond a billion kronor is a typo (and overflows SQLite)


def manual_amount(amount: str | int | Decimal | Money) -> Money:
    """A hand-typed amount as Money; ValueError with a Swedish message when it is none or absurd."""
    try:
        money = amount if isinstance(amount, Money) else Money.from_sek(amount)
    except (ValueError, ArithmeticError):
        raise ValueError(f"”{amount}” är inget belopp. Skriv t.ex. 125000 eller -12 500,50.") from None
    if not isinstance(money.ore, int) or abs(money.ore) > MAX_MANUAL.ore:
        raise ValueError(f"Beloppet {money.format_kr()} är orimligt stort. Kontrollera det (högst en miljard kronor).")
    return money


def sek_json(m: Money | None) -> int | float | None:
    if m is None:
        return None
    if m.ore % 100 == 0:
        return m.ore // 100
    return float(m.sek)


def pct_json(value: Decimal | None) -> float | None:
    if value is None:
        return None
    return float(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
