"""Costs in SQL: the account table, cost figures and the ledger import log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from hyrdesk.domain.accounts import AccountKind, AccountRange, AccountRule
from hyrdesk.domain.costs import CostFigure, CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.storage.db import Database, inserted_id


@dataclass(frozen=True)
class LedgerLine:
    """One summed ledger figure about to be saved (month, kind, category, agency, account)."""

    period: Period
    kind: CostKind
    category_id: int | None
    agency: str | None
    account: int | None
    amount: Money


@dataclass(frozen=True)
class ImportRecord:
    id: int
    unit_id: int
    file_name: str
    sha256: str
    rows_read: int
    rows_imported: int
    rows_rejected: int
    rows_skipped: int
    first_period: str | None
    last_period: str | None
    imported_at: str
    undone_at: str | None
    replaced: int = 0  # figures of earlier imports this one superseded
    replaced_by: int = 0  # of this import's figures, how many a later import superseded


@dataclass(frozen=True)
class MonthCell:
    """A month's figure for one kind and category: from the ledger, and by hand."""

    kind: CostKind
    category_id: int | None
    ledger: Money
    manual: Money | None


class AccountRepository:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> list[AccountRule]:
        rows = self.db.query(
            "SELECT a.id, a.first_account, a.last_account, a.kind, a.category_id, c.name AS category "
            "FROM cost_accounts a LEFT JOIN staff_categories c ON c.id = a.category_id "
            "ORDER BY a.first_account, a.last_account DESC"
        )
        return [
            AccountRule(
                r["id"],
                AccountRange(r["first_account"], r["last_account"]),
                AccountKind(r["kind"]),
                r["category_id"],
                r["category"],
            )
            for r in rows
        ]

    def upsert(self, rng: AccountRange, kind: AccountKind, category_id: int | None) -> None:
        with self.db.write() as c:
            c.execute(
                "INSERT INTO cost_accounts (first_account, last_account, kind, category_id) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (first_account, last_account) DO UPDATE SET kind = excluded.kind, "
                "category_id = excluded.category_id",
                (rng.first, rng.last, kind.value, category_id),
            )

    def delete(self, rng: AccountRange) -> bool:
        with self.db.write() as c:
            cur = c.execute(
                "DELETE FROM cost_accounts WHERE first_account = ? AND last_account = ?", (rng.first, rng.last)
            )
            return cur.rowcount > 0

    def restore(self, rules: Iterable[AccountRule]) -> None:
        """Put rules back exactly (used to undo an edit of the table)."""
        with self.db.write() as c:
            c.execute("DELETE FROM cost_accounts")
            c.executemany(
                "INSERT INTO cost_accounts (first_account, last_account, kind, category_id) VALUES (?, ?, ?, ?)",
                [(r.range.first, r.range.last, r.kind.value, r.category_id) for r in rules],
            )


