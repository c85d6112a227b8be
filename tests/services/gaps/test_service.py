"""Saving, changing, deleting and paging through gaps on a real SQLite file."""

import datetime as _dt

import pytest

from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.money import Money
from hyrdesk.errors import ValidationError
from hyrdesk.services.gaps.service import GapFilter
from hyrdesk.services.settings import SHIFT_HOURS_NIGHT

D = _dt.date


def values(**changes):
    return {
        "start": "2024-03-05",
        "shift": "natt",
        "category": "Sjuksköterska",
        "hours": "10",
        "cause": "vakans",
        "coverage": "hyrpersonal",
        **changes,
    }


def test_add_update_delete_restore(services, unit):
    g = services.gaps.add(unit, values(agency="Bemanning AB", cost="9 500", note="Stängda platser"))
    assert g.id is not None and services.gaps.get(g.id) == g
    changed = g.with_changes(minutes=480, note="Inskolning", coverage=Coverage.HIRED)
    services.gaps.update(changed)
    assert services.gaps.get(g.id) == changed
    deleted = services.gaps.delete([g.id])
    assert deleted == [changed] and services.gaps.get(g.id) is None
    services.gaps.restore(deleted)
    assert services.gaps.get(g.id) == changed


def test_invalid_gaps_are_not_saved(services, unit):
    with pytest.raises(ValidationError) as exc:
        services.gaps.add(unit, values(hours="-1", note="19121212-1212"))
    assert set(exc.value.errors) == {"hours"}  # parse errors first; the note is checked once the gap reads
    with pytest.raises(ValidationError) as exc:
        services.gaps.add(unit, values(note="19121212-1212"))
    assert "personnummer" in exc.value.errors["note"]
    g = services.gaps.add(unit, values())
    with pytest.raises(ValidationError):
        services.gaps.update(g.with_changes(coverage=Coverage.POOL, agency="X AB"))
    assert services.gaps.get(g.id) == g
    assert services.gaps.count(unit) == 1


def test_shift_length_comes_from_the_settings(services, unit):
    services.settings.set(SHIFT_HOURS_NIGHT, SHIFT_HOURS_NIGHT.parse("9,5"))
    g = services.gaps.add(unit, values(hours=None, shifts="2"))
    assert g.minutes == 19 * 60


@pytest.fixture
def many(services, unit):
    other = services.units.create("HC", "Hälsocentral", "primärvård")
    rows = []
    for i in range(60):
        rows.append(
            Gap(
                unit.id,
                D(2024, 1, 1) + _dt.timedelta(days=i),
                D(2024, 1, 1) + _dt.timedelta(days=i),
                list(Shift)[i % 3],
                1 + i % 5,
                60 * (1 + i % 10),
                list(Cause)[i % 5],
                list(Coverage)[i % 5],
                agency="Läkarbolaget Öst" if list(Coverage)[i % 5] is Coverage.HIRED else "",
                cost=Money(100_00 * i) if list(Coverage)[i % 5] is Coverage.HIRED else None,
                note="Stängda platser" if i % 7 == 0 else "",
            )
        )
    rows.append(
        Gap(
            other.id, D(2024, 1, 1), D(2024, 1, 1), Shift.DAY, 1, 60, Cause.OTHER, Coverage.POOL, note="Stängda platser"
        )
    )
    services.gaps.repo.insert_many(rows)
    return rows


def test_count_and_filters(services, unit, many):
    g = services.gaps
    assert g.count(unit) == 60
    assert g.count(unit, GapFilter(first=D(2024, 1, 10), last=D(2024, 1, 19))) == 10
    assert g.count(unit, GapFilter(category_id=2)) == 12
    assert g.count(unit, GapFilter(cause=Cause.VACANCY)) == 12
    assert g.count(unit, GapFilter(coverage=Coverage.HIRED, cause=Cause.UNPLANNED)) == 0
    assert g.count(unit, GapFilter(text="stängda")) == 9
    assert g.count(unit, GapFilter(text="STÄNGDA PLATS")) == 9  # case-insensitive also for å, ä, ö
    assert g.count(unit, GapFilter(text="östra")) == 0
    assert g.count(unit, GapFilter(text="öst")) == 12  # agency
    assert g.count(unit, GapFilter(text="st")) == 20  # short words: LIKE; 9 notes + 12 agencies, one both
    assert g.count(unit, GapFilter(text='"; DROP TABLE gaps; --')) == 0


