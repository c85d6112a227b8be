"""The action plan on a real SQLite file: saving, undo-friendly operations, effects from the register and ledger."""

import datetime as _dt
from decimal import Decimal

import pytest

from hyrdesk.domain.actions import ActionStatus
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError, ValidationError
from tests.helpers.actions import values

D = _dt.date


def nurse(services):
    return services.units.category_by_name("Sjuksköterska").id


def add_gap(services, unit, day, hours, cause=Cause.VACANCY, coverage=Coverage.HIRED, category=None):
    services.gaps.insert(
        Gap(
            unit_id=unit.id,
            start=day,
            end=day,
            shift=Shift.DAY,
            category_id=category or nurse(services),
            minutes=hours * 60,
            cause=cause,
            coverage=coverage,
        )
    )


def test_add_change_delete_restore_keep_the_id(services, unit):
    a = services.actions.add(unit, values())
    assert a.id and services.actions.get(a.id) == a and a.causes == frozenset({Cause.VACANCY})
    changed = services.actions.changed(a, {"status": "genomförd", "due": "2024-11-30"})
    assert services.actions.get(a.id).status is ActionStatus.ONGOING  # nothing saved yet
    saved = services.actions.update(changed)
    assert saved.status is ActionStatus.DONE and saved.due == D(2024, 11, 30)
    gone = services.actions.delete([a.id])
    assert gone == [saved] and services.actions.actions(unit) == []
    services.actions.restore(gone)
    assert services.actions.get(a.id) == saved


def test_invalid_values_save_nothing(services, unit):
    with pytest.raises(ValidationError) as err:
        services.actions.add(unit, values(owner_role="Karin Nilsson", area="flyg"))
    assert {"owner_role", "area"} <= set(err.value.errors)
    assert services.actions.actions(unit) == []
    with pytest.raises(UserError):
        services.actions.get(999)


def test_effects_from_the_register_and_the_ledger(services, unit):
    for m in range(1, 13):
        add_gap(services, unit, D(2024, m, 10), 40 if m <= 6 else 10)  # vacancy, hire
        add_gap(services, unit, D(2024, m, 12), 30, cause=Cause.PLANNED)  # not the linked cause
        services.costs.add_manual(unit, Period(2024, m), "Sjuksköterska", "hyrkostnad", "100000" if m <= 6 else "40000")
    hours = services.actions.add(unit, values())
    cost = services.actions.add(unit, values(indicator="hire_cost", expected="-50000", title="Avveckla hyravtal"))
    none = services.actions.add(unit, values(indicator="", expected="", title="Mentorskap"))
    later = services.actions.add(unit, values(start="2025-02-01", due="2025-06-30", title="Ny schemamodell"))
    effects = services.actions.effects(unit, Period(2024, 12))
    e = effects[hours.id]
    assert (e.baseline, e.observed, e.change, e.reached) == (
        Decimal("40.00"),
        Decimal("10.00"),
        Decimal("-30.00"),
        True,
    )
    c = effects[cost.id]
    assert (c.baseline, c.observed, c.change, c.reached) == (
        Decimal("100000.00"),
        Decimal("40000.00"),
        Decimal("-60000.00"),
        True,
    )
    assert effects[none.id].indicator is None and effects[later.id].observed is None

    data = services.actions.summary_json(unit, Period(2024, 12))
    assert (data["total"], data["done"], data["overdue"], data["line_dialogue"]) == (4, 0, 0, 0)
    assert data["by_status"] == {"ej_paborjad": 0, "pagar": 4, "genomford": 0, "avbruten": 0}
    assert data["by_area"] == {"Rekrytering": {"done": 0, "total": 4}}
    assert data["without_effect"] == 2 and data["effect_reached"] == 2
    first = data["actions"][0]
    assert first == {
        "id": hours.id,
        "title": hours.title,
        "status": "pagar",
        "area": "rekrytering",
        "decision_level": "enhet",
        "overdue": False,
        "indicator": "hire_hours",
        "baseline": 40.0,
        "observed": 10.0,
        "change": -30.0,
        "expected": -20.0,
        "effect_reached": True,
    }
    money = next(a for a in data["actions"] if a["id"] == cost.id)
    assert (money["baseline"], money["change"], money["expected"]) == (100000, -60000, -50000)
    assert services.actions.summary_json(unit, Period(2025, 1))["overdue"] == 3  # due 2024-12-31, not done


def test_plan_text_is_per_month_and_returns_the_old_one(services, unit):
    assert services.actions.set_plan_text(unit, Period(2024, 12), "Fortsätt rekryteringen.") == ""
    assert services.actions.set_plan_text(unit, Period(2024, 12), "Ny text") == "Fortsätt rekryteringen."
    assert services.actions.plan_text(unit, Period(2024, 11)) == ""
    with pytest.raises(ValidationError):
        services.actions.set_plan_text(unit, Period(2024, 12), "19121212-1212")


def test_areas_come_from_the_region_file_when_there_is_one(services, unit, tmp_path):
    from hyrdesk.services.settings import SHARED_FOLDER

    assert services.actions.areas().find("Kompetensväxling") is not None
    folder = tmp_path / "delad"
    (folder / "mallar").mkdir(parents=True)
    services.settings.set(SHARED_FOLDER, str(folder))
    (folder / "mallar" / "atgardsomraden.json").write_text(
        '{"format": "hyrdesk-atgardsomraden", "format_version": 1, "areas": [{"key": "egen", "name": "Eget område"}]}',
        encoding="utf-8",
    )
    assert [a.name for a in services.actions.areas().areas] == ["Eget område"]
    (folder / "mallar" / "atgardsomraden.json").write_text("{trasig", encoding="utf-8")
    assert services.actions.areas().find("Rekrytering") is not None  # the built-in list
    assert "kan inte användas" in services.actions.area_library.problem
