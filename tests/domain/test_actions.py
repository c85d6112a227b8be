"""The action plan's arithmetic on hand-made gap registers: baseline, observed, change, counts."""

import datetime as _dt
from decimal import Decimal

import pytest

from hyrdesk.domain.action_effect import cost_series, gap_cells_of, gap_series, measure, observed_window, summarise
from hyrdesk.domain.actions import (
    Action,
    ActionArea,
    ActionStatus,
    AreaList,
    DecisionLevel,
    Indicator,
    parse_action,
)
from hyrdesk.domain.categories import StaffCategory
from hyrdesk.domain.gaps import Cause
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period

D = _dt.date
NURSE, DOCTOR = 2, 1
AREAS = AreaList("1", (ActionArea("rekrytering", "Rekrytering"), ActionArea("schema", "Schema och arbetstid")))
CATEGORIES = [StaffCategory(1, "Läkare", "Läkare"), StaffCategory(2, "Sjuksköterska", "Sjuksköterskor/barnmorskor")]


def action(**kw) -> Action:
    base = dict(
        unit_id=1,
        title="Rekrytera två sjuksköterskor",
        area="rekrytering",
        owner_role="Enhetschef",
        decision_level=DecisionLevel.UNIT,
        start=D(2024, 7, 1),
        due=D(2024, 12, 31),
        indicator=Indicator.HIRE_HOURS,
        expected=Decimal(-20),
        id=1,
    )
    base.update(kw)
    return Action(**base)


def gap(day, hours, cause="vakans", coverage="hyrpersonal", category=NURSE, end=None):
    return (day, end or day, hours * 60, cause, coverage, category)


# A register from January to December 2024 (first gap in January): nurses' vacancies covered by
# hire, 40 h a month Jan–Jun, 10 h a month Jul–Dec; every month also 30 h of planned absence
# covered by hire and 8 h of a doctor's vacancy covered by hire; overtime 12 h a month.
REGISTER = []
for m in range(1, 13):
    REGISTER.append(gap(D(2024, m, 10), 40 if m <= 6 else 10))
    REGISTER.append(gap(D(2024, m, 12), 30, cause="planerad"))
    REGISTER.append(gap(D(2024, m, 14), 8, category=DOCTOR))
    REGISTER.append(gap(D(2024, m, 16), 12, coverage="egen"))
CELLS = gap_cells_of(REGISTER)


DECEMBER = Period(2024, 12)


def effect(a, follow_up=DECEMBER):
    return measure(a, gap_series(a, CELLS, Period(2024, 1), follow_up), follow_up)


def test_cause_and_category_filter_give_baseline_observed_and_change():
    a = action(causes=frozenset({Cause.VACANCY}), category_id=NURSE)
    e = effect(a)
    assert e.baseline_months[0] == Period(2024, 1) and e.baseline_months[-1] == Period(2024, 6)
    assert e.observed_months == (Period(2024, 10), Period(2024, 11), Period(2024, 12))
    assert (e.baseline, e.observed, e.change) == (Decimal("40.00"), Decimal("10.00"), Decimal("-30.00"))
    assert e.reached is True


def test_no_cause_linked_counts_every_cause_and_no_category_every_category():
    e = effect(action())  # hire hours: 40 + 30 + 8 before, 10 + 30 + 8 after
    assert (e.baseline, e.observed, e.change) == (Decimal("78.00"), Decimal("48.00"), Decimal("-30.00"))
    only_nurses = effect(action(category_id=NURSE))
    assert only_nurses.baseline == Decimal("70.00")
    gap_hours = effect(action(indicator=Indicator.GAP_HOURS))  # overtime counts too
    assert gap_hours.baseline == Decimal("90.00")
    overtime = effect(action(indicator=Indicator.OVERTIME_HOURS, expected=Decimal(-5)))
    assert overtime.change == 0 and overtime.reached is False


def test_started_mid_window_counts_only_months_from_the_start():
    a = action(start=D(2024, 12, 15))  # baseline Jun–Nov, observed only December
    e = effect(a)
    assert e.observed_months == (Period(2024, 12),)
    assert e.baseline == Decimal("53.00")  # (78 + 5 × 48) / 6
    assert e.observed == Decimal("48.00") and e.change == Decimal("-5.00")
    assert e.reached is False  # expected −20


def test_no_month_after_the_start_leaves_observed_empty():
    a = action(start=D(2025, 1, 10))
    e = effect(a)
    assert observed_window(a, Period(2024, 12)) == ()
    assert e.baseline == Decimal("48.00") and e.observed is None and e.change is None and e.reached is None
    assert not e.measured


def test_months_before_the_first_gap_are_unknown_not_zero():
    a = action(start=D(2024, 3, 1))  # baseline Sep 2023 – Feb 2024; the register starts in January
    e = effect(a)
    assert e.baseline == Decimal("78.00")  # the mean of January and February only