class CostRepository:
    def __init__(self, db: Database):
        self.db = db

    # --- reading figures -------------------------------------------------------
    def figures(self, unit_id: int) -> list[CostFigure]:
        """Live figures summed per month, kind and report group (None = no category)."""
        rows = self.db.query(
            "SELECT e.period, e.kind, g.name AS grp, SUM(e.amount_ore) AS ore, "
            "CASE WHEN g.name IS NULL THEN e.account END AS acc "
            "FROM cost_entries e "
            "LEFT JOIN staff_categories c ON c.id = e.category_id "
            "LEFT JOIN report_groups g ON g.id = c.report_group_id "
            "WHERE e.unit_id = ? AND e.superseded_by IS NULL "
            "GROUP BY e.period, e.kind, g.name, acc",
            (unit_id,),
        )
        return [
            CostFigure(Period.parse(r["period"]), CostKind(r["kind"]), r["grp"], Money(r["ore"]), r["acc"])
            for r in rows
        ]

    def account_texts(self) -> dict[int, str]:
        """The ledger's text for each account, as the latest import that had one gave it."""
        return {r["account"]: r["text"] for r in self.db.query("SELECT account, text FROM account_texts")}

    def month_cells(self, unit_id: int, period: Period) -> list[MonthCell]:
        rows = self.db.query(
            "SELECT kind, category_id, "
            "SUM(CASE WHEN source = 'ledger' THEN amount_ore ELSE 0 END) AS ledger, "
            "SUM(CASE WHEN source = 'manual' THEN amount_ore END) AS manual "
            "FROM cost_entries WHERE unit_id = ? AND period = ? AND superseded_by IS NULL "
            "GROUP BY kind, category_id",
            (unit_id, str(period)),
        )
        return [
            MonthCell(
                CostKind(r["kind"]),
                r["category_id"],
                Money(r["ledger"] or 0),
                None if r["manual"] is None else Money(r["manual"]),
            )
            for r in rows
        ]

    def has_figures(self, unit_id: int) -> bool:
        exists = self.db.scalar(
            "SELECT EXISTS (SELECT 1 FROM cost_entries WHERE unit_id = ? AND superseded_by IS NULL)", (unit_id,)
        )
        return bool(exists == 1)

    # --- manual entries ------------------------------------------------------------
    def manual(self, unit_id: int, period: Period, kind: CostKind, category_id: int) -> Money | None:
        ore = self.db.scalar(
            "SELECT amount_ore FROM cost_entries WHERE source = 'manual' AND unit_id = ? AND period = ? "
            "AND kind = ? AND category_id = ?",
            (unit_id, str(period), kind.value, category_id),
        )
        return None if ore is None else Money(ore)

    def set_manual(self, unit_id: int, period: Period, kind: CostKind, category_id: int, amount: Money | None) -> None:
        """Set (or with None remove) the manual figure for one month, kind and category."""
        with self.db.write() as c:
            c.execute(
                "DELETE FROM cost_entries WHERE source = 'manual' AND unit_id = ? AND period = ? AND kind = ? "
                "AND category_id = ?",
                (unit_id, str(period), kind.value, category_id),
            )
            if amount is not None:
                c.execute(
                    "INSERT INTO cost_entries (unit_id, period, kind, category_id, amount_ore, source) "
                    "VALUES (?, ?, ?, ?, ?, 'manual')",
                    (unit_id, str(period), kind.value, category_id, amount.ore),
                )

    # --- ledger imports -----------------------------------------------------------------
    def save_import(
        self,
        unit_id: int,
        file_name: str,
        sha256: str,
        counts: dict[str, int],
        lines: list[LedgerLine],
        account_texts: dict[int, str] | None = None,
    ) -> tuple[int, int]:
        """Log the import, supersede the live ledger figures of the same months and kinds, insert.

        Returns (import id, number of earlier figures superseded).
        """
        periods = sorted({line.period for line in lines})
        with self.db.write() as c:
            cur = c.execute(
                "INSERT INTO cost_imports (unit_id, file_name, sha256, rows_read, rows_imported, rows_rejected, "
                "rows_skipped, first_period, last_period) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    unit_id,
                    file_name,
                    sha256,
                    counts["read"],
                    counts["imported"],
                    counts["rejected"],
                    counts["skipped"],
                    str(periods[0]) if periods else None,
                    str(periods[-1]) if periods else None,
                ),
            )
            import_id = inserted_id(cur)
            replaced = _supersede_and_insert(c, unit_id, import_id, lines)
            c.executemany(
                "INSERT INTO account_texts (account, text) VALUES (?, ?) "
                "ON CONFLICT (account) DO UPDATE SET text = excluded.text",
                sorted((account_texts or {}).items()),
            )
        return import_id, replaced

    def import_lines(self, import_id: int) -> list[LedgerLine]:
        """The figures an import saved (to put them back when its undo is redone)."""
        rows = self.db.query(
            "SELECT period, kind, category_id, agency, account, amount_ore FROM cost_entries "
            "WHERE import_id = ? ORDER BY id",
            (import_id,),
        )
        return [
            LedgerLine(
                Period.parse(r["period"]),
                CostKind(r["kind"]),
                r["category_id"],
                r["agency"],
                r["account"],
                Money(r["amount_ore"]),
            )
            for r in rows
        ]

    def newer_imports_covering(
        self, unit_id: int, import_id: int, keys: Iterable[tuple[Period, CostKind]]
    ) -> list[int]:
        """Imports after ``import_id`` whose figures are live for any of these months and kinds."""
        found: set[int] = set()
        for period, kind in keys:
            found.update(
                r[0]
                for r in self.db.query(
                    "SELECT DISTINCT import_id FROM cost_entries WHERE unit_id = ? AND period = ? AND kind = ? "
                    "AND source = 'ledger' AND superseded_by IS NULL AND import_id > ?",
                    (unit_id, str(period), kind.value, import_id),
                )
            )
        return sorted(found)

    def redo_import(self, unit_id: int, import_id: int, lines: list[LedgerLine]) -> int:
        """Put an undone import's figures back under its own log entry, replacing again what it replaced."""
        with self.db.write() as c:
            replaced = _supersede_and_insert(c, unit_id, import_id, lines)
            c.execute("UPDATE cost_imports SET undone_at = NULL WHERE id = ?", (import_id,))
        return replaced

    def imports(self, unit_id: int) -> list[ImportRecord]:
        rows = self.db.query(
            "SELECT i.*, "
            "(SELECT COUNT(*) FROM cost_entries e WHERE e.superseded_by = i.id) AS replaced, "
            "(SELECT COUNT(*) FROM cost_entries e WHERE e.import_id = i.id AND e.superseded_by IS NOT NULL) "
            "AS replaced_by "
            "FROM cost_imports i WHERE i.unit_id = ? ORDER BY i.id DESC",
            (unit_id,),
        )
        return [_import(r) for r in rows]

    def get_import(self, import_id: int) -> ImportRecord | None:
        row = self.db.query_one(
            "SELECT i.*, "
            "(SELECT COUNT(*) FROM cost_entries e WHERE e.superseded_by = i.id) AS replaced, "
            "(SELECT COUNT(*) FROM cost_entries e WHERE e.import_id = i.id AND e.superseded_by IS NOT NULL) "
            "AS replaced_by FROM cost_imports i WHERE i.id = ?",
            (import_id,),
        )
        return _import(row) if row else None

    def later_importers(self, import_id: int) -> list[int]:
        """Imports that superseded figures of this one."""
        return [
            r[0]
            for r in self.db.query(
                "SELECT DISTINCT superseded_by FROM cost_entries WHERE import_id = ? AND superseded_by IS NOT NULL",
                (import_id,),
            )
        ]

    def undo_import(self, import_id: int) -> int:
        """Remove the import's figures and bring back the ones it replaced; returns how many came back."""
        with self.db.write() as c:
            c.execute("DELETE FROM cost_entries WHERE import_id = ?", (import_id,))
            restored = c.execute(
                "UPDATE cost_entries SET superseded_by = NULL WHERE superseded_by = ?", (import_id,)
            ).rowcount
            c.execute(
                "UPDATE cost_imports SET undone_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') WHERE id = ?",
                (import_id,),
            )
        return restored


