"""The text the unit manager writes for the line dialogue, one per unit and period.

It is free text that ends up in a shared folder, so it refuses anything
shaped like a personal identity number (``check_free_text``).
"""

from __future__ import annotations

import datetime as _dt

from hyrdesk.domain.period import Period
from hyrdesk.domain.privacy import check_free_text
from hyrdesk.domain.units import Unit
from hyrdesk.errors import ValidationError
from hyrdesk.storage.db import Database

MAX_TEXT = 4000


def validate_dialogue_text(text: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    problem = check_free_text(text)
    if problem:
        errors["text"] = problem
    elif len(text) > MAX_TEXT:
        errors["text"] = f"Texten får vara högst {MAX_TEXT} tecken (den är {len(text)})."
    return errors


class DialogueTextService:
    def __init__(self, db: Database):
        self.db = db

    def get(self, unit: Unit, period: Period) -> str:
        value = self.db.scalar(
            "SELECT text FROM dialogue_texts WHERE unit_id = ? AND period = ?", (unit.id, str(period))
        )
        return value or ""

    def set(self, unit: Unit, period: Period, text: str) -> str:
        """Save (an empty text removes it); raises ValidationError for a personal number or a too long text."""
        text = (text or "").replace("\r\n", "\n")
        if not text.strip():
            text = ""
        errors = validate_dialogue_text(text)
        if errors:
            raise ValidationError(errors)
        with self.db.write() as c:
            if not text:
                c.execute("DELETE FROM dialogue_texts WHERE unit_id = ? AND period = ?", (unit.id, str(period)))
            else:
                c.execute(
                    "INSERT INTO dialogue_texts (unit_id, period, text, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(unit_id, period) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                    (unit.id, str(period), text, _dt.datetime.now().replace(microsecond=0).isoformat()),
                )
        return text