def test_user_baseline_window_and_a_rise_expected():
    a = action(baseline_from=Period(2024, 7), baseline_to=Period(2024, 9), expected=Decimal(5), start=D(2024, 10, 1))
    e = effect(a)
    assert e.baseline_months == (Period(2024, 7), Period(2024, 8), Period(2024, 9))
    assert e.change == 0 and e.reached is False


def test_ledger_indicator_hire_cost_skips_missing_months():
    amounts = {Period(2024, m): Money(100_000_00) for m in range(1, 7)}
    amounts.update({Period(2024, 10): Money(40_000_00), Period(2024, 11): None, Period(2024, 12): Money(60_000_00)})
    a = action(indicator=Indicator.HIRE_COST, expected=Decimal(-30000))
    e = measure(a, cost_series(amounts), Period(2024, 12))
    assert (e.baseline, e.observed, e.change) == (Decimal("100000.00"), Decimal("50000.00"), Decimal("-50000.00"))
    assert e.reached is True


def test_gap_across_months_is_split_by_days_as_the_register_does():
    cells = gap_cells_of([gap(D(2024, 1, 30), 4, end=D(2024, 2, 2))])  # 2 days in Jan, 2 in Feb
    series = gap_series(action(), cells, Period(2024, 1), Period(2024, 2))
    assert series == {Period(2024, 1): Decimal(2), Period(2024, 2): Decimal(2)}


def test_counts_overdue_and_line_dialogue():
    today = D(2025, 1, 15)
    actions = [
        action(id=1, status=ActionStatus.DONE, due=D(2024, 10, 1)),
        action(id=2, status=ActionStatus.ONGOING, due=D(2024, 12, 31), decision_level=DecisionLevel.ADMINISTRATION),
        action(id=3, status=ActionStatus.NOT_STARTED, due=D(2025, 3, 1), area="schema", indicator=None, expected=None),
        action(id=4, status=ActionStatus.CANCELLED, due=D(2024, 11, 1), decision_level=DecisionLevel.REGION),
        action(id=5, status=ActionStatus.ONGOING, due=D(2025, 1, 15), decision_level=DecisionLevel.DEPARTMENT),
    ]
    effects = {a.id: effect(a) for a in actions}
    s = summarise(actions, effects, today, ["rekrytering", "schema", "lon"])
    assert (s.total, s.done, s.overdue, s.line_dialogue) == (5, 1, 1, 2)  # cancelled: no dialogue, not overdue
    assert s.done_text == "1 av 5 genomförda"
    assert s.by_status == {
        ActionStatus.NOT_STARTED: 1,
        ActionStatus.ONGOING: 2,
        ActionStatus.DONE: 1,
        ActionStatus.CANCELLED: 1,
    }
    assert s.by_area == {"rekrytering": (1, 4), "schema": (0, 1)}  # an area without actions is left out
    assert s.without_effect == 1 and s.effect_reached == 4


def values(**kw):
    v = {
        "title": "Egen bemanningspool",
        "area": "Rekrytering",
        "owner_role": "Enhetschef",
        "decision_level": "förvaltning",
        "start": "2024-07-01",
        "due": "2024-12-31",
        "status": "pågår",
        "causes": "vakans, oplanerad frånvaro",
        "category": "ssk",
        "indicator": "hire_hours",
        "expected": "-20,5",
        "cost": "12 000",
    }
    v.update(kw)
    return v


def test_parse_action_from_raw_values():
    a, errors = parse_action(values(), unit_id=1, areas=AREAS, categories=CATEGORIES)
    assert errors == {}
    assert a.area == "rekrytering" and a.category_id == NURSE and a.status is ActionStatus.ONGOING
    assert {c.value for c in a.causes} == {"vakans", "oplanerad"}
    assert a.expected == Decimal("-20.50") and a.cost == Money(1_200_000) and a.line_dialogue


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"area": "Okänt"}, "area"),
        ({"owner_role": "Anna Svensson"}, "owner_role"),
        ({"note": "Gäller 19121212-1212"}, "note"),
        ({"due": "2024-06-30"}, "due"),
        ({"expected": ""}, "expected"),
        ({"indicator": "", "expected": "-3"}, "indicator"),
        ({"expected": "0"}, "expected"),
        ({"baseline_from": "2024-01"}, "baseline_to"),
        ({"baseline_from": "2024-05", "baseline_to": "2024-08"}, "baseline_to"),
        ({"status": "kanske"}, "status"),
        ({"causes": "sjukdom hos Kalle"}, "causes"),
        ({"category": "astronaut"}, "category"),
    ],
)
def test_parse_action_refuses_with_a_message_per_field(changes, field):
    a, errors = parse_action(values(**changes), unit_id=1, areas=AREAS, categories=CATEGORIES)
    assert a is None and field in errors and errors[field]


def test_every_error_at_once():
    _, errors = parse_action(
        values(title="", area="", start="igår", due=""), unit_id=1, areas=AREAS, categories=CATEGORIES
    )
    assert {"title", "area", "start", "due"} <= set(errors)
