"""Review templates as data: parsing and validating a region's template file.

The format is documented in ``hyrdesk/resources/templates/FORMAT.md``. A
template is JSON so that a region can edit it in any text editor and ship a
new version without a new release of hyrdesk. Validation collects *every*
problem, each with where it is and what is wrong, in Swedish, so that whoever
maintains the template can fix the file in one go.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hyrdesk.domain.review import (
    COMPUTED_FIELDS,
    OPTIONAL_FIELDS,
    REQUIRED_FIELDS,
    TASK_FIELD_LABELS,
    Frequency,
    Origin,
)
from hyrdesk.domain.review_validation import parse_field
from hyrdesk.errors import UserError

FORMAT_NAME = "hyrdesk-oversynsmall"
FORMAT_VERSION = 1  # the newest template format this hyrdesk reads

_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_TOP_KEYS = {
    "format",
    "format_version",
    "id",
    "version",
    "name",
    "publisher",
    "description",
    "guidance",
    "fields",
    "roles",
    "areas",
}
_AREA_KEYS = {"key", "name", "guidance", "suggested_tasks"}
_TASK_KEYS = {"description", "role", "minutes", "frequency", "count", "origin"}
_FIELD_KEYS = {"key", "guidance"}
_GUIDANCE_KEYS = {"start", "summary"}
FILLABLE_FIELDS = tuple(k for k in TASK_FIELD_LABELS if k in REQUIRED_FIELDS + OPTIONAL_FIELDS)


class TemplateError(UserError):
    """A template file that cannot be used; ``errors`` lists every problem."""

    def __init__(self, source: str, errors: list[str]):
        lines = "\n".join(f"  • {e}" for e in errors)
        super().__init__(f"Mallen {source} kan inte användas ({len(errors)} fel):\n{lines}")
        self.source = source
        self.errors = list(errors)


@dataclass(frozen=True)
class SuggestedTask:
    description: str
    role: str
    minutes: int
    frequency: Frequency
    count: int = 1
    origin: Origin = Origin.UNKNOWN


@dataclass(frozen=True)
class TemplateArea:
    key: str
    name: str
    guidance: str
    suggested_tasks: tuple[SuggestedTask, ...]


@dataclass(frozen=True)
class TemplateField:
    key: str
    guidance: str = ""

    @property
    def label(self) -> str:
        return TASK_FIELD_LABELS[self.key]


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    name: str
    areas: tuple[TemplateArea, ...]
    fields: tuple[TemplateField, ...]
    description: str = ""
    publisher: str = ""
    start_guidance: str = ""
    summary_guidance: str = ""
    roles: tuple[str, ...] = ()
    data: str = ""  # the template as JSON, stored with every review run with it

    @property
    def display(self) -> str:
        return f"{self.name} (version {self.version})"

    @property
    def field_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def columns(self) -> list[str]:
        """The task table's and the workbook's columns: number, area, the template's fields and the computed ones."""
        keys = set(self.field_keys) | set(COMPUTED_FIELDS)
        return ["id", "area"] + [k for k in TASK_FIELD_LABELS if k != "area" and k in keys]

    def area(self, key: str) -> TemplateArea | None:
        return next((a for a in self.areas if a.key == key), None)

    def area_name(self, key: str) -> str:
        area = self.area(key)
        return area.name if area else key

    def find_area(self, text: str) -> TemplateArea | None:
        """An area from its key or its name, case-insensitively."""
        wanted = " ".join(str(text).strip().lower().split())
        return next((a for a in self.areas if wanted in (a.key, a.name.lower())), None)

    def guidance_for(self, field_key: str) -> str:
        return next((f.guidance for f in self.fields if f.key == field_key), "")


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key for versions such as ``2024.2`` < ``2024.10`` (numbers compared as numbers)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\-]", version))


# --- parsing ----------------------------------------------------------------------
def parse_template_text(text: str, source: str = "filen") -> Template:
    """Parse a template from JSON text; raises TemplateError listing every problem."""
    text = text.lstrip("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            source, [f"Rad {exc.lineno}, kolumn {exc.colno}: filen är inte giltig JSON ({_json_reason(exc.msg)})."]
        ) from None
    return parse_template(data, source)


