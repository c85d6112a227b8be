"""The fillable review workbook: export, fill it with openpyxl as Excel would, import it back."""

import datetime as dt
import sqlite3
from decimal import Decimal

import openpyxl
import pytest

from hyrdesk.domain.review import Affects, Frequency, Origin, Proposal, ReviewTask, Status
from hyrdesk.errors import UserError
from hyrdesk.services.reviews.importing import WorkbookErrors
from hyrdesk.services.reviews.workbook import ID_HEADER, SHEET_LISTS, SHEET_META, SHEET_TASKS, task_columns

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def review(services, unit):
    r = services.reviews.start(unit, services.reviews.templates.standard(), today=TODAY)
    services.reviews.add_tasks(
        r,
        [
            ReviewTask(
                area="moten",
                description="=Protokoll från APT",
                role="Vårdadministratör",
                minutes=45,
                frequency=Frequency.WEEK,
                count=2,
                usefulness=2,
                origin=Origin.LOCAL,
                proposal=Proposal.SIMPLIFY,
                affects_others=Affects.NO,
                responsible="Enhetschef",
                due_date=dt.date(2026, 6, 30),
                status=Status.DECIDED,
                hours_freed=Decimal("30.5"),
            ),
            ReviewTask(
                area="rapportering",
                description="Månadsrapport till förvaltningen",
                role="Enhetschef",
                minutes=120,
                frequency=Frequency.MONTH,
                count=1,
                proposal=Proposal.REDISTRIBUTE,
                receiving_role="Vårdadministratör",
                affects_others=Affects.YES,
            ),
        ],
    )
    return r


def columns(ws):
    return {c.value: c.column_letter for c in ws[1]}


def test_workbook_has_dropdowns_locked_computed_columns_and_instructions(services, unit, review, tmp_path):
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit, today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:3] == ["Instruktioner", SHEET_TASKS, "Förslag från mallen"]
    assert wb[SHEET_LISTS].sheet_state == "hidden" and wb[SHEET_META].sheet_state == "veryHidden"
    ws = wb[SHEET_TASKS]
    col = columns(ws)
    assert list(col)[:3] == [ID_HEADER, "Område", "Uppgift"]
    assert ws.protection.sheet
    assert ws[f"{col['Timmar per år']}2"].protection.locked and ws[f"{col[ID_HEADER]}2"].protection.locked
    assert ws[f"{col['Timmar per år']}2"].value.startswith("=IF(")
    assert "Eget beslut" in ws[f"{col['Beslutsväg']}2"].value
    assert not ws[f"{col['Förslag']}2"].protection.locked and not ws[f"{col['Uppgift']}100"].protection.locked
    assert ws[f"{col['Uppgift']}2"].value == "=Protokoll från APT" and ws[f"{col['Uppgift']}2"].data_type == "s"
    lists = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    for header in ("Område", "Frekvens", "Förslag", "Påverkar andra enheter", "Status", "Kravets ursprung"):
        dv = lists[f"{col[header]}2"]
        assert dv.type == "list" and dv.formula1.startswith(f"='{SHEET_LISTS}'!")
    assert lists[f"{col['Minuter per tillfälle']}2"].type == "whole"
    help_text = " ".join(str(c.value) for c in wb["Instruktioner"]["A"] if c.value)
    assert (
        "220 arbetsdagar" in help_text and unit.display in help_text and "Dialog i linjen".lower() in help_text.lower()
    )


def test_unchanged_export_reads_back_without_changes(services, unit, review, tmp_path):
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit, today=TODAY)
    plan = services.reviews.preview_import(path, unit)
    assert plan.review == review and plan.unchanged == 2 and not plan.added and not plan.changed
    assert not plan.has_changes and "inga ändringar" in plan.lines()[-1]


def test_a_worker_previews_through_a_connection_of_its_own(services, unit, review, tmp_path, monkeypatch):
    import threading

    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit, today=TODAY)
    opened = []
    reopen = type(services.db).reopen

    def reopen_and_record(db):
        opened.append(reopen(db))
        return opened[-1]

    monkeypatch.setattr(type(services.db), "reopen", reopen_and_record)
    plans = []
    worker = threading.Thread(target=lambda: plans.append(services.reviews.preview_import_in_worker(path, unit)))
    worker.start()
    worker.join()
    assert plans[0].review == review and plans[0].unchanged == 2
    assert len(opened) == 1 and opened[0] is not services.db
    with pytest.raises(sqlite3.ProgrammingError):  # closed after the preview
        opened[0].conn.execute("SELECT 1")


