"""Reading one workbook of a shared folder for the roll-up; runs in worker processes.

Each file is untrusted. ``read_file`` hashes it, then reads its ``data``
sheet through ``files.tabular.read_table`` (every container check, the
counted memory estimate of the sheet, then python-calamine) and its document
properties (``docProps/custom.xml``, bounded and without DTDs). Other sheets
are read only when needed: the review sheet when the data sheet says the unit
has tasks for the line dialogue, the summary sheet for the care area of an
export written before the care area became a document property.

The result is a ``FileRecord``: plain values and packed arrays, so that it
crosses the process boundary and goes into the cache table as it is. A file
that is not an export, or is damaged, gives a record with the Swedish reason
(cached too: an unchanged junk file is not read again either).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import re
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from hyrdesk.services.line_dialogue import schema

if TYPE_CHECKING:
    from hyrdesk.files.xlsx_book import CheckedXlsx

log = logging.getLogger(__name__)

FORMAT = 1  # the layout of a FileRecord; a cached record of another format is read again
MAX_DATA_ROWS = 100_000  # a real export has under a thousand
MAX_TASK_ROWS = 5_000
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})\.xlsx$", re.IGNORECASE)
_TASK_DATE_COLUMNS = ("Klart senast",)


@dataclass(frozen=True)
class FileRecord:
    """What the roll-up knows about one file (also one row of ``rollup_cache``)."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    format: int
    meta: str  # JSON: {"skipped": reason} or the unit, period, created, tasks, measures, categories
    periods: bytes | None = None  # array('i') of Period.index
    measures: bytes | None = None  # array('H') into meta["measures"]
    categories: bytes | None = None  # array('H') into meta["categories"]
    vals: bytes | None = None  # array('d')

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = json.loads(self.meta)
        return info


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def read_files(paths: list[str]) -> list[FileRecord]:
    """A batch for one worker process (fewer round trips than one file each)."""
    return [read_file(p) for p in paths]


def read_file(path: str) -> FileRecord:
    """Hash and read one file; never raises for a bad file (the record says why it was skipped)."""
    try:
        st = os.stat(path)
        size, mtime_ns = st.st_size, st.st_mtime_ns
    except OSError as exc:
        return _skipped(path, 0, 0, "", f"Filen går inte att läsa ({exc.strerror or exc}).")
    name = os.path.basename(path)
    if name.startswith("~$"):
        return _skipped(
            path, size, mtime_ns, "", "Excels tillfälliga låsfil (arbetsboken är öppen hos någon); inget underlag."
        )
    try:
        digest = sha256_of(path)
    except OSError as exc:
        return _skipped(path, size, mtime_ns, "", f"Filen går inte att läsa ({exc.strerror or exc}).")
    try:
        return _read_export(Path(path), size, mtime_ns, digest)
    except UserError as exc:
        return _skipped(path, size, mtime_ns, digest, exc.message)
    except Exception as exc:
        log.info("roll-up skipped %s", path, exc_info=True)
        return _skipped(path, size, mtime_ns, digest, f"Filen är skadad och går inte att läsa ({type(exc).__name__}).")


def _skipped(path: str, size: int, mtime_ns: int, digest: str, reason: str) -> FileRecord:
    return FileRecord(path, size, mtime_ns, digest, FORMAT, json.dumps({"skipped": reason}, ensure_ascii=False))


def _read_export(path: Path, size: int, mtime_ns: int, digest: str) -> FileRecord:
    from hyrdesk.files.xlsx_book import CheckedXlsx

    with CheckedXlsx(path) as book:
        props, core_created = _properties(book)
        _check_schema(props.get(schema.PROP_SCHEMA))
        sheets = book.sheet_names
        if schema.SHEET_DATA not in sheets:
            raise UserError("Inte en hyrdesk-export: arbetsboken har inget blad som heter data.")
        data = _DataSheet(book.rows(schema.SHEET_DATA))
        code = str(props.get(schema.PROP_UNIT_CODE) or (next(iter(data.codes)) if len(data.codes) == 1 else ""))
        code = code.strip()
        if not code:
            raise UserError("Bladet data säger inte vilken enhet exporten gäller.")
        if data.codes - {code}:
            raise UserError("Bladet data blandar flera enheter; en hyrdesk-export gäller en enhet.")
        name = str(props.get(schema.PROP_UNIT_NAME) or (next(iter(data.names)) if len(data.names) == 1 else code))
        period = _period(props.get(schema.PROP_PERIOD), data.max_period)
        created = _created(props.get(schema.PROP_CREATED), core_created, path, mtime_ns)
        care_area = str(props.get(schema.PROP_CARE_AREA) or "").strip()
        if not care_area and schema.SHEET_SUMMARY in sheets:
            care_area = _care_area_from_summary(book)
        tasks: list[dict[str, Any]] = []
        if data.wants_tasks() and schema.SHEET_REVIEW in sheets:
            tasks = _read_tasks(book.rows(schema.SHEET_REVIEW))
    meta = {
        "unit_code": code,
        "unit_name": name,
        "care_area": care_area,
        "period": str(period),
        "created": created.isoformat(),
        "tasks": tasks,
        "measures": data.measure_names,
        "categories": data.category_names,
    }
    return FileRecord(
        str(path),
        size,
        mtime_ns,
        digest,
        FORMAT,
        json.dumps(meta, ensure_ascii=False, default=_json_default),
        data.periods.tobytes(),
        data.measures.tobytes(),
        data.categories.tobytes(),
        data.vals.tobytes(),
    )


