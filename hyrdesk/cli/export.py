"""``hyrdesk export line-dialogue --unit KOD --period ÅÅÅÅ-MM [--out MAPP]``.

Without ``--out`` the workbook is kept locally, queued in the outbox and
delivered to ``<delad mapp>/<enhetskod>/`` at once if possible; exit code 3
says it is saved but still waiting for delivery (``hyrdesk sync`` retries).
"""

from __future__ import annotations

from pathlib import Path

from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError

EXIT_PENDING = 3  # saved, but something still waits for delivery to the shared folder


def register(sub, common) -> None:
    p = sub.add_parser("export", help="underlag för dialog i linjen (Excel) till den delade mappen", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")
    v = verbs.add_parser(
        "line-dialogue",
        parents=[common],
        help="skapa arbetsboken för en enhet och månad; utan --out levereras den till den delade mappen",
    )
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--period", required=True, metavar="ÅÅÅÅ-MM")
    v.add_argument("--out", metavar="MAPP", help="spara arbetsboken i den här mappen i stället (levereras inte)")
    v.set_defaults(handler=export_line_dialogue)


def parse_period(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def export_line_dialogue(args, services) -> int:
    unit = services.units.by_code(args.unit)
    period = parse_period(args.period)
    out = Path(args.out).expanduser() if args.out else None
    result = services.exports.export_line_dialogue(unit, period, out)
    if result.item is None:
        print(f"Arbetsboken är sparad: {result.path}")
        return 0
    print(f"Arbetsboken är sparad lokalt: {result.path}")
    if result.item.pending:
        print(f"Väntar på leverans: {result.item.last_error}")
        print("Försök igen med: hyrdesk sync")
        return EXIT_PENDING
    print(f"Levererad till: {result.item.delivered_path}")
    if result.item.note:
        print(result.item.note)
    return 0
