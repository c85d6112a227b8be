"""Tariffs, unit zones, bookings, invoice lines and deviations."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from hyrdesk.domain.agreement import Booking, Deviation, DeviationReason, InvoiceLine, Tariff
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.storage.db import Database


def _date(text: str | None) -> _dt.date | None:
    return None if text is None else _dt.date.fromisoformat(text)


def _iso(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


BOOKING_COLUMNS = (
    "id, unit_id, ref, category, level, supplier, start_date, end_date, hours_ordered, outside_agreement, "
    "ivo_date, hosp_date, cpr_date, karens_checked"
)


def _booking(r: sqlite3.Row | tuple[Any, ...]) -> Booking:
    (id_, unit_id, ref, category, level, supplier, start, end, hours, outside, ivo, hosp, cpr, karens) = r
    return Booking(
        ref=ref,
        category=category,
        level=level,
        supplier=supplier,
        start=_dt.date.fromisoformat(start),
        end=_dt.date.fromisoformat(end),
        hours_ordered=Decimal(hours),
        outside_agreement=bool(outside),
        ivo_checked_on=_date(ivo),
        hosp_checked_on=_date(hosp),
        cpr_trained_on=_date(cpr),
        karens_checked=None if karens is None else bool(karens),
        unit_id=unit_id,
        id=id_,
    )


class AgreementRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- tariffs -------------------------------------------------------------------------
    def tariffs(self) -> list[Tariff]:
        rows = self.db.conn.execute(
            "SELECT category, level, zone, valid_from, price_ore FROM tariffs ORDER BY category, level, zone, valid_from"
        )
        return [Tariff(c, lv, z, _dt.date.fromisoformat(v), Money(p)) for c, lv, z, v, p in rows]

    def replace_tariffs(self, tariffs: Iterable[Tariff], source: str) -> int:
        """The region's table replaces the one there was, in one transaction."""
        rows = [(t.category, t.level, t.zone, t.valid_from.isoformat(), t.price_per_hour.ore, source) for t in tariffs]
        with self.db.write() as c:
            c.execute("DELETE FROM tariffs")
            c.executemany(
                "INSERT INTO tariffs (category, level, zone, valid_from, price_ore, source) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def tariff_source(self) -> str | None:
        source: str | None = self.db.scalar("SELECT source FROM tariffs LIMIT 1")
        return source

    # --- zones ---------------------------------------------------------------------------------
    def zone(self, unit_id: int) -> int | None:
        zone: int | None = self.db.scalar("SELECT zone FROM unit_zones WHERE unit_id = ?", (unit_id,))
        return zone

    def set_zone(self, unit_id: int, zone: int | None) -> None:
        with self.db.write() as c:
            if zone is None:
                c.execute("DELETE FROM unit_zones WHERE unit_id = ?", (unit_id,))
            else:
                c.execute(
                    "INSERT INTO unit_zones (unit_id, zone) VALUES (?, ?) "
                    "ON CONFLICT(unit_id) DO UPDATE SET zone = excluded.zone",
                    (unit_id, zone),
                )

    # --- bookings ------------------------------------------------------------------------------
    def bookings(self, unit_id: int) -> list[Booking]:
        rows = self.db.conn.execute(
            f"SELECT {BOOKING_COLUMNS} FROM bookings WHERE unit_id = ? ORDER BY start_date, ref", (unit_id,)
        )
        return [_booking(r) for r in rows]

    def booking_by_ref(self, ref: str) -> Booking | None:
        row = self.db.conn.execute(f"SELECT {BOOKING_COLUMNS} FROM bookings WHERE ref = ?", (ref,)).fetchone()
        return None if row is None else _booking(row)

    def save_booking(self, b: Booking) -> Booking:
        values = (
            b.unit_id,
            b.ref,
            b.category,
            b.level,
            b.supplier,
            b.start.isoformat(),
            b.end.isoformat(),
            str(b.hours_ordered),
            int(b.outside_agreement),
            _iso(b.ivo_checked_on),
            _iso(b.hosp_checked_on),
            _iso(b.cpr_trained_on),
            None if b.karens_checked is None else int(b.karens_checked),
        )
        with self.db.write() as c:
            if b.id is None:
                cur = c.execute(
                    "INSERT INTO bookings (unit_id, ref, category, level, supplier, start_date, end_date, "
                    "hours_ordered, outside_agreement, ivo_date, hosp_date, cpr_date, karens_checked) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                return replace(b, id=cur.lastrowid)
            c.execute(
                "UPDATE bookings SET unit_id = ?, ref = ?, category = ?, level = ?, supplier = ?, start_date = ?, "
                "end_date = ?, hours_ordered = ?, outside_agreement = ?, ivo_date = ?, hosp_date = ?, cpr_date = ?, "
                "karens_checked = ? WHERE id = ?",
                (*values, b.id),
            )
        return b

    def delete_booking(self, booking_id: int) -> None:
        with self.db.write() as c:
            c.execute("UPDATE gaps SET booking_id = NULL WHERE booking_id = ?", (booking_id,))
            c.execute("DELETE FROM invoice_lines WHERE booking_id = ?", (booking_id,))
            c.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))

    # --- gaps covered by a booking ------------------------------------------------------------
    def link_gap(self, gap_id: int, booking_id: int | None) -> bool:
        """Point a gap covered by hire at its booking (None: at none); False when there is no such gap."""
        with self.db.write() as c:
            cur = c.execute(
                "UPDATE gaps SET booking_id = ? WHERE id = ? AND coverage = 'hyrpersonal'", (booking_id, gap_id)
            )
        return cur.rowcount == 1

    def gap_minutes_by_booking(self, unit_id: int) -> dict[str, tuple[int, int]]:
        """Booking ref -> (number of gaps, their minutes) for the gaps that point at it."""
        rows = self.db.conn.execute(
            "SELECT b.ref, COUNT(g.id), COALESCE(SUM(g.minutes), 0) FROM bookings b "
            "JOIN gaps g ON g.booking_id = b.id WHERE b.unit_id = ? GROUP BY b.ref",
            (unit_id,),
        )
        return {ref: (n, minutes) for ref, n, minutes in rows}

    # --- invoice lines -----------------------------------------------------------------------
    def invoices(self, unit_id: int) -> list[InvoiceLine]:
        rows = self.db.conn.execute(
            "SELECT i.id, b.ref, i.month, i.hours, i.amount_ore, i.travel_ore FROM invoice_lines i "
            "JOIN bookings b ON b.id = i.booking_id WHERE b.unit_id = ? ORDER BY i.month, i.id",
            (unit_id,),
        )
        return [InvoiceLine(ref, Period.parse(m), Decimal(h), Money(a), Money(t), id_) for id_, ref, m, h, a, t in rows]

    def add_invoice(self, booking_id: int, line: InvoiceLine) -> InvoiceLine:
        with self.db.write() as c:
            cur = c.execute(
                "INSERT INTO invoice_lines (booking_id, month, hours, amount_ore, travel_ore) VALUES (?, ?, ?, ?, ?)",
                (booking_id, str(line.month), str(line.hours), line.amount.ore, line.travel.ore),
            )
        return InvoiceLine(line.booking_ref, line.month, line.hours, line.amount, line.travel, cur.lastrowid)

    def delete_invoice(self, invoice_id: int) -> None:
        with self.db.write() as c:
            c.execute("DELETE FROM invoice_lines WHERE id = ?", (invoice_id,))

    # --- deviations ---------------------------------------------------------------------------
    def deviations(self, unit_id: int) -> list[Deviation]:
        rows = self.db.conn.execute(
            "SELECT d.id, d.date, b.ref, d.reason, d.above_tariff_ore, d.approver_role, d.escalated_to_role, "
            "d.action_id, d.note FROM deviations d LEFT JOIN bookings b ON b.id = d.booking_id "
            "WHERE d.unit_id = ? ORDER BY d.date, d.id",
            (unit_id,),
        )
        return [
            Deviation(
                _dt.date.fromisoformat(day), ref or "", DeviationReason(reason), Money(kr), approver, escalated,
                action, note, unit_id, id_,
            )
            for id_, day, ref, reason, kr, approver, escalated, action, note in rows
        ]  # fmt: skip

    def add_deviation(self, d: Deviation, booking_id: int | None) -> Deviation:
        with self.db.write() as c:
            cur = c.execute(
                "INSERT INTO deviations (unit_id, date, booking_id, reason, above_tariff_ore, approver_role, "
                "escalated_to_role, action_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (d.unit_id, d.date.isoformat(), booking_id, d.reason.value, d.above_tariff.ore, d.approver_role,
                 d.escalated_to_role, d.action_id, d.note),
            )  # fmt: skip
        return replace(d, id=cur.lastrowid)

    def delete_deviation(self, deviation_id: int) -> None:
        with self.db.write() as c:
            c.execute("DELETE FROM deviations WHERE id = ?", (deviation_id,))
