"""Staff categories (yrkeskategorier) and the report groups they roll up into."""

from __future__ import annotations

from dataclasses import dataclass

# Report groups as the regions present them (seed 003). Their order is the
# order of rows in every table; "Totalt" is computed, never stored.
DOCTORS = "Läkare"
NURSES = "Sjuksköterskor/barnmorskor"
OTHERS = "Övriga"
TOTAL = "Totalt"
REPORT_GROUPS = (DOCTORS, NURSES, OTHERS)

# The categories a new database starts with, and their report group.
DEFAULT_CATEGORIES = (
    ("Läkare", DOCTORS),
    ("Sjuksköterska", NURSES),
    ("Barnmorska", NURSES),
    ("Undersköterska", OTHERS),
    ("Övriga", OTHERS),
)


@dataclass(frozen=True, slots=True)
class StaffCategory:
    id: int
    name: str
    report_group: str
    sort_order: int = 0
    active: bool = True
