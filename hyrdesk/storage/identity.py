"""Which SQLite files are hyrdesk's: ``PRAGMA application_id`` and, for older files, the schema.

hyrdesk marks its database with :data:`APPLICATION_ID` (written by every
migration, so existing databases get it at their next one). A file is
hyrdesk's when it carries the mark, or, for a database from before the mark,
when it has no other program's mark, a schema version and hyrdesk's own
tables. An empty file (no tables, no version, no mark) becomes a new hyrdesk
database. Anything else is another program's and is never written to.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# "Hyrd" in ASCII: 0x48797264.
APPLICATION_ID = 0x48797264
# Tables every hyrdesk schema since version 1 has.
CORE_TABLES = frozenset({"settings", "units"})


@dataclass(frozen=True)
class Identity:
    application_id: int
    user_version: int
    tables: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.tables and self.user_version == 0 and self.application_id == 0

    @property
    def marked(self) -> bool:
        return self.application_id == APPLICATION_ID

    @property
    def hyrdesk(self) -> bool:
        if self.marked:
            return True
        if self.application_id != 0:
            return False
        return self.user_version > 0 and set(self.tables) >= CORE_TABLES

    def describe(self) -> str:
        """What the file is, in Swedish, for a refusal."""
        parts = []
        if self.application_id:
            parts.append(f"programmärkning {self.application_id} (0x{self.application_id:08x})")
        if self.user_version:
            parts.append(f"schemaversion {self.user_version}")
        shown = ", ".join(self.tables[:6]) + (f" och {len(self.tables) - 6} till" if len(self.tables) > 6 else "")
        parts.append(f"tabeller: {shown}" if self.tables else "inga tabeller")
        return "; ".join(parts)


def identify(conn: sqlite3.Connection) -> Identity:
    """Read the marks of the database on ``conn`` (reads only)."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = tuple(
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    )
    return Identity(app_id, version, tables)
