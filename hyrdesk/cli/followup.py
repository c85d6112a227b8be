"""The monthly follow-up's verbs, hung on the nouns they belong to.

``hyrdesk costs budget set``, ``hyrdesk costs forecast``, ``hyrdesk costs staffing``
(on ``costs``) and ``hyrdesk gaps cover`` (on ``gaps``).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal, InvalidOperation

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.forecast import LAST_YEAR_PROFILE
from hyrdesk.domain.gaps import Coverage
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError


def register_cost_verbs(verbs, common) -> None:
    budget = verbs.add_parser("budget", help="budget för hyrkostnad per år och rapportgrupp", parents=[common])
    budget_verbs = budget.add_subparsers(dest="budget_verb", metavar="ÅTGÄRD")
    v = budget_verbs.add_parser("set", help="sätt (eller ta bort) en budget", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--year", required=True, type=int, metavar="ÅÅÅÅ")
    v.add_argument("--category", required=True, metavar="GRUPP", help=f"en rapportgrupp eller {TOTAL}")
    v.add_argument("--amount", metavar="KR", help="budgeten i kronor; utelämna med --remove")
    v.add_argument("--remove", action="store_true", help="ta bort budgeten")
    v.set_defaults(handler=set_budget)

    v = verbs.add_parser(
        "forecast", help="helårsprognos, utrymme till målet och avvikelse mot budget", parents=[common]
    )
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", metavar="ÅÅÅÅ-MM", help="en stängd månad (annars den senaste med belopp)")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=forecast)

    v = verbs.add_parser("staffing", help="enhetens egna årsarbetare och antal anställda", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--own-fte", metavar="N", help="egna årsarbetare, t.ex. 42,5")
    v.add_argument("--headcount", type=int, metavar="N", help="antal anställda")
    v.set_defaults(handler=staffing)


def register_gap_verbs(verbs, common) -> None:
    v = verbs.add_parser("cover", help="täckning i timmar och årsarbetare, rullande 12 månader", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", metavar="ÅÅÅÅ-MM", help="sista månaden i fönstret (annars förra månaden)")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=cover)


def _month(text: str | None, default: Period | None) -> Period:
    if text is None:
        if default is None:
            raise UserError("Ange --month ÅÅÅÅ-MM: enheten har inga belopp ännu.")
        return default
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UserError(f"--month: {exc}") from None


def set_budget(args, services) -> int:
    unit = services.units.by_code(args.unit)
    if args.remove == (args.amount is not None):
        raise UserError("Ange antingen --amount KR eller --remove.")
    try:
        services.followup.set_budget(unit, args.year, args.category, None if args.remove else args.amount)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    stored = services.followup.budgets(unit, args.year).get(args.category)
    what = "borttagen" if stored is None else stored.format_kr()
    print(f"Budget {args.year} för {args.category} ({unit.display}): {what}")
    return 0


def forecast(args, services) -> int:
    unit = services.units.by_code(args.unit)
    month = _month(args.month, services.costs.latest_period(unit))
    data = services.followup.forecast_json(unit, month)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    how = "förra årets profil" if data["method"] == LAST_YEAR_PROFILE else "snittet för de tre senaste månaderna"
    print(f"Helårsprognos {month.year} för {unit.display}, efter {month.label()} (metod: {how})")
    if data["uncertain"]:
        print("Osäker: bara de första månaderna av året är kända.")
    for f in services.followup.forecasts(unit, month):
        # None is unknown ("–"); zero kronor is a figure and is printed as one.
        year = "–" if f.hire.year is None else f.hire.year.format_tkr()
        actual = "–" if f.hire.actual_ytd is None else f.hire.actual_ytd.format_tkr()
        line = f"  {f.group:<28} utfall {actual:>10}  prognos {year:>10}"
        if f.budget is not None:
            dev = "–" if f.budget.deviation is None else f.budget.deviation.format_tkr()
            line += f"  budget {f.budget.budget.format_tkr()}  avvikelse {dev}"
        print(line)
    total = data[TOTAL]
    ratio = total["forecast_ratio_pct"]
    print(f"Prognos hyrkvot: {'–' if ratio is None else format_percent(Decimal(str(ratio)))}")
    room = total["headroom_kr"]
    if room is not None:
        word = "utrymme kvar till målet" if room >= 0 else "över målet"
        print(f"{word.capitalize()}: {Money.from_sek(Decimal(str(abs(room)))).format_tkr()}")
    return 0


def staffing(args, services) -> int:
    unit = services.units.by_code(args.unit)
    fte, headcount = services.followup.staffing(unit)
    if args.own_fte is not None:
        try:
            fte = Decimal(args.own_fte.replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            raise UserError(f"--own-fte: ”{args.own_fte}” är inget tal.") from None
    if args.headcount is not None:
        headcount = args.headcount
    services.followup.set_staffing(unit, fte, headcount)
    print(
        f"{unit.display}: egna årsarbetare {'–' if fte is None else format_decimal(fte, 1)}, "
        f"anställda {'–' if headcount is None else headcount}"
    )
    return 0


def cover(args, services) -> int:
    unit = services.units.by_code(args.unit)
    month = _month(args.month, Period.current() - 1)
    data = services.followup.cover_json(unit, month)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"Täckning för {unit.display}, {data['first']} – {data['last']} ({data['fte_hours']:g} h per årsarbetare)")
    for c in Coverage:
        pair = data["by_coverage"][c.value]
        print(f"  {c.label:<32} {pair['hours']:>10,.1f} h  {pair['fte']:>6.2f} åa".replace(",", " "))
    return 0