def _empty(cell: Any) -> bool:
    return cell is None or cell == ""


class _DataSheet:
    """The ``data`` sheet's rows, validated and packed, column by column (C loops, not Python ones)."""

    def __init__(self, rows: list[list[Any]]):
        if not rows or tuple(str(h or "").strip().lower() for h in rows[0][:6]) != schema.DATA_COLUMNS:
            raise UserError(
                "Inte en hyrdesk-export: bladet data har inte kolumnerna " + ", ".join(schema.DATA_COLUMNS) + "."
            )
        if len(rows) > MAX_DATA_ROWS:
            raise UserError(f"Bladet data har fler än {MAX_DATA_ROWS} rader; det är ingen hyrdesk-export.")
        numbers: list[int] = list(range(2, len(rows) + 1))  # the sheet's row number of each body row
        body = [r[:6] for r in rows[1:]]
        values = [r[5] for r in body]
        if not set(map(type, values)) <= {int, float}:  # empty rows, or a value that is no number
            keep = [i for i, r in enumerate(body) if not all(map(_empty, r))]
            body, numbers = [body[i] for i in keep], [numbers[i] for i in keep]
            values = [r[5] for r in body]
            for n, v in zip(numbers, values):
                if type(v) not in (int, float):
                    raise UserError(f"Bladet data, rad {n}: värdet ”{v}” är inget tal. Filen är skadad eller ändrad.")
        codes, names, periods, measures, categories = ([r[i] for r in body] for i in range(5))
        period_ix: dict[Any, int] = {}
        for n, p in zip(numbers, periods):
            if p not in period_ix:
                try:
                    period_ix[p] = Period.parse(str(p)).index
                except ValueError:
                    raise UserError(f"Bladet data, rad {n}: ”{p}” är ingen månad (ÅÅÅÅ-MM).") from None
        measure_ix: dict[Any, int] = {}
        names_of_measures: dict[str, int] = {}
        for n, m in zip(numbers, measures):
            if m not in measure_ix:
                text = "" if m is None else str(m).strip()
                if not text:
                    raise UserError(f"Bladet data, rad {n}: måttet saknas.")
                measure_ix[m] = names_of_measures.setdefault(text, len(names_of_measures))
        category_ix: dict[Any, int] = {}
        names_of_categories: dict[str, int] = {}
        for c in set(categories):
            text = "" if c is None else str(c).strip()
            category_ix[c] = names_of_categories.setdefault(text, len(names_of_categories))
        if len(names_of_measures) > 60_000 or len(names_of_categories) > 60_000:
            raise UserError("Bladet data har orimligt många olika mått; det är ingen hyrdesk-export.")
        self.periods = array("i", map(period_ix.__getitem__, periods))
        self.measures = array("H", map(measure_ix.__getitem__, measures))
        self.categories = array("H", map(category_ix.__getitem__, categories))
        self.vals = array("d", map(float, values))
        keys = list(zip(self.periods, self.measures, self.categories))
        if len(set(keys)) != len(keys):
            self._later_rows_win(keys)
        self.codes = {str(c).strip() for c in set(codes) if not _empty(c)} - {""}
        self.names = {str(c).strip() for c in set(names) if not _empty(c)} - {""}
        self.measure_names = list(names_of_measures)
        self.category_names = list(names_of_categories)
        self.max_period = Period.from_index(max(self.periods)) if self.periods else None

    def _later_rows_win(self, keys: list[tuple[int, int, int]]) -> None:
        """The same figure twice: the later row wins (as a dict would), at the first row's place."""
        last: dict[tuple[int, int, int], float] = dict(zip(keys, self.vals))
        seen: set[tuple[int, int, int]] = set()
        p, m, c, v = array("i"), array("H"), array("H"), array("d")
        for key in keys:
            if key not in seen:
                seen.add(key)
                p.append(key[0])
                m.append(key[1])
                c.append(key[2])
                v.append(last[key])
        self.periods, self.measures, self.categories, self.vals = p, m, c, v

    def wants_tasks(self) -> bool:
        """Whether the review sheet may hold tasks for the line dialogue (read it only then)."""
        if schema.ADMIN_TASKS_LINE_DIALOGUE not in self.measure_names:
            return schema.ADMIN_HOURS_PER_YEAR not in self.measure_names  # an export without the count
        m = self.measure_names.index(schema.ADMIN_TASKS_LINE_DIALOGUE)
        return any(mm == m and v > 0 for mm, v in zip(self.measures, self.vals))


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


