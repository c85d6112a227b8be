"""``hyrdesk hire bookings|invoices|check|deviations``: hire under the national agreement."""

from __future__ import annotations

import datetime as _dt
import json
import sys
from decimal import Decimal, InvalidOperation
from typing import overload

from hyrdesk.domain.agreement import Booking, DeviationReason
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from hyrdesk.services.costs.service import sek_json

KINDS = {
    "above_tariff": "över tariff",
    "hours_over_ordered": "fler timmar än beställt",
    "outside_agreement": "utanför avtalet",
    "booking_over_12_months": "avrop längre än 12 månader",
    "documents_expired": "dokument saknas eller för gamla",
    "no_tariff": "ingen tariff",
}


@overload
def _date(text: str, option: str) -> _dt.date: ...
@overload
def _date(text: None, option: str) -> None: ...
def _date(text: str | None, option: str) -> _dt.date | None:
    if text is None:
        return None
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option}: ”{text}” är inget datum ÅÅÅÅ-MM-DD.") from None


def _month(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UserError(f"--month: {exc}") from None


def register(sub, common) -> None:
    p = sub.add_parser("hire", help="inhyrning enligt avtalet: avrop, fakturor, kontroll och avsteg", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    b = verbs.add_parser("bookings", help="avrop", parents=[common])
    b_verbs = b.add_subparsers(dest="booking_verb", metavar="ÅTGÄRD")
    v = b_verbs.add_parser("add", help="registrera ett avrop (aldrig konsultens namn)", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--ref", required=True, metavar="REF")
    v.add_argument("--category", required=True, metavar="NAMN")
    v.add_argument("--level", required=True, metavar="NIVÅ")
    v.add_argument("--from", dest="start", required=True, metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--to", dest="end", required=True, metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--hours", required=True, metavar="H")
    v.add_argument("--supplier", required=True, metavar="NAMN")
    v.add_argument("--outside-agreement", action="store_true", help="avropet görs utanför avtalet")
    v.add_argument("--ivo", metavar="ÅÅÅÅ-MM-DD", help="datum för IVO-utdraget")
    v.add_argument("--hosp", metavar="ÅÅÅÅ-MM-DD", help="datum för HOSP-utdraget")
    v.add_argument("--cpr", metavar="ÅÅÅÅ-MM-DD", help="datum för HLR-utbildningen")
    v.add_argument("--karens", choices=("ja", "nej"), help="karens kontrollerad: ja/nej (utelämnat: ej kontrollerad)")
    v.set_defaults(handler=add_booking)
    v = b_verbs.add_parser("list", help="visa enhetens avrop", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=list_bookings)

    v = b_verbs.add_parser("link-gap", help="ange att en lucka täcktes av avropet", parents=[common])
    v.add_argument("--booking", metavar="REF", help="avropet (utelämnat: ta bort kopplingen)")
    v.add_argument("--gap", required=True, type=int, metavar="ID", help="luckans nummer (se hyrdesk gaps list)")
    v.set_defaults(handler=link_gap)

    i = verbs.add_parser("invoices", help="fakturarader per avrop och månad", parents=[common])
    i_verbs = i.add_subparsers(dest="invoice_verb", metavar="ÅTGÄRD")
    v = i_verbs.add_parser("add", help="registrera en fakturarad (negativ för en kreditfaktura)", parents=[common])
    v.add_argument("--booking", required=True, metavar="REF")
    v.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    v.add_argument("--hours", required=True, metavar="H")
    v.add_argument("--amount", required=True, metavar="KR", help="belopp för timmarna, utan resor")
    v.add_argument("--travel", default="0", metavar="KR", help="resor och logi")
    v.set_defaults(handler=add_invoice)

    v = verbs.add_parser("check", help="kontrollera månadens fakturor mot tariffer och huvudbok", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=check)

    d = verbs.add_parser("deviations", help="avsteg från avtalet", parents=[common])
    d_verbs = d.add_subparsers(dest="deviation_verb", metavar="ÅTGÄRD")
    v = d_verbs.add_parser("add", help="för in ett avsteg", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--date", required=True, metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--booking", required=True, metavar="REF")
    v.add_argument("--reason", required=True, help=", ".join(r.value for r in DeviationReason))
    v.add_argument("--above-tariff", default="0", metavar="KR")
    v.add_argument("--approver-role", required=True, metavar="ROLL")
    v.add_argument("--escalated-to", default="", metavar="ROLL")
    v.add_argument("--action", type=int, metavar="ID", help="en åtgärd i åtgärdsplanen")
    v.set_defaults(handler=add_deviation)
    v = d_verbs.add_parser("list", help="visa enhetens avsteg", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=list_deviations)


def add_booking(args, services) -> int:
    unit = services.units.by_code(args.unit)
    try:
        hours = Decimal(args.hours.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise UserError(f"--hours: ”{args.hours}” är inget antal timmar.") from None
    booking = Booking(
        ref=args.ref,
        category=args.category,
        level=args.level,
        supplier=args.supplier,
        start=_date(args.start, "--from"),
        end=_date(args.end, "--to"),
        hours_ordered=hours,
        outside_agreement=args.outside_agreement,
        ivo_checked_on=_date(args.ivo, "--ivo"),
        hosp_checked_on=_date(args.hosp, "--hosp"),
        cpr_trained_on=_date(args.cpr, "--cpr"),
        karens_checked=None if args.karens is None else args.karens == "ja",
    )
    saved = services.agreement.add_booking(unit, booking)
    print(f"Avrop {saved.ref} registrerat för {unit.display}.")
    if saved.over_12_months:
        print("Obs: avropet är längre än 12 månader, avtalets gräns.")
    return 0


def list_bookings(args, services) -> int:
    unit = services.units.by_code(args.unit)
    bookings = services.agreement.bookings(unit)
    if args.json:
        json.dump(
            [
                {
                    "ref": b.ref, "category": b.category, "level": b.level, "supplier": b.supplier,
                    "from": b.start.isoformat(), "to": b.end.isoformat(), "hours": float(b.hours_ordered),
                    "outside_agreement": b.outside_agreement, "over_12_months": b.over_12_months,
                    "documents_expired": b.documents_expired(),
                }
                for b in bookings
            ],
            sys.stdout, ensure_ascii=False, indent=2,
        )  # fmt: skip
        print()
        return 0
    for b in bookings:
        flags = [w for w, on in (("utanför avtalet", b.outside_agreement), (">12 mån", b.over_12_months)) if on]
        print(f"{b.ref:<12} {b.category:<16} {b.level:<12} {b.start}–{b.end} {b.hours_ordered} h {' '.join(flags)}")
    return 0


def link_gap(args, services) -> int:
    services.agreement.link_gap(args.gap, args.booking)
    print(f"Lucka {args.gap} " + (f"täcktes av avropet {args.booking}." if args.booking else "är inte längre kopplad."))
    return 0


def add_invoice(args, services) -> int:
    line = services.agreement.add_invoice(args.booking, _month(args.month), args.hours, args.amount, args.travel)
    print(f"Fakturarad för {line.booking_ref} {line.month}: {line.hours} h, {line.total.format_kr()}.")
    return 0


def check(args, services) -> int:
    unit = services.units.by_code(args.unit)
    data = services.agreement.check_json(unit, _month(args.month))
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    c = services.agreement.check(unit, _month(args.month))
    checked = c.check.checked.format_tkr()
    if c.ledger_hire is None or c.unchecked is None:
        print(f"{unit.display}, {c.month}: kontrollerade fakturor {checked}; huvudboken har ingen hyrkostnad "
              "för månaden ännu.")  # fmt: skip
    elif c.unchecked.ore >= 0:
        print(f"{unit.display}, {c.month}: huvudbok {c.ledger_hire.format_tkr()}, kontrollerade fakturor {checked}: "
              f"{c.unchecked.format_tkr()} inte kontrollerat")  # fmt: skip
    else:  # the ledger lags the invoices: say so, never "−45 tkr not checked"
        print(f"{unit.display}, {c.month}: huvudbok {c.ledger_hire.format_tkr()}, kontrollerade fakturor {checked}: "
              f"fakturorna är {abs(c.unchecked).format_tkr()} mer än huvudboken")  # fmt: skip
    for f in c.check.findings:
        print(f"  {f.booking:<12} {KINDS.get(f.kind, f.kind):<32} {f.kr.format_kr():>14}  {f.detail}")
    return 0


def add_deviation(args, services) -> int:
    unit = services.units.by_code(args.unit)
    day = _date(args.date, "--date")
    d = services.agreement.add_deviation(
        unit, day, args.booking, args.reason, args.above_tariff, args.approver_role, args.escalated_to, args.action
    )
    print(f"Avsteg {d.id} fört in: {d.reason.label}, {d.above_tariff.format_kr()} över tariff.")
    return 0


def list_deviations(args, services) -> int:
    unit = services.units.by_code(args.unit)
    deviations = services.agreement.deviations(unit)
    if args.json:
        json.dump(
            [
                {
                    "id": d.id, "date": d.date.isoformat(), "booking": d.booking_ref, "reason": d.reason.value,
                    "above_tariff_kr": sek_json(d.above_tariff), "approver_role": d.approver_role,
                    "escalated_to": d.escalated_to_role or None, "action": d.action_id,
                }
                for d in deviations
            ],
            sys.stdout, ensure_ascii=False, indent=2,
        )  # fmt: skip
        print()
        return 0
    for d in deviations:
        print(f"{d.date}  {d.booking_ref:<12} {d.reason.label:<30} {d.above_tariff.format_kr():>12}  {d.approver_role}")
    return 0
