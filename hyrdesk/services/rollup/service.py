"""Roll-up for the line manager: every unit's latest export in the shared folder, side by side.

Scans ``<folder>/*.xlsx`` and ``<folder>/*/*.xlsx``. Each file is untrusted:
it passes tabular's file checks (zip bombs, renamed or encrypted files) and
is then read with openpyxl in read-only mode, capped, with the dimension
reset (a forged one would pad millions of cells). A file is used only if its
``data`` sheet has the schema's header (and, when present, its
``hyrdesk_schema`` property names a schema we know). Anything else is listed
as skipped with the reason; nothing stops the roll-up. Per unit the latest
export wins: the highest period, then the newest creation time.

The figures are the units' own (read from their ``data`` sheets); the roll-up
only picks them and adds across units, leaving a total empty when any unit
lacks the figure (a partial sum is never shown as a total).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import check_xlsx_file, find_header_row
from hyrdesk.progress import Progress
from hyrdesk.services.line_dialogue import schema

# openpyxl is imported inside the functions that use it: it is heavy, and start-up must not
# pay for it (tests/test_layers.py holds the GUI to that).

log = logging.getLogger(__name__)

MAX_DATA_ROWS = 100_000  # a real export has a few thousand
MAX_TASK_ROWS = 5_000
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})\.xlsx$", re.IGNORECASE)


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str


@dataclass
class UnitExport:
    """One hyrdesk export as read from disk."""

    path: Path
    unit_code: str
    unit_name: str
    period: Period
    created: _dt.datetime
    values: dict[tuple[str, str, str], float] = field(default_factory=dict)  # (period, measure, category) → value
    tasks: list[dict[str, Any]] = field(default_factory=list)  # line-dialogue tasks, keyed by REVIEW_COLUMNS

    def value(self, measure: str, category: str = TOTAL, period: Period | None = None) -> float | None:
        return self.values.get((str(period or self.period), measure, category))

    def gap_hours(self) -> dict[str, float]:
        """Gap hours per coverage over the months in the file (the 12 months ending with its period)."""
        out: dict[str, float] = {}
        for (_p, measure, category), v in self.values.items():
            if measure == schema.GAP_HOURS:
                out[category] = out.get(category, 0.0) + v
        return out

    @property
    def ytd_change(self) -> float | None:
        ytd, prev = self.value(schema.HIRE_COST_YTD), self.value(schema.HIRE_COST_YTD_PREV)
        return None if ytd is None or prev is None else ytd - prev

    @property
    def ytd_change_pct(self) -> float | None:
        change, prev = self.ytd_change, self.value(schema.HIRE_COST_YTD_PREV)
        return None if change is None or not prev else change * 100 / abs(prev)


@dataclass
class Rollup:
    folder: Path
    units: list[UnitExport]  # the latest export of each unit, by unit code
    skipped: list[SkippedFile]
    superseded: list[SkippedFile]  # older exports of a unit that has a newer one

    @property
    def coverages(self) -> list[str]:
        labels: list[str] = []
        for u in self.units:
            for label in u.gap_hours():
                if label not in labels:
                    labels.append(label)
        return labels

    @property
    def periods(self) -> list[str]:
        return sorted({str(u.period) for u in self.units})

    def total(self, measure: str) -> float | None:
        """The sum over units at each unit's period; None when any unit lacks the figure."""
        values = [u.value(measure) for u in self.units]
        return None if not values or any(v is None for v in values) else sum(values)

    def total_ratio(self) -> float | None:
        hire, own = self.total(schema.HIRE_COST), self.total(schema.OWN_STAFF_COST)
        return None if hire is None or not own or own <= 0 else hire * 100 / own

    def total_gap_hours(self, label: str) -> float:
        return sum(u.gap_hours().get(label, 0.0) for u in self.units)

    def line_dialogue_tasks(self) -> list[tuple[UnitExport, dict[str, Any]]]:
        return [(u, t) for u in self.units for t in u.tasks]


