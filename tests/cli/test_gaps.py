"""``hyrdesk gaps ...`` run as a user runs it (in-process through ``run_cli``), with a real data folder."""

import datetime as _dt
import json

import openpyxl
import pytest

from tests.helpers.cli import run_cli


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    assert (
        run_cli("units", "add", "--code", "MED4", "--name", "Medicin 4", "--area", "sjukhusvård", data_dir=d).code == 0
    )
    return d


def add(data, *args):
    return run_cli("gaps", "add", "--unit", "MED4", *args, data_dir=data)


def test_add_accepts_keys_and_labels_in_any_case(data):
    out = add(
        data,
        "--date",
        "2024-01-10",
        "--shift",
        "NATT",
        "--category",
        "sjuksköterska",
        "--shifts",
        "1",
        "--cause",
        "vakans",
        "--coverage",
        "Hyrpersonal",
        "--agency",
        "Bemanning Nord AB",
        "--cost",
        "9 800",
    )
    assert out.code == 0, out.err
    assert "Sparad för MED4: 2024-01-10 natt, Sjuksköterska, 10 h, Vakans → Hyrpersonal" in out.out
    out = add(
        data,
        "--date",
        "2024-01-13",
        "--to",
        "2024-01-14",
        "--shift",
        "kvall",
        "--category",
        "USK",
        "--hours",
        "16",
        "--cause",
        "OPLANERAD",
        "--coverage",
        "ej_tackt",
        "--note",
        "Stängda platser",
    )
    assert out.code == 0, out.err
    assert "(helg)" in out.out


def test_add_refuses_bad_input_in_one_line(data):
    out = add(
        data,
        "--date",
        "2024-01-10",
        "--to",
        "2024-01-01",
        "--shift",
        "natt",
        "--category",
        "ssk",
        "--hours",
        "10",
        "--cause",
        "vakans",
        "--coverage",
        "egen",
        "--cost",
        "500",
    )
    assert out.code == 2 and len(out.err.strip().splitlines()) == 1
    assert "--to: Slutdatumet ligger före startdatumet." in out.err
    assert "--cost: Kostnad anges bara när luckan täcktes av hyrpersonal." in out.err
    out = add(
        data,
        "--date",
        "2024-01-10",
        "--shift",
        "natt",
        "--category",
        "ssk",
        "--hours",
        "10",
        "--cause",
        "vakans",
        "--coverage",
        "egen",
        "--note",
        "19121212-1212 sjuk",
    )
    assert out.code == 2 and "personnummer" in out.err
    out = add(
        data, "--date", "2024-01-10", "--shift", "natt", "--category", "ssk", "--cause", "vakans", "--coverage", "egen"
    )
    assert out.code == 2 and "--hours" in out.err  # argparse: one of --hours / --shifts
    assert "Traceback" not in out.err


def test_a_name_in_the_note_is_saved_with_a_warning(data):
    out = add(
        data,
        "--date",
        "2024-01-10",
        "--shift",
        "dag",
        "--category",
        "ssk",
        "--hours",
        "8",
        "--cause",
        "vakans",
        "--coverage",
        "egen",
        "--note",
        "Anna Svensson",
    )
    assert out.code == 0 and "kan innehålla ett namn" in out.err


