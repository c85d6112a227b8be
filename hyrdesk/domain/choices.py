"""Enums whose members have a Swedish label, parsed from either key or label.

The value is the stable key stored in the database; the label is what the UI,
the CLI and the Excel dropdowns show. Parsing accepts both, case-insensitively,
so a value typed by hand in a spreadsheet (``ta bort``, ``TA BORT``,
``ta_bort``) is understood.

The labels are Swedish wherever they are read here (the CLI, exports and
workbooks stay Swedish). Each is declared once, marked with
``QT_TRANSLATE_NOOP("Choices", ...)`` so ``make translations`` collects it,
and the GUI shows it in its own language with
``QCoreApplication.translate("Choices", label)`` (ui/widgets/choice_labels.py).
"""

from __future__ import annotations

from enum import Enum
from typing import Self

# The translation context of every choice label (the GUI translates in it).
CHOICES_CONTEXT = "Choices"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds the labels by this name
    """Mark ``text`` for translation in ``context`` and return it as it is.

    The same as Qt's, in plain Python: the domain imports no Qt. ``pyside6-lupdate``
    reads the call from the source by its name; the context must be a literal.
    """
    return text


class LabelledChoice(str, Enum):
    """Subclasses define ``_labels()`` returning ``{member: label}`` (a classmethod)."""

    @classmethod
    def _labels(cls) -> dict[Self, str]:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    @property
    def label(self) -> str:
        return type(self)._labels()[self]

    @classmethod
    def labels(cls) -> list[str]:
        return [m.label for m in cls]

    @classmethod
    def parse(cls, text: str | Self) -> Self:
        """From a key or a label; raises ValueError with a Swedish message listing the choices."""
        if isinstance(text, cls):
            return text
        wanted = _norm(str(text))
        for member in cls:
            if wanted in (_norm(member.value), _norm(member.label), *(_norm(a) for a in member.aliases())):
                return member
        choices = ", ".join(m.label.lower() for m in cls)
        raise ValueError(f"”{str(text).strip()}” är inget giltigt val. Välj bland: {choices}")

    def aliases(self) -> tuple[str, ...]:
        """Other spellings accepted when parsing; override to add some."""
        return ()


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").strip().lower().split())