def candidate_files(folder: Path) -> list[Path]:
    """``folder/*.xlsx`` and ``folder/*/*.xlsx``, sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finns inte eller går inte att nå.")
    files = [p for p in folder.glob("*.xlsx") if p.is_file()]
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        try:
            files.extend(p for p in sub.glob("*.xlsx") if p.is_file())
        except OSError as exc:  # a subfolder we may not read: not ours to judge
            log.info("cannot list %s: %s", sub, exc)
    return sorted(files)


def scan(folder: Path | str, progress: Progress | None = None) -> Rollup:
    folder = Path(folder)
    files = candidate_files(folder)
    exports: list[UnitExport] = []
    skipped: list[SkippedFile] = []
    for i, path in enumerate(files):
        if progress is not None:
            progress.step(i, len(files), f"Läser {path.name}…")
        try:
            exports.append(read_export(path))
        except UserError as exc:
            skipped.append(SkippedFile(path, exc.message))
        except Exception as exc:
            log.info("roll-up skipped %s", path, exc_info=True)
            skipped.append(SkippedFile(path, f"Filen är skadad och går inte att läsa ({type(exc).__name__})."))
    latest: dict[str, UnitExport] = {}
    superseded: list[SkippedFile] = []
    for e in sorted(exports, key=lambda e: (e.period, e.created, e.path.name), reverse=True):
        key = e.unit_code.upper()
        if key in latest:
            newer = latest[key]
            superseded.append(SkippedFile(e.path, f"En nyare export från {e.unit_code} används ({newer.path.name})."))
        else:
            latest[key] = e
    units = sorted(latest.values(), key=lambda e: (e.unit_name.lower(), e.unit_code))
    return Rollup(folder, units, skipped, superseded)


# --- reading one file --------------------------------------------------------------------
def read_export(path: Path) -> UnitExport:
    """Read a hyrdesk export; raises UserError (Swedish) when it is not one or is damaged."""
    if path.name.startswith("~$"):
        raise UserError("Excels tillfälliga låsfil (arbetsboken är öppen hos någon); inget underlag.")
    check_xlsx_file(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise UserError(f"Filen är skadad och går inte att öppna som arbetsbok ({type(exc).__name__}).") from exc
    try:
        props = {p.name: p.value for p in wb.custom_doc_props}
        _check_schema(props.get(schema.PROP_SCHEMA))
        if schema.SHEET_DATA not in wb.sheetnames:
            raise UserError("Inte en hyrdesk-export: arbetsboken har inget blad som heter data.")
        values, codes, names, periods = _read_data(wb[schema.SHEET_DATA])
        code = str(props.get(schema.PROP_UNIT_CODE) or (codes.pop() if len(codes) == 1 else "")).strip()
        if not code:
            raise UserError("Bladet data säger inte vilken enhet exporten gäller.")
        if codes - {code}:
            raise UserError("Bladet data blandar flera enheter; en hyrdesk-export gäller en enhet.")
        name = str(props.get(schema.PROP_UNIT_NAME) or (names.pop() if len(names) == 1 else code))
        period = _period(props.get(schema.PROP_PERIOD), periods)
        created = _created(props.get(schema.PROP_CREATED), wb.properties.created, path)
        tasks = _read_tasks(wb[schema.SHEET_REVIEW]) if schema.SHEET_REVIEW in wb.sheetnames else []
    finally:
        wb.close()
    return UnitExport(path, code, name, period, created, values, tasks)


def _check_schema(value: Any) -> None:
    if value is None:
        return  # older or re-saved files: the data sheet's header decides
    text = str(value)
    name, _, version = text.partition("/")
    if name != schema.SCHEMA_NAME:
        raise UserError(f"Inte en hyrdesk-export av rätt slag (schema ”{text}”).")
    if not version.isdigit() or int(version) > schema.SCHEMA_VERSION:
        raise UserError(f"Exporten kommer från en nyare version av hyrdesk (schema {text}); uppdatera hyrdesk.")


def _read_data(ws):
    ws.reset_dimensions()  # a forged dimension would make openpyxl pad every row
    rows = ws.iter_rows(values_only=True, max_col=len(schema.DATA_COLUMNS))
    header = next(rows, None)
    if header is None or tuple(str(h or "").strip().lower() for h in header) != schema.DATA_COLUMNS:
        raise UserError(
            "Inte en hyrdesk-export: bladet data har inte kolumnerna " + ", ".join(schema.DATA_COLUMNS) + "."
        )
    values: dict[tuple[str, str, str], float] = {}
    codes, names, periods = set(), set(), set()
    for n, row in enumerate(rows, start=2):
        if n > MAX_DATA_ROWS:
            raise UserError(f"Bladet data har fler än {MAX_DATA_ROWS} rader; det är ingen hyrdesk-export.")
        if row is None or all(c in (None, "") for c in row):
            continue
        code, name, period, measure, category, value = (tuple(row) + (None,) * 6)[:6]
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise UserError(f"Bladet data, rad {n}: värdet ”{value}” är inget tal. Filen är skadad eller ändrad.")
        try:
            p = Period.parse(str(period))
        except ValueError:
            raise UserError(f"Bladet data, rad {n}: ”{period}” är ingen månad (ÅÅÅÅ-MM).") from None
        if not measure:
            raise UserError(f"Bladet data, rad {n}: måttet saknas.")
        codes.add(str(code or "").strip())
        names.add(str(name or "").strip())
        periods.add(p)
        values[(str(p), str(measure).strip(), str(category or "").strip())] = float(value)
    codes.discard("")
    names.discard("")
    return values, codes, names, periods


def _period(prop: Any, periods: set[Period]) -> Period:
    if prop:
        try:
            return Period.parse(str(prop))
        except ValueError:
            pass
    if not periods:
        raise UserError("Exporten saknar period (och bladet data är tomt).")
    return max(periods)


def _created(prop: Any, core: Any, path: Path) -> _dt.datetime:
    if prop:
        try:
            return _dt.datetime.fromisoformat(str(prop))
        except ValueError:
            pass
    if isinstance(core, _dt.datetime):
        return core.replace(tzinfo=None)
    m = _DATE_IN_NAME.search(path.name)
    if m:
        try:
            return _dt.datetime.fromisoformat(m.group(1))
        except ValueError:
            pass
    return _dt.datetime.fromtimestamp(path.stat().st_mtime)


def _read_tasks(ws) -> list[dict[str, Any]]:
    """The review sheet's tasks whose route is dialogue in the line (an unreadable sheet gives none)."""
    ws.reset_dimensions()
    width = len(schema.REVIEW_COLUMNS)
    rows = []
    for n, row in enumerate(ws.iter_rows(values_only=True, max_col=width)):
        if n > MAX_TASK_ROWS:
            break
        rows.append(list(row))
    header_index = find_header_row(rows, schema.REVIEW_COLUMNS)
    if header_index is None:
        return []
    header = [str(h or "").strip() for h in rows[header_index]]
    route_col = header.index("Beslutsväg") if "Beslutsväg" in header else None
    tasks = []
    for row in rows[header_index + 1 :]:
        task = {h: (row[i] if i < len(row) else None) for i, h in enumerate(header) if h}
        if (
            route_col is not None
            and str(task.get("Beslutsväg") or "").strip() == schema.LINE_DIALOGUE_LABEL
            and str(task.get("Uppgift") or "").strip()
        ):
            tasks.append(task)
    return tasks
