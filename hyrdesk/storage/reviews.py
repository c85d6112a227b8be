"""Reviews and their tasks in SQL."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from decimal import Decimal

from hyrdesk.domain.review import Affects, Frequency, Origin, Proposal, Review, ReviewTask, Status
from hyrdesk.storage.db import Database, inserted_id

_TASK_COLUMNS = (
    "review_id",
    "position",
    "area",
    "description",
    "role",
    "minutes",
    "frequency",
    "count",
    "usefulness",
    "origin",
    "proposal",
    "receiving_role",
    "affects_others",
    "responsible",
    "due_date",
    "status",
    "hours_freed_tenths",
)


def _date(text: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(text) if text else None


def _review(row: sqlite3.Row) -> Review:
    return Review(
        id=row["id"],
        unit_id=row["unit_id"],
        title=row["title"],
        template_id=row["template_id"],
        template_version=row["template_version"],
        template_json=row["template_json"],
        started_on=_dt.date.fromisoformat(row["started_on"]),  # NOT NULL
        finished_on=_date(row["finished_on"]),
        based_on_id=row["based_on_id"],
    )


def _task(row: sqlite3.Row) -> ReviewTask:
    return ReviewTask(
        id=row["id"],
        review_id=row["review_id"],
        position=row["position"],
        area=row["area"],
        description=row["description"],
        role=row["role"],
        minutes=row["minutes"],
        frequency=Frequency(row["frequency"]),
        count=row["count"],
        usefulness=row["usefulness"],
        origin=Origin(row["origin"]),
        proposal=Proposal(row["proposal"]),
        receiving_role=row["receiving_role"],
        affects_others=Affects(row["affects_others"]) if row["affects_others"] else None,
        responsible=row["responsible"],
        due_date=_date(row["due_date"]),
        status=Status(row["status"]),
        hours_freed=Decimal(row["hours_freed_tenths"]).scaleb(-1),
    )


def _task_values(review_id: int | None, task: ReviewTask) -> tuple[object, ...]:
    return (
        review_id,
        task.position,
        task.area,
        task.description,
        task.role,
        task.minutes,
        task.frequency.value,
        task.count,
        task.usefulness,
        task.origin.value,
        task.proposal.value,
        task.receiving_role,
        task.affects_others.value if task.affects_others is not None else None,
        task.responsible,
        task.due_date.isoformat() if task.due_date else None,
        task.status.value,
        int(task.hours_freed.scaleb(1)),
    )


class ReviewRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- reviews -----------------------------------------------------------------
    def reviews(self, unit_id: int) -> list[Review]:
        """The unit's reviews, newest first."""
        rows = self.db.query("SELECT * FROM reviews WHERE unit_id = ? ORDER BY started_on DESC, id DESC", (unit_id,))
        return [_review(r) for r in rows]

    def get(self, review_id: int) -> Review | None:
        row = self.db.query_one("SELECT * FROM reviews WHERE id = ?", (review_id,))
        return _review(row) if row else None

    def add(
        self,
        unit_id: int,
        title: str,
        template_id: str,
        template_version: str,
        template_json: str,
        started_on: _dt.date,
        based_on_id: int | None = None,
    ) -> int:
        with self.db.write() as c:
            cur = c.execute(
                "INSERT INTO reviews (unit_id, title, template_id, template_version, template_json, started_on, "
                "based_on_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (unit_id, title, template_id, template_version, template_json, started_on.isoformat(), based_on_id),
            )
            return inserted_id(cur)

    def restore(self, review: Review) -> None:
        """Put back a deleted review with its own id (redo of an undone start)."""
        with self.db.write() as c:
            c.execute(
                "INSERT INTO reviews (id, unit_id, title, template_id, template_version, template_json, started_on, "
                "finished_on, based_on_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    review.id,
                    review.unit_id,
                    review.title,
                    review.template_id,
                    review.template_version,
                    review.template_json,
                    review.started_on.isoformat(),
                    review.finished_on.isoformat() if review.finished_on else None,
                    review.based_on_id,
                ),
            )

    def set_finished(self, review_id: int, finished_on: _dt.date | None) -> None:
        with self.db.write() as c:
            c.execute(
                "UPDATE reviews SET finished_on = ? WHERE id = ?",
                (finished_on.isoformat() if finished_on else None, review_id),
            )

    def set_title(self, review_id: int, title: str) -> None:
        with self.db.write() as c:
            c.execute("UPDATE reviews SET title = ? WHERE id = ?", (title, review_id))

    def delete(self, review_id: int) -> None:
        with self.db.write() as c:
            c.execute("DELETE FROM reviews WHERE id = ?", (review_id,))

    # --- tasks ---------------------------------------------------------------------
    def tasks(self, review_id: int) -> list[ReviewTask]:
        rows = self.db.query("SELECT * FROM review_tasks WHERE review_id = ? ORDER BY position, id", (review_id,))
        return [_task(r) for r in rows]

    def task(self, task_id: int | None) -> ReviewTask | None:
        """The saved task; None when there is none (an unsaved task's id is None)."""
        row = self.db.query_one("SELECT * FROM review_tasks WHERE id = ?", (task_id,))
        return _task(row) if row else None

    def next_position(self, review_id: int) -> int:
        return int(
            self.db.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM review_tasks WHERE review_id = ?", (review_id,))
        )

    def insert_task(self, review_id: int, task: ReviewTask) -> int:
        """Insert; a task that carries an id keeps it (undoing a delete restores the same row)."""
        columns = ("id",) + _TASK_COLUMNS if task.id is not None else _TASK_COLUMNS
        values = ((task.id,) if task.id is not None else ()) + _task_values(review_id, task)
        with self.db.write() as c:
            cur = c.execute(
                f"INSERT INTO review_tasks ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
            )
            return inserted_id(cur)

    def update_task(self, task: ReviewTask) -> None:
        sets = ", ".join(f"{c} = ?" for c in _TASK_COLUMNS[1:])
        with self.db.write() as c:
            c.execute(
                f"UPDATE review_tasks SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                _task_values(task.review_id, task)[1:] + (task.id,),
            )

    def delete_task(self, task_id: int | None) -> None:
        """Delete the task if it is saved (None, an unsaved task's id, deletes nothing)."""
        with self.db.write() as c:
            c.execute("DELETE FROM review_tasks WHERE id = ?", (task_id,))
