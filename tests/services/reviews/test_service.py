"""Review use cases on a real database: start, edit, sum up, carry over, the line-dialogue view."""

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest

from hyrdesk.domain.review import Affects, Frequency, Proposal, ReviewTask, Status
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.settings import SHARED_FOLDER
from tests.helpers.review_templates import region_template

TODAY = dt.date(2026, 3, 2)


def t(area="moten", description="Protokoll", **kw):
    return ReviewTask(
        **{
            "area": area,
            "description": description,
            "role": "Vårdadministratör",
            "minutes": 30,
            "frequency": Frequency.WEEK,
            "count": 2,
            **kw,
        }
    )


@pytest.fixture
def review(services, unit):
    return services.reviews.start(unit, services.reviews.templates.standard(), today=TODAY)


def test_start_stores_the_template_id_version_and_content(services, unit, review, tmp_path):
    assert (review.template_id, review.template_version, review.title, review.ongoing) == (
        "standard",
        "2024.1",
        "Översyn 2026",
        True,
    )
    again = services.reviews.start(unit, services.reviews.templates.standard(), today=TODAY)
    assert again.title == "Översyn 2026 (2)"
    # A region's template read from the shared folder is kept with the review, even once the file is gone.
    folder = tmp_path / "delad" / "mallar"
    folder.mkdir(parents=True)
    (folder / "x.json").write_text(json.dumps(region_template()), encoding="utf-8")
    services.settings.set(SHARED_FOLDER, tmp_path / "delad")
    own = services.reviews.start(unit, services.reviews.templates.find("region-x"), today=TODAY)
    (folder / "x.json").unlink()
    assert services.reviews.template_of(services.reviews.review(own.id)).name == "Region X:s mall"


def test_add_edit_delete_and_restore_with_the_same_id(services, review):
    added = services.reviews.add_task(review, t())
    assert added.id and added.position == 1 and added.review_id == review.id
    with pytest.raises(ValidationError, match="påverkar andra enheter"):
        services.reviews.edited(review, added, "proposal", "Ta bort")  # a change needs the answer
    added = services.reviews.edited(review, added, "affects_others", "Nej")
    edited = services.reviews.edited(review, added, "proposal", "Ta bort")
    assert edited.hours_freed == Decimal("44.0")
    services.reviews.update_task(review, edited)
    services.reviews.delete_task(edited)
    assert services.reviews.tasks(review) == []
    services.reviews.add_task(review, edited)
    assert services.reviews.tasks(review) == [services.reviews.task(edited.id)]
    assert services.reviews.task(edited.id).proposal is Proposal.REMOVE


def test_several_tasks_are_deleted_in_one_transaction(services, review, monkeypatch):
    kept, *gone = services.reviews.add_tasks(review, [t(description=d) for d in ("A", "B", "C")])
    services.reviews.delete_tasks(gone)
    assert services.reviews.tasks(review) == [kept]
    deleted = []

    def delete_then_fail(task_id):
        deleted.append(task_id)
        if len(deleted) == 2:
            raise RuntimeError("disk")
        original(task_id)

    original = services.reviews.repo.delete_task
    monkeypatch.setattr(services.reviews.repo, "delete_task", delete_then_fail)
    more = services.reviews.add_tasks(review, [t(description="D"), t(description="E")])
    with pytest.raises(RuntimeError):
        services.reviews.delete_tasks(more)
    assert services.reviews.tasks(review) == [kept, *more]  # the first deletion was rolled back


def test_edit_errors_are_field_errors(services, review):
    task = services.reviews.add_task(review, t())
    with pytest.raises(ValidationError) as err:
        services.reviews.edited(review, task, "minutes", "kvart")
    assert "minutes" in err.value.errors
    with pytest.raises(ValidationError, match="räknas fram"):
        services.reviews.edited(review, task, "route", "Eget beslut")
    with pytest.raises(ValidationError, match="inget område"):
        services.reviews.edited(review, task, "area", "Månen")
    with pytest.raises(ValidationError, match="personnummer"):
        services.reviews.add_task(review, t(description="Intyg 19121212-1212"))
    assert services.reviews.edited(review, task, "area", "möten").area == "moten"


