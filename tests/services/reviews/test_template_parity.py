"""The review template's formulas give exactly hyrdesk's hours and route, recalculated by LibreOffice.

Every combination of the values that decide them (blank, valid, out of range,
not a number; each frequency and its case; each proposal and answer) is
filled into the template, LibreOffice recalculates the workbook, and each
computed cell is compared with what hyrdesk computes for the same row.
"""

import itertools
import shutil
import subprocess

import openpyxl
import pytest

from hyrdesk.domain.review import Proposal, derive_route, hours_per_year, round_hours
from hyrdesk.domain.review_validation import parse_field
from hyrdesk.services.reviews.workbook import SHEET_TASKS

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")]

MINUTES = [None, 0, 15, 7.5, "abc", 2400, 2401, -5]
COUNTS = [None, 0, 1, 3, 2.5, 1000, 1001]
FREQUENCIES = [None, "per dag", "per vecka", "PER MÅNAD", "per år", "ibland"]
PROPOSALS = [None, "Behålla", "Förenkla", "Omfördela", "Ta bort", "flytta"]
ANSWERS = [None, "Ja", "Nej", "Osäkert", "kanske"]


def app_hours(minutes, count, frequency):
    try:
        m = parse_field("minutes", minutes)
        n = parse_field("count", count)
        f = parse_field("frequency", frequency)
    except ValueError:
        return None  # the import refuses the row
    return round_hours(hours_per_year(m, f, n))


def app_route(proposal, affects):
    try:
        p = parse_field("proposal", proposal)
        a = parse_field("affects_others", affects)
    except ValueError:
        return ""
    route = derive_route(a, p)
    return route.label if route else ""


def test_every_row_gets_the_apps_hours_and_route(services, unit, tmp_path):
    book = services.reviews.export_workbook(tmp_path / "mall.xlsx", unit=unit)
    wb = openpyxl.load_workbook(book)
    ws = wb[SHEET_TASKS]
    col = {c.value: c.column_letter for c in ws[1]}
    rows = list(itertools.product(MINUTES, COUNTS, FREQUENCIES))[:150]
    routes = list(itertools.product(PROPOSALS, ANSWERS))
    for i, (minutes, count, frequency) in enumerate(rows, start=2):
        proposal, affects = routes[i % len(routes)]
        for header, value in (
            ("Uppgift", f"Uppgift {i}"),
            ("Minuter per tillfälle", minutes),
            ("Antal per period", count),
            ("Frekvens", frequency),
            ("Förslag", proposal),
            ("Påverkar andra enheter", affects),
        ):
            ws[f"{col[header]}{i}"] = value
    wb.save(book)
    out = tmp_path / "out"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    calc = openpyxl.load_workbook(out / book.name, data_only=True)[SHEET_TASKS]
    wrong = []
    for i, (minutes, count, frequency) in enumerate(rows, start=2):
        proposal, affects = routes[i % len(routes)]
        hours = calc[f"{col['Timmar per år']}{i}"].value
        shown = None if hours in (None, "") else round_hours(__import__("decimal").Decimal(str(hours)))
        if shown != app_hours(minutes, count, frequency):
            wrong.append((i, "hours", minutes, count, frequency, hours, app_hours(minutes, count, frequency)))
        route = calc[f"{col['Beslutsväg']}{i}"].value or ""
        if route != app_route(proposal, affects):
            wrong.append((i, "route", proposal, affects, route, app_route(proposal, affects)))
    assert not wrong, wrong[:10]
    assert Proposal.KEEP.label in PROPOSALS
