"""A unit's old gap log as a spreadsheet: the headers and rows the gap-import tests share."""

import datetime as _dt

import openpyxl

HEADERS = ["Datum", "Pass", "Yrke", "Timmar", "Orsak", "Täckt av", "Bemanningsföretag", "Kostnad", "Kommentar"]
GOOD_ROWS = [
    [
        _dt.date(2024, 3, 4),
        "Natt",
        "Sjuksköterska",
        10,
        "Vakans",
        "Hyrpersonal",
        "Bemanning Nord AB",
        9500,
        "Stängda platser",
    ],
    [_dt.date(2024, 3, 5), "dag", "usk", 8, "sjuk", "timvikarie", None, None, None],
    [
        "2024-03-09",
        "KVÄLL",
        "Läkare",
        "7,5",
        "Ökat vårdbehov",
        "Egen personal (övertid/mertid)",
        None,
        None,
        "Extravak",
    ],
]


def write_xlsx(path, rows, title=("Luckor vecka 10",)):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append(list(title))
        ws.append([])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path
