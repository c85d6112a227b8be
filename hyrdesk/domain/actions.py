"""The unit's action plan (åtgärdsplan): what the unit does to need less hire.

An action is followed up twice: by its status (as the regions report it,
"12 av 15 genomförda") and by its measured effect against a baseline from
the gap register or the ledger (``domain.action_effect``). The effect is
computed, never typed. The owner is a role, never a name, and the note
refuses personal identity numbers.

``parse_action`` turns raw values (form fields, CLI options, a spreadsheet
row) into an ``Action`` and collects every field error at once.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from hyrdesk.domain.categories import StaffCategory, match_category
from hyrdesk.domain.choices import QT_TRANSLATE_NOOP, LabelledChoice
from hyrdesk.domain.dates import parse_date
from hyrdesk.domain.gaps import Cause
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import parse_decimal
from hyrdesk.domain.period import Period
from hyrdesk.domain.privacy import check_free_text, looks_like_name
from hyrdesk.domain.validation import FieldErrors

MAX_TITLE = 120
MAX_ROLE = 80
MAX_NOTE = 500
MAX_EXPECTED = Decimal("100000000")  # hours or kronor per month; beyond this it is a typo
BASELINE_MONTHS = 6
OBSERVED_MONTHS = 3


class ActionStatus(LabelledChoice):
    NOT_STARTED = "ej_paborjad"
    ONGOING = "pagar"
    DONE = "genomford"
    CANCELLED = "avbruten"

    @classmethod
    def _labels(cls) -> dict[ActionStatus, str]:
        return {
            cls.NOT_STARTED: QT_TRANSLATE_NOOP("Choices", "Ej påbörjad"),
            cls.ONGOING: QT_TRANSLATE_NOOP("Choices", "Pågår"),
            cls.DONE: QT_TRANSLATE_NOOP("Choices", "Genomförd"),
            cls.CANCELLED: QT_TRANSLATE_NOOP("Choices", "Avbruten"),
        }

    def aliases(self) -> tuple[str, ...]:
        return {
            ActionStatus.NOT_STARTED: ("ej startad", "ny", "planerad"),
            ActionStatus.ONGOING: ("pågående", "påbörjad", "startad"),
            ActionStatus.DONE: ("klar", "klart", "genomfört"),
            ActionStatus.CANCELLED: ("avbrutet", "struken", "avslutad utan genomförande"),
        }[self]

    @property
    def closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.CANCELLED)


class DecisionLevel(LabelledChoice):
    UNIT = "enhet"
    DEPARTMENT = "verksamhet"
    ADMINISTRATION = "forvaltning"
    REGION = "region"

    @classmethod
    def _labels(cls) -> dict[DecisionLevel, str]:
        return {
            cls.UNIT: QT_TRANSLATE_NOOP("Choices", "Enhet"),
            cls.DEPARTMENT: QT_TRANSLATE_NOOP("Choices", "Verksamhet"),
            cls.ADMINISTRATION: QT_TRANSLATE_NOOP("Choices", "Förvaltning"),
            cls.REGION: QT_TRANSLATE_NOOP("Choices", "Region"),
        }

    @property
    def needs_line_dialogue(self) -> bool:
        """Above the unit's own level a decision is taken in the line (dialog i linjen)."""
        return self is not DecisionLevel.UNIT


class Indicator(LabelledChoice):
    GAP_HOURS = "gap_hours"
    HIRE_HOURS = "hire_hours"
    OVERTIME_HOURS = "overtime_hours"
    UNCOVERED_HOURS = "uncovered_hours"
    HIRE_COST = "hire_cost"

    @classmethod
    def _labels(cls) -> dict[Indicator, str]:
        return {
            cls.GAP_HOURS: QT_TRANSLATE_NOOP("Choices", "Luckor, timmar/mån"),
            cls.HIRE_HOURS: QT_TRANSLATE_NOOP("Choices", "Hyrpersonal, timmar/mån"),
            cls.OVERTIME_HOURS: QT_TRANSLATE_NOOP("Choices", "Övertid/mertid, timmar/mån"),
            cls.UNCOVERED_HOURS: QT_TRANSLATE_NOOP("Choices", "Ej täckt, timmar/mån"),
            cls.HIRE_COST: QT_TRANSLATE_NOOP("Choices", "Hyrkostnad, kr/mån"),
        }

    @property
    def is_money(self) -> bool:
        return self is Indicator.HIRE_COST

    @property
    def unit_label(self) -> str:
        return "kr" if self.is_money else "h"


