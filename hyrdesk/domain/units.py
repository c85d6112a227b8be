"""Units (enheter) and their care areas."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from hyrdesk.domain.choices import QT_TRANSLATE_NOOP
from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.validation import FieldErrors


class CareArea(str, Enum):
    """Verksamhetsområde. The value is the stable key stored in the database."""

    PRIMARY = "primarvard"
    HOSPITAL = "sjukhusvard"
    PSYCHIATRY = "psykiatri"
    OTHER = "ovrigt"

    @property
    def label(self) -> str:
        return _AREA_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> CareArea:
        """From a key or a label, case-insensitively (``primärvård``, ``primarvard``)."""
        wanted = text.strip().lower()
        for area in cls:
            if wanted in (area.value, area.label.lower()):
                return area
        choices = ", ".join(a.label.lower() for a in cls)
        raise ValueError(f"Okänt verksamhetsområde ”{text}”. Välj bland: {choices}")


_AREA_LABELS = {
    CareArea.PRIMARY: QT_TRANSLATE_NOOP("Choices", "Primärvård"),
    CareArea.HOSPITAL: QT_TRANSLATE_NOOP("Choices", "Sjukhusvård"),
    CareArea.PSYCHIATRY: QT_TRANSLATE_NOOP("Choices", "Psykiatri"),
    CareArea.OTHER: QT_TRANSLATE_NOOP("Choices", "Övrigt"),
}


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    code: str
    name: str
    care_area: CareArea
    # The codes the unit's rows carry in the ledger's cost-centre column (Ansvar, Kostnadsställe):
    # not necessarily the display code, and possibly several.
    cost_centres: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        return f"{self.name} ({self.code})"

    def owns_centre(self, code: str) -> bool:
        """Whether ledger rows with this cost-centre code are the unit's (case and spaces ignored)."""
        wanted = code.strip().lower()
        return any(c.lower() == wanted for c in self.centres)

    @property
    def centres(self) -> tuple[str, ...]:
        """The cost centres, the display code when none is set."""
        return self.cost_centres or (self.code,)


# A cost-centre code: letters, digits and - _ . only, so it is safe in file names.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def parse_cost_centres(text: str | Sequence[str]) -> list[str]:
    """``"41230, 41231"`` or a list → the codes, stripped, without empty ones and repeats (any case)."""
    parts = re.split(r"[,;\s]+", text) if isinstance(text, str) else [p for t in text for p in re.split(r"[,;\s]+", t)]
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if part and part.lower() not in {c.lower() for c in out}:
            out.append(part)
    return out


def validate_cost_centres(codes: list[str]) -> str | None:
    """A Swedish message when a cost-centre list cannot be saved, else None."""
    if not codes:
        return "Ange minst ett kostnadsställe (koden i ekonomiutdragets kolumn Ansvar eller Kostnadsställe)."
    bad = [c for c in codes if not _CODE.match(c)]
    if bad:
        return (
            f"”{bad[0]}” är inget kostnadsställe: bara bokstäverna A–Z, siffror, - _ . och högst 20 tecken. "
            "Skilj flera med komma."
        )
    return None


def validate_unit(code: str, name: str) -> FieldErrors:
    errors: FieldErrors = {}
    code = code.strip()
    if not code:
        errors["code"] = "Ange enhetens kod (kostnadsställe eller ansvar)."
    elif (refusal := check_free_text(code)) is not None:  # the code names every file in the shared folder
        errors["code"] = refusal
    elif not _CODE.match(code):
        errors["code"] = "Koden får bara innehålla bokstäverna A–Z, siffror, - _ . och högst 20 tecken."
    if not name.strip():
        errors["name"] = "Ange enhetens namn."
    elif len(name.strip()) > 80:
        errors["name"] = "Namnet får vara högst 80 tecken."
    elif refusal := check_free_text(name):  # the name goes into every export and the shared folder
        errors["name"] = refusal
    elif _CONTROL.search(name):  # an xlsx cannot hold them in its properties
        errors["name"] = "Namnet innehåller osynliga styrtecken (kanske från inklistrad text). Skriv det på nytt."
    return errors
