"""Reading and checking a gap: every way in (form, CLI, import row) goes through parse_gap."""

import datetime as _dt
from decimal import Decimal

import pytest

from hyrdesk.domain.categories import StaffCategory, match_category
from hyrdesk.domain.dates import easter_sunday, is_weekend_or_holiday, parse_date, swedish_holidays
from hyrdesk.domain.gap_validation import parse_gap, validate_gap
from hyrdesk.domain.gaps import DEFAULT_SHIFT_HOURS, Cause, Coverage, Gap, Shift, format_hours, hours_to_minutes
from hyrdesk.domain.money import Money
from hyrdesk.domain.privacy import NAME_WARNING, PERSONAL_NUMBER_MESSAGE

CATS = [
    StaffCategory(1, "Läkare", "Läkare"),
    StaffCategory(2, "Sjuksköterska", "Sjuksköterskor/barnmorskor"),
    StaffCategory(3, "Barnmorska", "Sjuksköterskor/barnmorskor"),
    StaffCategory(4, "Undersköterska", "Övriga"),
    StaffCategory(5, "Övriga", "Övriga"),
]
GOOD = {
    "start": "2024-03-05",
    "shift": "natt",
    "category": "Sjuksköterska",
    "hours": "10",
    "cause": "vakans",
    "coverage": "hyrpersonal",
}


def check(**changes):
    values = {**GOOD, **changes}
    return parse_gap(values, unit_id=7, categories=CATS, shift_hours=DEFAULT_SHIFT_HOURS)


def test_a_good_gap_is_read():
    result = check(agency=" Bemanning Nord AB ", cost="12 345,50", note="Stängda platser ")
    assert result.ok and result.errors == {} and result.warnings == {}
    g = result.gap
    assert (g.unit_id, g.start, g.end, g.shift, g.category_id) == (
        7,
        _dt.date(2024, 3, 5),
        _dt.date(2024, 3, 5),
        Shift.NIGHT,
        2,
    )
    assert (g.minutes, g.cause, g.coverage) == (600, Cause.VACANCY, Coverage.HIRED)
    assert g.agency == "Bemanning Nord AB" and g.cost == Money(1_234_550) and g.note == "Stängda platser"


def test_labels_keys_aliases_and_case_are_all_accepted():
    g = check(shift="KVÄLL", category="ssk", cause="Planerad frånvaro", coverage="EGEN PERSONAL (ÖVERTID/MERTID)").gap
    assert (g.shift, g.category_id, g.cause, g.coverage) == (Shift.EVENING, 2, Cause.PLANNED, Coverage.OWN_STAFF)
    g = check(shift="kvall", category="USK", cause="sjuk", coverage="ej_tackt").gap
    assert (g.shift, g.category_id, g.cause, g.coverage) == (Shift.EVENING, 4, Cause.UNPLANNED, Coverage.UNCOVERED)


def test_shifts_times_shift_length_and_hours_win_over_shifts():
    assert check(hours=None, shifts="2").gap.minutes == 2 * 10 * 60  # two night shifts of 10 h
    assert check(hours=None, shifts="1,5", shift="dag").gap.minutes == 12 * 60
    assert check(hours="7,5", shifts="3").gap.minutes == 450
    custom = parse_gap(
        {**GOOD, "hours": None, "shifts": 1},
        unit_id=1,
        categories=CATS,
        shift_hours={**DEFAULT_SHIFT_HOURS, Shift.NIGHT: Decimal("9.5")},
    )
    assert custom.gap.minutes == 570


def test_weekend_is_derived_from_the_dates():
    assert not check(start="2024-03-05").gap.weekend  # a Tuesday
    assert check(start="2024-03-09").gap.weekend  # a Saturday
    assert check(start="2024-12-24").gap.weekend  # julafton, a Tuesday
    assert check(start="2024-06-21").gap.weekend  # midsommarafton
    assert check(start="2024-03-04", end="2024-03-08").gap.weekend is False  # Monday to Friday
    assert check(start="2024-03-04", end="2024-03-10", hours="40").gap.weekend is True


