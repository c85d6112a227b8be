"""``hyrdesk review …`` run as a user runs it (in-process through ``run_cli``), with real workbooks."""

import json

import openpyxl

from hyrdesk.services.reviews.workbook import SHEET_TASKS
from tests.helpers.cli import run_cli


def fill(path, rows):
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = {c.value: c.column_letter for c in ws[1]}
    for i, values in enumerate(rows, start=2):
        for header, value in values.items():
            ws[f"{col[header]}{i}"] = value
    wb.save(path)


def row(area, text, minutes, freq, proposal, affects):
    return {
        "Område": area,
        "Uppgift": text,
        "Utförs av (roll)": "Sjuksköterska",
        "Minuter per tillfälle": minutes,
        "Frekvens": freq,
        "Antal per period": 1,
        "Förslag": proposal,
        "Påverkar andra enheter": affects,
    }


def test_templates_export_fill_import_and_summary(tmp_path):
    d = tmp_path / "data"
    assert run_cli("units", "add", "--code", "MED4", "--name", "Med 4", "--area", "sjukhusvård", data_dir=d).code == 0
    out = run_cli("review", "templates", data_dir=d)
    assert out.code == 0 and "standard@" in out.out

    book = tmp_path / "mall.xlsx"
    out = run_cli("review", "export-template", "--template", "standard", "--out", str(book), data_dir=d)
    assert out.code == 0, out.err
    fill(
        book,
        [
            row("Möten", "Protokoll", 30, "per vecka", "Ta bort", "Nej"),  # 22 h, freed 22
            row("Dokumentation", "Papperslista", 10, "per dag", "Förenkla", "Ja"),  # 36.7 h, freed 18.3
            row("Övrigt", "Nycklar", 60, "per månad", "Behålla", "Osäkert"),  # 12 h
        ],
    )
    out = run_cli("review", "import", str(book), "--unit", "MED4", "--dry-run", data_dir=d)
    assert out.code == 0 and "3 nya uppgifter" in out.out
    assert run_cli("review", "summary", "--unit", "MED4", "--json", data_dir=d).code == 2  # nothing saved
    out = run_cli("review", "import", str(book), "--unit", "MED4", data_dir=d)
    assert out.code == 0 and "3 nya" in out.out, out.err

    out = run_cli("review", "summary", "--unit", "MED4", "--json", data_dir=d)
    assert out.code == 0, out.err
    data = json.loads(out.out)
    assert data == {
        "tasks": 3,
        "hours_per_year": 70.7,
        "hours_freed_per_year": 40.3,
        "by_proposal": {"Behålla": 1, "Förenkla": 1, "Omfördela": 0, "Ta bort": 1},
        "no_change": 1,  # Behålla has no route, whatever Påverkar andra enheter says
        "line_dialogue": 1,
        "own_decision": 1,
        "unanswered": 0,
    }
    out = run_cli("review", "list", "--unit", "MED4", data_dir=d)
    assert "3 uppgifter" in out.out


def test_import_errors_are_listed_on_stderr_with_cells(tmp_path):
    d = tmp_path / "data"
    run_cli("units", "add", "--code", "MED4", "--name", "Med 4", "--area", "sjukhusvård", data_dir=d)
    book = tmp_path / "mall.xlsx"
    run_cli("review", "export-template", "--out", str(book), data_dir=d)
    fill(book, [row("Möten", "Protokoll", "tjugo", "ibland", "Ta bort", "kanske")])
    out = run_cli("review", "import", str(book), "--unit", "MED4", data_dir=d)
    assert out.code == 2 and "Traceback" not in out.err
    assert "3 fel" in out.err and "Uppgifter!E2" in out.err and "Uppgifter!F2" in out.err


def test_unknown_template_and_missing_review(tmp_path):
    d = tmp_path / "data"
    run_cli("units", "add", "--code", "MED4", "--name", "Med 4", "--area", "sjukhusvård", data_dir=d)
    out = run_cli("review", "export-template", "--template", "nope", "--out", str(tmp_path / "x.xlsx"), data_dir=d)
    assert out.code == 2 and "ingen mall" in out.err
    out = run_cli("review", "summary", "--unit", "MED4", "--json", data_dir=d)
    assert out.code == 2 and "ingen översyn" in out.err
