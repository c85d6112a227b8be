"""The roll-up's tables, as pivots of its long table, and the totals rule.

* ``unit_table``: one row per unit, every measure of the ``data`` sheet at
  the unit's own period as a column (known measures first, with Swedish
  names; any other measure, such as those other features add to the data
  sheet, after them under its own name), and a totals row.
* ``area_table``: care area × staff category (SKR's breakdown) for a measure.
* ``gap_table``: gap hours per coverage over each unit's 12 months.

The totals rule: a total is the sum over all units, and it stays empty,
with the reason, as soon as one unit lacks the value: a partial sum is never
shown as a total. A ratio (a measure whose name ends in ``_pct``) is never
summed: the hire ratios are computed from the summed hire cost and own-staff
cost (R12: the 12 months up to each unit's period), other ratios stay empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.units import CareArea
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.rollup.consolidate import Rollup

if TYPE_CHECKING:
    import pandas as pd

TEXT, KR, PCT, HOURS, COUNT, NUMBER = "text", "kr", "pct", "hours", "count", "number"
STAFF_GROUPS = ("Läkare", "Sjuksköterskor/barnmorskor", "Övriga", TOTAL)
AREAS = tuple(a.label for a in CareArea)
UNKNOWN_AREA = "Okänt verksamhetsområde"
YTD_CHANGE, YTD_CHANGE_PCT = "hire_cost_ytd_change", "hire_cost_ytd_change_pct"  # derived, not in the data sheet

# Known measures in order: (key, Swedish column name, kind). Keys not in the data sheet are derived.
KNOWN = (
    (schema.HIRE_COST, "Hyrkostnad månad", KR),
    (schema.HIRE_COST_R12, "Hyrkostnad R12", KR),
    (schema.HIRE_COST_YTD, "Ack i år", KR),
    (schema.HIRE_COST_YTD_PREV, "Ack samma period i fjol", KR),
    (YTD_CHANGE, "Förändring kr", KR),
    (YTD_CHANGE_PCT, "Förändring %", PCT),
    (schema.OWN_STAFF_COST, "Kostnad egen personal månad", KR),
    (schema.HIRE_RATIO_PCT, "Hyrkvot %", PCT),
    (schema.HIRE_RATIO_R12_PCT, "Hyrkvot R12 %", PCT),
    (schema.ADMIN_HOURS_PER_YEAR, "Administrativa timmar per år (översyn)", HOURS),
    (schema.ADMIN_HOURS_FREED, "Frigjorda timmar per år (översyn)", HOURS),
    (schema.ADMIN_TASKS_LINE_DIALOGUE, "Uppgifter för dialog i linjen", COUNT),
    (schema.ACTIONS_TOTAL, "Åtgärder", COUNT),
    (schema.ACTIONS_DONE, "Åtgärder genomförda", COUNT),
    (schema.ACTIONS_OVERDUE, "Åtgärder försenade", COUNT),
    (schema.ACTIONS_LINE_DIALOGUE, "Åtgärder för dialog i linjen", COUNT),
    (schema.HIRE_COST_FORECAST_YEAR, "Prognos hyrkostnad helår", KR),
    (schema.HIRE_COST_BUDGET, "Budget hyrkostnad", KR),
    (schema.HIRE_RATIO_FORECAST_PCT, "Prognos hyrkvot helår %", PCT),
    (schema.HEADROOM_KR, "Utrymme till målet", KR),
    (schema.SICK_LEAVE_PCT, "Sjukfrånvaro månad %", PCT),
    (schema.SICK_LEAVE_R12_PCT, "Sjukfrånvaro R12 %", PCT),
    (schema.SICK_LEAVE_LONG_SHARE_R12_PCT, "Andel långa sjukperioder R12 %", PCT),
    (schema.SICK_LEAVE_SUPPRESSED, "Sjukfrånvaro som stannar på enheten (10 eller färre anställda)", COUNT),
    (schema.HIRE_ABOVE_TARIFF_KR, "Kronor över tariff", KR),
    (schema.HIRE_OUTSIDE_AGREEMENT_KR, "Kronor utanför avtalet", KR),
    (schema.DEVIATIONS_COUNT, "Avsteg från avtalet", COUNT),
)
# Measures given per category or coverage: the Swedish start of their columns' names.
PER_CATEGORY_LABELS = {schema.GAP_FTE_R12: "Årsarbetare R12"}
# The sums behind a ratio: read for the totals, not shown as columns of their own.
HELPER_MEASURES = {schema.SICK_HOURS_R12, schema.SCHEDULED_HOURS_R12, schema.OWN_STAFF_COST_FORECAST_YEAR}
IN_OTHER_SHEETS = {schema.GAP_HOURS, schema.GAP_HOURS_BY_CAUSE}
LEAD = (
    ("unit_code", "Enhetskod", TEXT),
    ("unit_name", "Enhet", TEXT),
    ("care_area", "Verksamhetsområde", TEXT),
    ("period", "Period", TEXT),
)


@dataclass(frozen=True)
class Column:
    key: str  # a measure, "measure: category", or a lead/derived key
    label: str
    kind: str


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[Any]]
    total: list[Any]
    notes: dict[int, str] = field(default_factory=dict)  # column index → why its total is empty
    cell_notes: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) → why the cell is empty


def _missing_reason(missing: list[str], n: int, what: str = "värdet") -> str:
    shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
    count = "1 enhet saknar" if len(missing) == 1 else f"{len(missing)} av {n} enheter saknar"
    return f"Summan visas inte: {count} {what} ({shown})."


def unit_values(r: Rollup) -> pd.DataFrame:
    """Each unit's figures at its own period: index = unit position, columns = (measure, category)."""
    import numpy as np
    import pandas as pd

    long = r.long
    own_period = np.array([u.period.index for u in r.units], dtype=np.int64)
    at = long[long["_p"].to_numpy() == own_period[long["_u"].to_numpy()]] if len(long) else long
    if not len(at):
        return pd.DataFrame(index=pd.RangeIndex(len(r.units)))
    wide = at.pivot_table(index="_u", columns=["measure", "category"], values="value", aggfunc="last", observed=True)
    return wide.reindex(range(len(r.units)))