def _supersede_and_insert(c: sqlite3.Connection, unit_id: int, import_id: int, lines: list[LedgerLine]) -> int:
    """Mark the live ledger figures of the lines' months and kinds as replaced by the import, insert the lines."""
    replaced = 0
    for period, kind in sorted({(line.period, line.kind) for line in lines}):
        replaced += c.execute(
            "UPDATE cost_entries SET superseded_by = ? WHERE unit_id = ? AND period = ? AND kind = ? "
            "AND source = 'ledger' AND superseded_by IS NULL",
            (import_id, unit_id, str(period), kind.value),
        ).rowcount
    c.executemany(
        "INSERT INTO cost_entries (unit_id, period, kind, category_id, agency, account, amount_ore, source, "
        "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'ledger', ?)",
        [
            (unit_id, str(x.period), x.kind.value, x.category_id, x.agency, x.account, x.amount.ore, import_id)
            for x in lines
        ],
    )
    return replaced


def _import(r: sqlite3.Row) -> ImportRecord:
    return ImportRecord(
        r["id"],
        r["unit_id"],
        r["file_name"],
        r["sha256"],
        r["rows_read"],
        r["rows_imported"],
        r["rows_rejected"],
        r["rows_skipped"],
        r["first_period"],
        r["last_period"],
        r["imported_at"],
        r["undone_at"],
        r["replaced"],
        r["replaced_by"],
    )
