"""The review's rules: the route, hours per year, the hours-freed suggestion, task validation."""

import datetime as dt
from decimal import Decimal

import pytest

from hyrdesk.domain.review import (
    MONTHS_PER_YEAR,
    WORKING_DAYS_PER_YEAR,
    WORKING_WEEKS_PER_YEAR,
    Affects,
    Frequency,
    Proposal,
    ReviewTask,
    Route,
    Status,
    derive_route,
    hours_per_year,
    suggested_hours_freed,
)
from hyrdesk.domain.review_summary import carry_over, dialogue_first, needs_dialogue_first, summarise
from hyrdesk.domain.review_validation import parse_field, parse_task, validate_task


def task(**kw):
    base = dict(
        area="moten", description="Protokoll", role="Vårdadministratör", minutes=30, frequency=Frequency.WEEK, count=2
    )
    return ReviewTask(**{**base, **kw})


@pytest.mark.parametrize(
    "affects, route",
    [
        (Affects.NO, Route.OWN_DECISION),
        (Affects.YES, Route.LINE_DIALOGUE),
        (Affects.UNSURE, Route.LINE_DIALOGUE),  # any risk to another unit goes to the line
    ],
)
def test_route_is_derived_from_affects_other_units(affects, route):
    for change in (Proposal.SIMPLIFY, Proposal.REDISTRIBUTE, Proposal.REMOVE):
        assert derive_route(affects, change) is route
    assert derive_route(affects, Proposal.KEEP) is None  # keeping a task has no route


def test_a_change_without_an_answer_has_no_route_yet():
    assert derive_route(None, Proposal.REMOVE) is None


def test_route_cannot_be_typed():
    with pytest.raises(KeyError):
        parse_field("route", "Eget beslut")
    t, errors = parse_task(
        {
            "description": "X",
            "role": "R",
            "minutes": 5,
            "frequency": "per dag",
            "proposal": "förenkla",
            "affects_others": "ja",
            "route": "Eget beslut",
        },
        "moten",
    )
    assert not errors and t.route is Route.LINE_DIALOGUE


def test_working_time_assumptions_are_consistent():
    assert WORKING_DAYS_PER_YEAR == 220
    assert WORKING_WEEKS_PER_YEAR * 5 == WORKING_DAYS_PER_YEAR  # 1 a day == 5 a week
    assert hours_per_year(12, Frequency.DAY, 1) == hours_per_year(12, Frequency.WEEK, 5)


@pytest.mark.parametrize(
    "minutes, freq, count, expected",
    [
        (10, Frequency.DAY, 3, Decimal(10 * 3 * WORKING_DAYS_PER_YEAR) / 60),  # 110 h
        (30, Frequency.WEEK, 2, Decimal(30 * 2 * WORKING_WEEKS_PER_YEAR) / 60),  # 44 h
        (120, Frequency.MONTH, 1, Decimal(120 * MONTHS_PER_YEAR) / 60),  # 24 h
        (90, Frequency.YEAR, 25, Decimal("37.5")),
        (7, Frequency.DAY, 1, Decimal(7 * 220) / 60),  # 25.666…: exact, rounded only for display
    ],
)
def test_hours_per_year(minutes, freq, count, expected):
    assert hours_per_year(minutes, freq, count) == expected
    assert isinstance(hours_per_year(minutes, freq, count), Decimal)


def test_hours_are_exact_decimals_summed_without_float_drift():
    tasks = [task(minutes=7, frequency=Frequency.DAY, count=1) for _ in range(3)]
    s = summarise(tasks)
    assert s.total.hours_per_year == Decimal(7 * 220 * 3) / 60  # 77 exactly
    assert s.total.hours_rounded == Decimal("77.0")


def test_hours_freed_suggestion_by_proposal():
    h = Decimal("44")
    assert suggested_hours_freed(Proposal.REMOVE, h) == Decimal("44.0")
    assert suggested_hours_freed(Proposal.SIMPLIFY, h) == Decimal("22.0")
    assert suggested_hours_freed(Proposal.REDISTRIBUTE, h) == 0
    assert suggested_hours_freed(Proposal.KEEP, h) == 0


