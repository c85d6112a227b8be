"""The monthly follow-up: full-year forecast, room to the target, budget and cover mix.

Everything is computed from the unit's cost series and gap register as they
are now (see ``domain.forecast`` and ``domain.cover_mix`` for the rules);
only budgets, the deviation comment and the unit's own staffing are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostKind, measures
from hyrdesk.domain.cover_mix import CoverMix, cover_mix, own_fte_equivalent
from hyrdesk.domain.forecast import GroupForecast, forecast
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.sick_leave import SickLeaveFigures, SickMonth, by_period, sick_leave_figures
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.services.costs.service import CostService, manual_amount, pct_json, sek_json
from hyrdesk.services.followup.sick_leave import SickLeaveImporter
from hyrdesk.services.settings import BUDGET_THRESHOLD_PCT, FTE_HOURS, SettingsService
from hyrdesk.storage.followup import FollowUpRepository, SickLeaveRepository
from hyrdesk.storage.gaps import GapRepository

MAX_COMMENT = 2000
HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class MissingInvoices:
    """A month whose hire gaps carry more recorded cost than the ledger shows: invoices lag."""

    period: Period
    gap_cost: Money
    ledger_hire: Money | None


class FollowUpService:
    def __init__(
        self,
        repo: FollowUpRepository,
        sick_leave: SickLeaveRepository,
        gaps: GapRepository,
        costs: CostService,
        settings: SettingsService,
    ):
        self.repo = repo
        self.sick_leave = sick_leave
        self.gaps = gaps
        self.costs = costs
        self.settings = settings

    # --- forecast and budget --------------------------------------------------------------
    def threshold_pct(self) -> Decimal:
        return Decimal(self.settings.get(BUDGET_THRESHOLD_PCT))

    def forecasts(self, unit: Unit, month: Period) -> list[GroupForecast]:
        """Every report group and Totalt, for the year of the closed month ``month``."""
        series = self.costs.series(unit)
        budgets = self.repo.budgets(unit.id, month.year)
        threshold = self.threshold_pct()
        return [forecast(series, month, g, budgets.get(g), threshold) for g in (*series.groups, TOTAL)]

    def forecast_json(self, unit: Unit, month: Period) -> dict[str, Any]:
        """``hyrdesk costs forecast --json``: amounts in kronor, null where unknown."""
        target = self.costs.target_pct()
        out: dict[str, Any] = {}
        groups: dict[str, Any] = {}
        for f in self.forecasts(unit, month):
            entry: dict[str, Any] = {
                "method": f.hire.method,
                "basis": [str(p) for p in f.hire.basis],
                "actual_ytd": sek_json(f.hire.actual_ytd),
                "forecast_rest": sek_json(f.hire.rest),
                "forecast_year": sek_json(f.hire.year),
                "budget": None if f.budget is None else sek_json(f.budget.budget),
                "deviation": None if f.budget is None else sek_json(f.budget.deviation),
                "deviation_pct": None if f.budget is None else pct_json(f.budget.deviation_pct),
                "needs_comment": bool(f.budget and f.budget.needs_comment),
            }
            if f.group == TOTAL:
                entry |= {
                    "own_actual_ytd": sek_json(f.own.actual_ytd),
                    "own_forecast_year": sek_json(f.own.year),
                    "own_method": f.own.method,
                    "forecast_ratio_pct": pct_json(f.ratio_pct),
                    "headroom_kr": sek_json(f.headroom(target)),
                }
                out["method"] = f.hire.method
                out["uncertain"] = f.uncertain
            groups[f.group] = entry
        out |= {"month": str(month), "target_pct": float(target)}
        out |= groups  # one object per report group and Totalt, as `costs summary --json` prints them
        out["comment"] = self.repo.comment(unit.id, month) or None
        return out

    def budgets(self, unit: Unit, year: int) -> dict[str, Money]:
        return self.repo.budgets(unit.id, year)

    def set_budget(self, unit: Unit, year: int, group: str, amount: str | int | Decimal | Money | None) -> Money | None:
        """Set one budget (None removes it); returns the previous one (for undo)."""
        known = self.costs.groups()  # the report groups and Totalt
        if group not in known:
            raise UserError(f"Okänd rapportgrupp ”{group}”. Välj en av: {', '.join(known)}.")
        Period(year, 1)  # the year's range is Period's: a clear message when it is absurd
        try:
            Period(year, 1).check_entry()
        except ValueError as exc:
            raise UserError(str(exc).replace(f"Månaden {year}-01", f"Året {year}")) from None
        money = None if amount is None else manual_amount(amount)
        if money is not None and money.ore < 0:
            raise UserError("En budget kan inte vara negativ.")
        return self.repo.set_budget(unit.id, year, group, money)

    def comment(self, unit: Unit, month: Period) -> str:
        return self.repo.comment(unit.id, month)

    def set_comment(self, unit: Unit, month: Period, text: str) -> None:
        text = text.strip()
        if len(text) > MAX_COMMENT:
            raise UserError(f"Kommentaren är för lång (högst {MAX_COMMENT} tecken).")
        problem = check_free_text(text)
        if problem:
            raise UserError(problem)
        self.repo.set_comment(unit.id, month, text)

    # --- cover mix ------------------------------------------------------------------------
    def fte_hours(self) -> Decimal:
        return Decimal(self.settings.get(FTE_HOURS))

    def cover(self, unit: Unit, first: Period, last: Period) -> CoverMix:
        return cover_mix(self.gaps.cover_cells(unit.id, first, last), first, last, self.fte_hours())

    def cover_json(self, unit: Unit, month: Period) -> dict[str, Any]:
        """``hyrdesk gaps cover --json``: the R12 window ending with ``month``, in hours and FTE."""
        mix = self.cover(unit, month - 11, month)

        def pair(hours: Decimal) -> dict[str, Any]:
            return {"hours": float(hours.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)), "fte": float(mix.fte(hours))}

        return {
            "first": str(mix.first),
            "last": str(mix.last),
            "fte_hours": float(mix.fte_hours),
            "total": pair(mix.total_hours),
            "by_coverage": {c.value: pair(h) for c, h in mix.by_coverage().items()},
            "by_category": {cat: {c.value: pair(h) for c, h in cov.items()} for cat, cov in mix.by_category().items()},
        }

    # --- own staff ------------------------------------------------------------------------
    def staffing(self, unit: Unit) -> tuple[Decimal | None, int | None]:
        return self.repo.staffing(unit.id)

    def set_staffing(self, unit: Unit, own_fte: Decimal | None, headcount: int | None) -> None:
        if own_fte is not None and (not own_fte.is_finite() or not 0 < own_fte <= 10_000):
            raise UserError("Antalet egna årsarbetare ska vara större än noll (och rimligt för en enhet).")
        if headcount is not None and not 0 <= headcount <= 10_000:
            raise UserError("Antalet anställda ska vara ett heltal mellan 0 och 10 000.")
        self.repo.set_staffing(unit.id, own_fte, headcount)

    def hire_as_own_fte(self, unit: Unit, month: Period) -> Decimal | None:
        """Hire cost R12 expressed as own full-time staff ("motsvarar N egna årsarbetare")."""
        m = measures(self.costs.series(unit), month, TOTAL)
        return own_fte_equivalent(m.r12, m.own_r12, self.repo.staffing(unit.id)[0])

    # --- sick leave ------------------------------------------------------------------------------
    def sick_leave_importer(self, unit: Unit, headcount: int | None = None) -> SickLeaveImporter:
        return SickLeaveImporter(self.sick_leave, unit, headcount)

    def sick_months(self, unit: Unit) -> dict[Period, SickMonth]:
        return by_period(self.sick_leave.months(unit.id))

    def sick_leave_figures(self, unit: Unit, month: Period) -> SickLeaveFigures:
        return sick_leave_figures(self.sick_months(unit), month, self.repo.staffing(unit.id)[1])

    def sick_leave_json(self, unit: Unit, month: Period) -> dict[str, Any]:
        """``hyrdesk sickleave summary --json``; the figures stay here even when suppressed for export."""
        f = self.sick_leave_figures(unit, month)
        return {
            "month": str(month),
            "month_pct": pct_json(f.month_pct),
            "r12_pct": pct_json(f.r12_pct),
            "long_share_r12_pct": pct_json(f.long_share_r12_pct),
            "headcount": f.headcount,
            "suppressed": f.suppressed,
        }

    # --- invoices probably missing ----------------------------------------------------------
    def missing_invoices(self, unit: Unit, first: Period, last: Period) -> list[MissingInvoices]:
        """Months where the hire gaps' recorded cost exceeds the ledger's hire cost."""
        gap_cost = self.gaps.hire_cost_by_month(unit.id, first, last)
        series = self.costs.series(unit)
        out = []
        for p in period_range(first, last):
            ore = gap_cost.get(p.index, 0)
            if ore <= 0:
                continue
            ledger = series.amount(p, CostKind.HIRE, TOTAL)
            if ledger is None or ledger.ore < ore:
                out.append(MissingInvoices(p, Money(ore), ledger))
        return out
