"""Ledger exports as a region's finance system writes them, for the import tests.

Varied on purpose: several cost centres (Ansvar codes unlike the unit's
display code), account texts, Swedish decimal commas, the `;` CSV in
Windows-1252 that Swedish Excel saves, and headers in other words.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from hyrdesk.files.tabular import read_table
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import MappingMemory

# (Ansvar, period, account, account text, amount in kr as Swedish text)
ROWS = [
    ("41230", "2026-01", "4610", "Inhyrd läkare", "1 200 000,50"),
    ("41230", "2026-01", "4620", "Inhyrd sjuksköterska", "649 662,50"),
    ("41230", "2026-02", "4610", "Inhyrd läkare", "2 000 000,00"),
    ("41230", "2026-01", "5011", "Löner läkare", "9 000 000,00"),
    ("41231", "2026-01", "4610", "Inhyrd läkare", "1 763 731,00"),
    ("41231", "2026-02", "4620", "Inhyrd sjuksköterska", "1 000 000,00"),
    ("41300", "2026-01", "4610", "Inhyrd läkare", "1 000,00"),
    ("41300", "2026-01", "7010", "Resor", "12 345,67"),
]
HIRE_41230 = "3 849 663"  # kr: 1 200 000,50 + 649 662,50 + 2 000 000

HEADER = ("Ansvar", "Bokf.mån", "Konto", "Kontotext", "Belopp")


def set_accounts(services) -> None:
    a = services.costs.accounts
    a.set("4610", "hire", "Läkare")
    a.set("4620", "hire", "Sjuksköterska")
    a.set("5010-5019", "own", "Läkare")
    a.set("7000-7999", "ignore")


def swedish_csv(path: Path, rows=ROWS, header=HEADER, encoding: str = "cp1252", title: bool = True) -> Path:
    """`;`-separated, decimal comma, CRLF, a title line: Swedish Excel's "CSV (semikolonavgränsad)"."""
    lines = ["Huvudbok utfall;;;;", ";;;;"] if title else []
    lines.append(";".join(header))
    lines += [";".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def ledger_xlsx(path: Path, rows=ROWS, header=HEADER) -> Path:
    """The same rows in a workbook with numbers as numbers and codes as numbers (41230.0 when read)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Huvudboksutdrag"])
    ws.append(list(header))
    for centre, period, account, text, amount in rows:
        value = float(amount.replace(" ", "").replace(",", "."))
        ws.append([int(centre), period, int(account), text, value])
    wb.save(path)
    return path


REASON_5411 = "konto 5411 Arbetsgivaravgifter saknar yrkeskategori: ge kontot en kategori, eller jämför bara Totalt"


def import_with_contributions(services, unit, tmp_path):
    a = services.costs.accounts
    a.set("4610", "hire", "Läkare")
    a.set("5011", "own", "Läkare")
    a.set("5411", "own")  # employer's contributions: no staff category, a normal set-up
    services.units.set_cost_centres(unit, ["41230"])
    rows = [
        ("41230", "2026-01", "4610", "Inhyrd läkare", "10 000,00"),
        ("41230", "2026-01", "5011", "Löner läkare", "500 000,00"),
        ("41230", "2026-01", "5411", "Arbetsgivaravgifter", "157 100,00"),
    ]
    path = swedish_csv(tmp_path / "huvudbok.csv", rows=rows)
    unit = services.units.get(unit.id)
    importer = services.costs.importer(unit)
    table = read_table(path)
    mapping = MappingMemory(services.settings).recall(importer.kind, table, importer.fields())
    importer.commit(importer.preview(table, mapping, Progress()))
    return unit
