"""The action plan in SQL: actions, the follow-up texts, and the gap rows an effect is measured on."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Sequence
from decimal import Decimal

from hyrdesk.domain.actions import Action, ActionStatus, DecisionLevel, Indicator
from hyrdesk.domain.gaps import Cause
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.storage.db import Database, inserted_id

_COLUMNS = (
    "unit_id",
    "title",
    "area",
    "category_id",
    "owner_role",
    "decision_level",
    "start_date",
    "due_date",
    "status",
    "follow_up_date",
    "causes",
    "indicator",
    "expected_hundredths",
    "baseline_from",
    "baseline_to",
    "cost_ore",
    "note",
)


def _date(text: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(text) if text else None


def _action(r: sqlite3.Row) -> Action:
    expected = r["expected_hundredths"]
    return Action(
        id=r["id"],
        unit_id=r["unit_id"],
        title=r["title"],
        area=r["area"],
        category_id=r["category_id"],
        owner_role=r["owner_role"],
        decision_level=DecisionLevel(r["decision_level"]),
        start=_dt.date.fromisoformat(r["start_date"]),
        due=_dt.date.fromisoformat(r["due_date"]),
        status=ActionStatus(r["status"]),
        follow_up=_date(r["follow_up_date"]),
        causes=frozenset(Cause(c) for c in r["causes"].split(",") if c),
        indicator=Indicator(r["indicator"]) if r["indicator"] else None,
        expected=None if expected is None else Decimal(expected).scaleb(-2),
        baseline_from=Period.parse(r["baseline_from"]) if r["baseline_from"] else None,
        baseline_to=Period.parse(r["baseline_to"]) if r["baseline_to"] else None,
        cost=None if r["cost_ore"] is None else Money(r["cost_ore"]),
        note=r["note"],
    )


def _values(a: Action) -> tuple[object, ...]:
    return (
        a.unit_id,
        a.title,
        a.area,
        a.category_id,
        a.owner_role,
        a.decision_level.value,
        a.start.isoformat(),
        a.due.isoformat(),
        a.status.value,
        a.follow_up.isoformat() if a.follow_up else None,
        ",".join(c.value for c in a.causes_sorted),
        a.indicator.value if a.indicator else None,
        None if a.expected is None else int(a.expected.scaleb(2).to_integral_value()),
        str(a.baseline_from) if a.baseline_from else None,
        str(a.baseline_to) if a.baseline_to else None,
        a.cost.ore if a.cost is not None else None,
        a.note,
    )


class ActionRepository:
    def __init__(self, db: Database):
        self.db = db

    def actions(self, unit_id: int) -> list[Action]:
        rows = self.db.query("SELECT * FROM actions WHERE unit_id = ? ORDER BY due_date, id", (unit_id,))
        return [_action(r) for r in rows]

    def get(self, action_id: int) -> Action | None:
        row = self.db.query_one("SELECT * FROM actions WHERE id = ?", (action_id,))
        return _action(row) if row else None

    def insert(self, action: Action) -> int:
        """Insert; an action that carries an id keeps it (undoing a delete puts back the same row)."""
        columns = (("id",) if action.id is not None else ()) + _COLUMNS
        values = ((action.id,) if action.id is not None else ()) + _values(action)
        with self.db.write() as c:
            cur = c.execute(
                f"INSERT INTO actions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
            )
            return inserted_id(cur)

    def update(self, action: Action) -> None:
        sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
        with self.db.write() as c:
            c.execute(
                f"UPDATE actions SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                _values(action) + (action.id,),
            )

    def delete(self, ids: Sequence[int]) -> list[Action]:
        """Delete and return what was deleted (for undo)."""
        with self.db.write() as c:
            gone = [a for a in (self.get(i) for i in ids) if a is not None]
            c.executemany("DELETE FROM actions WHERE id = ?", [(a.id,) for a in gone])
        return gone

    # --- follow-up texts ------------------------------------------------------------
    def plan_text(self, unit_id: int, period: Period) -> str:
        value = self.db.scalar(
            "SELECT plan_text FROM action_followups WHERE unit_id = ? AND period = ?", (unit_id, str(period))
        )
        return value or ""

    def set_plan_text(self, unit_id: int, period: Period, text: str) -> None:
        with self.db.write() as c:
            if text:
                c.execute(
                    "INSERT INTO action_followups (unit_id, period, plan_text) VALUES (?, ?, ?) "
                    "ON CONFLICT (unit_id, period) DO UPDATE SET plan_text = excluded.plan_text, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')",
                    (unit_id, str(period), text),
                )
            else:
                c.execute("DELETE FROM action_followups WHERE unit_id = ? AND period = ?", (unit_id, str(period)))

    # --- what effects are measured on --------------------------------------------------
    def gap_rows(
        self, unit_id: int, first: Period, last: Period
    ) -> list[tuple[_dt.date, _dt.date, int, str, str, int]]:
        """(start, end, minutes, cause, coverage, category id) of every gap touching first..last."""
        fromiso = _dt.date.fromisoformat
        rows = self.db.conn.execute(
            "SELECT start_date, end_date, minutes, cause, coverage, category_id FROM gaps "
            "WHERE unit_id = ? AND last_period >= ? AND period <= ?",
            (unit_id, first.compact, last.compact),
        )
        return [(fromiso(s), fromiso(e), m, cause, cov, cat) for s, e, m, cause, cov, cat in rows]

    def first_gap_period(self, unit_id: int) -> Period | None:
        value = self.db.scalar("SELECT MIN(period) FROM gaps WHERE unit_id = ?", (unit_id,))
        return None if value is None else Period(value // 100, value % 100)