def test_summary_by_area_proposal_and_route(services, unit, review):
    services.reviews.add_tasks(
        review,
        [
            t(proposal=Proposal.REMOVE, affects_others=Affects.NO, hours_freed=Decimal("44")),
            t(
                area="dokumentation",
                minutes=10,
                frequency=Frequency.DAY,
                count=3,
                proposal=Proposal.SIMPLIFY,
                affects_others=Affects.YES,
                hours_freed=Decimal("55"),
            ),
            t(
                area="dokumentation",
                minutes=60,
                frequency=Frequency.MONTH,
                count=1,
                status=Status.DONE,
                proposal=Proposal.SIMPLIFY,
                affects_others=Affects.UNSURE,
            ),
        ],
    )
    s = services.reviews.summary(review)
    assert s.total.tasks == 3 and s.total.hours_per_year == Decimal(44 + 110 + 12)
    assert s.by_area["dokumentation"].hours_per_year == Decimal(122) and s.by_area["hr"].tasks == 0
    assert list(s.by_area)[0] == "dokumentation"  # template order
    assert s.by_proposal[Proposal.SIMPLIFY].tasks == 2 and s.by_proposal[Proposal.REDISTRIBUTE].tasks == 0
    assert (s.line_dialogue, s.own_decision, s.no_change) == (2, 1, 0)
    assert len(s.pending_dialogue) == s.line_dialogue == 2  # one rule, one count
    assert services.reviews.unit_summary(unit)["by_proposal"] == {
        "Behålla": 0,
        "Förenkla": 2,
        "Omfördela": 0,
        "Ta bort": 1,
    }


def test_latest_review_for_the_line_dialogue_workbook(services, unit, review):
    services.reviews.add_tasks(
        review,
        [
            t(description="Eget", affects_others=Affects.NO, proposal=Proposal.REMOVE),
            t(
                description="Linjen",
                affects_others=Affects.YES,
                proposal=Proposal.REDISTRIBUTE,
                receiving_role="USK",
                status=Status.DECIDED,
                hours_freed=Decimal("4.5"),
            ),
        ],
    )
    latest = services.reviews.latest_review(unit)
    assert [x.description for x in latest.tasks] == ["Linjen", "Eget"]  # line dialogue first
    first = latest.tasks[0]
    assert (first.area, first.route, first.status, first.proposal, first.receiving_role) == (
        "Möten",
        "Dialog i linjen",
        "Beslutad",
        "Omfördela",
        "USK",
    )
    assert latest.hours_freed_per_year == Decimal("4.5") == services.reviews.hours_freed_per_year(unit)
    assert (latest.line_dialogue, latest.own_decision) == (1, 1)


def test_no_review_yet(services, unit):
    assert services.reviews.latest_review(unit) is None and services.reviews.hours_freed_per_year(unit) is None
    with pytest.raises(UserError, match="ingen översyn"):
        services.reviews.unit_summary(unit)


def test_new_review_from_the_previous_one(services, unit, review):
    services.reviews.add_tasks(
        review,
        [
            t(description="Borttagen", proposal=Proposal.REMOVE, affects_others=Affects.NO, status=Status.DONE),
            t(
                description="Flyttad",
                proposal=Proposal.REDISTRIBUTE,
                receiving_role="Undersköterska",
                affects_others=Affects.YES,
                status=Status.DONE,
            ),
            t(
                description="Kvar",
                proposal=Proposal.SIMPLIFY,
                affects_others=Affects.UNSURE,
                status=Status.REJECTED,
                responsible="Enhetschef",
            ),
        ],
    )
    services.reviews.finish(review, dt.date(2026, 6, 1))
    nxt = services.reviews.start(
        unit, services.reviews.templates.standard(), today=dt.date(2027, 2, 1), based_on=review
    )
    tasks = services.reviews.tasks(nxt)
    assert [(x.description, x.role, x.proposal, x.status, x.responsible) for x in tasks] == [
        ("Flyttad", "Undersköterska", Proposal.KEEP, Status.PROPOSED, ""),
        ("Kvar", "Vårdadministratör", Proposal.KEEP, Status.PROPOSED, ""),
    ]
    assert services.reviews.latest(unit) == nxt and nxt.based_on_id == review.id
    assert services.reviews.review(review.id).finished_on == dt.date(2026, 6, 1)
    assert [r.title for r in services.reviews.reviews(unit)] == ["Översyn 2027", "Översyn 2026"]