# --- document properties ---------------------------------------------------------------
def _properties(book: CheckedXlsx) -> tuple[dict[str, Any], _dt.datetime | None]:
    """Custom document properties and the core creation time (none, if the parts are broken)."""
    from defusedxml.ElementTree import fromstring

    props: dict[str, Any] = {}
    created = None
    try:
        custom = book.part("docProps/custom.xml")
        if custom is not None:
            for el in fromstring(custom):
                key = el.get("name")
                if key and len(el):
                    props[key] = el[0].text
        if schema.PROP_CREATED not in props:
            core = book.part("docProps/core.xml")
            for el in fromstring(core) if core is not None else ():
                if el.tag.endswith("}created") and el.text:
                    created = _dt.datetime.fromisoformat(el.text.strip().replace("Z", "+00:00"))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - defusedxml refusals, broken XML, a bad date: no properties
        log.info("document properties of %s: %s", book.path, exc)
    return props, created


def _check_schema(value: Any) -> None:
    if value is None:
        return  # older or re-saved files: the data sheet's header decides
    text = str(value)
    name, _, version = text.partition("/")
    if name != schema.SCHEMA_NAME:
        raise UserError(f"Inte en hyrdesk-export av rätt slag (schema ”{text}”).")
    if not version.isdigit() or int(version) > schema.SCHEMA_VERSION:
        raise UserError(f"Exporten kommer från en nyare version av hyrdesk (schema {text}); uppdatera hyrdesk.")


def _period(prop: Any, latest: Period | None) -> Period:
    if prop:
        try:
            return Period.parse(str(prop))
        except ValueError:
            pass
    if latest is None:
        raise UserError("Exporten saknar period (och bladet data är tomt).")
    return latest


def _created(prop: Any, core: _dt.datetime | None, path: Path, mtime_ns: int) -> _dt.datetime:
    if prop:
        try:
            return _dt.datetime.fromisoformat(str(prop)).replace(tzinfo=None)
        except ValueError:
            pass
    if core is not None:
        return core.replace(tzinfo=None)
    m = _DATE_IN_NAME.search(path.name)
    if m:
        try:
            return _dt.datetime.fromisoformat(m.group(1))
        except ValueError:
            pass
    return _dt.datetime.fromtimestamp(mtime_ns / 1e9).replace(microsecond=0)


# --- other sheets, only when needed ---------------------------------------------------------
def _care_area_from_summary(book: CheckedXlsx) -> str:
    try:
        rows = book.rows(schema.SHEET_SUMMARY)
    except UserError:
        return ""
    for row in rows[:40]:
        if len(row) >= 2 and str(row[0] or "").strip() == "Verksamhetsområde":
            return str(row[1] or "").strip()
    return ""


def _read_tasks(rows: list[list[Any]]) -> list[dict[str, Any]]:
    """The review sheet's tasks whose route is dialogue in the line."""
    from hyrdesk.files.tabular import find_header_row

    rows = rows[:MAX_TASK_ROWS]
    header_index = find_header_row(rows, schema.REVIEW_COLUMNS)
    if header_index is None:
        return []
    header = [str(h or "").strip() for h in rows[header_index]]
    if "Beslutsväg" not in header:
        return []
    tasks = []
    for row in rows[header_index + 1 :]:
        task = {h: _cell(row, i) for i, h in enumerate(header) if h in schema.REVIEW_COLUMNS}
        if (
            str(task.get("Beslutsväg") or "").strip() == schema.LINE_DIALOGUE_LABEL
            and str(task.get("Uppgift") or "").strip()
        ):
            tasks.append(task)
    return tasks


def _cell(row: list[Any], i: int) -> Any:
    value = row[i] if i < len(row) else None
    return None if value == "" else value


def task_from_json(task: dict[str, Any]) -> dict[str, Any]:
    """A task as cached (dates as ISO text) back with its dates."""
    out = dict(task)
    for column in _TASK_DATE_COLUMNS:
        value = out.get(column)
        if isinstance(value, str) and value:
            try:
                out[column] = _dt.date.fromisoformat(value[:10])
            except ValueError:
                pass
    return out
