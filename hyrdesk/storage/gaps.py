"""Staffing gaps in SQL: saving, paging through a filtered and sorted list, monthly sums.

The browse table may hold a million rows, so everything it asks for is done
by SQLite on an index (see the migration m002_gaps for which index serves
what): counts, one page of rows at a time, sorting. A page is fetched with a
*deferred join*: the offset is skipped in a covering index and only the
page's own rows are read from the table, so row 900 000 costs about as much
as row 0.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from hyrdesk.domain.cover_mix import CoverCell
from hyrdesk.domain.gap_summary import RawCell, month_shares, raw_cells
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.storage.db import Database, inserted_id

T = TypeVar("T")

# Sortable columns: key → SQL column. Ties are broken by date, then id, in the
# same direction, which every index (unit_id, column, start_date[, rowid]) serves.
# Categories sort by id, the order they were created in (= their sort order).
SORT_COLUMNS = {
    "date": None,
    "shift": "shift",
    "category": "category_id",
    "hours": "minutes",
    "cause": "cause",
    "coverage": "coverage",
    "agency": "agency",
    "cost": "cost_ore",
}

_COLUMNS = (
    "id, unit_id, start_date, end_date, period, last_period, shift, weekend, category_id, minutes, "
    "cause, coverage, agency, cost_ore, note, fingerprint"
)
_INSERT = (
    f"INSERT INTO gaps ({_COLUMNS}) VALUES "
    "(:id, :unit_id, :start_date, :end_date, :period, :last_period, :shift, :weekend, :category_id, "
    ":minutes, :cause, :coverage, :agency, :cost_ore, :note, :fingerprint)"
)


@dataclass(frozen=True)
class GapFilter:
    """What the browse table shows. Dates filter on the gap's first day, both ends included."""

    first: _dt.date | None = None
    last: _dt.date | None = None
    category_id: int | None = None
    cause: Cause | None = None
    coverage: Coverage | None = None
    text: str = ""


def _params(g: Gap) -> dict[str, object]:
    return {
        "id": g.id,
        "unit_id": g.unit_id,
        "start_date": g.start.isoformat(),
        "end_date": g.end.isoformat(),
        "period": g.period.compact,
        "last_period": g.last_period.compact,
        "shift": g.shift.value,
        "weekend": int(g.weekend),
        "category_id": g.category_id,
        "minutes": g.minutes,
        "cause": g.cause.value,
        "coverage": g.coverage.value,
        "agency": g.agency,
        "cost_ore": None if g.cost is None else g.cost.ore,
        "note": g.note,
        "fingerprint": g.fingerprint,
    }


def _gap(r: Sequence[Any]) -> Gap:
    # Positional, in _COLUMNS order: a million-row scroll builds many of these.
    return Gap(
        id=r[0],
        unit_id=r[1],
        start=_dt.date.fromisoformat(r[2]),
        end=_dt.date.fromisoformat(r[3]),
        shift=Shift(r[6]),
        category_id=r[8],
        minutes=r[9],
        cause=Cause(r[10]),
        coverage=Coverage(r[11]),
        agency=r[12],
        cost=None if r[13] is None else Money(r[13]),
        note=r[14],
        fingerprint=r[15],
    )


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def text_match(flt: GapFilter) -> str | None:
    """The FTS5 query for the filter's words of three characters or more (the trigram index needs three)."""
    long_words = [w for w in flt.text.split() if len(w) >= 3]
    return " AND ".join(_fts_phrase(w) for w in long_words) if long_words else None


def where_clause(unit_id: int, flt: GapFilter, text_drives: bool = False) -> tuple[str, list[object]]:
    """The WHERE clause (without the keyword) and its parameters for a unit and a filter.

    ``text_drives``: make SQLite start from the text index's matches and look
    each up by id (``+unit_id`` keeps it off the unit's indexes). That is the
    fast way when the words are rare; when they are common, walking an index
    in display order and checking each id against the matches finds a page
    sooner. The caller decides (see ``GapRepository.page``).
    """
    match = text_match(flt)
    parts = ["+unit_id = ?" if text_drives and match else "unit_id = ?"]
    params: list[object] = [unit_id]
    if flt.first is not None:
        parts.append("start_date >= ?")
        params.append(flt.first.isoformat())
    if flt.last is not None:
        parts.append("start_date <= ?")
        params.append(flt.last.isoformat())
    if flt.category_id is not None:
        parts.append("category_id = ?")
        params.append(flt.category_id)
    if flt.cause is not None:
        parts.append("cause = ?")
        params.append(flt.cause.value)
    if flt.coverage is not None:
        parts.append("coverage = ?")
        params.append(flt.coverage.value)
    if match:
        parts.append("id IN (SELECT rowid FROM gaps_text WHERE gaps_text MATCH ?)")
        params.append(match)
    for w in flt.text.split():  # shorter words are matched with LIKE
        if len(w) < 3:
            parts.append("(note LIKE ? ESCAPE '\\' OR agency LIKE ? ESCAPE '\\')")
            params += [_like(w), _like(w)]
    return " AND ".join(parts), params


