"""Schema v11: the ledger cost centres (kostnadsställen, ansvar) of each unit.

A unit's display code (``units.code``) names it in exports and the shared
folder and never changes; the ledger's cost-centre codes are something else
(a unit "MED4" is often *Ansvar* 41230 in the finance system), and a unit
may have several. Until now the display code doubled as the only cost
centre, so every existing unit starts with its code as its one cost centre:
imports behave exactly as before until the user changes the list.
"""

SQL = """
CREATE TABLE unit_cost_centres (
    unit_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    code     TEXT NOT NULL COLLATE NOCASE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, code)
);

INSERT INTO unit_cost_centres (unit_id, code, position) SELECT id, code, 0 FROM units;
"""