def _json_reason(msg: str) -> str:
    known = {
        "Expecting ',' delimiter": "ett kommatecken saknas",
        "Expecting property name enclosed in double quotes": "en nyckel ska stå inom dubbla citattecken, eller ett kommatecken för mycket",
        "Expecting value": "ett värde saknas",
        "Unterminated string starting at": "ett citattecken avslutas aldrig",
        "Extra data": "text efter mallens slut",
        "Expecting ':' delimiter": "ett kolon saknas",
    }
    return known.get(msg, msg)


def parse_template(data: Any, source: str = "filen") -> Template:
    errors: list[str] = []
    if not isinstance(data, dict):
        raise TemplateError(
            source, ["Mallen ska vara ett JSON-objekt ({ … }) med nycklarna format, id, version, name och areas."]
        )
    if data.get("format") != FORMAT_NAME:
        raise TemplateError(source, [f"Filen är ingen översynsmall för hyrdesk: ”format” ska vara ”{FORMAT_NAME}”."])
    fv = data.get("format_version")
    if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:
        errors.append("”format_version” ska vara ett heltal, t.ex. 1.")
    elif fv > FORMAT_VERSION:
        raise TemplateError(
            source,
            [
                f"Mallen är skriven för formatversion {fv}, men den här versionen av hyrdesk läser högst "
                f"version {FORMAT_VERSION}. Uppdatera hyrdesk."
            ],
        )
    _unknown(data, _TOP_KEYS, "Mallen", errors)
    template_id = _string(data, "id", "Mallen", errors)
    if template_id and not _KEY.match(template_id):
        errors.append("”id” får bara innehålla a–z, siffror, - och _ (högst 40 tecken), t.ex. ”region-vasterbotten”.")
    version = _string(data, "version", "Mallen", errors)
    name = _string(data, "name", "Mallen", errors)
    description = _string(data, "description", "Mallen", errors, required=False)
    publisher = _string(data, "publisher", "Mallen", errors, required=False)
    guidance = data.get("guidance", {})
    if not isinstance(guidance, dict):
        errors.append("”guidance” ska vara ett objekt med texterna ”start” och ”summary”.")
        guidance = {}
    _unknown(guidance, _GUIDANCE_KEYS, "”guidance”", errors)
    start = _string(guidance, "start", "”guidance”", errors, required=False)
    summary = _string(guidance, "summary", "”guidance”", errors, required=False)
    roles = _roles(data.get("roles", []), errors)
    fields = _fields(data.get("fields"), errors)
    areas = _areas(data.get("areas"), errors)
    if errors:
        raise TemplateError(source, errors)
    return Template(
        id=template_id,
        version=version,
        name=name,
        areas=areas,
        fields=fields,
        description=description,
        publisher=publisher,
        start_guidance=start,
        summary_guidance=summary,
        roles=roles,
        data=json.dumps(data, ensure_ascii=False, sort_keys=True),
    )


def _unknown(obj: Mapping[str, object], known: set[str], where: str, errors: list[str]) -> None:
    for key in obj:
        if key not in known and not str(key).startswith("_"):
            errors.append(f"{where}: okänd nyckel ”{key}” (stavfel? Kommentarer skrivs i nycklar som börjar med _).")


def _string(obj: Mapping[str, object], key: str, where: str, errors: list[str], required: bool = True) -> str:
    value = obj.get(key)
    if value is None:
        if required:
            errors.append(f"{where}: ”{key}” saknas.")
        return ""
    if not isinstance(value, str):
        errors.append(f"{where}: ”{key}” ska vara en text inom citattecken.")
        return ""
    if required and not value.strip():
        errors.append(f"{where}: ”{key}” är tom.")
    return value.strip()


def _roles(value: Any, errors: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(r, str) and r.strip() for r in value):
        errors.append('”roles” ska vara en lista med texter, t.ex. ["Enhetschef", "Sjuksköterska"].')
        return ()
    return tuple(r.strip() for r in value)