def order_clause(sort: str, descending: bool, prefix: str = "") -> str:
    if sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort key {sort!r}")
    d = " DESC" if descending else ""
    keys = [SORT_COLUMNS[sort]] if SORT_COLUMNS[sort] else []
    return ", ".join(f"{prefix}{k}{d}" for k in (*keys, "start_date", "id"))


class GapRepository:
    def __init__(self, db: Database):
        self.db = db
        self._match_counts: dict[str, tuple[int, int]] = {}

    # --- writing ------------------------------------------------------------------
    def insert(self, gap: Gap) -> Gap:
        with self.db.write() as c:
            cur = c.execute(_INSERT, _params(gap))
            return gap.with_changes(id=inserted_id(cur))

    def insert_many(self, gaps: Iterable[Gap]) -> int:
        """Insert in one transaction; rows whose fingerprint is already stored are skipped."""
        sql = _INSERT + " ON CONFLICT (fingerprint) WHERE fingerprint IS NOT NULL DO NOTHING"
        with self.db.write() as c:
            # rowcount, unlike total_changes, leaves out the text index's trigger writes.
            return max(c.executemany(sql, (_params(g) for g in gaps)).rowcount, 0)

    def update(self, gap: Gap) -> None:
        params = _params(gap)
        sets = ", ".join(f"{k} = :{k}" for k in params if k not in ("id", "unit_id", "fingerprint"))
        with self.db.write() as c:
            c.execute(f"UPDATE gaps SET {sets} WHERE id = :id", params)

    def delete(self, ids: Sequence[int]) -> list[Gap]:
        """Delete and return what was deleted (for undo)."""
        with self.db.write() as c:
            gaps = self.get_many(ids)
            for batch in _batches(list(ids)):
                c.execute(f"DELETE FROM gaps WHERE id IN ({','.join('?' * len(batch))})", batch)
        return gaps

    def restore(self, gaps: Sequence[Gap]) -> None:
        """Put deleted gaps back under their old ids (undo of a delete)."""
        with self.db.write() as c:
            c.executemany(_INSERT, [_params(g) for g in gaps])

    # --- reading --------------------------------------------------------------------
    def get(self, gap_id: int) -> Gap | None:
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM gaps WHERE id = ?", (gap_id,)).fetchone()
        return _gap(row) if row else None

    def get_many(self, ids: Sequence[int]) -> list[Gap]:
        rows = []
        for batch in _batches(list(ids)):
            rows += self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM gaps WHERE id IN ({','.join('?' * len(batch))})", batch
            ).fetchall()
        return [_gap(r) for r in sorted(rows, key=lambda r: r[0])]  # r[0] is the id

    def count(self, unit_id: int, flt: GapFilter) -> int:
        # Counting visits every match anyway: from the text index's matches is never slower.
        where, params = where_clause(unit_id, flt, text_drives=True)
        return int(self.db.conn.execute(f"SELECT COUNT(*) FROM gaps WHERE {where}", params).fetchone()[0])

    def _text_drives(self, match: str | None, offset: int, limit: int) -> bool:
        """Start from the text matches, or walk the display order checking ids? Whichever reads less.

        Walking reads about (offset + limit) × rows / matches index entries;
        starting from the matches reads and sorts all of them. Both counts are
        cheap and remembered a while (they only steer the choice).
        """
        if match is None:
            return False
        if match not in self._match_counts:
            if len(self._match_counts) > 64:
                self._match_counts.clear()
            c = self.db.conn
            self._match_counts[match] = (
                c.execute("SELECT COUNT(*) FROM gaps_text WHERE gaps_text MATCH ?", (match,)).fetchone()[0],
                c.execute("SELECT COALESCE(MAX(id), 0) FROM gaps").fetchone()[0],  # about the number of rows
            )
        matches, rows = self._match_counts[match]
        return (offset + limit) * rows > 4 * matches * matches

    def page(
        self,
        unit_id: int,
        flt: GapFilter,
        sort: str = "date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Gap]:
        where, params = where_clause(unit_id, flt, self._text_drives(text_match(flt), offset, limit))
        sql = (
            f"SELECT {', '.join('g.' + c.strip() for c in _COLUMNS.split(','))} FROM "
            f"(SELECT id FROM gaps WHERE {where} ORDER BY {order_clause(sort, descending)} LIMIT ? OFFSET ?) k "
            f"JOIN gaps g ON g.id = k.id ORDER BY {order_clause(sort, descending, 'g.')}"
        )
        return [_gap(r) for r in self.db.conn.execute(sql, [*params, limit, offset])]

    def existing_fingerprints(self, fingerprints: Iterable[str | None]) -> set[str]:
        found: set[str] = set()
        for batch in _batches(list(fingerprints)):
            sql = f"SELECT fingerprint FROM gaps WHERE fingerprint IN ({','.join('?' * len(batch))})"
            found.update(r[0] for r in self.db.conn.execute(sql, batch))
        return found

    def ids_for_fingerprints(self, fingerprints: Sequence[str]) -> list[int]:
        ids: list[int] = []
        for batch in _batches(list(fingerprints)):
            sql = f"SELECT id FROM gaps WHERE fingerprint IN ({','.join('?' * len(batch))})"
            ids += [r[0] for r in self.db.conn.execute(sql, batch)]
        return sorted(ids)

    def agencies(self, unit_id: int) -> list[str]:
        """The agencies the unit has used, for completion in the form."""
        rows = self.db.conn.execute(
            "SELECT DISTINCT agency FROM gaps WHERE unit_id = ? AND agency > '' ORDER BY agency", (unit_id,)
        )
        return [r[0] for r in rows]

    # --- the monthly summary ----------------------------------------------------------
    def summary_cells(self, unit_id: int, first: Period, last: Period) -> list[RawCell]:
        """Minutes per (month, cause, coverage): SQL sums the gaps inside one month; the few that
        span months are split per day (domain.gap_summary.month_shares)."""
        c = self.db.conn
        cells: list[RawCell] = [
            ((p // 100) * 12 + p % 100 - 1, cause, coverage, minutes)
            for p, cause, coverage, minutes in c.execute(
                "SELECT period, cause, coverage, SUM(minutes) FROM gaps "
                "WHERE unit_id = ? AND period BETWEEN ? AND ? AND last_period = period "
                "GROUP BY period, cause, coverage",
                (unit_id, first.compact, last.compact),
            )
        ]
        fromiso = _dt.date.fromisoformat
        for start, end, minutes, cause, coverage in c.execute(
            "SELECT start_date, end_date, minutes, cause, coverage FROM gaps "
            "WHERE unit_id = ? AND last_period <> period AND last_period >= ? AND period <= ?",
            (unit_id, first.compact, last.compact),
        ):
            cells.extend(raw_cells(fromiso(start), fromiso(end), minutes, cause, coverage))
        return cells

    def cover_cells(self, unit_id: int, first: Period, last: Period) -> list[CoverCell]:
        """Minutes per (month, staff category name, coverage), split per day like ``summary_cells``."""
        c = self.db.conn
        cells: list[CoverCell] = [
            ((p // 100) * 12 + p % 100 - 1, category, coverage, minutes)
            for p, category, coverage, minutes in c.execute(
                "SELECT g.period, s.name, g.coverage, SUM(g.minutes) FROM gaps g "
                "JOIN staff_categories s ON s.id = g.category_id "
                "WHERE g.unit_id = ? AND g.period BETWEEN ? AND ? AND g.last_period = g.period "
                "GROUP BY g.period, s.name, g.coverage",
                (unit_id, first.compact, last.compact),
            )
        ]
        fromiso = _dt.date.fromisoformat
        for start, end, minutes, category, coverage in c.execute(
            "SELECT g.start_date, g.end_date, g.minutes, s.name, g.coverage FROM gaps g "
            "JOIN staff_categories s ON s.id = g.category_id "
            "WHERE g.unit_id = ? AND g.last_period <> g.period AND g.last_period >= ? AND g.period <= ?",
            (unit_id, first.compact, last.compact),
        ):
            cells.extend((i, category, coverage, m) for i, m in month_shares(fromiso(start), fromiso(end), minutes))
        return cells

    def hire_cost_by_month(self, unit_id: int, first: Period, last: Period) -> dict[int, int]:
        """The hire gaps' recorded cost (öre) per month index, for gaps within one month only.

        Gaps spanning months are left out: their cost cannot be placed in a month without a guess.
        """
        return {
            (p // 100) * 12 + p % 100 - 1: ore
            for p, ore in self.db.conn.execute(
                "SELECT period, SUM(cost_ore) FROM gaps WHERE unit_id = ? AND coverage = 'hyrpersonal' "
                "AND cost_ore IS NOT NULL AND period BETWEEN ? AND ? AND last_period = period GROUP BY period",
                (unit_id, first.compact, last.compact),
            )
        }

    def first_and_last_start(self, unit_id: int) -> tuple[_dt.date, _dt.date] | None:
        """The earliest and the latest first day of the unit's gaps (two index look-ups)."""
        c = self.db.conn
        lo = c.execute("SELECT MIN(start_date) FROM gaps WHERE unit_id = ?", (unit_id,)).fetchone()[0]
        if lo is None:
            return None
        hi = c.execute("SELECT MAX(start_date) FROM gaps WHERE unit_id = ?", (unit_id,)).fetchone()[0]
        return _dt.date.fromisoformat(lo), _dt.date.fromisoformat(hi)


def _batches(items: list[T], size: int = 500) -> Iterator[list[T]]:
    """Pieces small enough for SQLite's limit on parameters per statement."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
