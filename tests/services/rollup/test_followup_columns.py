"""The follow-up's and the agreement's measures in the roll-up, from real exports of two units."""

from __future__ import annotations

import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.sick_leave import SickMonth
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.rollup.pivots import unit_table
from hyrdesk.services.rollup.service import scan

PERIOD = Period(2026, 6)


@pytest.fixture
def folder(services, tmp_path):
    out = tmp_path / "delad"
    for code, hire, headcount, sick in (("A", 10_000, 40, 60), ("B", 20_000, 8, 90), ("C", 5_000, 30, 30)):
        unit = services.units.create(code, f"Avd {code}", "sjukhusvård")
        for p in period_range(PERIOD - 17, PERIOD):
            services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, hire)
            services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 500_000)
        months = [SickMonth(p, 1000 * 60, sick * 60, None, headcount) for p in period_range(PERIOD - 11, PERIOD)]
        services.followup.sick_leave.save(unit.id, months, "hr.xlsx")
        (out / code).mkdir(parents=True)
        services.exports.write(unit, PERIOD, out / code)
    return out


def column(t, key):
    return [c.key for c in t.columns].index(key)


def test_sick_leave_totals_leave_out_the_small_unit_and_say_so(folder):
    t = unit_table(scan(folder))
    j = column(t, schema.SICK_LEAVE_R12_PCT)
    assert [row[j] for row in t.rows] == [pytest.approx(6.0), None, pytest.approx(3.0)]  # B keeps its figures
    assert t.total[j] == pytest.approx((12 * 60 + 12 * 30) * 100 / (2 * 12 * 1000))
    assert t.notes[j] == "1 enhet med 10 eller färre anställda ingår inte."
    assert t.total[column(t, schema.SICK_LEAVE_SUPPRESSED)] == 1
    assert schema.SICK_HOURS_R12 not in [c.key for c in t.columns]  # the sums behind it are not columns


def test_the_forecast_ratio_total_is_computed_from_the_summed_forecasts(folder):
    t = unit_table(scan(folder))
    hire = t.total[column(t, schema.HIRE_COST_FORECAST_YEAR)]
    assert hire == pytest.approx(12 * (10_000 + 20_000 + 5_000))
    assert t.total[column(t, schema.HIRE_RATIO_FORECAST_PCT)] == pytest.approx(hire * 100 / (3 * 12 * 500_000))
    assert t.total[column(t, schema.HEADROOM_KR)] == pytest.approx(0.02 * 3 * 12 * 500_000 - hire)


def test_every_follow_up_column_has_a_swedish_name_not_a_measure_key(folder):
    t = unit_table(scan(folder))
    labels = [c.label for c in t.columns]
    assert not [label for label in labels if "_" in label], labels  # no sick_leave_pct, gap_fte_r12: …
    assert "Sjukfrånvaro månad %" in labels
    assert "Årsarbetare R12: Hyrpersonal" in labels


def test_the_agreement_columns_sum_over_units(services, tmp_path):
    import datetime as dt
    from decimal import Decimal

    from hyrdesk.domain.agreement import Booking, Tariff
    from hyrdesk.domain.money import Money

    out = tmp_path / "delad"
    services.agreement.repo.replace_tariffs(
        [Tariff("Läkare", "Specialist", 1, dt.date(2025, 1, 1), Money.from_sek(1000))], "t"
    )
    day = dt.date(2026, 1, 1)
    for code, price in (("A", 1100), ("B", 1000)):
        unit = services.units.create(code, f"Avd {code}", "sjukhusvård")
        services.agreement.set_zone(unit, 1)
        services.costs.add_manual(unit, PERIOD, "Läkare", CostKind.HIRE, 200_000)
        services.agreement.add_booking(
            unit,
            Booking(f"{code}1", "Läkare", "Specialist", "X AB", day, dt.date(2026, 12, 31), Decimal(1000),
                    ivo_checked_on=day, hosp_checked_on=day, cpr_trained_on=day),
        )  # fmt: skip
        services.agreement.add_invoice(f"{code}1", PERIOD, 100, 100 * price)
        (out / code).mkdir(parents=True)
        services.exports.write(unit, PERIOD, out / code)
    t = unit_table(scan(out))
    j = column(t, schema.HIRE_ABOVE_TARIFF_KR)
    assert [row[j] for row in t.rows] == [10_000, 0] and t.total[j] == 10_000
    assert t.columns[j].label == "Kronor över tariff"
    assert t.total[column(t, schema.HIRE_OUTSIDE_AGREEMENT_KR)] == 0
