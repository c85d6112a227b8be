"""``hyrdesk agreement tariffs import|list`` and ``agreement zone``: the region's reference data."""

from __future__ import annotations

import json
import sys

from hyrdesk.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser("agreement", help="det nationella avtalet: tariffer och enhetens zon", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")
    t = verbs.add_parser("tariffs", help="regionens tariffer per kategori, nivå och zon", parents=[common])
    t_verbs = t.add_subparsers(dest="tariff_verb", metavar="ÅTGÄRD")
    v = t_verbs.add_parser("import", help="ersätt tarifftabellen med en fil (.xlsx eller .csv)", parents=[common])
    v.add_argument(
        "file",
        metavar="FIL",
        nargs="?",
        help="kolumner: kategori, nivå, zon, giltig från, pris per timme (kr); utelämnad: "
        "mallar/tariffer.xlsx (eller .csv) i den delade mappen",
    )
    v.set_defaults(handler=import_tariffs)
    v = t_verbs.add_parser("list", help="visa tarifftabellen", parents=[common])
    v.add_argument("--json", action="store_true", help="skriv JSON")
    v.set_defaults(handler=list_tariffs)
    v = verbs.add_parser("zone", help="enhetens zon (1, 2 eller 3)", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--zone", required=True, metavar="ZON")
    v.set_defaults(handler=set_zone)


def import_tariffs(args, services) -> int:
    path = args.file or services.agreement.shared_tariff_file()
    if path is None:
        raise UserError(
            "Ange tariffilen, eller lägg regionens fil som mallar/tariffer.xlsx (eller .csv) i den delade mappen."
        )
    n = services.agreement.import_tariffs(path)
    print(f"{n} tariffer importerades från {path}; de ersätter den tidigare tabellen.")
    return 0


def list_tariffs(args, services) -> int:
    tariffs = services.agreement.tariffs()
    if args.json:
        json.dump(
            [
                {
                    "category": t.category,
                    "level": t.level,
                    "zone": t.zone,
                    "valid_from": t.valid_from.isoformat(),
                    "price_per_hour": float(t.price_per_hour.sek),
                }
                for t in tariffs
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return 0
    if not tariffs:
        print("Inga tariffer ännu. Importera regionens fil: hyrdesk agreement tariffs import FIL")
        return 0
    print(f"Tariffer (från {services.agreement.tariff_source()}):")
    for t in tariffs:
        print(f"  {t.category:<24} {t.level:<16} zon {t.zone}  från {t.valid_from}  {t.price_per_hour}/h")
    return 0


def set_zone(args, services) -> int:
    unit = services.units.by_code(args.unit)
    services.agreement.set_zone(unit, args.zone)
    print(f"{unit.display} ligger i zon {services.agreement.zone(unit)}.")
    return 0
