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
import zipfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from hyrdesk.services.line_dialogue import schema

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
    from hyrdesk.files.tabular import read_table

    props, core_created = _properties(path)  # also refuses what is not an xlsx (tabular's checks)
    _check_schema(props.get(schema.PROP_SCHEMA))
    table = read_table(path, sheet=schema.SHEET_DATA) if schema.SHEET_DATA in props["__sheets__"] else None
    if table is None:
        raise UserError("Inte en hyrdesk-export: arbetsboken har inget blad som heter data.")
    data = _DataSheet(table.rows)
    del table
    code = str(props.get(schema.PROP_UNIT_CODE) or (next(iter(data.codes)) if len(data.codes) == 1 else "")).strip()
    if not code:
        raise UserError("Bladet data säger inte vilken enhet exporten gäller.")
    if data.codes - {code}:
        raise UserError("Bladet data blandar flera enheter; en hyrdesk-export gäller en enhet.")
    name = str(props.get(schema.PROP_UNIT_NAME) or (next(iter(data.names)) if len(data.names) == 1 else code))
    period = _period(props.get(schema.PROP_PERIOD), data.max_period)
    created = _created(props.get(schema.PROP_CREATED), core_created, path, mtime_ns)
    sheets = props["__sheets__"]
    care_area = str(props.get(schema.PROP_CARE_AREA) or "").strip()
    if not care_area and schema.SHEET_SUMMARY in sheets:
        care_area = _care_area_from_summary(path)
    tasks: list[dict[str, Any]] = []
    if data.wants_tasks(period) and schema.SHEET_REVIEW in sheets:
        tasks = _read_tasks(read_table(path, sheet=schema.SHEET_REVIEW).rows)
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


class _DataSheet:
    """The ``data`` sheet's rows, validated and packed."""

    def __init__(self, rows: list[list[Any]]):
        if not rows or tuple(str(h or "").strip().lower() for h in rows[0][:6]) != schema.DATA_COLUMNS:
            raise UserError(
                "Inte en hyrdesk-export: bladet data har inte kolumnerna " + ", ".join(schema.DATA_COLUMNS) + "."
            )
        if len(rows) > MAX_DATA_ROWS:
            raise UserError(f"Bladet data har fler än {MAX_DATA_ROWS} rader; det är ingen hyrdesk-export.")
        self.periods, self.measures, self.categories, self.vals = array("i"), array("H"), array("H"), array("d")
        self.codes: set[str] = set()
        self.names: set[str] = set()
        measure_ix: dict[str, int] = {}
        category_ix: dict[str, int] = {}
        period_ix: dict[Any, int] = {}
        key_row: dict[tuple[int, int, int], int] = {}
        for n, row in enumerate(rows[1:], start=2):
            if not row or all(c is None or c == "" for c in row):
                continue
            code, name, period, measure, category, value = row[:6] if len(row) >= 6 else row + [None] * (6 - len(row))
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise UserError(f"Bladet data, rad {n}: värdet ”{value}” är inget tal. Filen är skadad eller ändrad.")
            p = period_ix.get(period)
            if p is None:
                try:
                    p = Period.parse(str(period)).index
                except ValueError:
                    raise UserError(f"Bladet data, rad {n}: ”{period}” är ingen månad (ÅÅÅÅ-MM).") from None
                period_ix[period] = p
            if measure is None or not str(measure).strip():
                raise UserError(f"Bladet data, rad {n}: måttet saknas.")
            m = measure_ix.setdefault(str(measure).strip(), len(measure_ix))
            c = category_ix.setdefault("" if category is None else str(category).strip(), len(category_ix))
            if len(measure_ix) > 60_000 or len(category_ix) > 60_000:
                raise UserError("Bladet data har orimligt många olika mått; det är ingen hyrdesk-export.")
            if code is not None and code != "":
                self.codes.add(str(code).strip())
            if name is not None and name != "":
                self.names.add(str(name).strip())
            earlier = key_row.get((p, m, c))
            if earlier is not None:  # the same figure twice: the later row wins, as in a dict
                self.vals[earlier] = float(value)
                continue
            key_row[(p, m, c)] = len(self.vals)
            self.periods.append(p)
            self.measures.append(m)
            self.categories.append(c)
            self.vals.append(float(value))
        self.codes.discard("")
        self.names.discard("")
        self.measure_names = list(measure_ix)
        self.category_names = list(category_ix)
        self.max_period = Period.from_index(max(self.periods)) if self.periods else None

    def wants_tasks(self, period: Period) -> bool:
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
def _properties(path: Path) -> tuple[dict[str, Any], _dt.datetime | None]:
    """Custom document properties, the core creation time and the sheet names ("__sheets__")."""
    from defusedxml.ElementTree import fromstring

    from hyrdesk.files import xlsx_guard
    from hyrdesk.files.tabular import check_xlsx_container

    check_xlsx_container(path)
    props: dict[str, Any] = {}
    created = None
    with zipfile.ZipFile(path) as z:
        props["__sheets__"] = [name for name, _part in xlsx_guard.sheet_parts(z, path.name)]
        names = set(z.namelist())
        try:
            if "docProps/custom.xml" in names:
                for el in fromstring(xlsx_guard.read_small(z, "docProps/custom.xml", path.name)):
                    key = el.get("name")
                    if key and len(el):
                        props[key] = el[0].text
            if "docProps/core.xml" in names:
                for el in fromstring(xlsx_guard.read_small(z, "docProps/core.xml", path.name)):
                    if el.tag.endswith("}created") and el.text:
                        created = _dt.datetime.fromisoformat(el.text.strip().replace("Z", "+00:00"))
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - defusedxml refusals, broken XML, a bad date: no properties
            log.info("document properties of %s: %s", path, exc)
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
def _care_area_from_summary(path: Path) -> str:
    from hyrdesk.files.tabular import read_table

    try:
        rows = read_table(path, sheet=schema.SHEET_SUMMARY).rows
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
        task = {h: (row[i] if i < len(row) else None) for i, h in enumerate(header) if h in schema.REVIEW_COLUMNS}
        if (
            str(task.get("Beslutsväg") or "").strip() == schema.LINE_DIALOGUE_LABEL
            and str(task.get("Uppgift") or "").strip()
        ):
            tasks.append(task)
    return tasks


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