def _series(values: pd.DataFrame, measure: str, category: str | None = None) -> pd.Series:
    """One unit column of ``values`` (the Totalt or the empty category when ``category`` is None)."""
    import numpy as np
    import pandas as pd

    cats = [category] if category is not None else [TOTAL, ""]
    for cat in cats:
        if (measure, cat) in values.columns:
            return values[(measure, cat)]
    return pd.Series(np.nan, index=values.index)


class _Totals:
    def __init__(self, r: Rollup, values: pd.DataFrame):
        self.r, self.values, self.n = r, values, len(r.units)
        self.codes = [u.unit_code for u in r.units]

    def sum(self, measure: str, category: str | None = None, what: str = "värdet") -> tuple[float | None, str]:
        s = _series(self.values, measure, category)
        missing = [self.codes[i] for i, v in enumerate(s.tolist()) if v != v]  # NaN
        if not self.n:
            return None, ""
        if missing:
            return None, _missing_reason(missing, self.n, what)
        return float(s.sum()), ""

    def own_staff_r12(self) -> tuple[float | None, str]:
        """Σ over units of own-staff cost (Totalt) over the 12 months up to each unit's period."""
        long = self.r.long
        rows = long[(long["measure"] == schema.OWN_STAFF_COST) & (long["category"] == TOTAL)]
        counts, sums = [0] * self.n, [0.0] * self.n
        for u, p, v in zip(rows["_u"].tolist(), rows["_p"].tolist(), rows["value"].tolist()):
            end = self.r.units[u].period.index
            if end - 11 <= p <= end:
                counts[u] += 1
                sums[u] += v
        missing = [self.codes[i] for i, c in enumerate(counts) if c < 12]
        if missing:
            return None, _missing_reason(missing, self.n, "kostnad egen personal för alla 12 månader")
        return sum(sums), ""

    def sick_leave_r12(self) -> tuple[float | None, str]:
        """Σ sick hours ÷ Σ scheduled hours over the units whose figures may leave them: a unit with
        10 or fewer employees keeps its sick leave and is left out (said in the note), never guessed."""
        suppressed = _series(self.values, schema.SICK_LEAVE_SUPPRESSED).tolist()
        sick = _series(self.values, schema.SICK_HOURS_R12).tolist()
        scheduled = _series(self.values, schema.SCHEDULED_HOURS_R12).tolist()
        kept = [i for i in range(self.n) if suppressed[i] != 1]
        left_out = self.n - len(kept)
        missing = [self.codes[i] for i in kept if sick[i] != sick[i] or scheduled[i] != scheduled[i]]
        note = "" if not left_out else (
            f" {left_out} enhet med 10 eller färre anställda ingår inte." if left_out == 1
            else f" {left_out} enheter med 10 eller färre anställda ingår inte."
        )  # fmt: skip
        if not kept:
            return None, "Ingen enhet har sjukfrånvaro som får lämna enheten." + note
        if missing:
            return None, _missing_reason(missing, len(kept), "sjukfrånvaro för 12 månader") + note
        total_scheduled = sum(scheduled[i] for i in kept)
        if total_scheduled <= 0:
            return None, "Andelen går inte att räkna: ingen schemalagd tid." + note
        return sum(sick[i] for i in kept) * 100 / total_scheduled, note.strip()

    def ratio(self, num: tuple[float | None, str], den: tuple[float | None, str]) -> tuple[float | None, str]:
        if num[0] is None:
            return None, "Kvoten räknas på summorna. " + num[1]
        if den[0] is None:
            return None, "Kvoten räknas på summorna. " + den[1]
        if den[0] <= 0:
            return None, "Kvoten går inte att räkna: summan av kostnad egen personal är noll."
        return num[0] * 100 / den[0], ""

    def of(self, key: str) -> tuple[float | None, str]:
        if key == schema.HIRE_RATIO_PCT:
            return self.ratio(self.sum(schema.HIRE_COST), self.sum(schema.OWN_STAFF_COST))
        if key == schema.HIRE_RATIO_R12_PCT:
            return self.ratio(self.sum(schema.HIRE_COST_R12), self.own_staff_r12())
        if key == schema.HIRE_RATIO_FORECAST_PCT:
            return self.ratio(self.sum(schema.HIRE_COST_FORECAST_YEAR), self.sum(schema.OWN_STAFF_COST_FORECAST_YEAR))
        if key == schema.SICK_LEAVE_R12_PCT:
            return self.sick_leave_r12()
        if key == schema.SICK_LEAVE_SUPPRESSED:  # written only for the units it concerns: the others count 0
            return float(_series(self.values, key).fillna(0).sum()), ""
        if key in (YTD_CHANGE, YTD_CHANGE_PCT):
            ytd, prev = self.sum(schema.HIRE_COST_YTD), self.sum(schema.HIRE_COST_YTD_PREV)
            if ytd[0] is None or prev[0] is None:
                return None, ytd[1] or prev[1]
            change = ytd[0] - prev[0]
            if key == YTD_CHANGE:
                return change, ""
            if not prev[0]:
                return None, "Förändringen i procent går inte att räkna: ack samma period i fjol är noll."
            return change * 100 / abs(prev[0]), ""
        measure, _, category = key.partition(": ")
        if measure.endswith("_pct"):
            return None, "En andel summeras inte över enheter; se enheternas egna värden."
        return self.sum(measure, category or None)


