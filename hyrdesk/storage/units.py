"""Units and staff categories in SQL."""

from __future__ import annotations

import sqlite3

from hyrdesk.domain.categories import StaffCategory
from hyrdesk.domain.units import CareArea, Unit
from hyrdesk.storage.db import Database, inserted_id


def _unit(row: sqlite3.Row) -> Unit:
    return Unit(id=row["id"], code=row["code"], name=row["name"], care_area=CareArea(row["care_area"]))


class UnitRepository:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[Unit]:
        return [_unit(r) for r in self.db.query("SELECT * FROM units ORDER BY name COLLATE NOCASE, code")]

    def get(self, unit_id: int) -> Unit | None:
        row = self.db.query_one("SELECT * FROM units WHERE id = ?", (unit_id,))
        return _unit(row) if row else None

    def by_code(self, code: str) -> Unit | None:
        row = self.db.query_one("SELECT * FROM units WHERE code = ?", (code.strip(),))
        return _unit(row) if row else None

    def add(self, code: str, name: str, area: CareArea) -> Unit:
        with self.db.write() as c:
            cur = c.execute("INSERT INTO units (code, name, care_area) VALUES (?, ?, ?)", (code, name, area.value))
            unit_id = inserted_id(cur)
        return Unit(unit_id, code, name, area)

    def update(self, unit_id: int, name: str, area: CareArea) -> None:
        with self.db.write() as c:
            c.execute("UPDATE units SET name = ?, care_area = ? WHERE id = ?", (name, area.value, unit_id))


class CategoryRepository:
    def __init__(self, db: Database):
        self.db = db

    _SELECT = (
        "SELECT c.id, c.name, g.name AS report_group, c.sort_order, c.active "
        "FROM staff_categories c JOIN report_groups g ON g.id = c.report_group_id "
    )

    def all(self, include_inactive: bool = False) -> list[StaffCategory]:
        where = "" if include_inactive else "WHERE c.active = 1 "
        rows = self.db.query(self._SELECT + where + "ORDER BY c.sort_order, c.name")
        return [StaffCategory(r["id"], r["name"], r["report_group"], r["sort_order"], bool(r["active"])) for r in rows]

    def report_groups(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT name FROM report_groups ORDER BY sort_order")]

    def add(self, name: str, report_group: str) -> StaffCategory:
        with self.db.write() as c:
            order = c.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM staff_categories").fetchone()[0]
            cur = c.execute(
                "INSERT INTO staff_categories (name, report_group_id, sort_order) "
                "VALUES (?, (SELECT id FROM report_groups WHERE name = ?), ?)",
                (name, report_group, order),
            )
            return StaffCategory(inserted_id(cur), name, report_group, order)
