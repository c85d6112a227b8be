"""Input nobody wrote for the agreement: odd numbers, odd tariff files. Refused clearly, never a wrong figure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hyrdesk.domain.agreement import Booking
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from tests.helpers.cli import run_cli


def booking(hours: str = "10", ref: str = "AV-1") -> Booking:
    return Booking(ref, "Läkare", "Specialist", "Bolaget AB", dt.date(2026, 1, 1), dt.date(2026, 3, 31), Decimal(hours))


@pytest.mark.parametrize("hours", ["NaN", "sNaN", "Infinity", "-Infinity", "1E+9"])
def test_ordered_hours_that_are_not_a_number_are_refused_not_a_crash(services, unit, hours):
    with pytest.raises(UserError):
        services.agreement.add_booking(unit, booking(hours))
    assert services.agreement.bookings(unit) == []


@pytest.mark.parametrize("hours", ["NaN", "nan", "Infinity", "sNaN"])
def test_invoiced_hours_that_are_not_a_number_are_refused_not_a_crash(services, unit, hours):
    services.agreement.add_booking(unit, booking())
    with pytest.raises(UserError, match="inget antal timmar"):
        services.agreement.add_invoice("AV-1", Period(2026, 2), hours, "1000")
    assert services.agreement.invoices(unit) == []


def write_csv(path, text: str, encoding: str = "cp1252"):
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_a_cp1252_tariff_csv_with_zon_words_and_kronor_signs_is_read_exactly(services, tmp_path):
    f = write_csv(
        tmp_path / "tariffer.csv",
        "kategori;nivå;zon;giltig från;pris per timme (kr)\n"
        "Läkare;Specialist;Zon 1;2026-01-01;1 200,00 kr\n"
        "Läkare;Specialist;zon 3;2026-01-01;1 400 kr\n"
        "Sjuksköterska;Grund;1;2026-01-01;650,50\n",
    )
    assert services.agreement.import_tariffs(f) == 3
    got = {(t.category, t.zone): t.price_per_hour.ore for t in services.agreement.tariffs()}
    assert got == {("Läkare", 1): 120_000, ("Läkare", 3): 140_000, ("Sjuksköterska", 1): 65_050}


@pytest.mark.parametrize("price", ['"1,200"', "1.200", "1,2", "12"])
def test_a_price_read_as_a_few_kronor_is_refused_as_a_misread_separator(services, tmp_path, price):
    f = write_csv(
        tmp_path / "tariffer.csv",
        f"kategori,nivå,zon,giltig från,pris per timme (kr)\nLäkare,Specialist,1,2026-01-01,{price}\n",
        "utf-8",
    )
    with pytest.raises(UserError, match="rad 2: priset .* orimligt"):
        services.agreement.import_tariffs(f)
    assert services.agreement.tariffs() == []


def test_units_set_zone_as_the_issue_spells_it(services, unit, paths):
    services.close()
    res = run_cli("units", "set", "--code", "MED4", "--zone", "3", data_dir=paths.data_dir)
    assert res.code == 0, res.err
    assert "zon 3" in res.out
    res = run_cli("units", "set", "--code", "MED4", "--zone", "4", data_dir=paths.data_dir)
    assert res.code == 2 and "1, 2 eller 3" in res.err
    res = run_cli("hire", "check", "--unit", "MED4", "--month", "2026-03", "--json", data_dir=paths.data_dir)
    assert '"zone": 3' in res.out


def test_invoices_above_the_ledger_are_said_so_not_a_negative_unchecked_sum(services, unit, paths):
    services.agreement.add_booking(unit, booking("100"))
    services.agreement.add_invoice("AV-1", Period(2026, 3), "50", "65 000")
    services.costs.add_manual(unit, Period(2026, 3), "Läkare", CostKind.HIRE, 20_000)  # the ledger lags
    services.close()
    res = run_cli("hire", "check", "--unit", "MED4", "--month", "2026-03", data_dir=paths.data_dir)
    assert res.code == 0, res.err
    assert "fakturorna är 45\u00a0tkr mer än huvudboken" in res.out
    assert "−" not in res.out.splitlines()[0] and "-45" not in res.out
    res = run_cli("hire", "check", "--unit", "MED4", "--month", "2026-04", data_dir=paths.data_dir)
    assert "huvudboken har ingen hyrkostnad" in res.out and "2026-04" in res.out
