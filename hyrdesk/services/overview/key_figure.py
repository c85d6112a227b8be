"""One key figure for the Översikt page, as plain data.

A figure says which feature it is about and how it stands (better or worse
than the year before, within or over the target); how that looks and which
page a click opens is the UI's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol, TypeVar


class Feature(Enum):
    """The feature a figure comes from."""

    COSTS = "costs"
    GAPS = "gaps"
    REVIEWS = "reviews"
    ACTIONS = "actions"
    FOLLOWUP = "followup"
    AGREEMENT = "agreement"


class Assessment(Enum):
    """How a figure stands."""

    NONE = "none"  # nothing to judge: no comparison, or unchanged
    BETTER = "better"  # than the year before (less hire cost, fewer gap hours), or time freed
    WORSE = "worse"  # than the year before
    WITHIN_TARGET = "within_target"  # the hire ratio is at most the target
    OVER_TARGET = "over_target"
    ATTENTION = "attention"  # worth a look, not a comparison (hours nobody covered)


@dataclass(frozen=True)
class KeyFigure:
    feature: Feature
    title: str
    value: str
    detail: str = ""
    assessment: Assessment = Assessment.NONE


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __gt__(self, other: Any, /) -> bool: ...


T = TypeVar("T", bound=_Ordered)


def compared(now: T, before: T) -> Assessment:
    """BETTER when ``now`` is lower than ``before``, WORSE when higher (hire cost, gap hours)."""
    if now < before:
        return Assessment.BETTER
    if now > before:
        return Assessment.WORSE
    return Assessment.NONE