def test_round_trip_empty_template_filled_in_excel(services, unit, tmp_path):
    path = services.reviews.export_workbook(tmp_path / "mall.xlsx", template=services.reviews.templates.standard())
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = columns(ws)
    rows = [
        {
            "Område": "Dokumentation",
            "Uppgift": "Skanna remisser",
            "Utförs av (roll)": "Medicinsk sekreterare",
            "Minuter per tillfälle": 15,
            "Frekvens": "per dag",
            "Antal per period": 2,
            "Nytta (1–4)": 1,
            "Kravets ursprung": "Lokal rutin",
            "Förslag": "Ta bort",
            "Påverkar andra enheter": "Nej",
            "Ansvarig": "Enhetschef",
            "Klart senast": dt.datetime(2026, 5, 31),
            "Status": "Beslutad",
        },
        {
            "Område": "IT och system",
            "Uppgift": "Behörigheter",
            "Utförs av (roll)": "Vårdadministratör",
            "Minuter per tillfälle": 20,
            "Frekvens": "per vecka",
            "Antal per period": 1,
            "Förslag": "Omfördela",
            "Mottagande roll": "IT-samordnare",
            "Påverkar andra enheter": "Osäkert",
            "Frigjorda timmar per år": 3.5,
        },
    ]
    for i, values in enumerate(rows, start=2):
        for header, value in values.items():
            ws[f"{col[header]}{i}"] = value
    wb.save(path)

    plan = services.reviews.preview_import(path, unit)
    assert plan.review is None and len(plan.added) == 2
    review, message = services.reviews.apply_import(plan, today=TODAY)
    assert "2 nya" in message
    got = services.reviews.tasks(review)
    a, b = got
    assert (
        a.area,
        a.description,
        a.role,
        a.minutes,
        a.frequency,
        a.count,
        a.usefulness,
        a.origin,
        a.proposal,
        a.affects_others,
        a.responsible,
        a.due_date,
        a.status,
    ) == (
        "dokumentation",
        "Skanna remisser",
        "Medicinsk sekreterare",
        15,
        Frequency.DAY,
        2,
        1,
        Origin.LOCAL,
        Proposal.REMOVE,
        Affects.NO,
        "Enhetschef",
        dt.date(2026, 5, 31),
        Status.DECIDED,
    )
    assert a.hours_freed == Decimal("110.0")  # blank: the suggestion for "ta bort", all its hours
    assert a.route.label == "Eget beslut" and b.route.label == "Dialog i linjen"
    assert (b.receiving_role, b.hours_freed, b.status) == ("IT-samordnare", Decimal("3.5"), Status.PROPOSED)
    assert review.template_id == "standard"

    # Exported again, the same data comes back unchanged.
    again = services.reviews.export_workbook(tmp_path / "igen.xlsx", review, unit=unit)
    plan = services.reviews.preview_import(again, unit)
    assert plan.unchanged == 2 and not plan.has_changes


def test_round_trip_review_changes_are_previewed_then_applied(services, unit, review, tmp_path):
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = columns(ws)
    ws[f"{col['Förslag']}3"] = "Ta bort"
    ws[f"{col['Status']}3"] = "Förslag"
    ws[f"{col['Frigjorda timmar per år']}3"] = None
    ws[f"{col['Område']}4"] = "Möten"
    ws[f"{col['Uppgift']}4"] = "+Ny uppgift"
    ws[f"{col['Utförs av (roll)']}4"] = "Undersköterska"
    ws[f"{col['Minuter per tillfälle']}4"] = 5
    ws[f"{col['Frekvens']}4"] = "per dag"
    wb.save(path)

    plan = services.reviews.preview_import(path, unit)
    assert plan.review == review and plan.unchanged == 1 and len(plan.added) == 1
    (change,) = plan.changed
    assert ("Förslag", "Omfördela", "Ta bort") in change.fields
    text = "\n".join(plan.lines())
    assert "Månadsrapport" in text and "Omfördela → Ta bort" in text and "+Ny uppgift" in text
    before = services.reviews.tasks(review)
    assert before == services.reviews.tasks(review)  # the preview saved nothing
    services.reviews.apply_import(plan)
    after = {t.description: t for t in services.reviews.tasks(review)}
    assert after["Månadsrapport till förvaltningen"].proposal is Proposal.REMOVE
    assert after["+Ny uppgift"].hours_per_year == Decimal(5 * 220) / 60