def test_hours_freed_follows_the_suggestion_until_the_user_sets_it():
    t = task().with_changes(proposal=Proposal.REMOVE)
    assert t.hours_freed == Decimal("44.0")
    t = t.with_changes(proposal=Proposal.SIMPLIFY)
    assert t.hours_freed == Decimal("22.0")
    t = t.with_changes(hours_freed=Decimal("10"))
    t = t.with_changes(proposal=Proposal.REMOVE)
    assert t.hours_freed == Decimal("10")  # the user's own estimate is never overwritten


def test_validation_collects_every_field_error():
    t, errors = parse_task(
        {
            "description": " ",
            "role": "",
            "minutes": "en kvart",
            "frequency": "ibland",
            "count": 0,
            "usefulness": 7,
            "due_date": "31/13/2025",
        },
        "moten",
    )
    assert t is None
    assert set(errors) == {"description", "role", "minutes", "frequency", "count", "usefulness", "due_date"}
    assert "per dag" in errors["frequency"]


def test_personal_identity_number_is_refused_in_free_text():
    t, errors = parse_task(
        {
            "description": "Intyg för 19121212-1212",
            "role": "R",
            "minutes": 5,
            "frequency": "dag",
            "responsible": "811218-9876",
        },
        "moten",
    )
    assert t is None and "personnummer" in errors["description"] and "personnummer" in errors["responsible"]


def test_redistribution_needs_a_receiving_role_and_freed_hours_fit_the_task():
    errors = validate_task(task(proposal=Proposal.REDISTRIBUTE, hours_freed=Decimal("50")))
    assert "receiving_role" in errors and "44,0" in errors["hours_freed"]


def test_parse_accepts_labels_keys_and_swedish_numbers():
    assert parse_field("frequency", "Per Månad") is Frequency.MONTH
    assert parse_field("proposal", "ta_bort") is Proposal.REMOVE
    assert parse_field("proposal", "TA BORT") is Proposal.REMOVE
    assert parse_field("affects_others", "") is None  # blank stays blank: required only for a change
    assert parse_field("usefulness", "3 – ganska stor nytta") == 3
    assert parse_field("usefulness", 2.0) == 2
    assert parse_field("minutes", "15,0") == 15
    assert parse_field("hours_freed", "12,25") == Decimal("12.3")
    assert parse_field("due_date", dt.datetime(2025, 3, 31)) == dt.date(2025, 3, 31)
    with pytest.raises(ValueError, match="heltal"):
        parse_field("minutes", "2,5")


def test_dialogue_first_and_pending():
    a = task(id=1, position=1, affects_others=Affects.NO, proposal=Proposal.REMOVE)
    b = task(id=2, position=2, affects_others=Affects.YES, proposal=Proposal.REMOVE)
    c = task(id=3, position=3, affects_others=Affects.UNSURE, proposal=Proposal.KEEP)
    assert [t.id for t in dialogue_first([a, b, c])] == [2, 1, 3]
    assert [needs_dialogue_first(t) for t in (a, b, c)] == [False, True, False]  # Behålla has no route
    assert needs_dialogue_first(b.with_changes(status=Status.DECIDED))  # one rule: the count never shifts


def test_carry_over_into_the_next_review():
    keys = ["moten", "ovrigt"]
    removed = task(proposal=Proposal.REMOVE, status=Status.DONE)
    assert carry_over(removed, keys) is None
    moved = task(proposal=Proposal.REDISTRIBUTE, receiving_role="Undersköterska", status=Status.DONE, id=9)
    nxt = carry_over(moved, keys)
    assert nxt.role == "Undersköterska" and nxt.id is None and nxt.proposal is Proposal.KEEP
    assert nxt.status is Status.PROPOSED and nxt.hours_freed == 0
    planned = task(proposal=Proposal.REMOVE, status=Status.PROPOSED, area="gone")
    assert carry_over(planned, keys).area == "ovrigt"