@dataclass(frozen=True, slots=True)
class ActionArea:
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class Action:
    unit_id: int
    title: str
    area: str  # an ActionArea key
    owner_role: str
    decision_level: DecisionLevel
    start: _dt.date
    due: _dt.date
    status: ActionStatus = ActionStatus.NOT_STARTED
    category_id: int | None = None
    causes: frozenset[Cause] = field(default_factory=frozenset)
    indicator: Indicator | None = None
    expected: Decimal | None = None  # hours or kronor per month; negative = a decrease
    baseline_from: Period | None = None
    baseline_to: Period | None = None
    follow_up: _dt.date | None = None
    cost: Money | None = None
    note: str = ""
    id: int | None = None

    @property
    def start_period(self) -> Period:
        return Period.from_date(self.start)

    @property
    def baseline_window(self) -> tuple[Period, Period]:
        """The user's window, else the 6 months before the start month."""
        if self.baseline_from is not None and self.baseline_to is not None:
            return self.baseline_from, self.baseline_to
        return self.start_period - BASELINE_MONTHS, self.start_period - 1

    @property
    def line_dialogue(self) -> bool:
        """Listed with the line's dialogue items: above enhet, unless cancelled."""
        return self.decision_level.needs_line_dialogue and self.status is not ActionStatus.CANCELLED

    def overdue(self, today: _dt.date) -> bool:
        """The due date has passed and the action is neither done nor cancelled."""
        return self.due < today and not self.status.closed

    def with_changes(self, **changes: Any) -> Action:
        return replace(self, **changes)

    @property
    def causes_sorted(self) -> list[Cause]:
        return [c for c in Cause if c in self.causes]


# --- the areas data file ------------------------------------------------------------------
AREAS_FORMAT = "hyrdesk-atgardsomraden"
AREAS_FORMAT_VERSION = 1


class AreasError(ValueError):
    def __init__(self, source: str, problems: list[str]):
        super().__init__(f"{source}: " + " ".join(problems))
        self.source = source
        self.problems = problems


@dataclass(frozen=True)
class AreaList:
    version: str
    areas: tuple[ActionArea, ...]
    roles: tuple[str, ...] = ()

    def find(self, text: str) -> ActionArea | None:
        wanted = " ".join(str(text).replace("_", " ").strip().lower().split())
        for a in self.areas:
            if wanted in (a.key.replace("_", " "), a.name.lower()):
                return a
        return None

    def name(self, key: str) -> str:
        return next((a.name for a in self.areas if a.key == key), key)


