"""``hyrdesk gaps add|import|list|summary``: staffing gaps from the command line."""

from __future__ import annotations

import json
import sys

from hyrdesk.cli import followup
from hyrdesk.cli.importing import run_import
from hyrdesk.domain.dates import parse_date
from hyrdesk.domain.gap_summary import GapSummary
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift, format_hours
from hyrdesk.domain.numbers import format_percent
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.gaps.service import GapFilter

# Field key → the option that sets it, so that an error names what to fix.
_OPTIONS = {
    "start": "--date",
    "end": "--to",
    "shift": "--shift",
    "category": "--category",
    "hours": "--hours",
    "shifts": "--shifts",
    "cause": "--cause",
    "coverage": "--coverage",
    "agency": "--agency",
    "cost": "--cost",
    "note": "--note",
}


def _choices(enum) -> str:
    return ", ".join(m.label.lower() for m in enum)


def register(sub, common) -> None:
    p = sub.add_parser("gaps", help="bemanningsluckor: registrera, importera, lista, sammanställ", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    v = verbs.add_parser("add", help="registrera en bemanningslucka", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--date", required=True, metavar="ÅÅÅÅ-MM-DD", help="dagen (eller första dagen) för luckan")
    v.add_argument("--to", metavar="ÅÅÅÅ-MM-DD", help="sista dagen, för en lucka över flera dagar")
    v.add_argument("--shift", required=True, help=_choices(Shift))
    v.add_argument("--category", required=True, metavar="NAMN", help="yrkeskategori, t.ex. sjuksköterska")
    length = v.add_mutually_exclusive_group(required=True)
    length.add_argument("--hours", metavar="H", help="antal timmar, t.ex. 7,5")
    length.add_argument("--shifts", metavar="N", help="antal pass (× passlängden i inställningarna)")
    v.add_argument("--cause", required=True, help=_choices(Cause))
    v.add_argument("--coverage", required=True, help=_choices(Coverage))
    v.add_argument("--agency", metavar="FÖRETAG", help="bemanningsföretaget (bara för hyrpersonal)")
    v.add_argument("--cost", metavar="KR", help="kostnaden i kronor (bara för hyrpersonal)")
    v.add_argument("--note", metavar="TEXT", help="anteckning utan personuppgifter")
    v.set_defaults(handler=add_gap)

    v = verbs.add_parser("import", help="importera luckor från .xlsx eller .csv", parents=[common])
    v.add_argument("file", metavar="FIL")
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--sheet", metavar="BLAD", help="bladet att läsa (annars det första)")
    v.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FÄLT=RUBRIK",
        help="ange kolumnen för ett fält när rubriken inte känns igen, t.ex. datum=Dag eller timmar=E",
    )
    v.add_argument("--dry-run", action="store_true", help="förhandsgranska bara, spara inget")
    v.set_defaults(handler=import_gaps)

    v = verbs.add_parser("list", help="lista luckor, senaste först", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--from", dest="first", metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--to", dest="last", metavar="ÅÅÅÅ-MM-DD")
    v.add_argument("--limit", type=int, default=50, metavar="N", help="högst så många rader (standard 50)")
    v.set_defaults(handler=list_gaps)

    v = verbs.add_parser("summary", help="timmar per täckning och orsak för en period", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--from", dest="first", metavar="ÅÅÅÅ-MM", help="första månaden (standard: 11 månader före --to)")
    v.add_argument("--to", dest="last", metavar="ÅÅÅÅ-MM", help="sista månaden (standard: innevarande månad)")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=summary)
    followup.register_gap_verbs(verbs, common)


def _validation(exc: ValidationError) -> UserError:
    ordered = sorted(exc.errors.items(), key=lambda kv: list(_OPTIONS).index(kv[0]) if kv[0] in _OPTIONS else 99)
    parts = [f"{_OPTIONS.get(k, k)}: {m if m.endswith('.') else m + '.'}" for k, m in ordered]
    return UserError("Luckan sparades inte. " + " ".join(parts))


def describe(gap: Gap, category_names: dict[int, str]) -> str:
    days = gap.start.isoformat() if gap.start == gap.end else f"{gap.start.isoformat()}–{gap.end.isoformat()}"
    text = (
        f"{days} {gap.shift.label.lower()}{' (helg)' if gap.weekend else ''}, "
        f"{category_names.get(gap.category_id, '?')}, {format_hours(gap.minutes)} h, "
        f"{gap.cause.label} → {gap.coverage.label}"
    )
    extra = [x for x in (gap.agency, gap.cost.format_kr() if gap.cost is not None else "") if x]
    if extra:
        text += f" ({', '.join(extra)})"
    if gap.note:
        text += f" – {gap.note}"
    return text


def add_gap(args, services) -> int:
    unit = services.units.by_code(args.unit)
    values = {
        "start": args.date,
        "end": args.to,
        "shift": args.shift,
        "category": args.category,
        "hours": args.hours,
        "shifts": args.shifts,
        "cause": args.cause,
        "coverage": args.coverage,
        "agency": args.agency,
        "cost": args.cost,
        "note": args.note,
    }
    result = services.gaps.check(unit, values)
    if not result.ok:
        raise _validation(ValidationError(result.errors))
    gap = services.gaps.insert(result.gap)
    for message in result.warnings.values():
        print(f"Obs: {message}", file=sys.stderr)
    names = {c.id: c.name for c in services.units.categories()}
    print(f"Sparad för {unit.code}: {describe(gap, names)}.")
    return 0


def import_gaps(args, services) -> int:
    unit = services.units.by_code(args.unit)
    importer = services.gaps.importer(unit)
    return run_import(args, services, importer)


def _date(text: str | None, option: str):
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise UserError(f"{option}: {exc}") from None


def list_gaps(args, services) -> int:
    unit = services.units.by_code(args.unit)
    flt = GapFilter(first=_date(args.first, "--from"), last=_date(args.last, "--to"))
    total = services.gaps.count(unit, flt)
    if total == 0:
        print(f"{unit.code} har inga bemanningsluckor{' i perioden' if args.first or args.last else ''}.")
        return 0
    names = {c.id: c.name for c in services.units.categories()}
    for gap in services.gaps.page(unit, flt, limit=max(args.limit, 1)):
        print(describe(gap, names))
    if total > args.limit:
        print(f"… {total - args.limit} luckor till (visa fler med --limit).")
    return 0


def _month(text: str | None, option: str, default: Period) -> Period:
    if text is None:
        return default
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise UserError(f"{option}: {exc}") from None


def summary(args, services) -> int:
    unit = services.units.by_code(args.unit)
    last = _month(args.last, "--to", Period.current())
    first = _month(args.first, "--from", last - 11)
    if last < first:
        raise UserError(f"--from ({first}) ligger efter --to ({last}).")
    s = services.gaps.summary(unit, first, last)
    if args.json:
        json.dump(s.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print_summary(unit, s)
    return 0


def print_summary(unit, s: GapSummary) -> None:
    print(f"Bemanningsluckor för {unit.display}, {s.first.label()} – {s.last.label()}")
    headers = ["Månad", "Totalt", *(c.label for c in Coverage), "Andel hyr"]
    rows = [
        [
            m.period.label(),
            format_hours(m.total, 1),
            *(format_hours(m.by_coverage[c], 1) for c in Coverage),
            format_percent(m.hire_share_pct),
        ]
        for m in s.months
    ]
    rows.append(
        [
            "Totalt",
            format_hours(s.total_minutes, 1),
            *(format_hours(s.totals.by_coverage[c], 1) for c in Coverage),
            format_percent(s.hire_share_pct),
        ]
    )
    table = [headers, *rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    for r in table:
        print("  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
    print()
    print("Per orsak: " + ", ".join(f"{c.label} {format_hours(m, 1)} h" for c, m in s.totals.by_cause.items()))
    print(
        f"Andel som täcktes av hyrpersonal: {format_percent(s.hire_share_pct)}. "
        f"Ej täckt: {format_hours(s.uncovered_minutes, 1)} h."
    )
