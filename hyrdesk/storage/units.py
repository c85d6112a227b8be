"""Units and staff categories in SQL."""

from __future__ import annotations

import sqlite3

from hyrdesk.domain.categories import StaffCategory
from hyrdesk.domain.units import CareArea, Unit
from hyrdesk.storage.db import Database, inserted_id


def _unit(row: sqlite3.Row, centres: tuple[str, ...] = ()) -> Unit:
    return Unit(
        id=row["id"], code=row["code"], name=row["name"], care_area=CareArea(row["care_area"]), cost_centres=centres
    )


class UnitRepository:
    def __init__(self, db: Database):
        self.db = db

    def _centres(self, unit_ids: list[int] | None = None) -> dict[int, tuple[str, ...]]:
        sql = "SELECT unit_id, code FROM unit_cost_centres"
        params: tuple[int, ...] = ()
        if unit_ids is not None:
            sql += f" WHERE unit_id IN ({','.join('?' * len(unit_ids))})"
            params = tuple(unit_ids)
        out: dict[int, list[str]] = {}
        for r in self.db.query(sql + " ORDER BY unit_id, position, code", params):
            out.setdefault(r["unit_id"], []).append(r["code"])
        return {k: tuple(v) for k, v in out.items()}

    def all(self) -> list[Unit]:
        rows = self.db.query("SELECT * FROM units ORDER BY name COLLATE NOCASE, code")
        centres = self._centres()
        return [_unit(r, centres.get(r["id"], ())) for r in rows]

    def _one(self, row: sqlite3.Row | None) -> Unit | None:
        return _unit(row, self._centres([row["id"]]).get(row["id"], ())) if row else None

    def get(self, unit_id: int) -> Unit | None:
        return self._one(self.db.query_one("SELECT * FROM units WHERE id = ?", (unit_id,)))

    def by_code(self, code: str) -> Unit | None:
        return self._one(self.db.query_one("SELECT * FROM units WHERE code = ?", (code.strip(),)))

    def add(self, code: str, name: str, area: CareArea, centres: list[str] | None = None) -> Unit:
        centres = list(centres or [code])
        with self.db.write() as c:
            cur = c.execute("INSERT INTO units (code, name, care_area) VALUES (?, ?, ?)", (code, name, area.value))
            unit_id = inserted_id(cur)
            _write_centres(c, unit_id, centres)
        return Unit(unit_id, code, name, area, tuple(centres))

    def set_cost_centres(self, unit_id: int, centres: list[str]) -> None:
        """Replace the unit's cost centres with ``centres`` (in this order)."""
        with self.db.write() as c:
            c.execute("DELETE FROM unit_cost_centres WHERE unit_id = ?", (unit_id,))
            _write_centres(c, unit_id, centres)

    def update(self, unit_id: int, name: str, area: CareArea) -> None:
        with self.db.write() as c:
            c.execute("UPDATE units SET name = ?, care_area = ? WHERE id = ?", (name, area.value, unit_id))


def _write_centres(c: sqlite3.Connection, unit_id: int, centres: list[str]) -> None:
    c.executemany(
        "INSERT INTO unit_cost_centres (unit_id, code, position) VALUES (?, ?, ?)",
        [(unit_id, code, i) for i, code in enumerate(centres)],
    )


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
