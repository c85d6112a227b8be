"""Demo hire costs: about three and a half years of realistic monthly figures per demo unit.

The shape follows the national picture: hire cost high in the first year,
then falling after the national agreement (as it did in 2024), with summer peaks
every year; the hire ratio starts well above the 2 % target and approaches
it. The account table inserted here is demo data only (region-like account
numbers): nothing in hyrdesk's logic knows these numbers.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
import random

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.units import CareArea, Unit
from hyrdesk.services.container import Services
from hyrdesk.storage.costs import LedgerLine

# (account or range, kind, category) – demo only.
DEMO_ACCOUNTS = (
    ("4610-4619", "hire", None),
    ("4611", "hire", "Läkare"),
    ("4612", "hire", "Sjuksköterska"),
    ("4613", "hire", "Barnmorska"),
    ("4614", "hire", "Undersköterska"),
    ("4615", "hire", "Övriga"),
    ("5000-5999", "own", None),
    ("5010-5019", "own", "Läkare"),
    ("5020-5029", "own", "Sjuksköterska"),
    ("5030-5039", "own", "Barnmorska"),
    ("5040-5049", "own", "Undersköterska"),
    ("5050-5099", "own", "Övriga"),
    ("6000-7999", "ignore", None),
)
HIRE_ACCOUNT = {"Läkare": 4611, "Sjuksköterska": 4612, "Barnmorska": 4613, "Undersköterska": 4614, "Övriga": 4615}
OWN_ACCOUNT = {"Läkare": 5011, "Sjuksköterska": 5021, "Barnmorska": 5031, "Undersköterska": 5041, "Övriga": 5051}
AGENCIES = {
    "Läkare": ("Läkarlinjen AB", "Nordmedica Bemanning AB"),
    "Sjuksköterska": ("Vårdkraft AB", "Sjuksköterskejouren i Norr AB"),
    "Undersköterska": ("Vårdkraft AB",),
}

# Own staff cost per month (kr) and hire cost at the start (kr) per category.
PROFILES = {
    CareArea.HOSPITAL: (
        {"Läkare": 1_150_000, "Sjuksköterska": 2_450_000, "Undersköterska": 1_620_000, "Övriga": 380_000},
        {"Läkare": 150_000, "Sjuksköterska": 120_000, "Undersköterska": 12_000},
    ),
    CareArea.PRIMARY: (
        {"Läkare": 960_000, "Sjuksköterska": 720_000, "Undersköterska": 260_000, "Övriga": 430_000},
        {"Läkare": 130_000, "Sjuksköterska": 24_000},
    ),
}
SUMMER = {6: 1.25, 7: 1.75, 8: 1.45, 12: 1.15}  # hire peaks when own staff are on leave
OWN_SEASON = {7: 0.93, 12: 1.03}


def demo_months(today: _dt.date) -> list[Period]:
    """January three years back up to and including last month."""
    last = Period.from_date(today) - 1
    return list(period_range(Period(last.year - 3, 1), last))


def trend(t: int) -> float:
    """Rises to a peak in the autumn of the first year, then falls towards a floor."""
    peak = 9
    if t <= peak:
        return 0.85 + 0.15 * t / peak
    return 0.36 + 0.64 * math.exp(-(t - peak) / 14)


def populate_costs(services: Services, unit: Unit, rng: random.Random, today: _dt.date) -> None:
    costs = services.costs
    if not costs.accounts.rules():
        for spec, kind, category in DEMO_ACCOUNTS:
            costs.accounts.set(spec, kind, category)
    categories = {c.name: c.id for c in services.units.categories()}
    own_base, hire_base = PROFILES.get(unit.care_area, PROFILES[CareArea.HOSPITAL])
    months = demo_months(today)
    by_year: dict[int, list[LedgerLine]] = {}
    for t, p in enumerate(months):
        raise_factor = 1.03 ** (p.year - months[0].year + (1 if p.month >= 4 else 0))  # April pay rises
        lines = by_year.setdefault(p.year, [])
        for name, base in own_base.items():
            amount = base * raise_factor * OWN_SEASON.get(p.month, 1.0) * rng.uniform(0.97, 1.03)
            lines.append(LedgerLine(p, CostKind.OWN, categories[name], None, OWN_ACCOUNT[name], _kr(amount)))
        for name, base in hire_base.items():
            amount = base * trend(t) * SUMMER.get(p.month, 1.0) * rng.uniform(0.8, 1.2)
            agencies = AGENCIES.get(name, ("Bemanning AB",))
            shares = [rng.uniform(0.3, 1.0) for _ in agencies]
            for agency, share in zip(agencies, shares):
                part = amount * share / sum(shares)
                lines.append(LedgerLine(p, CostKind.HIRE, categories[name], agency, HIRE_ACCOUNT[name], _kr(part)))
    for year, lines in sorted(by_year.items()):
        name = f"Huvudbok {unit.code} {year}.xlsx"
        counts = {"read": len(lines), "imported": len(lines), "rejected": 0, "skipped": 0}
        costs.save_ledger(unit, name, hashlib.sha256(name.encode()).hexdigest(), counts, lines)
    # A credit note the finance system booked on the wrong month, corrected by hand.
    correction = months[-14]
    costs.add_manual(unit, correction, "Läkare", CostKind.HIRE, Money.from_sek(-rng.randrange(20, 40) * 1000))


def _kr(value: float) -> Money:
    return Money(int(round(value)) * 100)  # whole kronor, as ledger summaries usually are