def test_every_error_is_reported_with_sheet_and_cell(services, unit, review, tmp_path):
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = columns(ws)
    ws[f"{col['Minuter per tillfälle']}2"] = "en kvart"
    ws[f"{col['Frekvens']}2"] = "ibland"
    ws[f"{col['Uppgift']}3"] = "Intyg till 19121212-1212"  # masked, not an error
    ws[f"{col['Mottagande roll']}3"] = None  # omfördela without a receiving role
    ws[f"{col['Område']}5"] = "Månen"
    ws[f"{col['Uppgift']}5"] = "Ny"
    ws[f"{col['Utförs av (roll)']}5"] = "R"
    ws[f"{col['Minuter per tillfälle']}5"] = "=2*3"
    ws[f"{col['Frekvens']}5"] = "per år"
    ws[f"{col[ID_HEADER]}6"] = 999
    ws[f"{col['Uppgift']}6"] = "Okänt nummer"
    wb.save(path)

    with pytest.raises(WorkbookErrors) as err:
        services.reviews.preview_import(path, unit)
    cells = {e.cell: e.message for e in err.value.errors}
    c = col
    assert set(cells) >= {
        f"{c['Minuter per tillfälle']}2",
        f"{c['Frekvens']}2",
        f"{c['Mottagande roll']}3",
        f"{c['Område']}5",
        f"{c['Minuter per tillfälle']}5",
        f"{c[ID_HEADER]}6",
    }
    assert all(e.sheet == SHEET_TASKS for e in err.value.errors)
    assert f"{c['Uppgift']}3" not in cells
    assert "formel" in cells[f"{c['Minuter per tillfälle']}5"]
    assert "Månen" in cells[f"{c['Område']}5"] and "Dokumentation" in cells[f"{c['Område']}5"]
    assert f"{SHEET_TASKS}!{c['Frekvens']}2:" in err.value.message
    assert services.reviews.tasks(review)[0].minutes == 45  # nothing saved


@pytest.mark.parametrize(
    "content, message",
    [
        (b"Uppgift;Minuter\nA;5\n", "ingen Excel-fil"),
        (b"", "tom"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "lösenordsskyddad"),
    ],
)
def test_a_file_that_is_not_xlsx_is_refused_in_swedish(services, unit, tmp_path, content, message):
    path = tmp_path / "ifylld.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        services.reviews.preview_import(path, unit)


def test_workbook_of_another_unit_or_without_task_sheet(services, unit, review, tmp_path):
    other = services.units.create("HC1", "Hälsocentral", "primärvård")
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    with pytest.raises(UserError, match="hör till enheten MED4"):
        services.reviews.preview_import(path, other)
    plain = tmp_path / "annan.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(WorkbookErrors, match="Uppgifter"):
        services.reviews.preview_import(plain, unit)


def test_changes_made_in_the_app_after_the_preview_are_not_overwritten(services, unit, review, tmp_path):
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    ws[f"{columns(ws)['Antal per period']}2"] = 3
    wb.save(path)
    plan = services.reviews.preview_import(path, unit)
    task = services.reviews.tasks(review)[0]
    services.reviews.update_task(review, task.with_changes(role="Sjuksköterska"))
    with pytest.raises(UserError, match="har ändrats i hyrdesk"):
        services.reviews.apply_import(plan)
    assert services.reviews.tasks(review)[0].count == 2


def test_task_columns_follow_the_template(services):
    t = services.reviews.templates.standard()
    cols = task_columns(t)
    assert cols.index("hours_per_year") == cols.index("count") + 1
    assert cols.index("route") == cols.index("affects_others") + 1


def test_suggested_hours_follow_a_changed_proposal_but_own_estimates_stay(services, unit, review, tmp_path):
    task = services.reviews.tasks(review)[1]
    services.reviews.update_task(review, services.reviews.edited(review, task, "proposal", "Ta bort"))
    assert services.reviews.tasks(review)[1].hours_freed == Decimal("24.0")  # the suggestion: all of it
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = columns(ws)
    ws[f"{col['Förslag']}2"] = "Behålla"  # own estimate 30.5 h: stays
    ws[f"{col['Förslag']}3"] = "Förenkla"  # suggestion 24 h: follows, to 12 h
    wb.save(path)
    plan = services.reviews.preview_import(path, unit)
    services.reviews.apply_import(plan)
    first, second = services.reviews.tasks(review)
    assert first.hours_freed == Decimal("30.5") and second.hours_freed == Decimal("12.0")
