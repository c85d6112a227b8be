"""Units (enheter) and their care areas."""

from __future__ import annotations

import re
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

    @property
    def display(self) -> str:
        return f"{self.name} ({self.code})"


# A cost-centre code: letters, digits and - _ . only, so it is safe in file names.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