def test_demo_has_a_finished_and_an_ongoing_review(tmp_path):
    from hyrdesk.paths import Paths
    from hyrdesk.services.demo.builder import create_demo

    s = create_demo(Paths(tmp_path / "demo"), today=dt.date(2026, 11, 22))
    try:
        for unit in s.units.list():
            reviews = s.reviews.reviews(unit)
            assert [r.ongoing for r in reviews] == [True, False]
            assert all(s.reviews.tasks(r) for r in reviews)
            assert reviews[0].based_on_id == reviews[1].id
    finally:
        s.close()


def test_review_title_refuses_personal_numbers(services, unit):
    with pytest.raises(ValidationError, match="personnummer"):
        services.reviews.start(unit, services.reviews.templates.standard(), title="Översyn 19121212-1212")
    assert services.reviews.reviews(unit) == []


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("usefulness", 5, "Nyttan ska vara 1, 2, 3 eller 4"),
        ("usefulness", 0, "Nyttan ska vara 1, 2, 3 eller 4"),
        ("minutes", 0, "Minuter per tillfälle måste vara mellan 1 och"),
        ("minutes", "en kvart", "är inte ett tal"),
        ("count", 0, "Antal gånger per period måste vara mellan 1 och"),
        ("frequency", "ibland", "Frekvens: ”ibland” är inget giltigt val"),
        ("origin", "x", "Kravets ursprung: ”x” är inget giltigt val"),
        ("proposal", "x", "Förslag: ”x” är inget giltigt val"),
        ("affects_others", "kanske", "Påverkar andra enheter: ”kanske” är inget giltigt val"),
        ("status", "x", "Status: ”x” är inget giltigt val"),
        ("hours_freed", Decimal(-1), "Frigjorda timmar kan inte vara negativa"),
        ("due_date", "i morgon", "är inget datum"),
        ("description", " ", "Beskriv uppgiften"),
    ],
)
def test_a_task_built_in_code_gets_field_errors_not_a_database_error(services, review, field, value, message):
    """Callers other than the form (the CLI, scripts) get the form's Swedish message and nothing is saved."""
    for save in (
        lambda task: services.reviews.add_task(review, task),
        lambda task: services.reviews.update_task(review, replace(task, id=kept.id)),  # noqa: B023 - kept is set before each call
    ):
        kept = services.reviews.add_task(review, t(description="Behålls"))
        with pytest.raises(ValidationError) as err:
            save(t(**{field: value}))
        assert message in err.value.errors[field]
        assert services.reviews.tasks(review) == [kept]
        services.reviews.delete_task(kept)


def test_a_task_built_in_code_is_normalised_like_typed_input(services, review):
    added = services.reviews.add_task(
        review, t(frequency="per vecka", usefulness="3", minutes=30.0, due_date="2026-06-30", hours_freed=1.25)
    )
    stored = services.reviews.task(added.id)
    assert (stored.frequency, stored.usefulness, stored.minutes, stored.due_date, stored.hours_freed) == (
        Frequency.WEEK,
        3,
        30,
        dt.date(2026, 6, 30),
        Decimal("1.3"),
    )


def test_adding_to_a_review_that_is_gone_is_a_user_error(services, review):
    services.reviews.delete(review)
    with pytest.raises(UserError, match="Översynen finns inte längre"):
        services.reviews.add_task(review, t())


def test_the_cli_prints_a_task_error_on_one_line_with_exit_2(services, review, capsys):
    from hyrdesk.cli import report_errors

    code = report_errors(lambda: services.reviews.add_task(review, t(usefulness=5, frequency="ibland")))
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("hyrdesk: ")
    assert "Nyttan ska vara 1, 2, 3 eller 4" in err and "Frekvens:" in err
