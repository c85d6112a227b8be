"""*Ansvarig* is a role from the template's list: names never reach the shared folder."""

import datetime as dt
import zipfile

import openpyxl
import pytest

from hyrdesk.domain.period import Period
from hyrdesk.domain.review import Affects, Frequency, Proposal, ReviewTask
from hyrdesk.errors import ValidationError
from hyrdesk.services.reviews.importing import WorkbookErrors
from hyrdesk.services.reviews.workbook import SHEET_TASKS

NAME = "Anna Svensson"


@pytest.fixture
def review(services, unit):
    return services.reviews.start(unit, services.reviews.templates.standard(), today=dt.date(2026, 3, 2))


def task(**changes):
    values = dict(
        area="moten",
        description="Protokoll från APT",
        role="Vårdadministratör",
        minutes=45,
        frequency=Frequency.WEEK,
        proposal=Proposal.SIMPLIFY,
        affects_others=Affects.NO,
    )
    values.update(changes)
    return ReviewTask(**values)


def all_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))


def test_a_name_is_refused_and_a_role_is_kept_in_the_lists_spelling(services, review):
    with pytest.raises(ValidationError) as exc:
        services.reviews.add_task(review, task(responsible=NAME))
    assert "roll" in exc.value.errors["responsible"] and "Enhetschef" in exc.value.errors["responsible"]
    saved = services.reviews.add_task(review, task(responsible="  enhetschef "))
    assert saved.responsible == "Enhetschef"
    with pytest.raises(ValidationError, match="aldrig ett namn"):
        services.reviews.edited(review, saved, "responsible", NAME)
    assert services.reviews.edited(review, saved, "responsible", "vårdadministratör").responsible == (
        "Vårdadministratör"
    )


def test_text_saved_before_the_rule_stays_local_and_is_left_out_of_every_export(services, unit, review, tmp_path):
    saved = services.reviews.add_task(review, task(responsible="Enhetschef"))
    with services.db.write() as c:  # a database from before the rule: a name in Ansvarig
        c.execute("UPDATE review_tasks SET responsible = ? WHERE id = ?", (NAME, saved.id))
    legacy = services.reviews.task(saved.id)
    assert legacy.responsible == NAME  # kept locally, where the user can see and change it
    # other fields of the task can still be changed
    changed = services.reviews.update_task(review, legacy.with_changes(minutes=30))
    assert changed.responsible == NAME and changed.minutes == 30
    assert [t.id for t in services.reviews.responsible_withheld(review)] == [saved.id]

    period = Period(2026, 2)
    data = services.exports.collect(unit, period)
    included = " ".join(i.text for i in services.exports.included(data))
    assert "inte är en roll" in included  # the user is told
    line = services.exports.write(unit, period, tmp_path)
    book = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    for path in (line, book):
        assert NAME not in all_text(path), path.name


def test_the_workbook_offers_only_roles_and_its_import_refuses_a_name(services, unit, review, tmp_path):
    services.reviews.add_task(review, task(responsible="Enhetschef"))
    path = services.reviews.export_workbook(tmp_path / "oversyn.xlsx", review, unit=unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_TASKS]
    col = {c.value: c.column_letter for c in ws[1]}
    responsible = next(v for k, v in col.items() if k and k.startswith("Ansvarig"))
    strict = [dv for dv in ws.data_validations.dataValidation if responsible + "2" in str(dv.sqref)]
    assert strict and strict[0].showErrorMessage and strict[0].type == "list"
    ws[f"{responsible}2"] = NAME
    wb.save(path)
    with pytest.raises(WorkbookErrors, match="Ansvarig är en roll"):
        services.reviews.preview_import(path, unit)
    ws[f"{responsible}2"] = "biträdande enhetschef"
    wb.save(path)
    plan = services.reviews.preview_import(path, unit)
    assert plan.changed[0].new.responsible == "Biträdande enhetschef"
