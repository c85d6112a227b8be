"""Parsing and validating the fields of a review task, as pure functions.

The same rules serve the task form, inline edits in the task table, the
Excel import and the command line: ``parse_field`` turns what a person typed
(or what a spreadsheet cell held) into a typed value or raises ``ValueError``
with a Swedish message; ``validate_task`` checks the rules that span fields.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from hyrdesk.domain.numbers import format_decimal, parse_decimal
from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.review import (
    MAX_COUNT,
    MAX_HOURS_FREED,
    MAX_MINUTES,
    MAX_TEXT,
    TASK_FIELD_LABELS,
    Affects,
    Frequency,
    Origin,
    Proposal,
    ReviewTask,
    Status,
    hours_per_year,
    round_hours,
)
from hyrdesk.domain.validation import FieldErrors

TEXT_FIELDS = ("description", "role", "receiving_role", "responsible")
REQUIRED_TEXT = ("description", "role")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(key: str, value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if key in REQUIRED_TEXT and not text:
        raise ValueError({"description": "Beskriv uppgiften.", "role": "Ange vilken roll som utför uppgiften."}[key])
    if len(text) > MAX_TEXT:
        raise ValueError(f"Texten får vara högst {MAX_TEXT} tecken (den är {len(text)}).")
    refusal = check_free_text(text)
    if refusal:
        raise ValueError(refusal)
    return text


def _whole(value: Any, what: str, low: int, high: int) -> int:
    if _blank(value):
        raise ValueError(f"Ange {what}.")
    try:
        number = parse_decimal(value)
    except ValueError:
        raise ValueError(f"”{value}” är inte ett tal. Ange {what} som ett heltal.") from None
    if number != number.to_integral_value():
        raise ValueError(f"Ange {what} som ett heltal, inte {format_decimal(number, 2)}.")
    if not low <= number <= high:
        raise ValueError(f"{what[0].upper()}{what[1:]} måste vara mellan {low} och {high}.")
    return int(number)


def _usefulness(value: Any) -> int | None:
    if _blank(value):
        return None
    text = str(value).strip()
    # The dropdown offers "3 – ganska stor nytta"; a hand-typed 3 or 3.0 works too.
    head = text.split()[0] if isinstance(value, str) else text
    try:
        number = parse_decimal(head)
    except ValueError:
        number = None
    if number is None or number not in (1, 2, 3, 4):
        raise ValueError(f"Nyttan ska vara 1, 2, 3 eller 4, inte ”{text}”.")
    return int(number)


def _date(value: Any) -> _dt.date | None:
    if _blank(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"”{text}” är inget datum. Skriv t.ex. 2025-03-31.")


def _hours(value: Any) -> Decimal:
    if _blank(value):
        return Decimal("0.0")
    try:
        hours = parse_decimal(value)
    except ValueError:
        raise ValueError(f"”{value}” är inte ett antal timmar.") from None
    if hours < 0:
        raise ValueError("Frigjorda timmar kan inte vara negativa.")
    if hours > MAX_HOURS_FREED:
        raise ValueError("Så många timmar per år är inte rimligt.")
    return round_hours(hours)


def parse_field(key: str, value: Any) -> Any:
    """The typed value of field ``key`` from user input; ``ValueError`` with a Swedish message."""
    if key in TEXT_FIELDS:
        return _text(key, value)
    if key == "minutes":
        return _whole(value, "minuter per tillfälle", 1, MAX_MINUTES)
    if key == "count":  # blank: once per period
        return 1 if _blank(value) else _whole(value, "antal gånger per period", 1, MAX_COUNT)
    if key == "frequency":
        if _blank(value):
            raise ValueError("Välj hur ofta uppgiften görs: per dag, vecka, månad eller år.")
        return Frequency.parse(value)
    if key == "usefulness":
        return _usefulness(value)
    if key == "due_date":
        return _date(value)
    if key == "hours_freed":
        return _hours(value)
    if key == "affects_others":  # blank stays blank: it must be answered for a change (_cross_field)
        return None if _blank(value) else Affects.parse(value)
    # Choices left blank take the cautious default: keep the task, status proposal.
    defaults = {
        "origin": Origin.UNKNOWN,
        "proposal": Proposal.KEEP,
        "status": Status.PROPOSED,
    }
    if key in defaults:
        if _blank(value):
            return defaults[key]
        return type(defaults[key]).parse(value)
    raise KeyError(key)


_CHOICE_FIELDS = ("frequency", "origin", "proposal", "affects_others", "status")
_OWN_FIELDS = tuple(k for k in TASK_FIELD_LABELS if k not in ("area", "hours_per_year", "route"))


def checked_task(task: ReviewTask) -> tuple[ReviewTask, FieldErrors]:
    """A task built in code (a script, the CLI, a test) checked field by field as if it had been typed.

    Every field goes through ``parse_field``, so a value the form could never
    produce (nytta 5, 0 minutes, a frequency given as a plain string) gives the
    form's Swedish message instead of a database constraint error. Values that
    parse are normalised (``"dag"`` → ``Frequency.DAY``, ``3.0`` → 3); text is
    kept as given. Then the rules between fields, on what could be read.
    """
    errors: FieldErrors = {}
    typed: dict[str, Any] = {}
    for key in _OWN_FIELDS:
        value = getattr(task, key)
        try:
            parsed = parse_field(key, value)
        except ValueError as exc:
            # A choice's message lists the choices but not the field: name it (a one-line CLI error has no form).
            errors[key] = f"{TASK_FIELD_LABELS[key]}: {str(exc).rstrip('.')}." if key in _CHOICE_FIELDS else str(exc)
            continue
        except ArithmeticError:  # a Decimal NaN or infinity compared with a bound
            errors[key] = f"”{value}” är inget giltigt värde för {TASK_FIELD_LABELS[key].lower()}."
            continue
        if key not in TEXT_FIELDS:
            typed[key] = parsed
    if errors:
        cross = _cross_field(_probe(typed, task, "hours_freed" in typed), frozenset(errors))
        for key, message in cross.items():
            errors.setdefault(key, message)
        return task, errors
    task = replace(task, **typed)  # not with_changes: hours freed stays what the caller gave
    return task, validate_task(task)


def validate_task(task: ReviewTask) -> FieldErrors:
    """Rules that span fields (each field is already typed)."""
    return _cross_field({k: getattr(task, k) for k in TASK_FIELD_LABELS if k not in ("hours_per_year", "route")})


def _cross_field(v: dict[str, Any], broken: frozenset[str] = frozenset()) -> FieldErrors:
    """The rules between fields, on typed values; rules touching a ``broken`` field are skipped."""
    errors: FieldErrors = {}
    if not broken & {"proposal", "affects_others"}:
        if v["proposal"] is not Proposal.KEEP and v["affects_others"] is None:
            errors["affects_others"] = (
                f"Ange om ändringen ({v['proposal'].label.lower()}) påverkar andra enheter: Ja, Nej eller Osäkert. "
                "Svaret avgör beslutsvägen."
            )
    if not broken & {"proposal", "receiving_role"}:
        if v["proposal"] is Proposal.REDISTRIBUTE and not v["receiving_role"].strip():
            errors["receiving_role"] = "Ange vilken roll som ska ta över uppgiften när den omfördelas."
    if not broken & {"minutes", "count", "frequency", "hours_freed"}:
        hours = round_hours(hours_per_year(v["minutes"], v["frequency"], v["count"]))
        if v["hours_freed"] > hours:
            errors["hours_freed"] = (
                f"Frigjorda timmar ({format_decimal(v['hours_freed'], 1)}) kan inte vara fler än "
                f"uppgiftens timmar per år ({format_decimal(hours, 1)})."
            )
    return errors


def parse_task(
    values: dict[str, Any], area: str, base: ReviewTask | None = None
) -> tuple[ReviewTask | None, FieldErrors]:
    """Build a task from raw values (every field of TASK_FIELD_LABELS that is present).

    Missing keys keep ``base``'s value (or the default). When hours freed is
    not given (or blank), it follows the suggestion for the proposal. Returns
    the task, or None with every error: each field's own, and the rules
    between fields wherever the fields involved could be read.
    """
    errors: FieldErrors = {}
    typed: dict[str, Any] = {}
    for key, raw in values.items():
        if key not in TASK_FIELD_LABELS or key in ("area", "hours_per_year", "route"):
            continue
        try:
            typed[key] = parse_field(key, raw)
        except ValueError as exc:
            errors[key] = str(exc)
    if base is None:
        for key in ("description", "role", "minutes", "frequency"):
            if key not in values and key not in errors:
                try:
                    parse_field(key, None)
                except ValueError as exc:
                    errors[key] = str(exc)
    hours_given = "hours_freed" in values and not _blank(values["hours_freed"])
    if not hours_given:
        typed.pop("hours_freed", None)
    if errors:
        for key, message in _cross_field(_probe(typed, base, hours_given), frozenset(errors)).items():
            errors.setdefault(key, message)
        return None, errors
    if base is None:
        task = ReviewTask(area=area, **typed)
        if not hours_given:
            task = task.with_changes(hours_freed=task.suggested_hours_freed)
    else:
        task = base.with_changes(area=area, **typed)
    errors = validate_task(task)
    return (None, errors) if errors else (task, {})


def _probe(typed: dict[str, Any], base: ReviewTask | None, hours_given: bool) -> dict[str, Any]:
    """Typed values with stand-ins for what is missing, to check the rules between fields."""
    v: dict[str, Any] = {
        "minutes": 1,
        "count": 1,
        "frequency": Frequency.YEAR,
        "proposal": Proposal.KEEP,
        "receiving_role": "",
        "hours_freed": Decimal(0),
    }
    if base is not None:
        v.update({k: getattr(base, k) for k in v})
    v.update(typed)
    if not hours_given:
        v["hours_freed"] = Decimal(0)  # it will follow the suggestion, which always fits
    return v
