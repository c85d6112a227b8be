"""Demo data for the action plan: about a dozen actions of the kinds the regions' plans list.

Some have a clear effect: from their start the gaps they target become
fewer in the demo register (a share of those gaps is taken out, as if the
action had worked), so their before/after charts show a drop. Others show
none yet, one has not started, one has no indicator, one was cancelled, and
two are overdue. Owners are roles, never names.
"""

from __future__ import annotations

import datetime as _dt
import random
from decimal import Decimal
from typing import TYPE_CHECKING

from hyrdesk.domain.actions import Action, ActionStatus, DecisionLevel, Indicator
from hyrdesk.domain.gaps import Cause, Coverage
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import CareArea, Unit

if TYPE_CHECKING:
    from hyrdesk.services.container import Services

MAIN = "main"  # the unit's main hired category: nurses on a ward, doctors at a health centre

# (title, area, category, owner role, level, start and due in months from now, status,
#  causes, indicator, expected per month, share of the targeted gaps taken out after the start, cost in kr, note)
_PLAN = (
    ("Rekrytera {recruits} till tillsvidaretjänster", "rekrytering", MAIN, "Enhetschef",
     DecisionLevel.UNIT, -10, -3, ActionStatus.DONE, (Cause.VACANCY,), Indicator.HIRE_HOURS, -15, 0.7, 45000,
     "Annonsering i tre kanaler och snabbare anställningsbesked."),
    ("Egen bemanningspool för kvälls- och nattpass", "rotation_pool", MAIN, "Verksamhetschef",
     DecisionLevel.DEPARTMENT, -8, -1, ActionStatus.DONE, (Cause.UNPLANNED,), Indicator.HIRE_HOURS, -8, 0.6, 0, ""),
    ("Önskeschema med tolv veckors planeringshorisont", "schema", None, "Schemaläggare",
     DecisionLevel.UNIT, -7, -2, ActionStatus.DONE, (Cause.PLANNED,), Indicator.UNCOVERED_HOURS, -5, 0.6, 0, ""),
    ("Introduktionsprogram med mentor för nyanställda", "kompetensforsorjning", MAIN, "Biträdande enhetschef",
     DecisionLevel.UNIT, -6, 2, ActionStatus.ONGOING, (Cause.VACANCY, Cause.OTHER), Indicator.GAP_HOURS, -40, None,
     20000, ""),
    ("Avveckla avtal med bemanningsföretag utanför det nationella avtalet", "inkop_avtal", None, "Förvaltningschef",
     DecisionLevel.ADMINISTRATION, -5, -1, ActionStatus.ONGOING, (), Indicator.HIRE_COST, -60000, None, 0, ""),
    ("Friskvård och uppföljning av arbetsmiljön i arbetsgruppen", "arbetsmiljo", None, "HR-partner",
     DecisionLevel.UNIT, -9, -2, ActionStatus.ONGOING, (Cause.UNPLANNED,), Indicator.OVERTIME_HOURS, -15, None,
     12000, "Skyddsronder och samtal om återhämtning mellan passen."),
    ("Undersköterskor tar över delegerade uppgifter", "kompetensvaxling", None, "Enhetschef",
     DecisionLevel.UNIT, -4, 3, ActionStatus.ONGOING, (Cause.VACANCY,), Indicator.OVERTIME_HOURS, -10, None, 0, ""),
    ("Helgtillägg för sjuksköterskor och läkare", "lon_villkor", MAIN, "Verksamhetschef",
     DecisionLevel.REGION, 1, 7, ActionStatus.NOT_STARTED, (Cause.VACANCY,), Indicator.HIRE_HOURS, -20, None, 0,
     "Kräver beslut i regionens lönebildning."),
    ("Utbildningsdagar i akut omhändertagande", "utbildning", MAIN, "Vårdutvecklare",
     DecisionLevel.UNIT, -12, -6, ActionStatus.DONE, (), None, None, None, 30000, ""),
    ("Veckovis avstämning av bemanningen med digital planering", "verksamhetsutveckling", None, "Enhetschef",
     DecisionLevel.UNIT, -3, 1, ActionStatus.ONGOING, (Cause.CARE_NEED,), Indicator.UNCOVERED_HOURS, -5, None, 0, ""),
    ("Gemensam rotationstjänst med akutmottagningen", "rotation_pool", MAIN, "Verksamhetschef",
     DecisionLevel.DEPARTMENT, -1, 5, ActionStatus.NOT_STARTED, (), Indicator.HIRE_HOURS, -10, None, 0, ""),
    ("Rekryteringsmässa tillsammans med regionen", "rekrytering", None, "HR-partner",
     DecisionLevel.REGION, -14, -11, ActionStatus.CANCELLED, (), None, None, None, 0, "Ersatt av riktad annonsering."),
    ("Karens: ingen återanställning via bemanningsföretag inom tolv månader", "inkop_avtal", None,
     "Förvaltningschef", DecisionLevel.ADMINISTRATION, -11, -8, ActionStatus.DONE, (), None, None, None, 0, ""),
)  # fmt: skip

PLAN_TEXT = (
    "Poolen och rekryteringen har minskat behovet av hyrpersonal. Nästa månad: följ upp introduktionsprogrammet, "
    "ta upp helgtillägget i dialog med verksamhetschefen och slutför avvecklingen av avtalen utanför det "
    "nationella avtalet."
)

_COVERAGE = {
    Indicator.HIRE_HOURS: Coverage.HIRED,
    Indicator.OVERTIME_HOURS: Coverage.OWN_STAFF,
    Indicator.UNCOVERED_HOURS: Coverage.UNCOVERED,
}


def _month_start(now: Period, offset: int) -> _dt.date:
    return (now + offset).first_day


def populate_actions(services: Services, unit: Unit, rng: random.Random, today: _dt.date) -> None:
    clinic = unit.care_area is CareArea.PRIMARY
    main = services.units.category_by_name("Läkare" if clinic else "Sjuksköterska")
    recruits = "två specialister i allmänmedicin" if clinic else "tre specialistsjuksköterskor"
    now = Period.from_date(today)
    for row in _PLAN:
        title, area, category, role, level, start, due, status, causes, indicator, expected, thin, cost, note = row
        action = Action(
            unit_id=unit.id,
            title=title.format(recruits=recruits),
            area=area,
            owner_role=role,
            decision_level=level,
            start=_month_start(now, start),
            due=(now + due).last_day,
            status=status,
            category_id=main.id if category == MAIN else None,
            causes=frozenset(causes),
            indicator=indicator,
            expected=None if expected is None else Decimal(expected),
            follow_up=None if status.closed else _month_start(now, 1),
            cost=Money.from_sek(cost) if cost else None,
            note=note,
        )
        saved = services.actions.insert(action)
        if thin:
            _take_out_targeted_gaps(services, unit, saved, thin, rng)
    services.actions.set_plan_text(unit, now - 1, PLAN_TEXT)


def _take_out_targeted_gaps(services: Services, unit: Unit, action: Action, share: float, rng: random.Random) -> None:
    """As if the action worked: a share of the gaps it targets, from its start on, never happened."""
    from hyrdesk.services.gaps.service import GapFilter

    ids: list[int] = []
    coverage = _COVERAGE.get(action.indicator) if action.indicator else None
    causes: list[Cause | None] = [*action.causes_sorted] or [None]
    for cause in causes:
        flt = GapFilter(first=action.start, category_id=action.category_id, cause=cause, coverage=coverage)
        ids += [g.id for g in services.gaps.page(unit, flt, limit=100_000) if g.id is not None]
    services.gaps.delete(rng.sample(sorted(ids), int(len(ids) * share)))
