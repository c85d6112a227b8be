"""The follow-up service over a real database: forecast JSON, budgets, cover mix, missing invoices."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.errors import UserError
from tests.helpers.cli import run_cli


def add(services, unit, period: Period, hire: int, own: int, category: str = "Läkare") -> None:
    services.costs.add_manual(unit, period, category, CostKind.HIRE, hire)
    services.costs.add_manual(unit, period, category, CostKind.OWN, own)


@pytest.fixture
def costed(services, unit):
    # 2025 complete: 10 000 kr hire, 500 000 kr own a month; 2026 Jan-Jun at 12 000 hire.
    for p in period_range(Period(2025, 1), Period(2025, 12)):
        add(services, unit, p, 10_000, 500_000)
    for p in period_range(Period(2026, 1), Period(2026, 6)):
        add(services, unit, p, 12_000, 500_000)
    return unit


def test_forecast_json_has_every_group_the_method_and_the_room(services, costed):
    data = services.followup.forecast_json(costed, Period(2026, 6))
    assert data["method"] == "last_year_profile" and data["target_pct"] == 2.0 and data["uncertain"] is False
    total = data["Totalt"]
    assert total["actual_ytd"] == 72_000
    assert total["forecast_rest"] == 72_000  # 6 × 10 000 × 72 000/60 000
    assert total["forecast_year"] == 144_000
    assert total["own_forecast_year"] == 6_000_000
    assert total["forecast_ratio_pct"] == 2.4
    assert total["headroom_kr"] == -24_000  # 2 % of 6 Mkr = 120 000; 144 000 forecast
    assert set(data) >= {"Läkare", "Sjuksköterskor/barnmorskor", "Övriga", "Totalt"}
    assert data["Läkare"]["budget"] is None and data["Läkare"]["deviation"] is None


def test_budget_deviation_and_a_required_comment(services, costed):
    assert services.followup.set_budget(costed, 2026, "Totalt", "120000") is None
    data = services.followup.forecast_json(costed, Period(2026, 6))
    assert data["Totalt"]["budget"] == 120_000
    assert data["Totalt"]["deviation"] == 24_000 and data["Totalt"]["deviation_pct"] == 20.0
    assert data["Totalt"]["needs_comment"] is True
    services.followup.set_comment(costed, Period(2026, 6), "Två vakanser för läkare under våren.")
    assert services.followup.forecast_json(costed, Period(2026, 6))["comment"].startswith("Två vakanser")
    assert services.followup.set_budget(costed, 2026, "Totalt", None) == Money.from_sek(120_000)  # undo-able
    assert services.followup.budgets(costed, 2026) == {}


def test_bad_budget_input_is_refused_and_nothing_is_saved(services, costed):
    for group, amount in (("Sjuksköterskor", "1000"), ("Totalt", "-5"), ("Totalt", "tusen")):
        with pytest.raises((UserError, ValueError)):
            services.followup.set_budget(costed, 2026, group, amount)
    with pytest.raises(UserError):
        services.followup.set_comment(costed, Period(2026, 6), "Ring 19121212-1212 om detta")
    assert services.followup.budgets(costed, 2026) == {}
    assert services.followup.comment(costed, Period(2026, 6)) == ""


def gap(unit, category_id, start: dt.date, end: dt.date, hours: int, coverage: Coverage, cost: int | None = None):
    return Gap(
        unit_id=unit.id,
        start=start,
        end=end,
        shift=Shift.DAY,
        category_id=category_id,
        minutes=hours * 60,
        cause=Cause.VACANCY,
        coverage=coverage,
        agency="Bolaget" if coverage is Coverage.HIRED else "",
        cost=None if cost is None else Money.from_sek(cost),
    )


def test_cover_mix_in_hours_and_fte_per_category(services, unit):
    doctors = services.units.category_by_name("Läkare").id
    nurses = services.units.category_by_name("Sjuksköterska").id
    services.gaps.insert(gap(unit, doctors, dt.date(2026, 3, 1), dt.date(2026, 3, 31), 850, Coverage.HIRED))
    services.gaps.insert(gap(unit, nurses, dt.date(2026, 4, 1), dt.date(2026, 4, 30), 340, Coverage.OWN_STAFF))
    # 20 days across a month end: 10 days in May (inside the window), 10 in June (outside).
    services.gaps.insert(gap(unit, nurses, dt.date(2026, 5, 22), dt.date(2026, 6, 10), 200, Coverage.UNCOVERED))
    data = services.followup.cover_json(unit, Period(2026, 5))
    assert (data["first"], data["last"], data["fte_hours"]) == ("2025-06", "2026-05", 1700.0)
    assert data["by_coverage"]["hyrpersonal"] == {"hours": 850.0, "fte": 0.5}
    assert data["by_coverage"]["egen"] == {"hours": 340.0, "fte": 0.2}
    assert data["by_coverage"]["ej_tackt"] == {"hours": 100.0, "fte": 0.06}
    assert data["by_category"]["Läkare"]["hyrpersonal"]["hours"] == 850.0
    assert data["total"]["hours"] == 1290.0
    month = services.followup.cover(unit, Period(2026, 3), Period(2026, 3))
    assert month.fte(month.total_hours) == Decimal("6.00")  # 850 h in one month = 850 / (1700/12)


def test_hire_cost_as_own_fte(services, costed):
    assert services.followup.hire_as_own_fte(costed, Period(2026, 6)) is None  # own FTE not stated
    services.followup.set_staffing(costed, Decimal(50), 60)
    # R12 Jul 2025-Jun 2026: hire 6×10 000 + 6×12 000 = 132 000; own 6 Mkr for 50 FTE = 120 000 per FTE
    assert services.followup.hire_as_own_fte(costed, Period(2026, 6)) == Decimal("1.1")


def test_months_whose_hire_gaps_cost_more_than_the_ledger_are_flagged(services, costed):
    doctors = services.units.category_by_name("Läkare").id
    services.gaps.insert(gap(costed, doctors, dt.date(2026, 5, 4), dt.date(2026, 5, 4), 8, Coverage.HIRED, 9_000))
    services.gaps.insert(gap(costed, doctors, dt.date(2026, 6, 4), dt.date(2026, 6, 4), 8, Coverage.HIRED, 15_000))
    services.gaps.insert(gap(costed, doctors, dt.date(2026, 7, 4), dt.date(2026, 7, 4), 8, Coverage.HIRED, 100))
    flagged = services.followup.missing_invoices(costed, Period(2026, 1), Period(2026, 7))
    assert [(m.period, m.gap_cost, m.ledger_hire) for m in flagged] == [
        (Period(2026, 6), Money.from_sek(15_000), Money.from_sek(12_000)),
        (Period(2026, 7), Money.from_sek(100), None),  # no ledger figure at all yet
    ]


def run(capsys, *argv) -> tuple[int, str, str]:
    result = run_cli(*argv)
    return result.code, result.out, result.err


def test_cli_budget_forecast_cover_and_fte_hours(services, costed, paths, capsys):
    services.close()  # the CLI opens its own connection
    d = ["--data-dir", str(paths.data_dir)]
    assert (
        run(
            capsys,
            "costs",
            "budget",
            "set",
            *d,
            "--unit",
            "MED4",
            "--year",
            "2026",
            "--category",
            "Totalt",
            "--amount",
            "130000",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "costs", "forecast", *d, "--unit", "MED4", "--month", "2026-06", "--json")
    data = json.loads(out)
    assert code == 0 and data["Totalt"]["budget"] == 130_000 and data["Totalt"]["deviation"] == 14_000
    assert data["method"] == "last_year_profile"
    code, out, _ = run(capsys, "costs", "forecast", *d, "--unit", "MED4", "--month", "2026-06")
    assert code == 0 and "Helårsprognos 2026" in out and "över målet" in out.lower()
    assert run(capsys, "settings", "set", *d, "fte-hours", "1600")[0] == 0
    code, out, _ = run(capsys, "gaps", "cover", *d, "--unit", "MED4", "--month", "2026-06", "--json")
    assert code == 0 and json.loads(out)["fte_hours"] == 1600.0
    code, _, err = run(capsys, "settings", "set", *d, "fte-hours", "17")
    assert code != 0 and "1 000" in err
    code, _, err = run(
        capsys,
        "costs",
        "budget",
        "set",
        *d,
        "--unit",
        "MED4",
        "--year",
        "2026",
        "--category",
        "Kuratorer",
        "--amount",
        "5",
    )
    assert code == 2 and "Okänd rapportgrupp" in err