def parse_areas_text(text: str, source: str) -> AreaList:
    """A JSON areas file; raises AreasError with every problem found."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AreasError(source, [f"filen är inte giltig JSON (rad {exc.lineno}, kolumn {exc.colno})."]) from None
    problems: list[str] = []
    if not isinstance(data, dict) or data.get("format") != AREAS_FORMAT:
        raise AreasError(source, [f"”format” ska vara ”{AREAS_FORMAT}”."])
    if data.get("format_version") != AREAS_FORMAT_VERSION:
        problems.append(f"”format_version” ska vara {AREAS_FORMAT_VERSION}.")
    raw_areas = data.get("areas")
    areas: list[ActionArea] = []
    if not isinstance(raw_areas, list) or not raw_areas:
        problems.append("”areas” ska vara en lista med minst ett område.")
        raw_areas = []
    for n, item in enumerate(raw_areas, start=1):
        key = item.get("key") if isinstance(item, dict) else None
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(key, str) or not key.strip() or not isinstance(name, str) or not name.strip():
            problems.append(f"Område {n}: ange ”key” och ”name” som text.")
            continue
        if any(a.key == key.strip() for a in areas):
            problems.append(f"Område {n}: nyckeln ”{key}” finns redan.")
            continue
        areas.append(ActionArea(key.strip(), name.strip()))
    roles = data.get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        problems.append("”roles” ska vara en lista med text.")
        roles = []
    if problems:
        raise AreasError(source, problems)
    return AreaList(str(data.get("version", "")), tuple(areas), tuple(r.strip() for r in roles if r.strip()))


# --- parsing and validating ----------------------------------------------------------------
FIELD_LABELS = {
    "title": "Åtgärd",
    "area": "Område",
    "category": "Yrkeskategori",
    "owner_role": "Ansvarig roll",
    "decision_level": "Beslutsnivå",
    "start": "Start",
    "due": "Klart senast",
    "status": "Status",
    "follow_up": "Nästa uppföljning",
    "causes": "Orsaker",
    "indicator": "Indikator",
    "expected": "Förväntad förändring",
    "baseline_from": "Baslinje från",
    "baseline_to": "Baslinje till",
    "cost": "Kostnad för åtgärden",
    "note": "Anteckning",
}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any, limit: int, missing: str | None) -> str:
    text = "" if value is None else str(value).strip()
    if not text and missing:
        raise ValueError(missing)
    if len(text) > limit:
        raise ValueError(f"Texten får vara högst {limit} tecken (den är {len(text)}).")
    refusal = check_free_text(text)
    if refusal:
        raise ValueError(refusal)
    return text


def parse_role(value: Any) -> str:
    role = _text(value, MAX_ROLE, "Ange vilken roll som äger åtgärden, t.ex. Enhetschef.")
    if looks_like_name(role):
        raise ValueError(f"”{role}” ser ut som ett namn. Ange en roll (t.ex. Enhetschef), aldrig en person.")
    return role


def parse_causes(value: Any) -> frozenset[Cause]:
    if _blank(value):
        return frozenset()
    items = value if isinstance(value, (list, tuple, set, frozenset)) else str(value).replace(";", ",").split(",")
    return frozenset(Cause.parse(v if isinstance(v, Cause) else str(v).strip()) for v in items if str(v).strip())


def parse_expected(value: Any) -> Decimal | None:
    if _blank(value):
        return None
    number = parse_decimal(value)
    if number == 0:
        raise ValueError("Den förväntade förändringen kan inte vara 0: ange t.ex. −20 för 20 timmar färre per månad.")
    if abs(number) > MAX_EXPECTED:
        raise ValueError("Den förväntade förändringen är orimligt stor.")
    return number.quantize(Decimal("0.01"))


def parse_action(
    values: Mapping[str, Any],
    *,
    unit_id: int,
    areas: AreaList,
    categories: Sequence[StaffCategory],
    action_id: int | None = None,
) -> tuple[Action | None, FieldErrors]:
    """An Action from raw values, or None with every field error."""
    errors: FieldErrors = {}
    out: dict[str, Any] = {}

    def field_(key: str, parse: Callable[[Any], Any]) -> None:
        try:
            out[key] = parse(values.get(key))
        except ValueError as exc:
            errors[key] = str(exc)

    field_("title", lambda v: _text(v, MAX_TITLE, "Ge åtgärden en rubrik."))

    def area(v: Any) -> str:
        if _blank(v):
            raise ValueError("Välj ett område.")
        found = areas.find(str(v))
        if found is None:
            raise ValueError(f"”{v}” är inget område. Välj bland: {', '.join(a.name for a in areas.areas)}")
        return found.key

    field_("area", area)
    field_("owner_role", parse_role)
    field_("decision_level", lambda v: DecisionLevel.parse(v if not _blank(v) else "enhet"))
    field_("status", lambda v: ActionStatus.parse(v if not _blank(v) else "ej_paborjad"))

    def date(missing: str | None) -> Callable[[Any], _dt.date | None]:
        def parse(v: Any) -> _dt.date | None:
            if _blank(v):
                if missing:
                    raise ValueError(missing)
                return None
            return parse_date(v)

        return parse

    field_("start", date("Ange när åtgärden startar."))
    field_("due", date("Ange när åtgärden ska vara klar."))
    field_("follow_up", date(None))

    def category(v: Any) -> int | None:
        if _blank(v):
            return None
        if isinstance(v, int) and not isinstance(v, bool):
            if any(c.id == v for c in categories):
                return v
            raise ValueError("Yrkeskategorin finns inte.")
        found = match_category(str(v), categories)
        if found is None:
            raise ValueError(f"”{v}” är ingen yrkeskategori. Välj bland: {', '.join(c.name for c in categories)}")
        return found.id

    field_("category", category)
    field_("causes", parse_causes)
    field_("indicator", lambda v: None if _blank(v) else Indicator.parse(v))
    field_("expected", parse_expected)
    field_("baseline_from", lambda v: None if _blank(v) else Period.parse(v))
    field_("baseline_to", lambda v: None if _blank(v) else Period.parse(v))

    def cost(v: Any) -> Money | None:
        if _blank(v):
            return None
        m = v if isinstance(v, Money) else Money.from_sek(v)
        if m.ore < 0:
            raise ValueError("Kostnaden kan inte vara negativ.")
        return m

    field_("cost", cost)
    field_("note", lambda v: _text(v, MAX_NOTE, None))
    _cross_check(out, errors)
    if errors:
        return None, errors
    action = Action(
        unit_id=unit_id,
        title=out["title"],
        area=out["area"],
        owner_role=out["owner_role"],
        decision_level=out["decision_level"],
        start=out["start"],
        due=out["due"],
        status=out["status"],
        category_id=out["category"],
        causes=out["causes"],
        indicator=out["indicator"],
        expected=out["expected"],
        baseline_from=out["baseline_from"],
        baseline_to=out["baseline_to"],
        follow_up=out["follow_up"],
        cost=out["cost"],
        note=out["note"],
        id=action_id,
    )
    return action, {}


def _cross_check(out: dict[str, Any], errors: FieldErrors) -> None:
    """Rules that span fields (only where both fields parsed)."""
    start, due = out.get("start"), out.get("due")
    if start and due and due < start:
        errors["due"] = "Klart senast kan inte vara före starten."
    if "indicator" in out and "expected" in out:
        if out["indicator"] is None and out["expected"] is not None:
            errors["indicator"] = "Välj vilken indikator den förväntade förändringen gäller."
        if out["indicator"] is not None and out["expected"] is None:
            errors["expected"] = "Ange den förväntade förändringen per månad (t.ex. −20)."
    lo, hi = out.get("baseline_from"), out.get("baseline_to")
    if ("baseline_from" in out and "baseline_to" in out) and ((lo is None) != (hi is None)):
        errors["baseline_to" if lo else "baseline_from"] = "Ange både början och slutet på baslinjen, eller ingetdera."
    if lo and hi:
        if hi < lo:
            errors["baseline_to"] = "Baslinjen kan inte sluta före den börjar."
        elif hi - lo >= 36:
            errors["baseline_to"] = "Baslinjen får vara högst 36 månader."
        elif start and hi >= Period.from_date(start):
            errors["baseline_to"] = "Baslinjen ska ligga före åtgärdens startmånad."


def action_values(action: Action, areas: AreaList, categories: Sequence[StaffCategory]) -> dict[str, Any]:
    """The raw values that ``parse_action`` turns back into ``action`` (for edits of one field)."""
    names = {c.id: c.name for c in categories}
    return {
        "title": action.title,
        "area": action.area,
        "category": names.get(action.category_id) if action.category_id is not None else None,
        "owner_role": action.owner_role,
        "decision_level": action.decision_level,
        "start": action.start,
        "due": action.due,
        "status": action.status,
        "follow_up": action.follow_up,
        "causes": list(action.causes_sorted),
        "indicator": action.indicator,
        "expected": action.expected,
        "baseline_from": action.baseline_from,
        "baseline_to": action.baseline_to,
        "cost": action.cost,
        "note": action.note,
    }
