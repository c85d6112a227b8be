"""``hyrdesk rollup MAPP --out FIL.xlsx``: one workbook of every unit's latest export."""

from __future__ import annotations

from pathlib import Path

from hyrdesk.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser(
        "rollup", help="sammanställ alla enheters senaste underlag i en mapp till en arbetsbok", parents=[common]
    )
    p.add_argument("folder", metavar="MAPP", help="den delade mappen (med en undermapp per enhet)")
    p.add_argument("--out", required=True, metavar="FIL.xlsx", help="sammanställningen som skrivs")
    p.set_defaults(handler=rollup)


def rollup(args, services) -> int:
    from hyrdesk.services.rollup.service import scan
    from hyrdesk.services.rollup.workbook import write_rollup

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"Sammanställningen måste sparas som .xlsx, inte {out.name}.")
    if not out.parent.is_dir():
        raise UserError(f"Mappen {out.parent} finns inte.")
    result = scan(Path(args.folder).expanduser())
    try:
        write_rollup(result, out)
    except OSError as exc:
        from hyrdesk.files.writable import explain_os_error

        raise UserError(f"Sammanställningen kunde inte sparas. {explain_os_error(exc, out.parent)}") from exc
    n = len(result.units)
    print(f"{n} enhet sammanställd:" if n == 1 else f"{n} enheter sammanställda:")
    for u in result.units:
        print(f"  {u.unit_code}  {u.unit_name}  {u.period}  ({u.path.name})")
    skipped = [*result.skipped, *result.superseded]
    if skipped:
        print("1 fil togs inte med:" if len(skipped) == 1 else f"{len(skipped)} filer togs inte med:")
        for s in skipped:
            print(f"  {s.path}: {s.reason}")
    print(f"Sammanställningen är sparad: {out}")
    return 0
