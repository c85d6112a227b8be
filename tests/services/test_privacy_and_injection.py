"""Privacy and formula injection across every export path and every free-text field.

* No export holds the free-text notes of staffing gaps: every part of every
  exported workbook (all XML, properties included) and the CLI's JSON
  summary are searched for a marker written into the notes.
* A valid-looking personal identity number (Luhn-checked) is refused in every
  free-text field: gap note and agency, review title, task description, role,
  receiving role and responsible, the line-dialogue text, the unit name; and
  in the import paths (gap log, filled review workbook).
* Formula injection: text a user wrote that starts with = + - @, a tab or a
  line break is written as text in every exported workbook (line dialogue,
  review workbook, roll-up), never as a formula.
"""

from __future__ import annotations

import datetime as _dt
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.review import Affects, Frequency, Proposal, ReviewTask
from hyrdesk.errors import ValidationError
from hyrdesk.services.rollup.service import scan
from hyrdesk.services.rollup.workbook import write_rollup
from tests.helpers.cli import run_cli

PERIOD = Period(2026, 10)
NOTE_MARK = "HEMLIG-ANTECKNING-7F3A"
# Shapes of personal identity numbers people type; all have a correct check digit.
PERSONAL_NUMBERS = [
    "19121212-1212",
    "121212-1212",
    "191212121212",
    "20121212+1212",
    "121272 1219",
]  # the last: a samordningsnummer (day + 60)
# What Word, Outlook and web pages paste: en dash, minus sign, non-breaking hyphen, full-width
# digits, a zero-width space, spaces inside the number, non-breaking spaces.
DISGUISED = [
    "121212\u20131212",
    "121212\u22121212",
    "121212\u20111212",
    "\uff11\uff12\uff11\uff12\uff11\uff12-\uff11\uff12\uff11\uff12",
    "1212\u200b12-1212",
    "12 12 12-1212",
    "121212\u00a0\u2013\u00a01212",
]
PAYLOADS = {
    "unit": '=HYPERLINK("http://example.invalid","ENHET-NAMN")',
    "dialogue": "=cmd|' /C calc'!A0 DIALOG-TEXT",
    "description": "+46 70 UPPGIFT-BESKRIVNING",
    "role": "-2+3 ROLL",
    "receiving": "@SUM(1) MOTTAGANDE-ROLL",
    "responsible": "\t=1+1 ANSVARIG",
    "title": "=2+2 ÖVERSYN-TITEL",
}


