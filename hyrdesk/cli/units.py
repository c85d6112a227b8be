"""``hyrdesk units list|add|rename|set``."""

from __future__ import annotations

from hyrdesk.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser("units", help="enheter", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    v = verbs.add_parser("list", help="lista enheterna", parents=[common])
    v.set_defaults(handler=list_units)

    v = verbs.add_parser("add", help="lägg till en enhet", parents=[common])
    v.add_argument("--code", required=True, help="kostnadsställe eller ansvar, t.ex. MED4")
    v.add_argument("--name", required=True, help="enhetens namn")
    v.add_argument("--area", required=True, help="primärvård, sjukhusvård, psykiatri eller övrigt")
    v.add_argument(
        "--cost-centre",
        action="append",
        default=[],
        metavar="KOD",
        help="enhetens kostnadsställe i ekonomiutdraget (Ansvar), kan upprepas; annars enhetens kod",
    )
    v.set_defaults(handler=add_unit)

    v = verbs.add_parser("rename", help="byt namn på en enhet", parents=[common])
    v.add_argument("--code", required=True)
    v.add_argument("--name", required=True)
    v.set_defaults(handler=rename_unit)

    # The unit's settings: its ledger cost centres and its zone (the same as `agreement zone`).
    v = verbs.add_parser(
        "set", help="ändra en enhets kostnadsställen eller zon i det nationella avtalet", parents=[common]
    )
    v.add_argument("--code", required=True, metavar="KOD", help="enhetens kod")
    v.add_argument(
        "--cost-centre",
        action="append",
        default=[],
        metavar="KOD",
        help="kostnadsställe i ekonomiutdraget (Ansvar); upprepa för flera; listan ersätter den gamla",
    )
    v.add_argument("--zone", metavar="ZON", help="1, 2 eller 3")
    v.set_defaults(handler=set_unit)


def list_units(args, services) -> int:
    units = services.units.list()
    if not units:
        print("Inga enheter ännu. Lägg till en med: hyrdesk units add --code KOD --name NAMN --area OMRÅDE")
        return 0
    width = max(len(u.code) for u in units)
    for u in units:
        print(f"{u.code:<{width}}  {u.name}  ({u.care_area.label})  kostnadsställen: {', '.join(u.centres)}")
    return 0


def add_unit(args, services) -> int:
    unit = services.units.create(args.code, args.name, args.area, args.cost_centre)
    print(f"Enheten {unit.code} – {unit.name} är skapad (kostnadsställen: {', '.join(unit.centres)}).")
    return 0


def rename_unit(args, services) -> int:
    unit = services.units.rename(services.units.by_code(args.code), args.name)
    print(f"Enheten {unit.code} heter nu {unit.name}.")
    return 0


def set_unit(args, services) -> int:
    if not args.cost_centre and args.zone is None:
        raise UserError("Ange vad som ska ändras: --cost-centre KOD (kan upprepas) eller --zone ZON.")
    unit = services.units.by_code(args.code)
    if args.cost_centre:
        unit = services.units.set_cost_centres(unit, args.cost_centre)
        print(f"Enheten {unit.code} har nu kostnadsställena {', '.join(unit.centres)}.")
    if args.zone is not None:
        services.agreement.set_zone(unit, args.zone)
        print(f"{unit.display} ligger i zon {services.agreement.zone(unit)}.")
    return 0
