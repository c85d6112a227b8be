"""The agreement in the line-dialogue workbook, read back with openpyxl from a real file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl

from hyrdesk.domain.agreement import Booking, Tariff
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.services.line_dialogue import schema

PERIOD = Period(2026, 3)


def test_the_avtal_sheet_and_the_data_measures(services, unit, tmp_path):
    agreement = services.agreement
    agreement.repo.replace_tariffs([Tariff("Läkare", "Specialist", 1, dt.date(2025, 1, 1), Money.from_sek(1000))], "t")
    agreement.set_zone(unit, 1)
    day = dt.date(2026, 1, 1)
    docs = dict(ivo_checked_on=day, hosp_checked_on=day, cpr_trained_on=day)
    agreement.add_booking(unit, Booking("B1", "Läkare", "Specialist", "Bolaget AB", day, dt.date(2026, 6, 30),
                                        Decimal(500), **docs))  # fmt: skip
    agreement.add_booking(unit, Booking("B2", "Sjuksköterska", "Grund", "Akut AB", day, dt.date(2026, 3, 31),
                                        Decimal(50), outside_agreement=True, **docs))  # fmt: skip
    agreement.add_invoice("B1", PERIOD, 100, 110_000)
    agreement.add_invoice("B2", PERIOD, 40, 40_000)
    agreement.add_deviation(unit, dt.date(2026, 3, 4), "B2", "acute_need", 0, "Verksamhetschef", "Förvaltningschef")
    services.costs.add_manual(unit, PERIOD, "Läkare", CostKind.HIRE, 160_000)
    path = services.exports.write(unit, PERIOD, tmp_path)
    wb = openpyxl.load_workbook(path)
    data = {
        (r[3], r[4]): r[5] for r in wb[schema.SHEET_DATA].iter_rows(min_row=2, values_only=True) if r[2] == "2026-03"
    }
    assert data[(schema.HIRE_ABOVE_TARIFF_KR, "Läkare")] == 10_000
    assert data[(schema.HIRE_ABOVE_TARIFF_KR, "Totalt")] == 10_000
    assert data[(schema.HIRE_OUTSIDE_AGREEMENT_KR, "Sjuksköterskor/barnmorskor")] == 40_000
    assert data[(schema.HIRE_OUTSIDE_AGREEMENT_KR, "Totalt")] == 40_000
    assert data[(schema.DEVIATIONS_COUNT, "Totalt")] == 1
    texts = [str(c) for row in wb[schema.SHEET_AGREEMENT].iter_rows(values_only=True) for c in row if c is not None]
    assert any("10 000 kr inte kontrollerat" in t.replace("\u00a0", " ") for t in texts)
    assert "Verksamhetschef" in texts and "Akut behov" in texts


def test_a_unit_without_bookings_gets_a_sheet_that_says_so_and_no_rows(services, unit, tmp_path):
    services.costs.add_manual(unit, PERIOD, "Läkare", CostKind.HIRE, 1_000)
    path = services.exports.write(unit, PERIOD, tmp_path)
    wb = openpyxl.load_workbook(path)
    assert "Enheten har inga avrop registrerade i hyrdesk." in [
        c for row in wb[schema.SHEET_AGREEMENT].iter_rows(values_only=True) for c in row
    ]
    measures = {r[3] for r in wb[schema.SHEET_DATA].iter_rows(min_row=2, values_only=True)}
    assert not measures & {schema.HIRE_ABOVE_TARIFF_KR, schema.DEVIATIONS_COUNT}


def test_invoices_above_a_lagging_ledger_are_said_so_in_the_sheet(services, unit, tmp_path):
    agreement = services.agreement
    agreement.set_zone(unit, 1)
    day = dt.date(2026, 1, 1)
    docs = dict(ivo_checked_on=day, hosp_checked_on=day, cpr_trained_on=day)
    agreement.add_booking(unit, Booking("B1", "Läkare", "Specialist", "Bolaget AB", day, dt.date(2026, 6, 30),
                                        Decimal(500), **docs))  # fmt: skip
    agreement.add_invoice("B1", PERIOD, 50, 65_000)
    services.costs.add_manual(unit, PERIOD, "Läkare", CostKind.HIRE, 20_000)  # the ledger has not caught up
    path = services.exports.write(unit, PERIOD, tmp_path)
    ws = openpyxl.load_workbook(path)[schema.SHEET_AGREEMENT]
    texts = [str(c).replace("\u00a0", " ") for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert any("fakturorna är 45 000 kr mer än huvudboken" in t for t in texts), texts
    assert not any("−45 000 kr inte kontrollerat" in t or "-45 000 kr" in t for t in texts)
