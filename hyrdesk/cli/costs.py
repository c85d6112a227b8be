"""``hyrdesk costs accounts|import|add|summary|imports|undo-import``."""

from __future__ import annotations

import json
import sys

from hyrdesk.cli import followup
from hyrdesk.cli.importing import run_import
from hyrdesk.domain.costs import GroupMeasures
from hyrdesk.domain.numbers import format_percent
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError, ValidationError


def register(sub, common) -> None:
    p = sub.add_parser("costs", help="hyrkostnader: kontotabell, import, manuella belopp, nyckeltal", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    acc = verbs.add_parser(
        "accounts", help="kontotabellen: vilka konton som är hyrkostnad och egen personal", parents=[common]
    )
    acc_verbs = acc.add_subparsers(dest="account_verb", metavar="ÅTGÄRD")
    v = acc_verbs.add_parser("set", help="lägg till eller ändra ett konto eller kontointervall", parents=[common])
    v.add_argument("account", metavar="KONTO[-KONTO]", help="t.ex. 4611 eller 4600-4699")
    v.add_argument("--kind", required=True, help="hire (hyrkostnad), own (egen personal) eller ignore (ignoreras)")
    v.add_argument("--category", metavar="NAMN", help="yrkeskategori, när filen inte har någon kolumn för den")
    v.set_defaults(handler=set_account)
    v = acc_verbs.add_parser("list", help="visa kontotabellen", parents=[common])
    v.set_defaults(handler=list_accounts)
    v = acc_verbs.add_parser("remove", help="ta bort en rad ur kontotabellen", parents=[common])
    v.add_argument("account", metavar="KONTO[-KONTO]")
    v.set_defaults(handler=remove_account)

    v = verbs.add_parser("import", help="importera ett utdrag ur ekonomisystemet (.xlsx eller .csv)", parents=[common])
    v.add_argument("file", metavar="FIL")
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--sheet", metavar="BLAD", help="bladet att läsa (annars det första)")
    v.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FÄLT=RUBRIK",
        help="ange kolumnen för ett fält när rubriken inte känns igen, t.ex. konto=Kto eller belopp=D",
    )
    v.add_argument(
        "--cost-centre",
        action="append",
        default=[],
        metavar="KOD",
        help="importera även raderna för detta kostnadsställe, fast det inte är enhetens (kan upprepas)",
    )
    v.add_argument(
        "--whole-file",
        action="store_true",
        help="filen har ingen kolumn för kostnadsställe och hela filen gäller enheten",
    )
    v.add_argument("--dry-run", action="store_true", help="förhandsgranska bara, spara inget")
    v.set_defaults(handler=import_ledger)

    v = verbs.add_parser("add", help="lägg till ett belopp för hand (negativt rättar)", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    v.add_argument("--category", required=True, metavar="NAMN")
    v.add_argument("--kind", required=True, help="hire (hyrkostnad) eller own (egen personal)")
    v.add_argument("--amount", required=True, metavar="KR")
    v.set_defaults(handler=add_amount)

    v = verbs.add_parser("summary", help="nyckeltal per rapportgrupp för en månad", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--month", metavar="ÅÅÅÅ-MM", help="annars den senaste månaden med belopp")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=summary)

    v = verbs.add_parser("imports", help="visa enhetens importer", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.set_defaults(handler=list_imports)
    v = verbs.add_parser(
        "undo-import", help="ångra en import (dess belopp tas bort, ersatta belopp gäller igen)", parents=[common]
    )
    v.add_argument("import_id", type=int, metavar="NR")
    v.add_argument("--unit", required=True, metavar="KOD")
    v.set_defaults(handler=undo_import)
    followup.register_cost_verbs(verbs, common)


def _validation(exc: ValidationError) -> UserError:
    return UserError(" ".join(exc.errors.values()))


# --- account table ---------------------------------------------------------------------
def set_account(args, services) -> int:
    try:
        rule = services.costs.accounts.set(args.account, args.kind, args.category)
    except ValidationError as exc:
        raise _validation(exc) from None
    print(f"Kontotabellen: {rule.describe()}")
    return 0


def list_accounts(args, services) -> int:
    rules = services.costs.accounts.rules()
    if not rules:
        print(
            "Kontotabellen är tom. Lägg till konton med: hyrdesk costs accounts set 4600-4699 --kind hire --category Läkare"
        )
        return 0
    width = max(len(str(r.range)) for r in rules)
    for r in rules:
        print(f"{str(r.range):<{width}}  {r.kind.value:<6}  {r.kind.label:<13}  {r.category or ''}".rstrip())
    return 0


def remove_account(args, services) -> int:
    services.costs.accounts.remove(args.account)
    print(f"{args.account.strip()} är borttaget ur kontotabellen.")
    return 0


# --- import ----------------------------------------------------------------------------
def import_ledger(args, services) -> int:
    unit = services.units.by_code(args.unit)
    importer = services.costs.importer(unit, args.cost_centre, args.whole_file)
    return run_import(args, services, importer)


# --- manual entry ------------------------------------------------------------------------
def add_amount(args, services) -> int:
    unit = services.units.by_code(args.unit)
    try:
        manual = services.costs.add_manual(unit, args.month, args.category, args.kind, args.amount)
    except ValidationError as exc:
        raise _validation(exc) from None
    period = Period.parse(args.month)
    print(
        f"Sparat för {unit.code}, {period.long_label()}, {args.category.strip()}: "
        f"manuellt belopp nu {manual.format_kr(2 if manual.ore % 100 else 0)}."
    )
    return 0


# --- summary ----------------------------------------------------------------------------
def summary(args, services) -> int:
    unit = services.units.by_code(args.unit)
    if args.month:
        try:
            period = Period.parse(args.month)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    else:
        period = services.costs.latest_period(unit)
        if period is None:
            raise UserError(f"{unit.code} har inga kostnader ännu. Importera ett utdrag eller lägg till belopp.")
    if args.json:
        json.dump(services.costs.summary_json(unit, period), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    rows = services.costs.summary(unit, period)
    print(f"Hyrkostnader för {unit.display}, {period.long_label()} (mål {format_percent(services.costs.target_pct())})")
    headers = (
        "",
        "Månad",
        "R12",
        f"Ack {period.year}",
        f"Ack {period.year - 1}",
        "Förändring",
        "Förändr. %",
        "Andel",
        "Andel R12",
    )
    table = [headers] + [_summary_row(m) for m in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    for r in table:
        print("  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip())
    reasons: dict[str, list[str]] = {}
    for m in rows:
        for label, reason in (("Andel", m.hire_ratio_reason), ("Andel R12", m.hire_ratio_r12_reason)):
            if reason:
                reasons.setdefault(reason, []).append(f"{m.group} ({label})")
    for reason, where in reasons.items():
        print(f"– {', '.join(where)}: {reason}.")
    return 0


def _tkr(m) -> str:
    return "–" if m is None else m.format_tkr()


def _summary_row(m: GroupMeasures) -> tuple[str, ...]:
    return (
        m.group,
        _tkr(m.hire),
        _tkr(m.r12),
        _tkr(m.ytd),
        _tkr(m.ytd_prev),
        _tkr(m.ytd_change),
        format_percent(m.ytd_change_pct),
        format_percent(m.hire_ratio_pct, 2),
        format_percent(m.hire_ratio_r12_pct, 2),
    )


# --- import log ---------------------------------------------------------------------------
def list_imports(args, services) -> int:
    unit = services.units.by_code(args.unit)
    records = services.costs.imports(unit)
    if not records:
        print(f"{unit.code} har inga importer.")
        return 0
    for r in records:
        span = r.first_period if r.first_period == r.last_period else f"{r.first_period}–{r.last_period}"
        state = f"ångrad {r.undone_at.replace('T', ' ')}" if r.undone_at else "gäller"
        print(
            f"{r.id:>4}  {r.imported_at.replace('T', ' ')}  {r.file_name}  {span}  {r.rows_imported} rader"
            f"  sha256 {r.sha256[:12]}  {state}"
        )
    return 0


def undo_import(args, services) -> int:
    unit = services.units.by_code(args.unit)
    print(services.costs.undo_import(unit, args.import_id))
    return 0
