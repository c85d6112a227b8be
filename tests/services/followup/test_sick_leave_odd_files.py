"""Sick-leave files nobody wrote for hyrdesk: per-person files under other headers, fractional headcounts."""

from __future__ import annotations

import pytest

from tests.helpers.cli import run_cli


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "header", ["Anställd namn", "Name", "Anst.nr", "Medarbetare (namn)", "Employee ID", "Förnamn och efternamn"]
)
def test_a_per_person_column_under_another_header_is_refused_and_nothing_kept(tmp_path, services, unit, paths, header):
    services.close()
    f = write(tmp_path / "sjuk.csv", f"{header};Period;Schemalagd tid;Sjukfrånvaro\nA;2026-01;160;8\nB;2026-02;160;0\n")
    res = run_cli("sickleave", "import", str(f), "--unit", "MED4", data_dir=paths.data_dir)
    assert res.code == 2 and "enskilda personer" in res.err and header in res.err
    res = run_cli("sickleave", "summary", "--unit", "MED4", "--month", "2026-01", "--json", data_dir=paths.data_dir)
    assert '"month_pct": null' in res.out


def test_names_in_a_column_nobody_mapped_are_refused(tmp_path, services, unit, paths):
    services.close()
    f = write(
        tmp_path / "sjuk.csv",
        "Period;Schemalagd tid;Sjukfrånvaro;Kommentar\n2026-01;160;8;Anna Svensson\n2026-02;160;0;Erik Berg\n",
    )
    res = run_cli("sickleave", "import", str(f), "--unit", "MED4", data_dir=paths.data_dir)
    assert res.code == 2 and "namn på rad 3" in res.err


def test_the_units_name_repeated_on_every_row_and_a_headcount_header_are_fine(tmp_path, services, unit, paths):
    services.close()
    f = write(
        tmp_path / "sjuk.csv",
        "Enhet;Period;Schemalagd tid;Sjukfrånvaro;Antal medarbetare\n"
        "Hälsocentral Norr;2026-01;1600;80;24\nHälsocentral Norr;2026-02;1600;40;24\n",
    )
    res = run_cli("sickleave", "import", str(f), "--unit", "MED4", data_dir=paths.data_dir)
    assert res.code == 0, res.err


@pytest.mark.parametrize("headcount", ["11,5", "10.5", "elva"])
def test_a_headcount_that_is_not_a_whole_number_is_refused_not_rounded(tmp_path, services, unit, paths, headcount):
    # 11,5 read as 11 would take a unit of uncertain size out of the small-unit protection.
    services.close()
    f = write(
        tmp_path / "sjuk.csv", f"Period;Schemalagd tid;Sjukfrånvaro;Antal anställda\n2026-01;1600;80;{headcount}\n"
    )
    res = run_cli("sickleave", "import", str(f), "--unit", "MED4", data_dir=paths.data_dir)
    assert "antal anställda" in (res.out + res.err) and "0 rader kan importeras" in res.out
