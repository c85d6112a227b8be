"""From the files' records to one roll-up: each unit's latest export and one long table (pandas).

The long table has one row per figure of every unit's latest export: the
columns of ``LONG_COLUMNS`` (the ``data`` sheet's, plus the care area, the
file and its creation time). Text columns are categoricals over packed
codes, so 1 000 units (some 800 000 rows) take a few tens of MB. pandas is
imported here, on the roll-up path only, never at start-up.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.period import Period
from hyrdesk.services.rollup.reader import FileRecord, task_from_json
from hyrdesk.services.rollup.scanner import ScanResult

if TYPE_CHECKING:
    import pandas as pd

LONG_COLUMNS = (
    "unit_code",
    "unit_name",
    "care_area",
    "period",
    "measure",
    "category",
    "value",
    "source_file",
    "created",
)


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str


@dataclass
class UnitExport:
    """One unit's export as the roll-up uses it (its figures are in ``Rollup.long``)."""

    path: Path
    unit_code: str
    unit_name: str
    care_area: str
    period: Period
    created: _dt.datetime
    tasks: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Rollup:
    folder: Path
    units: list[UnitExport]  # the latest export of each unit, by unit name
    skipped: list[SkippedFile]
    superseded: list[SkippedFile]  # older exports of a unit that has a newer one
    files_read: int
    files_cached: int
    long: pd.DataFrame  # LONG_COLUMNS, plus the integer columns "_u" (index into units) and "_p" (Period.index)

    @property
    def periods(self) -> list[str]:
        return sorted({str(u.period) for u in self.units})

    def long_table(self) -> pd.DataFrame:
        """The long table as published (no helper columns)."""
        return self.long[list(LONG_COLUMNS)]

    def line_dialogue_tasks(self) -> list[tuple[UnitExport, dict[str, Any]]]:
        return [(u, t) for u in self.units for t in u.tasks]

    def source_name(self, path: Path) -> str:
        return source_name(self.folder, path)


def source_name(folder: Path, path: Path) -> str:
    """The file as the long table names it: relative to the roll-up folder, with forward slashes."""
    return (str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)).replace("\\", "/")


def consolidate(scan: ScanResult) -> Rollup:
    exports: list[tuple[UnitExport, FileRecord]] = []
    skipped: list[SkippedFile] = []
    for record in scan.records:
        info = record.info()
        if "skipped" in info:
            skipped.append(SkippedFile(Path(record.path), info["skipped"]))
            continue
        unit = UnitExport(
            Path(record.path),
            info["unit_code"],
            info["unit_name"],
            info.get("care_area", ""),
            Period.parse(info["period"]),
            _dt.datetime.fromisoformat(info["created"]),
            [task_from_json(t) for t in info.get("tasks", [])],
        )
        exports.append((unit, record))
    latest: dict[str, tuple[UnitExport, FileRecord]] = {}
    superseded: list[SkippedFile] = []
    for unit, record in sorted(exports, key=lambda e: (e[0].period, e[0].created, e[0].path.name), reverse=True):
        key = unit.unit_code.upper()
        if key in latest:
            newer = latest[key][0]
            superseded.append(
                SkippedFile(unit.path, f"En nyare export från {unit.unit_code} används ({newer.path.name}).")
            )
        else:
            latest[key] = (unit, record)
    chosen = sorted(latest.values(), key=lambda e: (e[0].unit_name.lower(), e[0].unit_code))
    units = [u for u, _ in chosen]
    long = _long_table(scan.folder, units, [r for _, r in chosen])
    return Rollup(scan.folder, units, skipped, superseded, scan.files_read, scan.files_cached, long)


def _long_table(folder: Path, units: list[UnitExport], records: list[FileRecord]) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    measures: dict[str, int] = {}
    categories: dict[str, int] = {}
    parts: list[tuple[Any, ...]] = []
    for i, record in enumerate(records):
        info = record.info()
        mmap = np.array([measures.setdefault(m, len(measures)) for m in info["measures"]] or [0], dtype=np.int32)
        cmap = np.array([categories.setdefault(c, len(categories)) for c in info["categories"]] or [0], dtype=np.int32)
        p = np.frombuffer(record.periods or b"", dtype=np.int32)
        m = mmap[np.frombuffer(record.measures or b"", dtype=np.uint16)]
        c = cmap[np.frombuffer(record.categories or b"", dtype=np.uint16)]
        v = np.frombuffer(record.vals or b"", dtype=np.float64)
        parts.append((np.full(len(p), i, dtype=np.int32), p, m, c, v))
    if parts:
        u, p, m, c, v = (np.concatenate(col) for col in zip(*parts))
    else:
        u = p = m = c = np.zeros(0, dtype=np.int32)
        v = np.zeros(0, dtype=np.float64)

    def per_unit(values: list[str]) -> pd.Categorical:
        codes, uniques = pd.factorize(pd.Series(values, dtype=object))
        return pd.Categorical.from_codes(codes[u] if len(u) else [], categories=list(uniques))

    period_codes, period_ix = np.unique(p, return_inverse=True) if len(p) else (np.zeros(0, np.int32), p)
    return pd.DataFrame(
        {
            "unit_code": per_unit([x.unit_code for x in units]),
            "unit_name": per_unit([x.unit_name for x in units]),
            "care_area": per_unit([x.care_area for x in units]),
            "period": pd.Categorical.from_codes(
                period_ix, categories=[str(Period.from_index(int(x))) for x in period_codes]
            ),
            "measure": pd.Categorical.from_codes(m, categories=list(measures)),
            "category": pd.Categorical.from_codes(c, categories=list(categories)),
            "value": v,
            "source_file": per_unit([source_name(folder, x.path) for x in units]),
            "created": per_unit([x.created.isoformat(timespec="seconds") for x in units]),
            "_u": u,
            "_p": p,
        }
    )
