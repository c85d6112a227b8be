"""Turning what a form, a command line or a spreadsheet row says into a valid ``Gap``.

One path for every way a gap comes in, so that the quick-entry form, ``hyrdesk
gaps add`` and the importer accept and refuse exactly the same things:

* ``parse_gap`` reads raw values (text, cells, enum members) field by field;
  a field that cannot be read gets a Swedish message under its own key;
* ``validate_gap`` checks a typed gap (dates in order, sane hours, agency and
  cost only for hyrpersonal, no personal identity number in the note);
* ``gap_warnings`` says what is allowed but probably unwise (a note that looks
  like a person's name): a warning, never a refusal.

All pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from hyrdesk.domain.categories import StaffCategory, match_category
from hyrdesk.domain.choices import LabelledChoice
from hyrdesk.domain.dates import parse_date
from hyrdesk.domain.gaps import MAX_DAYS, MAX_HOURS_PER_DAY, Cause, Coverage, Gap, Shift, hours_to_minutes
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal, parse_decimal
from hyrdesk.domain.privacy import NAME_WARNING, check_free_text, looks_like_name
from hyrdesk.domain.validation import FieldErrors

C = TypeVar("C", bound=LabelledChoice)

MAX_NOTE = 500
MAX_AGENCY = 100
MAX_COST = Money.from_sek(10_000_000)  # one gap costing more than 10 mkr is a typo (öre for kronor)

# The fields of a gap in form and column order, with their Swedish names.
FIELD_LABELS = {
    "start": "Datum",
    "end": "Till och med",
    "shift": "Pass",
    "category": "Yrkeskategori",
    "hours": "Timmar",
    "shifts": "Antal pass",
    "cause": "Orsak",
    "coverage": "Täckning",
    "agency": "Bemanningsföretag",
    "cost": "Kostnad (kr)",
    "note": "Anteckning",
}


@dataclass(frozen=True)
class GapCheck:
    gap: Gap | None
    errors: FieldErrors = field(default_factory=dict)
    warnings: FieldErrors = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.gap is not None and not self.errors


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def parse_gap(
    values: Mapping[str, Any],
    *,
    unit_id: int,
    categories: Sequence[StaffCategory],
    shift_hours: Mapping[Shift, Decimal],
    gap_id: int | None = None,
    fingerprint: str | None = None,
) -> GapCheck:
    """Read and check one gap. ``values`` holds raw values under the keys of ``FIELD_LABELS``.

    ``hours`` wins over ``shifts`` when both are given; ``shifts`` is a number
    of shifts, each as long as ``shift_hours`` says for the gap's shift.
    """
    errors: FieldErrors = {}
    get: Callable[[str], Any] = values.get

    start = end = None
    if _blank(get("start")):
        errors["start"] = "Ange datum."
    else:
        try:
            start = parse_date(get("start"))
        except ValueError as exc:
            errors["start"] = str(exc)
    if not _blank(get("end")):
        try:
            end = parse_date(get("end"))
        except ValueError as exc:
            errors["end"] = str(exc)
    else:
        end = start

    shift = _choice(Shift, get("shift"), "shift", "Välj pass (dag, kväll eller natt).", errors)
    cause = _choice(Cause, get("cause"), "cause", "Välj orsak.", errors)
    coverage = _choice(Coverage, get("coverage"), "coverage", "Välj hur luckan täcktes.", errors)

    category = None
    raw_category = get("category")
    if isinstance(raw_category, StaffCategory):
        category = raw_category
    elif _blank(raw_category):
        errors["category"] = "Välj yrkeskategori."
    else:
        category = match_category(str(raw_category), categories)
        if category is None:
            known = ", ".join(c.name for c in categories if c.active)
            errors["category"] = f"Okänd yrkeskategori ”{_text(raw_category)}” (kända: {known})."

    minutes = _minutes(get("hours"), get("shifts"), shift, shift_hours, errors)

    cost = None
    if not _blank(get("cost")):
        try:
            cost = Money.from_sek(get("cost"))
        except ValueError as exc:
            errors["cost"] = str(exc)

    if errors:
        return GapCheck(None, errors)
    # Every field that could not be read left its message in errors.
    assert start is not None and end is not None and category is not None and minutes is not None
    assert shift is not None and cause is not None and coverage is not None
    gap = Gap(
        unit_id=unit_id,
        start=start,
        end=end,
        shift=shift,
        category_id=category.id,
        minutes=minutes,
        cause=cause,
        coverage=coverage,
        agency=_text(get("agency")),
        cost=cost,
        note=_text(get("note")),
        id=gap_id,
        fingerprint=fingerprint,
    )
    errors = validate_gap(gap)
    return GapCheck(None if errors else gap, errors, gap_warnings(gap))


def _choice(enum: type[C], raw: Any, key: str, missing: str, errors: FieldErrors) -> C | None:
    if _blank(raw):
        errors[key] = missing
        return None
    try:
        return enum.parse(raw if isinstance(raw, enum) else str(raw))
    except ValueError as exc:
        errors[key] = str(exc)
        return None


def _minutes(
    raw_hours: Any, raw_shifts: Any, shift: Shift | None, shift_hours: Mapping[Shift, Decimal], errors: FieldErrors
) -> int | None:
    if not _blank(raw_hours):
        try:
            hours = parse_decimal(raw_hours)
        except ValueError as exc:
            errors["hours"] = str(exc)
            return None
        if hours <= 0:
            errors["hours"] = "Antalet timmar måste vara större än noll."
            return None
        return hours_to_minutes(hours)
    if not _blank(raw_shifts):
        try:
            count = parse_decimal(raw_shifts)
        except ValueError as exc:
            errors["shifts"] = str(exc)
            return None
        if count <= 0:
            errors["shifts"] = "Antalet pass måste vara större än noll."
            return None
        if shift is None:
            return None  # the shift's own error says what to fix
        return hours_to_minutes(count * shift_hours[shift])
    errors["hours"] = "Ange antal timmar (eller antal pass)."
    return None


def validate_gap(gap: Gap) -> FieldErrors:
    """The rules a typed gap must satisfy; Swedish messages keyed by field."""
    errors: FieldErrors = {}
    if gap.end < gap.start:
        errors["end"] = "Slutdatumet ligger före startdatumet."
    elif gap.day_count > MAX_DAYS:
        errors["end"] = f"En lucka kan vara högst {MAX_DAYS} dagar. Dela upp längre perioder."
    if gap.minutes <= 0:
        errors["hours"] = "Antalet timmar måste vara större än noll."
    elif "end" not in errors and gap.minutes > MAX_HOURS_PER_DAY * 60 * gap.day_count:
        errors["hours"] = (
            f"{format_decimal(gap.hours, 1)} timmar på {gap.day_count} dag(ar) är orimligt många "
            f"(högst {MAX_HOURS_PER_DAY} per dag). Kontrollera siffran eller dela upp luckan."
        )
    hired = gap.coverage is Coverage.HIRED
    if gap.agency and not hired:
        errors["agency"] = "Bemanningsföretag anges bara när luckan täcktes av hyrpersonal."
    elif len(gap.agency) > MAX_AGENCY:
        errors["agency"] = f"Bemanningsföretagets namn får vara högst {MAX_AGENCY} tecken."
    elif refusal := check_free_text(gap.agency):
        errors["agency"] = refusal
    if gap.cost is not None:
        if not hired:
            errors["cost"] = "Kostnad anges bara när luckan täcktes av hyrpersonal."
        elif gap.cost.ore < 0:
            errors["cost"] = "Kostnaden kan inte vara negativ."
        elif gap.cost > MAX_COST:
            errors["cost"] = f"Kostnaden {gap.cost.format_kr()} är orimligt stor för en lucka. Kontrollera beloppet."
    refusal = check_free_text(gap.note)
    if refusal:
        errors["note"] = refusal
    elif len(gap.note) > MAX_NOTE:
        errors["note"] = f"Anteckningen får vara högst {MAX_NOTE} tecken."
    return errors


def checked_gap(gap: Gap, category_ids: Collection[int]) -> tuple[Gap, FieldErrors]:
    """A gap built in code rather than by ``parse_gap`` (a script, an undo), checked before it is saved.

    Choices given as text and dates given as text are read as ``parse_gap``
    reads them; a value of the wrong kind or a staff category that does not
    exist gets a field message instead of a database constraint error. Then
    ``validate_gap``. Returns the normalised gap and the errors.
    """
    errors: FieldErrors = {}
    changes: dict[str, Any] = {}
    for key, choice in (("shift", Shift), ("cause", Cause), ("coverage", Coverage)):
        _choice(choice, getattr(gap, key), key, f"Välj {FIELD_LABELS[key].lower()}.", errors)
        if key in errors:
            errors[key] = f"{FIELD_LABELS[key]}: {errors[key].rstrip('.')}."
        else:
            changes[key] = choice.parse(getattr(gap, key))
    for key in ("start", "end"):
        try:
            changes[key] = parse_date(getattr(gap, key))
        except ValueError as exc:
            errors[key] = str(exc)
    if isinstance(gap.minutes, bool) or not isinstance(gap.minutes, int):
        errors["hours"] = f"Tiden ska anges som ett helt antal minuter, inte ”{gap.minutes}”."
    if gap.category_id not in category_ids:
        errors["category"] = "Yrkeskategorin finns inte. Välj en av de kända."
    if gap.cost is not None and not isinstance(gap.cost, Money):
        errors["cost"] = f"”{gap.cost}” är inget belopp."
    for key in ("agency", "note"):
        if not isinstance(getattr(gap, key), str):
            errors[key] = f"{FIELD_LABELS[key]} ska vara text."
    if errors:
        return gap, errors
    gap = gap.with_changes(**changes)
    return gap, validate_gap(gap)


def gap_warnings(gap: Gap) -> FieldErrors:
    """Allowed, but worth a second look: a note that looks like a person's name."""
    return {"note": NAME_WARNING} if looks_like_name(gap.note) else {}
