"""``hyrdesk sickleave import|summary``: the unit's monthly sick-leave aggregates."""

from __future__ import annotations

import json
import sys

from hyrdesk.cli.importing import run_import
from hyrdesk.domain.numbers import format_percent
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser("sickleave", help="sjukfrånvaro per månad för enheten (aldrig per person)", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")
    v = verbs.add_parser(
        "import", help="importera HR-systemets månadssammanställning (.xlsx eller .csv)", parents=[common]
    )
    v.add_argument("file", metavar="FIL")
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--headcount", type=int, metavar="N", help="antal anställda, när filen inte har den kolumnen")
    v.add_argument("--sheet", metavar="BLAD", help="bladet att läsa (annars det första)")
    v.add_argument("--column", action="append", default=[], metavar="FÄLT=RUBRIK", help="ange kolumnen för ett fält")
    v.add_argument("--dry-run", action="store_true", help="förhandsgranska bara, spara inget")
    v.set_defaults(handler=import_sick_leave)
    v = verbs.add_parser("summary", help="sjukfrånvaro i procent, månad och rullande 12 månader", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=summary)


def import_sick_leave(args, services) -> int:
    unit = services.units.by_code(args.unit)
    if args.headcount is not None and not 0 <= args.headcount <= 10_000:
        raise UserError("--headcount ska vara ett heltal mellan 0 och 10 000.")
    return run_import(args, services, services.followup.sick_leave_importer(unit, args.headcount))


def summary(args, services) -> int:
    unit = services.units.by_code(args.unit)
    try:
        month = Period.parse(args.month)
    except ValueError as exc:
        raise UserError(f"--month: {exc}") from None
    data = services.followup.sick_leave_json(unit, month)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    f = services.followup.sick_leave_figures(unit, month)
    print(f"Sjukfrånvaro för {unit.display}, {month.label()}")
    print(f"  Månaden: {format_percent(f.month_pct)}   R12: {format_percent(f.r12_pct)}")
    print(f"  Andel i sjukperioder på 60 dagar eller mer (R12): {format_percent(f.long_share_r12_pct)}")
    if f.suppressed:
        print("  Enheten har 10 eller färre anställda (eller okänt antal): siffrorna lämnar aldrig datorn.")
    return 0