def unit_table(r: Rollup) -> Table:
    import numpy as np

    values = unit_values(r)
    present = {m for m, _ in values.columns}
    columns = [Column(*c) for c in LEAD]
    for key, label, kind in KNOWN:
        if key in present or key in (YTD_CHANGE, YTD_CHANGE_PCT) and schema.HIRE_COST_YTD in present:
            columns.append(Column(key, label, kind))
    for measure, category in values.columns:
        if measure in IN_OTHER_SHEETS or measure in HELPER_MEASURES or any(c.key == measure for c in columns):
            continue
        kind = PCT if measure.endswith("_pct") else NUMBER
        has_total = (measure, TOTAL) in values.columns or (measure, "") in values.columns
        key = measure if has_total else f"{measure}: {category}"
        if not any(c.key == key for c in columns):
            prefix = PER_CATEGORY_LABELS.get(measure)
            label = f"{prefix}: {category}" if prefix and key != measure else prefix or key
            columns.append(Column(key, label, kind))
    cells: dict[str, list[Any]] = {}
    for col in columns[len(LEAD) :]:
        if col.key in (YTD_CHANGE, YTD_CHANGE_PCT):
            ytd = _series(values, schema.HIRE_COST_YTD).to_numpy()
            prev = _series(values, schema.HIRE_COST_YTD_PREV).to_numpy()
            with np.errstate(divide="ignore", invalid="ignore"):
                s = (
                    ytd - prev
                    if col.key == YTD_CHANGE
                    else np.where(prev != 0, (ytd - prev) * 100 / np.abs(prev), np.nan)
                )
            cells[col.key] = s.tolist()
        else:
            measure, _, category = col.key.partition(": ")
            cells[col.key] = _series(values, measure, category or None).tolist()
    rows = []
    for i, u in enumerate(r.units):
        row: list[Any] = [u.unit_code, u.unit_name, u.care_area, str(u.period)]
        row.extend(None if cells[c.key][i] != cells[c.key][i] else cells[c.key][i] for c in columns[len(LEAD) :])
        rows.append(row)
    totals = _Totals(r, values)
    n = len(r.units)
    total: list[Any] = ["Summa", f"{n} enhet" if n == 1 else f"{n} enheter", "", ", ".join(r.periods)]
    notes: dict[int, str] = {}
    for j, col in enumerate(columns[len(LEAD) :], start=len(LEAD)):
        value, reason = totals.of(col.key) if n else (None, "")
        total.append(value)
        if reason:  # why a total is empty, or what a computed one leaves out
            notes[j] = reason
    return Table(columns, rows, total, notes)


