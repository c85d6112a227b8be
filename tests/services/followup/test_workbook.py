"""The follow-up in the line-dialogue workbook, read back with openpyxl from a real file."""

from __future__ import annotations

import openpyxl
import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.sick_leave import SickMonth
from hyrdesk.services.line_dialogue import schema

PERIOD = Period(2026, 6)


@pytest.fixture
def followed(services, unit):
    for p in period_range(Period(2025, 1), Period(2025, 12)):
        services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, 10_000)
        services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 500_000)
    for p in period_range(Period(2026, 1), PERIOD):
        services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, 12_000)
        services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 500_000)
    services.followup.set_budget(unit, 2026, "Totalt", 120_000)
    services.followup.set_comment(unit, PERIOD, "Vakanser under våren.")
    return unit


def data_sheet(path) -> dict[tuple[str, str], float]:
    ws = openpyxl.load_workbook(path)[schema.SHEET_DATA]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    return {(r[3], r[4]): r[5] for r in rows if r[2] == str(PERIOD)}


def summary_texts(path) -> list[str]:
    ws = openpyxl.load_workbook(path)[schema.SHEET_SUMMARY]
    return [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def months(headcount):
    return [SickMonth(p, 60_000, 3_600, 1_200, headcount) for p in period_range(PERIOD - 11, PERIOD)]


def test_forecast_budget_room_and_sick_leave_reach_the_workbook(services, followed, tmp_path):
    services.followup.sick_leave.save(followed.id, months(40), "hr.xlsx")
    path = services.exports.write(followed, PERIOD, tmp_path)
    data = data_sheet(path)
    assert data[(schema.HIRE_COST_FORECAST_YEAR, "Totalt")] == 144_000
    assert data[(schema.HIRE_COST_BUDGET, "Totalt")] == 120_000
    assert data[(schema.HIRE_RATIO_FORECAST_PCT, "Totalt")] == 2.4
    assert data[(schema.HEADROOM_KR, "Totalt")] == -24_000
    assert data[(schema.SICK_LEAVE_PCT, "Totalt")] == 6.0
    assert data[(schema.SICK_LEAVE_R12_PCT, "Totalt")] == 6.0
    texts = summary_texts(path)
    assert "Helårsprognos hyrkostnad 2026" in texts and "Över målet med" in texts
    assert "Vakanser under våren." in texts  # the manager's comment goes to the line manager


@pytest.mark.parametrize("headcount", [10, None])
def test_sick_leave_of_a_small_unit_never_leaves_the_computer(services, followed, tmp_path, headcount):
    services.followup.sick_leave.save(followed.id, months(headcount), "hr.xlsx")
    path = services.exports.write(followed, PERIOD, tmp_path)
    data = data_sheet(path)
    assert not {m for m, _ in data} & {
        schema.SICK_LEAVE_PCT,
        schema.SICK_LEAVE_R12_PCT,
        schema.SICK_LEAVE_LONG_SHARE_R12_PCT,
    }
    assert data[(schema.SICK_LEAVE_SUPPRESSED, "Totalt")] == 1  # so the roll-up can leave it out of totals
    assert any("10 eller färre anställda" in t for t in summary_texts(path))
    assert services.followup.sick_leave_figures(followed, PERIOD).r12_pct is not None  # still shown locally
