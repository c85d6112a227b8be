"""Staff categories (yrkeskategorier), the report groups they roll up into, and the words that mean them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Report groups as the regions' hire-cost reports present them. Their order is the
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


# --- staff categories as people and finance systems write them --------------------------
# The category (by its default name, lower case) each common word, abbreviation or
# plural means: in a gap import, a gap form and a ledger export alike.
_CATEGORY_WORDS = {
    "läkare": (
        "läk",
        "lak",
        "lakare",
        "läkare",
        "överläkare",
        "specialistläkare",
        "st-läkare",
        "underläkare",
        "hyrläkare",
        "leg läkare",
        "distriktsläkare",
        "at-läkare",
        "doktor",
    ),
    "sjuksköterska": (
        "ssk",
        "sjuksköterskor",
        "sjukskoterska",
        "sjuksköterska",
        "spec ssk",
        "specialistsjuksköterska",
        "distriktssköterska",
        "leg ssk",
        "iva-ssk",
        "hyrsjuksköterska",
    ),
    "barnmorska": ("bm", "barnmorskor", "barnmorska"),
    "undersköterska": ("usk", "undersköterskor", "underskoterska", "undersköterska", "skötare"),
    "övriga": ("övrig", "ovriga", "övriga", "annan", "annat", "övrigt", "övriga yrkeskategorier", "övrig personal"),
}
# Report-group names as ledger exports write them. A ledger books per report group, so a
# category of that group will do; one person's gap has one category, so there they are not
# accepted (a nurse or a midwife?).
_REPORT_GROUP_WORDS = {
    "sjuksköterska": ("sjuksköterskor/barnmorskor", "ssk/barnmorskor", "ssk/bm"),
}


def _by_word(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {word: name for name, words in table.items() for word in words}


_CATEGORY_BY_WORD = _by_word(_CATEGORY_WORDS)
_GROUP_BY_WORD = _by_word(_REPORT_GROUP_WORDS)


def match_category(
    text: str, categories: Iterable[StaffCategory], *, report_groups: bool = False
) -> StaffCategory | None:
    """The category a written name means: its exact name, else a common abbreviation (``ssk``).

    ``report_groups``: also a report group's name as ledgers write it (``Sjuksköterskor/barnmorskor``).
    """
    wanted = " ".join(str(text).strip().lower().split())
    if not wanted:
        return None
    cats = list(categories)
    for c in cats:
        if c.name.lower() == wanted:
            return c
    name = _CATEGORY_BY_WORD.get(wanted) or (_GROUP_BY_WORD.get(wanted) if report_groups else None)
    if name is not None:
        for c in cats:
            if c.name.lower() == name:
                return c
    return None