def _fields(value: Any, errors: list[str]) -> tuple[TemplateField, ...]:
    if value is None:  # no list: every field is asked for
        return tuple(TemplateField(k) for k in FILLABLE_FIELDS)
    if not isinstance(value, list):
        errors.append("”fields” ska vara en lista med fältnamn.")
        return ()
    out: list[TemplateField] = []
    for i, item in enumerate(value, start=1):
        where = f"Fält {i}"
        if isinstance(item, str):
            item = {"key": item}
        if not isinstance(item, dict):
            errors.append(f"{where}: ska vara ett fältnamn eller ett objekt med ”key” och ”guidance”.")
            continue
        _unknown(item, _FIELD_KEYS, where, errors)
        key = _string(item, "key", where, errors)
        if not key:
            continue
        if key not in FILLABLE_FIELDS:
            known = ", ".join(FILLABLE_FIELDS)
            errors.append(f"{where}: okänt fält ”{key}”. Kända fält: {known}.")
            continue
        if key in {f.key for f in out}:
            errors.append(f"{where}: fältet ”{key}” finns redan.")
            continue
        out.append(TemplateField(key, _string(item, "guidance", where, errors, required=False)))
    missing = [k for k in REQUIRED_FIELDS if k not in {f.key for f in out}]
    if missing:
        errors.append(
            f"”fields” måste innehålla {', '.join(missing)} (utan dem går timmar och beslutsväg inte att räkna fram)."
        )
    # The table and the workbook show fields in one fixed order, whatever order the file lists them.
    order = list(TASK_FIELD_LABELS)
    return tuple(sorted(out, key=lambda f: order.index(f.key)))


def _areas(value: Any, errors: list[str]) -> tuple[TemplateArea, ...]:
    if not isinstance(value, list) or not value:
        errors.append("”areas” ska vara en lista med minst ett område.")
        return ()
    out: list[TemplateArea] = []
    keys: set[str] = set()
    names: set[str] = set()
    for i, item in enumerate(value, start=1):
        where = f"Område {i}"
        if not isinstance(item, dict):
            errors.append(f"{where}: ska vara ett objekt med ”key”, ”name” och ”guidance”.")
            continue
        if isinstance(item.get("name"), str) and item["name"].strip():
            where = f"Område {i} (”{item['name'].strip()}”)"
        _unknown(item, _AREA_KEYS, where, errors)
        key = _string(item, "key", where, errors)
        if key and not _KEY.match(key):
            errors.append(f"{where}: ”key” får bara innehålla a–z, siffror, - och _ (t.ex. ”moten”).")
        elif key and key in keys:
            errors.append(f"{where}: nyckeln ”{key}” används redan av ett annat område.")
        keys.add(key)
        name = _string(item, "name", where, errors)
        if name and name.lower() in names:
            errors.append(f"{where}: namnet ”{name}” används redan av ett annat område.")
        names.add(name.lower())
        guidance = _string(item, "guidance", where, errors, required=False)
        tasks = _suggested(item.get("suggested_tasks", []), where, errors)
        out.append(TemplateArea(key, name, guidance, tasks))
    return tuple(out)


def _suggested(value: Any, where: str, errors: list[str]) -> tuple[SuggestedTask, ...]:
    if not isinstance(value, list):
        errors.append(f"{where}: ”suggested_tasks” ska vara en lista.")
        return ()
    out = []
    for j, item in enumerate(value, start=1):
        here = f"{where}, föreslagen uppgift {j}"
        if not isinstance(item, dict):
            errors.append(f"{here}: ska vara ett objekt med description, role, minutes och frequency.")
            continue
        _unknown(item, _TASK_KEYS, here, errors)
        parsed: dict[str, Any] = {}
        for key in ("description", "role", "minutes", "frequency", "count", "origin"):
            if key in ("count", "origin") and key not in item:
                continue
            raw = item.get(key)
            if key in ("minutes", "count") and (isinstance(raw, bool) or not isinstance(raw, (int, type(None)))):
                errors.append(f"{here}: ”{key}” ska vara ett heltal utan citattecken.")
                continue
            try:
                parsed[key] = parse_field(key, raw)
            except ValueError as exc:
                errors.append(f"{here}, ”{key}”: {exc}")
        if len(parsed) >= 4 and all(k in parsed for k in ("description", "role", "minutes", "frequency")):
            out.append(SuggestedTask(**parsed))
    return tuple(out)
