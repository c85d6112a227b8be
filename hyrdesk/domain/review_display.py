"""How a task's values read in the table, the import preview and the command line."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from typing import Any

from hyrdesk.domain.choices import LabelledChoice
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import ReviewTask, round_hours


def display_value(task: ReviewTask, key: str, area_name: Callable[[str], str] | None = None) -> str:
    """The value of field ``key`` as text (labels for choices, Swedish numbers, ISO dates)."""
    value: Any = getattr(task, key)
    if key == "area":
        return area_name(task.area) if area_name else task.area
    if key == "hours_per_year":
        return format_decimal(round_hours(value), 1)
    if key == "hours_freed":
        return format_decimal(value, 1)
    if value is None:
        return ""
    if isinstance(value, LabelledChoice):
        return value.label
    if key == "due_date" and isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def changed_fields(old: ReviewTask, new: ReviewTask, keys: Iterable[str]) -> list[str]:
    """The keys whose value differs between two versions of a task."""
    return [k for k in keys if getattr(old, k) != getattr(new, k)]