def test_pages_are_sorted_in_sql_with_date_as_tie_break(services, unit, many):
    g = services.gaps
    page = g.page(unit, limit=5)
    assert [r.start for r in page] == [D(2024, 2, 29) - _dt.timedelta(days=i) for i in range(5)]
    page = g.page(unit, sort="date", descending=False, offset=58, limit=5)
    assert [r.start for r in page] == [D(2024, 2, 28), D(2024, 2, 29)]
    by_hours = g.page(unit, sort="hours", descending=True, limit=60)
    assert [r.minutes for r in by_hours] == sorted((r.minutes for r in by_hours), reverse=True)
    top = [r for r in by_hours if r.minutes == 600]
    assert [r.start for r in top] == sorted((r.start for r in top), reverse=True)
    everything = []
    for offset in range(0, 60, 7):
        everything += g.page(unit, sort="cost", descending=True, offset=offset, limit=7)
    assert len({r.id for r in everything}) == 60
    for key in ("shift", "category", "cause", "coverage", "agency"):
        assert len(g.page(unit, sort=key, limit=100)) == 60


def test_text_index_follows_updates_and_deletes(services, unit, many):
    g = services.gaps
    first = g.page(unit, GapFilter(text="stängda"), limit=1)[0]
    g.update(first.with_changes(note="Utbildningsdag"))
    assert g.count(unit, GapFilter(text="stängda")) == 8
    assert g.count(unit, GapFilter(text="utbildning")) == 1
    g.delete([first.id])
    assert g.count(unit, GapFilter(text="utbildning")) == 0


def test_fingerprint_is_unique(services, unit):
    base = Gap(unit.id, D(2024, 1, 1), D(2024, 1, 1), Shift.DAY, 1, 60, Cause.OTHER, Coverage.POOL, fingerprint="abc")
    assert services.gaps.repo.insert_many([base, base, base.with_changes(fingerprint="def")]) == 2
    assert services.gaps.repo.existing_fingerprints(["abc", "xyz"]) == {"abc"}


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"category_id": 999}, "category", "Yrkeskategorin finns inte"),
        ({"unit_id": 999}, "unit", "Enheten finns inte längre"),
        ({"shift": "ibland"}, "shift", "Pass: ”ibland” är inget giltigt val"),
        ({"cause": None}, "cause", "Välj orsak"),
        ({"coverage": 3}, "coverage", "Täckning: ”3” är inget giltigt val"),
        ({"start": "igår"}, "start", "är inget datum"),
        ({"minutes": "600"}, "hours", "helt antal minuter"),
        ({"minutes": 0}, "hours", "större än noll"),
        ({"cost": 9500}, "cost", "är inget belopp"),
        ({"note": None}, "note", "ska vara text"),
    ],
)
def test_a_gap_built_in_code_gets_field_errors_not_a_database_error(services, unit, changes, field, message):
    """insert/update called by something other than the form get Swedish field messages; nothing is saved."""
    kept = services.gaps.add(unit, values())
    built = Gap(
        unit_id=unit.id,
        start=D(2024, 3, 6),
        end=D(2024, 3, 6),
        shift=Shift.NIGHT,
        category_id=kept.category_id,
        minutes=600,
        cause=Cause.VACANCY,
        coverage=Coverage.OWN_STAFF,
    )
    for save in (lambda g: services.gaps.insert(g), lambda g: services.gaps.update(g.with_changes(id=kept.id))):
        with pytest.raises(ValidationError) as exc:
            save(built.with_changes(**changes))
        assert message in exc.value.errors[field]
    assert services.gaps.page(unit) == [kept]


def test_a_gap_built_in_code_is_read_like_typed_input(services, unit):
    cat = services.units.category_by_name("Läkare")
    saved = services.gaps.insert(
        Gap(
            unit_id=unit.id,
            start="2024-03-09",
            end=_dt.datetime(2024, 3, 10, 7, 0),
            shift="natt",
            category_id=cat.id,
            minutes=600,
            cause="Vakans",
            coverage="ej täckt",
        )
    )
    assert services.gaps.get(saved.id) == saved
    assert (saved.start, saved.end, saved.shift, saved.cause, saved.coverage, saved.weekend) == (
        D(2024, 3, 9),
        D(2024, 3, 10),
        Shift.NIGHT,
        Cause.VACANCY,
        Coverage.UNCOVERED,
        True,
    )