def test_summary_json_is_exactly_the_documented_object(data):
    add(
        data,
        "--date",
        "2024-01-10",
        "--shift",
        "natt",
        "--category",
        "ssk",
        "--hours",
        "10",
        "--cause",
        "vakans",
        "--coverage",
        "hyrpersonal",
    )
    add(
        data,
        "--date",
        "2024-02-03",
        "--shift",
        "dag",
        "--category",
        "usk",
        "--hours",
        "7,5",
        "--cause",
        "planerad frånvaro",
        "--coverage",
        "ej täckt",
    )
    add(
        data,
        "--date",
        "2024-02-05",
        "--shift",
        "dag",
        "--category",
        "läkare",
        "--hours",
        "2,5",
        "--cause",
        "övrigt",
        "--coverage",
        "egen",
    )
    add(
        data,
        "--date",
        "2024-04-05",
        "--shift",
        "dag",
        "--category",
        "läkare",
        "--hours",
        "8",
        "--cause",
        "övrigt",
        "--coverage",
        "hyrpersonal",
    )  # outside the range
    out = run_cli("gaps", "summary", "--unit", "MED4", "--from", "2024-01", "--to", "2024-03", "--json", data_dir=data)
    assert out.code == 0, out.err
    assert json.loads(out.out) == {
        "total_hours": 20.0,
        "by_coverage": {
            "Egen personal (övertid/mertid)": 2.5,
            "Timavlönad": 0.0,
            "Intern bemanningspool": 0.0,
            "Hyrpersonal": 10.0,
            "Ej täckt": 7.5,
        },
        "by_cause": {
            "Vakans": 10.0,
            "Planerad frånvaro": 7.5,
            "Oplanerad frånvaro": 0.0,
            "Ökat vårdbehov": 0.0,
            "Övrigt": 2.5,
        },
        "hire_share_pct": 50.0,
        "uncovered_hours": 7.5,
    }
    empty = run_cli(
        "gaps", "summary", "--unit", "MED4", "--from", "2023-01", "--to", "2023-12", "--json", data_dir=data
    )
    assert json.loads(empty.out)["hire_share_pct"] is None
    text = run_cli("gaps", "summary", "--unit", "MED4", "--from", "2024-01", "--to", "2024-03", data_dir=data)
    assert "feb 2024" in text.out and "50,0" in text.out
    bad = run_cli("gaps", "summary", "--unit", "MED4", "--from", "2024-05", "--to", "2024-03", data_dir=data)
    assert bad.code == 2 and "ligger efter" in bad.err


def test_import_lists_rejected_rows_and_skips_duplicates(data, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Datum", "Pass", "Yrkeskategori", "Timmar", "Orsak", "Täckning", "Kommentar"])
    ws.append([_dt.date(2024, 3, 4), "natt", "ssk", 10, "vakans", "hyrpersonal", None])
    ws.append(["2024-13-01", "dag", "ssk", 8, "vakans", "pool", None])
    ws.append([_dt.date(2024, 3, 5), "dag", "Kurator", 8, "vakans", "pool", None])
    ws.append([_dt.date(2024, 3, 6), "dag", "usk", -4, "vakans", "pool", None])
    path = tmp_path / "logg.xlsx"
    wb.save(path)
    out = run_cli("gaps", "import", str(path), "--unit", "MED4", data_dir=data)
    assert out.code == 0, out.err
    assert "Rad 3: datum:" in out.out and "Rad 4: yrkeskategori:" in out.out and "Rad 5: timmar:" in out.out
    assert "1 bemanningsluckor importerades till MED4. 3 rader avvisades." in out.out
    again = run_cli("gaps", "import", str(path), "--unit", "MED4", data_dir=data)
    assert again.code == 0 and "alla 1 rader fanns redan" in again.out
    listed = run_cli("gaps", "list", "--unit", "MED4", data_dir=data)
    assert listed.out.count("\n") == 1 and "2024-03-04 natt" in listed.out


def test_import_of_a_bad_file_is_one_clear_line(data, tmp_path):
    path = tmp_path / "logg.xlsx"
    path.write_text("inte excel", encoding="utf-8")
    out = run_cli("gaps", "import", str(path), "--unit", "MED4", data_dir=data)
    assert out.code == 2 and "ingen Excel-fil" in out.err and len(out.err.strip().splitlines()) == 1
    csv = tmp_path / "fel.csv"
    csv.write_text("Konto;Belopp\n4611;100\n", encoding="utf-8")
    out = run_cli("gaps", "import", str(csv), "--unit", "MED4", data_dir=data)
    assert out.code == 2 and "hittar inte kolumnerna" in out.err
