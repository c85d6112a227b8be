"""Two years of made-up but realistic staffing gaps for a demo unit.

The shape follows what units report: gaps peak in the summer (planned
leave) and around Christmas and New Year, rise with the winter's infections,
fall more often on nights and weekends; a ward's gaps are mostly nurses and
assistant nurses, a health centre's mostly doctors; doctors and nurses are
the ones covered by agencies, and hire falls over the two years as the unit
works towards independence. Notes never name anyone. All randomness comes
from the demo's seeded ``rng``.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Mapping
from decimal import Decimal
from typing import TypeVar

from hyrdesk.domain.dates import is_weekend_or_holiday
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift, hours_to_minutes
from hyrdesk.domain.money import Money
from hyrdesk.domain.units import CareArea, Unit
from hyrdesk.services.container import Services

K = TypeVar("K")

DAYS = 730

# (gaps per ordinary weekday, category weights, shift weights) per kind of unit.
_PROFILES = {
    "ward": (
        1.6,
        {"Sjuksköterska": 45, "Undersköterska": 36, "Läkare": 14, "Övriga": 5},
        {Shift.DAY: 35, Shift.EVENING: 30, Shift.NIGHT: 35},
    ),
    "clinic": (
        0.55,
        {"Läkare": 44, "Sjuksköterska": 32, "Barnmorska": 9, "Undersköterska": 10, "Övriga": 5},
        {Shift.DAY: 88, Shift.EVENING: 12, Shift.NIGHT: 0},
    ),
}

# How each category's gaps were covered (weights) at the start of the two years.
_COVERAGE = {
    "Läkare": {
        Coverage.HIRED: 46,
        Coverage.OWN_STAFF: 26,
        Coverage.HOURLY: 6,
        Coverage.POOL: 4,
        Coverage.UNCOVERED: 18,
    },
    "Sjuksköterska": {
        Coverage.HIRED: 26,
        Coverage.OWN_STAFF: 32,
        Coverage.HOURLY: 12,
        Coverage.POOL: 20,
        Coverage.UNCOVERED: 10,
    },
    "Barnmorska": {
        Coverage.HIRED: 20,
        Coverage.OWN_STAFF: 40,
        Coverage.HOURLY: 15,
        Coverage.POOL: 10,
        Coverage.UNCOVERED: 15,
    },
    "Undersköterska": {
        Coverage.HIRED: 3,
        Coverage.OWN_STAFF: 34,
        Coverage.HOURLY: 36,
        Coverage.POOL: 17,
        Coverage.UNCOVERED: 10,
    },
    "Övriga": {
        Coverage.HIRED: 1,
        Coverage.OWN_STAFF: 40,
        Coverage.HOURLY: 30,
        Coverage.POOL: 9,
        Coverage.UNCOVERED: 20,
    },
}
_RATES = {
    "Läkare": (1500, 2300),
    "Sjuksköterska": (720, 1050),
    "Barnmorska": (760, 1050),
    "Undersköterska": (480, 620),
    "Övriga": (450, 600),
}  # kr per hour from an agency
_AGENCIES = {
    "Läkare": ("Läkarresurs Exempel AB", "Norrlandsläkare Demo AB"),
    "other": ("Vårdbemanning Demo AB", "Sköterskepoolen Exempel AB"),
}
_NOTES = {
    Cause.VACANCY: ("Tjänsten är utannonserad", "Vakant tjänst sedan i våras", "Rekrytering pågår"),
    Cause.PLANNED: ("Semesterperiod", "Utbildningsdag", "Föräldraledighet", "Kursdag"),
    Cause.UNPLANNED: ("Sent återbud", "Återbud samma dag", "Influensaperiod"),
    Cause.CARE_NEED: ("Extravak på natten", "Hög beläggning", "Patient med hög vårdtyngd", "Överbeläggning"),
    Cause.OTHER: ("Inskolning av ny medarbetare", "Omflyttning till annan avdelning"),
}


def _weighted(rng: random.Random, weights: Mapping[K, float]) -> K:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _season(d: _dt.date) -> float:
    """How many more gaps than usual on this day."""
    if (d.month, d.day) >= (6, 20) and (d.month, d.day) <= (8, 15):
        return 2.3  # summer leave
    if (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 6):
        return 1.7  # Christmas and New Year
    if d.month in (1, 2, 3):
        return 1.3  # winter infections
    return 1.0


def _cause(rng: random.Random, d: _dt.date, season: float) -> Cause:
    if season >= 2.0:
        return _weighted(
            rng, {Cause.PLANNED: 58, Cause.VACANCY: 24, Cause.UNPLANNED: 12, Cause.CARE_NEED: 5, Cause.OTHER: 1}
        )
    if d.month in (1, 2, 3):
        return _weighted(
            rng, {Cause.UNPLANNED: 38, Cause.VACANCY: 28, Cause.PLANNED: 14, Cause.CARE_NEED: 15, Cause.OTHER: 5}
        )
    return _weighted(
        rng, {Cause.VACANCY: 34, Cause.UNPLANNED: 26, Cause.PLANNED: 18, Cause.CARE_NEED: 16, Cause.OTHER: 6}
    )


def _coverage(rng: random.Random, category: str, progress: float, summer: bool) -> Coverage:
    weights: dict[Coverage, float] = dict(_COVERAGE[category])
    # Hire falls by a third over the two years; summer needs more of it.
    weights[Coverage.HIRED] *= (1 - 0.35 * progress) * (1.5 if summer else 1.0)
    return _weighted(rng, weights)


def populate_gaps(services: Services, unit: Unit, rng: random.Random, today: _dt.date) -> None:
    kind = "clinic" if unit.care_area is CareArea.PRIMARY else "ward"
    per_day, category_weights, shift_weights = _PROFILES[kind]
    categories = {c.name: c for c in services.units.categories()}
    category_weights = {k: v for k, v in category_weights.items() if k in categories}
    shift_hours = services.gaps.shift_hours()
    first = today - _dt.timedelta(days=DAYS)
    gaps: list[Gap] = []

    def make(
        start: _dt.date,
        end: _dt.date,
        shift: Shift,
        category: str,
        minutes: int,
        cause: Cause,
        coverage: Coverage,
    ) -> None:
        agency, cost = "", None
        if coverage is Coverage.HIRED:
            agency = rng.choice(_AGENCIES["Läkare" if category == "Läkare" else "other"])
            if rng.random() < 0.85:
                lo, hi = _RATES[category]
                cost = Money.from_sek(round(minutes / 60 * rng.randint(lo, hi), -2))
        note = rng.choice(_NOTES[cause]) if rng.random() < 0.18 else ""
        gaps.append(
            Gap(
                unit.id,
                start,
                end,
                shift,
                categories[category].id,
                minutes,
                cause,
                coverage,
                agency=agency,
                cost=cost,
                note=note,
            )
        )

    for offset in range(DAYS + 1):
        d = first + _dt.timedelta(days=offset)
        progress = offset / DAYS
        season = _season(d)
        weekend = is_weekend_or_holiday(d)
        expected = per_day * season * (1.35 if weekend else 1.0) * (0.3 if weekend and kind == "clinic" else 1.0)
        count = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
        for _ in range(count):
            shift = _weighted(rng, shift_weights)
            if weekend and shift is Shift.DAY and kind == "ward" and rng.random() < 0.3:
                shift = Shift.NIGHT  # nights and weekends are the hardest to fill
            category = _weighted(rng, category_weights)
            cause = _cause(rng, d, season)
            coverage = _coverage(rng, category, progress, season >= 2.0)
            length = shift_hours[shift]
            shifts = Decimal(rng.choices((1, 2, Decimal("0.5")), (80, 12, 8))[0])
            make(d, d, shift, category, hours_to_minutes(length * shifts), cause, coverage)

        # Now and then a vacancy covered for weeks at a time by one agency doctor or nurse.
        if rng.random() < (0.012 if kind == "ward" else 0.018):
            category = "Läkare" if kind == "clinic" or rng.random() < 0.5 else "Sjuksköterska"
            weeks = rng.randint(1, 4)
            end = min(d + _dt.timedelta(days=7 * weeks - 1), today)
            workdays = sum(1 for i in range((end - d).days + 1) if (d + _dt.timedelta(days=i)).weekday() < 5)
            if workdays:
                coverage = _weighted(
                    rng,
                    {
                        Coverage.HIRED: 55 * (1 - 0.35 * progress),
                        Coverage.POOL: 15,
                        Coverage.HOURLY: 12,
                        Coverage.OWN_STAFF: 8,
                        Coverage.UNCOVERED: 10,
                    },
                )
                make(d, end, Shift.DAY, category, workdays * 8 * 60, Cause.VACANCY, coverage)

    services.gaps.repo.insert_many(gaps)
