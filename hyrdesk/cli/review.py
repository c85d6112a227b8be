"""``hyrdesk review templates|export-template|export|import|summary|list``."""

from __future__ import annotations

import json
from pathlib import Path

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.review import round_hours


def register(sub, common) -> None:
    p = sub.add_parser("review", help="administrativ översyn", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    v = verbs.add_parser("templates", help="lista mallarna (inbyggd och i den delade mappens mallar)", parents=[common])
    v.set_defaults(handler=list_templates)

    v = verbs.add_parser("export-template", help="en tom mall som ifyllbar Excel-arbetsbok", parents=[common])
    v.add_argument(
        "--template",
        metavar="ID",
        help="mallens id (id@version för en viss version) eller en mallfil; standard: den inbyggda",
    )
    v.add_argument("--out", required=True, metavar="FIL.xlsx")
    v.set_defaults(handler=export_template)

    v = verbs.add_parser("export", help="en översyn som ifyllbar Excel-arbetsbok", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--review", type=int, metavar="NR", help="översynens nummer (se review list); standard: den senaste")
    v.add_argument("--out", required=True, metavar="FIL.xlsx")
    v.set_defaults(handler=export_review)

    v = verbs.add_parser("import", help="läs in en ifylld arbetsbok", parents=[common])
    v.add_argument("file", metavar="FIL.xlsx")
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle ändras, spara inget")
    v.set_defaults(handler=import_workbook)

    v = verbs.add_parser("summary", help="sammanställning av enhetens senaste översyn", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    v.set_defaults(handler=summary)

    v = verbs.add_parser("list", help="enhetens översyner över tid", parents=[common])
    v.add_argument("--unit", required=True, metavar="KOD")
    v.set_defaults(handler=list_reviews)


def list_templates(args, services) -> int:
    listing = services.reviews.templates.available()
    for template, source in listing.templates:
        print(f"{template.id}@{template.version}  {template.name}  ({source})")
    folder = services.reviews.templates.shared_folder()
    if folder is None:
        print(
            "Ingen delad mapp är vald; egna mallar läses från <delad mapp>/mallar (hyrdesk settings set shared-folder MAPP)."
        )
    for problem in listing.problems:
        print(f"\nKan inte användas: {problem.message}")
    return 0


def export_template(args, services) -> int:
    template = services.reviews.templates.find(args.template)
    path = services.reviews.export_workbook(Path(args.out), template=template)
    print(f"Mallen {template.display} är sparad som {path}.")
    return 0


def export_review(args, services) -> int:
    from hyrdesk.errors import UserError

    unit = services.units.by_code(args.unit)
    review = services.reviews.review(args.review) if args.review else services.reviews.latest(unit)
    if review is None or review.unit_id != unit.id:
        raise UserError(f"Enheten {unit.code} har ingen sådan översyn (se hyrdesk review list --unit {unit.code}).")
    path = services.reviews.export_workbook(Path(args.out), review, unit=unit)
    print(f"Översynen ”{review.title}” är sparad som {path}.")
    return 0


def import_workbook(args, services) -> int:
    unit = services.units.by_code(args.unit)
    plan = services.reviews.preview_import(Path(args.file), unit)
    for line in plan.lines():
        print(line)
    if args.dry_run or not plan.has_changes:
        return 0
    _review, message = services.reviews.apply_import(plan)
    print(message)
    return 0


def summary(args, services) -> int:
    unit = services.units.by_code(args.unit)
    data = services.reviews.unit_summary(unit)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    review = services.reviews.latest(unit)
    print(f"{unit.display} – {review.title} ({review.status_label.lower()})")
    print(f"Uppgifter: {data['tasks']}")
    print(f"Timmar per år: {format_decimal(data['hours_per_year'], 1)}")
    print(f"Frigjorda timmar per år: {format_decimal(data['hours_freed_per_year'], 1)}")
    for label, count in data["by_proposal"].items():
        print(f"  {label}: {count}")
    print(f"Dialog i linjen: {data['line_dialogue']}   Eget beslut: {data['own_decision']}")
    return 0


def list_reviews(args, services) -> int:
    unit = services.units.by_code(args.unit)
    reviews = services.reviews.reviews(unit)
    if not reviews:
        print(f"Enheten {unit.code} har ingen översyn ännu.")
        return 0
    for r in reviews:
        s = services.reviews.summary(r)
        print(
            f"{r.id:>4}  {r.started_on.isoformat()}  {r.title}  ({r.status_label.lower()}, mall {r.template_id}@{r.template_version})"
            f"  {s.total.tasks} uppgifter, {format_decimal(s.total.hours_rounded, 1)} h/år, "
            f"{format_decimal(round_hours(s.total.hours_freed), 1)} h frigörs"
        )
    return 0
