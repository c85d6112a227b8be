"""``hyrdesk rollup MAPP --out FIL.xlsx [--csv FIL.csv] [--json]``: every unit's latest export, consolidated."""

from __future__ import annotations

import json
from pathlib import Path

from hyrdesk.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser(
        "rollup", help="sammanställ alla enheters senaste underlag i en mapp till en arbetsbok", parents=[common]
    )
    p.add_argument("folder", metavar="MAPP", help="den delade mappen (med en undermapp per enhet)")
    p.add_argument("--out", required=True, metavar="FIL.xlsx", help="sammanställningen som skrivs")
    p.add_argument("--csv", metavar="FIL.csv", help="skriv också den långa tabellen som CSV (UTF-8) för Power BI/Qlik")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON (enheter, lästa filer, överhoppade)")
    p.set_defaults(handler=rollup)


def _target(text: str, suffix: str, what: str) -> Path:
    out = Path(text).expanduser()
    if out.suffix.lower() != suffix:
        raise UserError(f"{what} måste sparas som {suffix}, inte {out.name}.")
    if not out.parent.is_dir():
        raise UserError(f"Mappen {out.parent} finns inte.")
    return out


def rollup(args, services) -> int:
    from hyrdesk.services.rollup.service import write_csv
    from hyrdesk.services.rollup.workbook import write_rollup

    out = _target(args.out, ".xlsx", "Sammanställningen")
    csv_out = _target(args.csv, ".csv", "CSV-filen") if args.csv else None
    result = services.rollup.scan(Path(args.folder).expanduser())
    for target, write in ((out, write_rollup), (csv_out, write_csv)):
        if target is None:
            continue
        try:
            write(result, target)
        except OSError as exc:
            from hyrdesk.files.writable import explain_os_error

            raise UserError(f"{target.name} kunde inte sparas. {explain_os_error(exc, target.parent)}") from exc
    skipped = [*result.skipped, *result.superseded]
    if args.json:
        print(
            json.dumps(
                {
                    "units": [
                        {
                            "unit_code": u.unit_code,
                            "unit_name": u.unit_name,
                            "care_area": u.care_area,
                            "period": str(u.period),
                            "file": str(u.path),
                        }
                        for u in result.units
                    ],
                    "files_read": result.files_read,
                    "files_cached": result.files_cached,
                    "skipped": [{"file": str(s.path), "reason": s.reason} for s in skipped],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    n = len(result.units)
    print(f"{n} enhet sammanställd:" if n == 1 else f"{n} enheter sammanställda:")
    for u in result.units:
        print(f"  {u.unit_code}  {u.unit_name}  {u.period}  ({u.path.name})")
    if skipped:
        print("1 fil togs inte med:" if len(skipped) == 1 else f"{len(skipped)} filer togs inte med:")
        for s in skipped:
            print(f"  {s.path}: {s.reason}")
    print(f"Lästa filer: {result.files_read}, oförändrade (från cachen): {result.files_cached}.")
    print(f"Sammanställningen är sparad: {out}")
    if csv_out is not None:
        print(f"Den långa tabellen är sparad som CSV: {csv_out}")
    return 0
