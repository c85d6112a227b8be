"""Demo data: a realistic unit in a throwaway database.

``hyrdesk --demo`` builds this in a temporary folder and never touches the
user's own data. Each feature contributes a populator, a function
``(services, unit, rng, today)`` that fills its own tables, listed in
``populators()``. All randomness comes from one seeded generator, so the demo
is the same on every machine.
"""

from __future__ import annotations

import datetime as _dt
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from hyrdesk.domain.units import CareArea, Unit
from hyrdesk.paths import Paths
from hyrdesk.services.container import Services, open_services
from hyrdesk.services.demo.actions import populate_actions
from hyrdesk.services.demo.agreement import populate_agreement
from hyrdesk.services.demo.costs import populate_costs
from hyrdesk.services.demo.followup import populate_followup
from hyrdesk.services.demo.gaps import populate_gaps
from hyrdesk.services.demo.reviews import populate_reviews

DEMO_UNITS = (
    ("MED4", "Medicinavdelning 4", CareArea.HOSPITAL),
    ("HCNORR", "Hälsocentral Norr", CareArea.PRIMARY),
)
SEED = 20231

Populator = Callable[[Services, Unit, random.Random, _dt.date], None]


def populators() -> list[Populator]:
    """Every feature's demo populator, in the order they run."""
    return [populate_costs, populate_gaps, populate_reviews, populate_followup, populate_agreement, populate_actions]


def demo_paths() -> Paths:
    return Paths(Path(tempfile.mkdtemp(prefix="hyrdesk-demo-")))


def create_demo(paths: Paths | None = None, today: _dt.date | None = None) -> Services:
    services = open_services(paths or demo_paths())
    today = today or _dt.date.today()
    rng = random.Random(SEED)
    for code, name, area in DEMO_UNITS:
        unit = services.units.create(code, name, area)
        for populate in populators():
            populate(services, unit, rng, today)
    services.units.set_current(services.units.by_code(DEMO_UNITS[0][0]))
    return services
