"""Demo budgets and own staffing that make the follow-up tell a story.

The budget for this year is last year's hire cost cut by 35 % for doctors
(the plan to recruit) and by 10 % for the rest; the demo's hire costs fall
more slowly than that for doctors, so the forecast lands over that budget and
the page asks for, and shows, a comment.
"""

from __future__ import annotations

import datetime as _dt
import random
from decimal import Decimal

from hyrdesk.domain.categories import DOCTORS, TOTAL
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.sick_leave import SickMonth
from hyrdesk.domain.units import Unit
from hyrdesk.services.container import Services

CUTS = {DOCTORS: Decimal("0.65")}
OTHER_CUT = Decimal("0.90")


def populate_followup(services: Services, unit: Unit, rng: random.Random, today: _dt.date) -> None:
    # A generator of its own: drawing from the shared one would change every later unit's demo data.
    rng = random.Random(f"followup-{unit.code}")
    series = services.costs.series(unit)
    last = services.costs.latest_period(unit)
    if last is None:
        return
    year = last.year
    months = list(period_range(Period(year - 1, 1), Period(year - 1, 12)))
    total = Money(0)
    for group in series.groups:
        spent = series.window(months, CostKind.HIRE, group)
        if spent is None:
            continue
        budget = Money.from_sek((spent.sek * CUTS.get(group, OTHER_CUT) / 10_000).quantize(Decimal(1)) * 10_000)
        services.followup.set_budget(unit, year, group, budget)
        total = total + budget
    services.followup.set_budget(unit, year, TOTAL, total)
    own = series.window(list(period_range(last - 11, last)), CostKind.OWN, TOTAL)
    if own is not None:  # about 720 000 kr a year per full-time employee, all costs included
        fte = (own.sek / Decimal(720_000)).quantize(Decimal("0.1"))
        services.followup.set_staffing(unit, fte, int(fte * Decimal("1.15")) + rng.randrange(0, 3))
    _sick_leave(services, unit, rng, last)
    services.followup.set_comment(
        unit,
        last,
        "Två vakanta läkartjänster sedan våren; en tillsatt från september, den andra annonseras igen. "
        "Hyrläkare täcker jourerna tills dess.",
    )


# Sick leave in % by calendar month: winter infections, a dip in summer.
SICK_SEASON = {1: 7.8, 2: 8.4, 3: 7.1, 4: 6.2, 5: 5.6, 6: 5.0, 7: 3.9, 8: 4.6, 9: 5.8, 10: 6.4, 11: 7.0, 12: 7.4}


def _sick_leave(services: Services, unit: Unit, rng: random.Random, last: Period) -> None:
    """24 months of the unit's aggregate sick leave, as an HR system's monthly report gives it."""
    fte, headcount = services.followup.staffing(unit)
    if fte is None:
        return
    scheduled_hours = fte * 1700 / 12
    months = []
    for p in period_range(last - 23, last):
        pct = Decimal(str(SICK_SEASON[p.month])) * Decimal(str(rng.uniform(0.9, 1.1)))
        sick = scheduled_hours * pct / 100
        months.append(
            SickMonth(p, int(scheduled_hours * 60), int(sick * 60), int(sick * 60 * Decimal("0.35")), headcount)
        )
    services.followup.sick_leave.save(unit.id, months, "Sjukfrånvaro per månad (demo).xlsx")
