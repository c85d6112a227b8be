"""Budgets, budget comments and the unit's own staffing, for the monthly follow-up."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.domain.sick_leave import SickMonth
from hyrdesk.storage.db import Database


class FollowUpRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- budgets -------------------------------------------------------------------------
    def budgets(self, unit_id: int, year: int) -> dict[str, Money]:
        rows = self.db.conn.execute(
            "SELECT report_group, amount_ore FROM budgets WHERE unit_id = ? AND year = ?", (unit_id, year)
        )
        return {group: Money(ore) for group, ore in rows}

    def set_budget(self, unit_id: int, year: int, group: str, amount: Money | None) -> Money | None:
        """Set (or with None remove) one budget; returns the one it replaced."""
        with self.db.write() as c:
            old = c.execute(
                "SELECT amount_ore FROM budgets WHERE unit_id = ? AND year = ? AND report_group = ?",
                (unit_id, year, group),
            ).fetchone()
            if amount is None:
                c.execute(
                    "DELETE FROM budgets WHERE unit_id = ? AND year = ? AND report_group = ?", (unit_id, year, group)
                )
            else:
                c.execute(
                    "INSERT INTO budgets (unit_id, year, report_group, amount_ore) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(unit_id, year, report_group) DO UPDATE SET amount_ore = excluded.amount_ore",
                    (unit_id, year, group, amount.ore),
                )
        return None if old is None else Money(old[0])

    # --- the comment on a deviation ------------------------------------------------------------
    def comment(self, unit_id: int, period: Period) -> str:
        value = self.db.scalar(
            "SELECT text FROM budget_comments WHERE unit_id = ? AND period = ?", (unit_id, str(period))
        )
        return value or ""

    def set_comment(self, unit_id: int, period: Period, text: str) -> None:
        with self.db.write() as c:
            if not text.strip():
                c.execute("DELETE FROM budget_comments WHERE unit_id = ? AND period = ?", (unit_id, str(period)))
                return
            c.execute(
                "INSERT INTO budget_comments (unit_id, period, text, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(unit_id, period) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                (unit_id, str(period), text, _dt.datetime.now().isoformat(timespec="seconds")),
            )

    # --- the unit's own staff ----------------------------------------------------------------
    def staffing(self, unit_id: int) -> tuple[Decimal | None, int | None]:
        row = self.db.conn.execute(
            "SELECT own_fte, headcount FROM unit_staffing WHERE unit_id = ?", (unit_id,)
        ).fetchone()
        if row is None:
            return None, None
        return (None if row[0] is None else Decimal(row[0])), row[1]

    def set_staffing(self, unit_id: int, own_fte: Decimal | None, headcount: int | None) -> None:
        with self.db.write() as c:
            c.execute(
                "INSERT INTO unit_staffing (unit_id, own_fte, headcount) VALUES (?, ?, ?) "
                "ON CONFLICT(unit_id) DO UPDATE SET own_fte = excluded.own_fte, headcount = excluded.headcount",
                (unit_id, None if own_fte is None else str(own_fte), headcount),
            )


class SickLeaveRepository:
    """The HR system's monthly aggregates, one row per unit and month (never per person)."""

    def __init__(self, db: Database):
        self.db = db

    def months(self, unit_id: int) -> list[SickMonth]:
        rows = self.db.conn.execute(
            "SELECT period, scheduled_minutes, sick_minutes, long_sick_minutes, headcount FROM sick_leave "
            "WHERE unit_id = ? ORDER BY period",
            (unit_id,),
        )
        return [SickMonth(Period.parse(p), s, k, lg, h) for p, s, k, lg, h in rows]

    def save(self, unit_id: int, months: list[SickMonth], source_file: str) -> list[SickMonth]:
        """Save the months, replacing those already there; returns the replaced ones (for undo)."""
        now = _dt.datetime.now().isoformat(timespec="seconds")
        with self.db.write() as c:
            old = [m for m in self.months(unit_id) if m.period in {n.period for n in months}]
            c.executemany(
                "INSERT INTO sick_leave (unit_id, period, scheduled_minutes, sick_minutes, long_sick_minutes, "
                "headcount, source_file, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(unit_id, period) DO UPDATE SET scheduled_minutes = excluded.scheduled_minutes, "
                "sick_minutes = excluded.sick_minutes, long_sick_minutes = excluded.long_sick_minutes, "
                "headcount = excluded.headcount, source_file = excluded.source_file, "
                "imported_at = excluded.imported_at",
                [
                    (
                        unit_id,
                        str(m.period),
                        m.scheduled_minutes,
                        m.sick_minutes,
                        m.long_sick_minutes,
                        m.headcount,
                        source_file,
                        now,
                    )
                    for m in months
                ],
            )
        return old