def all_xml(path: Path) -> str:
    """Every part of an xlsx, decompressed and decoded: nothing hides in properties or comments."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", errors="replace") for n in z.namelist())


def assert_text_not_formula(path: Path, payloads) -> None:
    wb = load_workbook(path)
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                for key, payload in payloads.items():
                    marker = payload.split()[-1] if " " in payload else payload
                    if marker in cell.value:
                        assert cell.data_type != "f", f"{path.name} {ws.title}!{cell.coordinate}: {cell.value!r}"
                        seen.add(key)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name).decode("utf-8")
                for payload in payloads.values():
                    assert f"<f>{payload}" not in xml and "<f>" + payload.lstrip("\t") not in xml
    return seen


@pytest.fixture
def filled(services):
    unit = services.units.create("MED4", PAYLOADS["unit"], "sjukhusvård")
    for i, p in enumerate(period_range(Period(2025, 11), PERIOD)):
        services.costs.add_manual(unit, p, "Läkare", "hire", str(100_000 + i))
        services.costs.add_manual(unit, p, "Undersköterska", "own", "3000000")
    base = {"shift": "natt", "category": "Sjuksköterska", "hours": "10", "cause": "vakans"}
    services.gaps.add(
        unit,
        {
            **base,
            "start": "2026-10-05",
            "coverage": "hyrpersonal",
            "agency": "Bemanning Nord AB",
            "note": f"{NOTE_MARK} nattpasset",
        },
    )
    services.gaps.add(unit, {**base, "start": "2026-09-06", "coverage": "ej täckt", "note": f"{NOTE_MARK} stängt"})
    # Ansvarig is a role from the template's list: a region's template may hold any text as a role.
    from hyrdesk.domain.review_template import parse_template_text

    data = json.loads(services.reviews.templates.standard().data)
    data["roles"] = [*data["roles"], PAYLOADS["responsible"]]
    template = parse_template_text(json.dumps(data, ensure_ascii=False), "mall.json")
    review = services.reviews.start(unit, template, title=PAYLOADS["title"], today=_dt.date(2026, 3, 1))
    services.reviews.add_task(
        review,
        ReviewTask(
            area="dokumentation",
            description=PAYLOADS["description"],
            role=PAYLOADS["role"],
            minutes=20,
            frequency=Frequency.DAY,
            proposal=Proposal.REDISTRIBUTE,
            receiving_role=PAYLOADS["receiving"],
            affects_others=Affects.YES,
            responsible=PAYLOADS["responsible"],
        ),
    )
    services.exports.texts.set(unit, PERIOD, PAYLOADS["dialogue"])
    return unit, review


def exports_of(services, unit, review, tmp_path) -> dict[str, Path]:
    out = tmp_path / "out"
    out.mkdir()
    line = services.exports.write(unit, PERIOD, out)
    review_book = services.reviews.export_workbook(out / "oversyn.xlsx", review, unit=unit)
    template = services.reviews.export_workbook(out / "mall.xlsx", unit=unit)
    shared = tmp_path / "delad"
    (shared / unit.code).mkdir(parents=True)
    services.exports.write(unit, PERIOD, shared / unit.code)
    rollup = write_rollup(scan(shared), out / "samlat.xlsx")
    return {"line-dialogue": line, "review": Path(review_book), "template": Path(template), "rollup": rollup}


# --- no gap notes in any export ---------------------------------------------------------------
def test_no_export_contains_gap_notes(services, filled, tmp_path):
    unit, review = filled
    for kind, path in exports_of(services, unit, review, tmp_path).items():
        assert NOTE_MARK not in all_xml(path), f"a gap note leaked into the {kind} export"


def test_the_cli_summary_contains_no_gap_notes(services, filled):
    unit, _ = filled
    services.close()
    out = run_cli(
        "gaps",
        "summary",
        "--unit",
        unit.code,
        "--from",
        "2025-11",
        "--to",
        "2026-10",
        "--json",
        data_dir=services.paths.data_dir,
    )
    assert out.code == 0, out.err
    json.loads(out.out)
    assert NOTE_MARK not in out.out
    services.db.reconnect()  # the fixture closes it


# --- formula injection ---------------------------------------------------------------------------
def test_every_export_writes_user_text_as_text(services, filled, tmp_path):
    unit, review = filled
    books = exports_of(services, unit, review, tmp_path)
    seen = {kind: assert_text_not_formula(path, PAYLOADS) for kind, path in books.items()}
    # not vacuous: the user's texts are in the workbooks (as text)
    assert {"unit", "dialogue", "description"} <= seen["line-dialogue"]
    assert {"description", "role", "receiving", "responsible"} <= seen["review"]
    assert {"unit", "description"} <= seen["rollup"]


# --- personal identity numbers refused in every free-text field ------------------------------------
@pytest.fixture
def review_for(services, unit):
    return services.reviews.start(unit, services.reviews.templates.standard(), today=_dt.date(2026, 3, 1))


def task(**changes) -> ReviewTask:
    values = dict(
        area="dokumentation",
        description="Dubbeldokumentation",
        role="Sjuksköterska",
        minutes=20,
        frequency=Frequency.DAY,
        proposal=Proposal.REDISTRIBUTE,
        receiving_role="Vårdadministratör",
        affects_others=Affects.YES,
        responsible="Enhetschef",
    )
    values.update(changes)
    return ReviewTask(**values)


@pytest.mark.parametrize("pnr", PERSONAL_NUMBERS)
def test_gap_note_and_agency_refuse_a_personal_number(services, unit, pnr):
    base = {"shift": "natt", "category": "Sjuksköterska", "hours": "10", "cause": "vakans", "start": "2026-10-05"}
    with pytest.raises(ValidationError) as exc:
        services.gaps.add(unit, {**base, "coverage": "ej täckt", "note": f"Ersatte {pnr} i natt"})
    assert "personnummer" in exc.value.errors["note"]
    with pytest.raises(ValidationError) as exc:
        services.gaps.add(unit, {**base, "coverage": "hyrpersonal", "agency": f"Bemanning {pnr}"})
    assert "personnummer" in exc.value.errors["agency"]
    assert services.gaps.count(unit) == 0


@pytest.mark.parametrize("field", ["description", "role", "receiving_role", "responsible"])
@pytest.mark.parametrize("pnr", PERSONAL_NUMBERS[:2])
def test_review_task_fields_refuse_a_personal_number(services, review_for, field, pnr):
    with pytest.raises(ValidationError, match="personnummer"):
        services.reviews.add_task(review_for, task(**{field: f"Texten {pnr}"}))
    saved = services.reviews.add_task(review_for, task())
    with pytest.raises((ValidationError, ValueError), match="personnummer"):
        services.reviews.edited(review_for, saved, field, f"Ändrad {pnr}")
    assert services.reviews.tasks(review_for) == [saved]


@pytest.mark.parametrize("pnr", PERSONAL_NUMBERS[:2])
def test_review_title_dialogue_text_and_unit_name_refuse_a_personal_number(services, unit, pnr):
    with pytest.raises(ValidationError, match="personnummer"):
        services.reviews.start(unit, services.reviews.templates.standard(), title=f"Översyn {pnr}")
    with pytest.raises(ValidationError, match="personnummer"):
        services.exports.texts.set(unit, PERIOD, f"Gäller {pnr}")
    assert services.exports.texts.get(unit, PERIOD) == ""
    with pytest.raises(ValidationError, match="personnummer"):
        services.units.create("AVD9", f"Avdelning {pnr}", "övrigt")
    with pytest.raises(ValidationError, match="personnummer"):
        services.units.rename(unit, f"Medicin {pnr}")
    assert [u.name for u in services.units.list()] == ["Medicinavdelning 4"]


def test_a_number_with_a_wrong_check_digit_is_not_refused(services, unit):
    """Account numbers, phone numbers and dates must not be mistaken for personal numbers."""
    services.exports.texts.set(unit, PERIOD, "Konto 5611, faktura 19121212-1213, tel 070-123 45 67")
    services.units.rename(unit, "Medicinavdelning 4 (kst 121212-1213)")


def test_gap_import_masks_a_personal_number_and_says_where(services, unit, tmp_path):
    from hyrdesk.files.tabular import read_table
    from hyrdesk.progress import Progress
    from hyrdesk.services.importing.importer import guess_mapping

    p = tmp_path / "logg.csv"
    p.write_text(
        "Datum;Pass;Yrke;Timmar;Orsak;Täckt av;Kommentar\n"
        "2026-10-05;natt;Sjuksköterska;10;vakans;ej täckt;Ersatte 121212-1212\n"
        "2026-10-06;natt;Sjuksköterska;10;vakans;ej täckt;Stängda platser\n",
        encoding="utf-8",
    )
    importer = services.gaps.importer(unit)
    table = read_table(p)
    preview = importer.preview(table, guess_mapping(table, importer.fields()), Progress())
    assert len(preview.records) == 2 and preview.rejected == []
    assert preview.masked == {"Kommentar": 1} and "1 personnummer maskerades" in preview.summary
    message = importer.commit(preview)
    assert "”Kommentar”: 1" in message
    notes = services.db.query("SELECT note FROM gaps ORDER BY start_date")
    assert [r["note"] for r in notes] == ["Ersatte [personnummer borttaget]", "Stängda platser"]


def test_review_import_masks_a_personal_number_in_a_cell(services, unit, review_for, tmp_path):
    from hyrdesk.services.reviews.workbook import SHEET_TASKS

    saved = services.reviews.add_task(review_for, task())
    path = Path(services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review_for, unit=unit))
    wb = load_workbook(path)
    cells = [c for row in wb[SHEET_TASKS].iter_rows() for c in row if c.value == saved.description]
    assert len(cells) == 1, "the description cell of the task was not found"
    cells[0].value = "Attestera för 19121212\u20131212"
    wb.save(path)
    plan = services.reviews.preview_import(path, unit)
    assert sum(plan.masked.values()) == 1 and any("1 personnummer maskerades" in line for line in plan.lines())
    _review, message = services.reviews.apply_import(plan)
    assert "1 personnummer maskerades" in message
    assert [t.description for t in services.reviews.tasks(review_for)] == ["Attestera för [personnummer borttaget]"]


# --- text an xlsx cannot hold ---------------------------------------------------------------------
def test_control_characters_in_free_text_never_break_an_export(services, tmp_path):
    """A vertical tab pasted from Word used to stop every export (openpyxl: IllegalCharacterError)."""
    import xml.dom.minidom

    unit = services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    with pytest.raises(ValidationError, match="styrtecken"):
        services.units.create("AVD9", "Avdelning\x0b9", "övrigt")  # the name goes into the file's properties
    review = services.reviews.start(
        unit, services.reviews.templates.standard(), title="Översyn\x0b2026", today=_dt.date(2026, 3, 1)
    )
    services.reviews.add_task(
        review, task(description="Möte\x0bAPT\x01", role="Sjuk\x02sköterska", responsible="Enhets\x0cchef")
    )
    services.exports.texts.set(unit, PERIOD, "Rad ett\x0brad två \x1b slut")
    for path in exports_of(services, unit, review, tmp_path).values():
        wb = load_workbook(path)
        texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert any("Möte APT" in t for t in texts) or path.name == "mall.xlsx"
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".xml") or name.endswith(".rels"):
                    xml.dom.minidom.parseString(z.read(name))  # every part is well-formed XML


def test_xlsx_safe_cleans_text_in_every_helper():
    from openpyxl import Workbook

    from hyrdesk.files.xlsx_safe import clean_text, safe_row, set_value, text_cell

    assert clean_text("a\x0bb\x00c\td\ne") == "a b c\td\ne"
    wb = Workbook()
    ws = wb.active
    assert set_value(ws["A1"], "=1+1\x0b").value == "=1+1 " and ws["A1"].data_type == "s"
    wo = Workbook(write_only=True).create_sheet()
    assert text_cell(wo, "x\x01").value == "x "
    assert safe_row(wo, ["y\x02", 1])[0] == "y "


@pytest.mark.parametrize("pnr", DISGUISED)
def test_every_free_text_field_refuses_a_disguised_personal_number(services, unit, review_for, pnr):
    base = {"shift": "natt", "category": "Sjuksköterska", "hours": "10", "cause": "vakans", "start": "2026-10-05"}
    with pytest.raises(ValidationError, match="personnummer"):
        services.gaps.add(unit, {**base, "coverage": "ej täckt", "note": f"Ersatte {pnr}"})
    with pytest.raises(ValidationError, match="personnummer"):
        services.gaps.add(unit, {**base, "coverage": "hyrpersonal", "agency": f"Konsult {pnr}"})
    with pytest.raises(ValidationError, match="personnummer"):
        services.units.create(pnr.replace(" ", ""), "Avdelning", "övrigt")
    with pytest.raises(ValidationError, match="personnummer"):
        services.units.create("AVD9", f"Avdelning {pnr}", "övrigt")
    with pytest.raises(ValidationError, match="personnummer"):
        services.exports.texts.set(unit, PERIOD, f"Gäller {pnr}")
    with pytest.raises(ValidationError, match="personnummer"):
        services.reviews.add_task(review_for, task(description=f"Attestera {pnr}"))
    assert services.gaps.count(unit) == 0 and len(services.units.list()) == 1


def test_a_unit_code_shaped_like_a_personal_number_is_refused(services):
    with pytest.raises(ValidationError, match="personnummer") as exc:
        services.units.create("19121212-1212", "Avdelning", "övrigt")
    assert "code" in exc.value.errors
