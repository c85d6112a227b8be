"""How a task's values read in the table, the import preview and the command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import ReviewTask, round_hours


def display_value(task: ReviewTask, key: str, area_name: Callable[[str], str] | None = None) -> str:
    """The value of field ``key`` as text (labels for choices, Swedish numbers, ISO dates)."""
    value: Any = getattr(task, key)
    if key == "area":
        return area_name(value) if area_name else value
    if key == "hours_per_year":
        return format_decimal(round_hours(value), 1)
    if key == "hours_freed":
        return format_decimal(value, 1)
    if value is None:
        return ""
    if hasattr(value, "label"):
        return value.label
    if key == "due_date":
        return value.isoformat()
    return str(value)


def changed_fields(old: ReviewTask, new: ReviewTask, keys) -> list[str]:
    """The keys whose value differs between two versions of a task."""
    return [k for k in keys if getattr(old, k) != getattr(new, k)]
