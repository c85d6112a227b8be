"""``hyrdesk actions add|set|list|summary|export|import``: the unit's action plan."""

from __future__ import annotations

import json
from pathlib import Path

from hyrdesk.domain.numbers import format_decimal


def register(sub, common) -> None:
    p = sub.add_parser("actions", help="enhetens åtgärdsplan och åtgärdernas effekt", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    v = verbs.add_parser("add", help="lägg till en åtgärd (skriver ut dess nummer)", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--title", required=True, metavar="TEXT")
    v.add_argument("--area", required=True, metavar="OMRÅDE")
    v.add_argument("--status", default="ej_paborjad", metavar="STATUS", help="ej påbörjad, pågår, genomförd, avbruten")
    v.add_argument("--start", required=True, metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--due", required=True, metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--owner-role", required=True, metavar="ROLL", help="en roll, aldrig ett namn")
    v.add_argument("--decision-level", required=True, metavar="NIVÅ", help="enhet, verksamhet, förvaltning, region")
    _optional(v)
    v.set_defaults(handler=add)

    v = verbs.add_parser("set", help="ändra en åtgärd", parents=[common])
    v.add_argument("id", type=int, metavar="NR")
    v.add_argument("--title", metavar="TEXT")
    v.add_argument("--area", metavar="OMRÅDE")
    v.add_argument("--status", metavar="STATUS")
    v.add_argument("--start", metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--due", metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--owner-role", metavar="ROLL")
    v.add_argument("--decision-level", metavar="NIVÅ")
    _optional(v)
    v.set_defaults(handler=set_fields)

    v = verbs.add_parser("list", help="enhetens åtgärder", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--json", action="store_true", help="skriv en JSON-lista")
    v.set_defaults(handler=list_actions)

    v = verbs.add_parser("summary", help="uppföljning: status, försenade och effekt", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", metavar="ÅÅÅÅ-MM", help="uppföljningsmånad; standard: förra månaden")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=summary)

    v = verbs.add_parser("export", help="åtgärdsplanen som ifyllbar Excel-arbetsbok", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", metavar="ÅÅÅÅ-MM", help="uppföljningsmånad för effekten; standard: förra månaden")
    v.add_argument("--out", required=True, metavar="FIL.xlsx")
    v.set_defaults(handler=export)

    v = verbs.add_parser("import", help="läs in en ifylld åtgärdsplan", parents=[common])
    v.add_argument("file", metavar="FIL.xlsx")
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle ändras, spara inget")
    v.set_defaults(handler=import_workbook)


def _optional(v) -> None:
    v.add_argument("--category", metavar="NAMN", help="yrkeskategori (tomt: alla)")
    v.add_argument("--cause", action="append", metavar="ORSAK", help="orsak som åtgärden riktar sig mot (kan upprepas)")
    v.add_argument(
        "--indicator", metavar="IND", help="gap_hours, hire_hours, overtime_hours, uncovered_hours, hire_cost"
    )
    v.add_argument("--expected", metavar="N", help="förväntad förändring per månad (t.ex. -20)")
    v.add_argument("--baseline-from", metavar="ÅÅÅÅ-MM")
    v.add_argument("--baseline-to", metavar="ÅÅÅÅ-MM")
    v.add_argument("--follow-up", metavar="ÅÅÅÅ-MM-DD", help="nästa uppföljning")
    v.add_argument("--cost", metavar="KR", help="åtgärdens kostnad i kronor")
    v.add_argument("--note", metavar="TEXT")


_OPTION_FIELDS = {
    "title": "title",
    "area": "area",
    "status": "status",
    "start": "start",
    "due": "due",
    "owner_role": "owner_role",
    "decision_level": "decision_level",
    "category": "category",
    "cause": "causes",
    "indicator": "indicator",
    "expected": "expected",
    "baseline_from": "baseline_from",
    "baseline_to": "baseline_to",
    "follow_up": "follow_up",
    "cost": "cost",
    "note": "note",
}


def _values(args) -> dict:
    return {field: getattr(args, opt) for opt, field in _OPTION_FIELDS.items() if getattr(args, opt, None) is not None}


def add(args, services) -> int:
    unit = services.units.by_code(args.unit)
    action = services.actions.add(unit, _values(args))
    print(action.id)
    return 0


def set_fields(args, services) -> int:
    from hyrdesk.errors import UserError

    values = _values(args)
    if not values:
        raise UserError("Ange vad som ska ändras, t.ex. --status genomförd.")
    old = services.actions.get(args.id)
    new = services.actions.update(services.actions.changed(old, values))
    print(f"Åtgärd {new.id} ”{new.title}” är ändrad ({new.status.label.lower()}, klart senast {new.due.isoformat()}).")
    return 0


def list_actions(args, services) -> int:
    unit = services.units.by_code(args.unit)
    actions = services.actions.actions(unit)
    areas = services.actions.areas()
    categories = services.actions.category_names()
    if args.json:
        out = [
            {
                "id": a.id,
                "title": a.title,
                "area": a.area,
                "category": categories.get(a.category_id) if a.category_id else None,
                "owner_role": a.owner_role,
                "decision_level": a.decision_level.value,
                "start": a.start.isoformat(),
                "due": a.due.isoformat(),
                "status": a.status.value,
                "follow_up": a.follow_up.isoformat() if a.follow_up else None,
                "causes": [c.value for c in a.causes_sorted],
                "indicator": a.indicator.value if a.indicator else None,
                "expected": float(a.expected) if a.expected is not None else None,
                "baseline_from": str(a.baseline_from) if a.baseline_from else None,
                "baseline_to": str(a.baseline_to) if a.baseline_to else None,
                "cost": float(a.cost.ore / 100) if a.cost is not None else None,
                "note": a.note or None,
            }
            for a in actions
        ]
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if not actions:
        print(f"Enheten {unit.code} har inga åtgärder ännu (hyrdesk actions add --unit {unit.code} …).")
        return 0
    for a in actions:
        print(
            f"{a.id:>4}  {a.status.label:<11}  klart {a.due.isoformat()}  {a.title}  "
            f"({areas.name(a.area)}, {a.owner_role}, {a.decision_level.label.lower()})"
        )
    return 0


def summary(args, services) -> int:
    from hyrdesk.domain.period import Period
    from hyrdesk.services.actions.service import last_closed_month

    unit = services.units.by_code(args.unit)
    month = Period.parse(args.month) if args.month else last_closed_month()
    data = services.actions.summary_json(unit, month)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{unit.display} – åtgärdsplan, uppföljning {month.long_label()}")
    print(
        f"{data['done']} av {data['total']} genomförda; {data['overdue']} försenade; {data['line_dialogue']} i dialog i linjen"
    )
    print(f"Utan uppmätt effekt: {data['without_effect']}   Effekt uppnådd: {data['effect_reached']}")
    for area, counts in data["by_area"].items():
        print(f"  {area}: {counts['done']} av {counts['total']}")
    for a in data["actions"]:
        if a["indicator"] is None:
            effect = "ingen indikator"
        elif a["change"] is None:
            effect = "ingen effekt mätt ännu"
        else:
            reached = {True: "uppnådd", False: "ej uppnådd", None: ""}[a["effect_reached"]]
            effect = (
                f"{a['indicator']}: {_n(a['baseline'])} → {_n(a['observed'])} ({_n(a['change'], True)}, "
                f"förväntat {_n(a['expected'], True)}) {reached}"
            )
        print(f"{a['id']:>4}  {a['title']}: {effect}")
    if data["plan"]:
        print(f"Plan framåt: {data['plan']}")
    return 0


def _n(value, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = format_decimal(value, 1 if isinstance(value, float) else 0)
    return f"+{text}" if signed and value > 0 else text


def export(args, services) -> int:
    from hyrdesk.domain.period import Period

    unit = services.units.by_code(args.unit)
    month = Period.parse(args.month) if args.month else None
    path = services.actions.export_workbook(Path(args.out), unit, follow_up=month)
    print(f"Åtgärdsplanen för {unit.display} är sparad som {path}.")
    return 0


def import_workbook(args, services) -> int:
    unit = services.units.by_code(args.unit)
    plan = services.actions.preview_import(Path(args.file), unit)
    for line in plan.lines():
        print(line)
    if args.dry_run or not plan.has_changes:
        return 0
    pairs = services.actions.apply_import(plan)
    print(f"{len(pairs)} åtgärder är sparade.")
    return 0
