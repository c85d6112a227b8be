"""``hyrdesk gaps ...`` run as a user runs it: a real process and a real data folder."""

import datetime as _dt
import json

import openpyxl
import pytest

from tests.cli.test_cli import hyrdesk


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    assert (
        hyrdesk("units", "add", "--code", "MED4", "--name", "Medicin 4", "--area", "sjukhusvård", data_dir=d).returncode
        == 0
    )
    return d


def add(data, *args):
    return hyrdesk("gaps", "add", "--unit", "MED4", *args, data_dir=data)


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
    assert out.returncode == 0, out.stderr
    assert "Sparad för MED4: 2024-01-10 natt, Sjuksköterska, 10 h, Vakans → Hyrpersonal" in out.stdout
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
    assert out.returncode == 0, out.stderr
    assert "(helg)" in out.stdout


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
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert "--to: Slutdatumet ligger före startdatumet." in out.stderr
    assert "--cost: Kostnad anges bara när luckan täcktes av hyrpersonal." in out.stderr
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
    assert out.returncode == 2 and "personnummer" in out.stderr
    out = add(
        data, "--date", "2024-01-10", "--shift", "natt", "--category", "ssk", "--cause", "vakans", "--coverage", "egen"
    )
    assert out.returncode == 2 and "--hours" in out.stderr  # argparse: one of --hours / --shifts
    assert "Traceback" not in out.stderr


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
    assert out.returncode == 0 and "kan innehålla ett namn" in out.stderr


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
    out = hyrdesk("gaps", "summary", "--unit", "MED4", "--from", "2024-01", "--to", "2024-03", "--json", data_dir=data)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
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
    empty = hyrdesk(
        "gaps", "summary", "--unit", "MED4", "--from", "2023-01", "--to", "2023-12", "--json", data_dir=data
    )
    assert json.loads(empty.stdout)["hire_share_pct"] is None
    text = hyrdesk("gaps", "summary", "--unit", "MED4", "--from", "2024-01", "--to", "2024-03", data_dir=data)
    assert "feb 2024" in text.stdout and "50,0" in text.stdout
    bad = hyrdesk("gaps", "summary", "--unit", "MED4", "--from", "2024-05", "--to", "2024-03", data_dir=data)
    assert bad.returncode == 2 and "ligger efter" in bad.stderr


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
    out = hyrdesk("gaps", "import", str(path), "--unit", "MED4", data_dir=data)
    assert out.returncode == 0, out.stderr
    assert "Rad 3: datum:" in out.stdout and "Rad 4: yrkeskategori:" in out.stdout and "Rad 5: timmar:" in out.stdout
    assert "1 bemanningsluckor importerades till MED4. 3 rader avvisades." in out.stdout
    again = hyrdesk("gaps", "import", str(path), "--unit", "MED4", data_dir=data)
    assert again.returncode == 0 and "alla 1 rader fanns redan" in again.stdout
    listed = hyrdesk("gaps", "list", "--unit", "MED4", data_dir=data)
    assert listed.stdout.count("\n") == 1 and "2024-03-04 natt" in listed.stdout


def test_import_of_a_bad_file_is_one_clear_line(data, tmp_path):
    path = tmp_path / "logg.xlsx"
    path.write_text("inte excel", encoding="utf-8")
    out = hyrdesk("gaps", "import", str(path), "--unit", "MED4", data_dir=data)
    assert out.returncode == 2 and "ingen Excel-fil" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    csv = tmp_path / "fel.csv"
    csv.write_text("Konto;Belopp\n4611;100\n", encoding="utf-8")
    out = hyrdesk("gaps", "import", str(csv), "--unit", "MED4", data_dir=data)
    assert out.returncode == 2 and "hittar inte kolumnerna" in out.stderr