def area_of(label: str) -> str:
    try:
        return CareArea.parse(label).label if label else UNKNOWN_AREA
    except ValueError:
        return UNKNOWN_AREA


def area_table(r: Rollup, measure: str) -> Table:
    """Care area × staff category of ``measure`` (each unit at its own period), with the totals rule."""
    values = unit_values(r)
    areas = [area_of(u.care_area) for u in r.units]
    shown = [a for a in (*AREAS, UNKNOWN_AREA) if a in areas or a in AREAS]
    columns = [Column("care_area", "Verksamhetsområde", TEXT), Column("units", "Enheter", COUNT)]
    columns += [Column(g, g, KR) for g in STAFF_GROUPS]
    rows: list[list[Any]] = []
    notes: dict[tuple[int, int], str] = {}
    groups = {g: _series(values, measure, g).tolist() for g in STAFF_GROUPS}
    codes = [u.unit_code for u in r.units]
    for i, area in enumerate([*shown, None]):
        members = [k for k, a in enumerate(areas) if area is None or a == area]
        row: list[Any] = [area or "Summa", len(members)]
        for j, g in enumerate(STAFF_GROUPS, start=2):
            vals = [groups[g][k] for k in members]
            missing = [codes[k] for k, v in zip(members, vals) if v != v]
            if missing:
                row.append(None)
                notes[(i, j)] = _missing_reason(missing, len(members))
            else:
                row.append(float(sum(vals)))
        rows.append(row)
    last = len(rows) - 1
    total_notes = {j: reason for (i, j), reason in notes.items() if i == last}
    return Table(columns, rows[:-1], rows[-1], total_notes, {k: v for k, v in notes.items() if k[0] != last})


def gap_table(r: Rollup) -> Table:
    """Gap hours per coverage over the 12 months up to each unit's period; a unit without gap
    figures lacks them (its total is empty), a coverage a unit does not list counts 0 hours."""
    long = r.long
    rows_ = long[long["measure"] == schema.GAP_HOURS]
    labels: list[str] = []
    per_unit: list[dict[str, float] | None] = [None] * len(r.units)
    for u, p, c, v in zip(
        rows_["_u"].tolist(), rows_["_p"].tolist(), rows_["category"].tolist(), rows_["value"].tolist()
    ):
        end = r.units[u].period.index
        if not end - 11 <= p <= end:
            continue
        if c not in labels:
            labels.append(c)
        hours = per_unit[u] if per_unit[u] is not None else {}
        hours[c] = hours.get(c, 0.0) + v
        per_unit[u] = hours
    columns = [Column(*c) for c in LEAD] + [Column(f"{schema.GAP_HOURS}: {c}", c, HOURS) for c in labels]
    columns.append(Column("gap_hours_total", "Totalt", HOURS))
    rows = []
    for u, hours in zip(r.units, per_unit):
        vals: list[float | None] = [None] * (len(labels) + 1)
        if hours is not None:
            counted = [hours.get(c, 0.0) for c in labels]
            vals = [*counted, sum(counted)]
        rows.append([u.unit_code, u.unit_name, u.care_area, str(u.period), *vals])
    missing = [u.unit_code for u, h in zip(r.units, per_unit) if h is None]
    n = len(r.units)
    total: list[Any] = ["Summa", f"{n} enhet" if n == 1 else f"{n} enheter", "", ", ".join(r.periods)]
    notes = {}
    for j in range(len(labels) + 1):
        if missing:
            total.append(None)
            notes[len(LEAD) + j] = _missing_reason(missing, n, "bemanningsluckor")
        else:
            total.append(sum(row[len(LEAD) + j] for row in rows))
    return Table(columns, rows, total, notes)