@pytest.mark.parametrize(
    "changes, field, fragment",
    [
        ({"start": None}, "start", "Ange datum"),
        ({"start": "2024-02-30"}, "start", "inget giltigt datum"),
        ({"start": "nästa tisdag"}, "start", "inget datum"),
        ({"start": "1899-01-01"}, "start", "orimligt"),
        ({"end": "2024-03-01"}, "end", "före startdatumet"),
        ({"end": "2025-06-01", "hours": "8"}, "end", "högst 366 dagar"),
        ({"shift": ""}, "shift", "Välj pass"),
        ({"shift": "förmiddag"}, "shift", "inget giltigt val"),
        ({"category": ""}, "category", "Välj yrkeskategori"),
        ({"category": "Kurator"}, "category", "Okänd yrkeskategori ”Kurator”"),
        ({"hours": None}, "hours", "Ange antal timmar"),
        ({"hours": "0"}, "hours", "större än noll"),
        ({"hours": "-8"}, "hours", "större än noll"),
        ({"hours": "åtta"}, "hours", "inte ett tal"),
        ({"hours": "101"}, "hours", "orimligt många"),
        ({"hours": None, "shifts": "0"}, "shifts", "större än noll"),
        ({"cause": None}, "cause", "Välj orsak"),
        ({"cause": "sjukdom hos Anna"}, "cause", "inget giltigt val"),
        ({"coverage": "grannen"}, "coverage", "inget giltigt val"),
        ({"coverage": "egen", "agency": "Bemanning AB"}, "agency", "bara när luckan täcktes av hyrpersonal"),
        ({"coverage": "ej täckt", "cost": "5000"}, "cost", "bara när luckan täcktes av hyrpersonal"),
        ({"cost": "-5000"}, "cost", "negativ"),
        ({"cost": "fem tusen"}, "cost", "inte ett tal"),
        ({"cost": "50 000 000"}, "cost", "orimligt stor"),
        ({"note": "x" * 501}, "note", "högst 500"),
    ],
)
def test_bad_input_gives_a_swedish_message_on_the_right_field(changes, field, fragment):
    result = check(**changes)
    assert not result.ok and result.gap is None
    assert fragment in result.errors[field], result.errors


def test_a_range_allows_more_hours_than_one_day():
    g = check(start="2024-03-01", end="2024-03-14", hours="112", cause="vakans").gap
    assert g.day_count == 14 and g.minutes == 112 * 60


def test_a_personal_identity_number_in_the_note_is_refused():
    for note in ("Ersätter 19121212-1212", "ersatt 121212-1212 natt", "pnr 191212121212"):
        result = check(note=note)
        assert result.errors == {"note": PERSONAL_NUMBER_MESSAGE}
    # Numbers that are not valid personal numbers (bad check digit, a phone number) are fine.
    assert check(note="Ring 070-123 45 67, beställning 121212-1213").ok


def test_a_note_that_looks_like_a_name_is_a_warning_not_a_refusal():
    result = check(note="Anna Svensson sjuk")
    assert result.ok
    assert result.warnings == {"note": NAME_WARNING}


def test_validate_gap_checks_a_typed_gap():
    g = Gap(
        1,
        _dt.date(2024, 1, 2),
        _dt.date(2024, 1, 1),
        Shift.DAY,
        2,
        0,
        Cause.OTHER,
        Coverage.POOL,
        agency="X",
        cost=Money(100),
    )
    errors = validate_gap(g)
    assert set(errors) == {"end", "hours", "agency", "cost"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-05", _dt.date(2024, 3, 5)),
        ("2024-3-5", _dt.date(2024, 3, 5)),
        ("20240305", _dt.date(2024, 3, 5)),
        ("5/3/2024", _dt.date(2024, 3, 5)),
        ("05.03.2024", _dt.date(2024, 3, 5)),
        ("2024/03/05", _dt.date(2024, 3, 5)),
        ("2024-03-05 00:00:00", _dt.date(2024, 3, 5)),
        (_dt.datetime(2024, 3, 5, 0, 0), _dt.date(2024, 3, 5)),
    ],
)
def test_parse_date_accepts_what_people_and_spreadsheets_write(text, expected):
    assert parse_date(text) == expected


def test_swedish_holidays():
    assert easter_sunday(2024) == _dt.date(2024, 3, 31)
    assert easter_sunday(2025) == _dt.date(2025, 4, 20)
    h = swedish_holidays(2025)
    for d in (
        "2025-01-06",
        "2025-04-18",
        "2025-04-21",
        "2025-05-29",
        "2025-06-06",
        "2025-06-20",
        "2025-11-01",
        "2025-12-24",
        "2025-12-31",
    ):
        assert _dt.date.fromisoformat(d) in h, d
    assert not is_weekend_or_holiday(_dt.date(2025, 6, 19))
    assert is_weekend_or_holiday(_dt.date(2025, 6, 22))


def test_hours_and_categories_helpers():
    assert hours_to_minutes(Decimal("7.75")) == 465
    assert [format_hours(m) for m in (480, 450, 440, 0)] == ["8", "7,5", "7,33", "0"]
    assert match_category("  sjuksköterska ", CATS).id == 2
    assert match_category("BM", CATS).id == 3
    assert match_category("Kurator", CATS) is None


def test_report_group_names_mean_a_category_only_where_a_group_is_enough():
    # A ledger books per report group; a gap is one person's shift, so "ssk/bm" there is a guess.
    assert match_category("Sjuksköterskor/barnmorskor", CATS) is None
    assert match_category("Sjuksköterskor/barnmorskor", CATS, report_groups=True).id == 2
    assert match_category("SSK/BM", CATS, report_groups=True).id == 2
    assert match_category("hyrsjuksköterska", CATS).id == 2  # the same words in gaps and ledgers
    assert match_category("Övrig personal", CATS).id == 5
