"""Agreement control over a real database and real files, through the CLI as a user would."""

from __future__ import annotations

import json

import openpyxl
import pytest

from hyrdesk.__main__ import main
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.period import Period


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def tariff_file(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kategori", "Nivå", "Zon", "Giltig från", "Pris per timme (kr)"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


TARIFFS = [
    ["Läkare", "Specialist", 1, "2025-01-01", 1200],
    ["Läkare", "Specialist", 3, "2025-01-01", 1500],
    ["Sjuksköterska", "Grund", 1, "2025-01-01", "700,00"],
]


@pytest.fixture
def cli(services, unit, paths, capsys):
    services.costs.add_manual(unit, Period(2026, 3), "Läkare", CostKind.HIRE, 412_000)
    services.close()
    d = ["--data-dir", str(paths.data_dir)]

    def call(*argv):
        return run(capsys, *argv[:2], *d, *argv[2:]) if len(argv) >= 2 else run(capsys, *argv, *d)

    return call


def test_the_whole_round_tariffs_zone_booking_invoices_check_deviation(cli, tmp_path):
    f = tariff_file(tmp_path / "tariffer.xlsx", TARIFFS)
    assert cli("agreement", "tariffs", "import", str(f))[0] == 0
    code, out, _ = cli("agreement", "tariffs", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 3 and json.loads(out)[2]["price_per_hour"] == 700.0
    assert cli("agreement", "zone", "--unit", "MED4", "--zone", "1")[0] == 0
    code, _, err = cli(
        "hire",
        "bookings",
        "add",
        "--unit",
        "MED4",
        "--ref",
        "AV-7",
        "--category",
        "Läkare",
        "--level",
        "Specialist",
        "--from",
        "2026-01-01",
        "--to",
        "2027-01-31",
        "--hours",
        "600",
        "--supplier",
        "Läkarbolaget AB",
        "--ivo",
        "2025-12-01",
        "--hosp",
        "2025-12-01",
        "--cpr",
        "2025-10-01",
        "--karens",
        "ja",
    )
    assert code == 0, err
    code, _, err = cli(
        "hire",
        "bookings",
        "add",
        "--unit",
        "MED4",
        "--ref",
        "AV-8",
        "--category",
        "Läkare",
        "--level",
        "Specialist",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--hours",
        "40",
        "--supplier",
        "Akutläkarna",
        "--outside-agreement",
    )
    assert code == 0, err
    assert (
        cli(
            "hire",
            "invoices",
            "add",
            "--booking",
            "AV-7",
            "--month",
            "2026-03",
            "--hours",
            "200",
            "--amount",
            "260000",
            "--travel",
            "12000",
        )[0]
        == 0
    )
    assert (
        cli("hire", "invoices", "add", "--booking", "AV-8", "--month", "2026-03", "--hours", "40", "--amount", "72000")[
            0
        ]
        == 0
    )
    code, out, _ = cli("hire", "check", "--unit", "MED4", "--month", "2026-03", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["checked_kr"] == 344_000 and data["ledger_hire_kr"] == 412_000 and data["unchecked_kr"] == 68_000
    assert data["above_tariff_kr"] == 20_000  # 1 300/h against 1 200/h, 200 h
    assert data["outside_agreement_kr"] == 72_000
    kinds = {(f["booking"], f["kind"]): f["kr"] for f in data["findings"]}
    assert kinds[("AV-7", "booking_over_12_months")] == 272_000
    assert ("AV-8", "documents_expired") in kinds  # none recorded for the booking outside the agreement
    code, out, _ = cli("hire", "check", "--unit", "MED4", "--month", "2026-03")
    assert "68 tkr inte kontrollerat" in out.replace("\u00a0", " ")
    assert (
        cli(
            "hire",
            "deviations",
            "add",
            "--unit",
            "MED4",
            "--date",
            "2026-03-05",
            "--booking",
            "AV-8",
            "--reason",
            "acute_need",
            "--above-tariff",
            "12000",
            "--approver-role",
            "Verksamhetschef",
        )[0]
        == 0
    )
    code, out, _ = cli("hire", "deviations", "list", "--unit", "MED4", "--json")
    assert json.loads(out)[0] | {} == {
        "id": 1,
        "date": "2026-03-05",
        "booking": "AV-8",
        "reason": "acute_need",
        "above_tariff_kr": 12_000,
        "approver_role": "Verksamhetschef",
        "escalated_to": None,
        "action": None,
    }


def test_a_bad_tariff_file_lists_every_error_and_keeps_the_old_table(cli, tmp_path):
    good = tariff_file(tmp_path / "good.xlsx", TARIFFS)
    assert cli("agreement", "tariffs", "import", str(good))[0] == 0
    bad = tariff_file(tmp_path / "bad.xlsx", [["Läkare", "", 4, "1 jan", "gratis"], TARIFFS[0], TARIFFS[0]])
    code, _, err = cli("agreement", "tariffs", "import", str(bad))
    assert code == 2
    assert "rad 2: nivå saknas; zon ska vara 1, 2 eller 3" in err and "giltig från ska vara ett datum" in err
    assert "rad 4: samma kategori, nivå, zon och datum som rad 3" in err
    code, out, _ = cli("agreement", "tariffs", "list", "--json")
    assert len(json.loads(out)) == 3


def test_no_personal_data_and_clear_refusals(cli):
    code, _, err = cli(
        "hire",
        "bookings",
        "add",
        "--unit",
        "MED4",
        "--ref",
        "AV-9",
        "--category",
        "Läkare",
        "--level",
        "Specialist",
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-01",
        "--hours",
        "10",
        "--supplier",
        "Enskild firma 19121212-1212",
    )
    assert code == 2 and "personnummer" in err
    code, _, err = cli(
        "hire", "invoices", "add", "--booking", "NOPE", "--month", "2026-03", "--hours", "1", "--amount", "1"
    )
    assert code == 2 and "inget avrop" in err
    code, _, err = cli("agreement", "zone", "--unit", "MED4", "--zone", "4")
    assert code == 2 and "1, 2 eller 3" in err
    code, _, err = cli(
        "hire",
        "deviations",
        "add",
        "--unit",
        "MED4",
        "--date",
        "2026-03-05",
        "--booking",
        "",
        "--reason",
        "tråkigt",
        "--approver-role",
        "Chef",
    )
    assert code == 2 and "Välj bland" in err


def test_the_regions_file_in_the_shared_folder_is_found(services, unit, tmp_path, paths, capsys):
    from hyrdesk.services.settings import SHARED_FOLDER

    shared = tmp_path / "delad"
    (shared / "mallar").mkdir(parents=True)
    tariff_file(shared / "mallar" / "tariffer.xlsx", TARIFFS)
    services.settings.set(SHARED_FOLDER, shared)
    assert services.agreement.shared_tariff_file() == shared / "mallar" / "tariffer.xlsx"
    services.close()
    code, out, _ = run(capsys, "agreement", "tariffs", "import", "--data-dir", str(paths.data_dir))
    assert code == 0 and "3 tariffer" in out


def test_without_a_file_or_a_shared_one_the_import_says_what_to_do(cli):
    code, _, err = cli("agreement", "tariffs", "import")
    assert code == 2 and "mallar/tariffer.xlsx" in err


def test_month_totals_per_staff_category(services, unit):
    import datetime as dt
    from decimal import Decimal

    from hyrdesk.domain.agreement import Booking, Tariff
    from hyrdesk.domain.money import Money

    services.agreement.repo.replace_tariffs(
        [Tariff("Läkare", "Specialist", 1, dt.date(2025, 1, 1), Money.from_sek(1000))], "t"
    )
    services.agreement.set_zone(unit, 1)
    b = Booking("B1", "Läkare", "Specialist", "X AB", dt.date(2026, 1, 1), dt.date(2026, 6, 30), Decimal(500),
                ivo_checked_on=dt.date(2026, 1, 1), hosp_checked_on=dt.date(2026, 1, 1),
                cpr_trained_on=dt.date(2026, 1, 1))  # fmt: skip
    o = Booking("B2", "Sjuksköterska", "Grund", "Y AB", dt.date(2026, 3, 1), dt.date(2026, 3, 31), Decimal(50),
                outside_agreement=True, ivo_checked_on=dt.date(2026, 3, 1), hosp_checked_on=dt.date(2026, 3, 1),
                cpr_trained_on=dt.date(2026, 3, 1))  # fmt: skip
    services.agreement.add_booking(unit, b)
    services.agreement.add_booking(unit, o)
    services.agreement.add_invoice("B1", Period(2026, 3), 100, 110_000)
    services.agreement.add_invoice("B2", Period(2026, 3), 40, 40_000)
    services.agreement.add_deviation(unit, dt.date(2026, 3, 2), "B2", "acute_need", 0, "Enhetschef")
    totals = services.agreement.by_category(unit, Period(2026, 3))
    assert totals["Läkare"].above_tariff == Money.from_sek(10_000) and totals["Läkare"].findings == 1
    assert totals["Sjuksköterska"].outside_agreement == Money.from_sek(40_000)
    assert totals["Sjuksköterska"].deviations == 1


def test_a_gap_covered_by_hire_points_at_its_booking(services, unit):
    import datetime as dt
    from decimal import Decimal

    from hyrdesk.domain.agreement import Booking
    from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
    from hyrdesk.errors import UserError

    day = dt.date(2026, 3, 2)
    services.agreement.add_booking(unit, Booking("B1", "Läkare", "Specialist", "X AB", day, day, Decimal(8)))
    doctors = services.units.category_by_name("Läkare").id

    def gap(coverage):
        return services.gaps.insert(Gap(unit.id, day, day, Shift.DAY, doctors, 480, Cause.VACANCY, coverage,
                                        agency="X AB" if coverage is Coverage.HIRED else ""))  # fmt: skip

    hired, own = gap(Coverage.HIRED), gap(Coverage.OWN_STAFF)
    services.agreement.link_gap(hired.id, "B1")
    assert services.agreement.gap_hours_by_booking(unit) == {"B1": (1, Decimal(8))}
    with pytest.raises(UserError, match="hyrpersonal"):
        services.agreement.link_gap(own.id, "B1")
    with pytest.raises(UserError, match="inget avrop"):
        services.agreement.link_gap(hired.id, "B9")
    services.agreement.link_gap(hired.id, None)
    assert services.agreement.gap_hours_by_booking(unit) == {}
