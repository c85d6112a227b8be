"""The totals rule (empty with a reason when any unit lacks the value; computed when it can be),
the care area × staff category pivot, measures other features add, and the CSV for BI tools."""

from __future__ import annotations

import csv
import dataclasses
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hyrdesk.domain.period import Period
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.rollup.pivots import area_table, unit_table
from hyrdesk.services.rollup.service import LONG_COLUMNS, scan, write_csv
from hyrdesk.services.rollup.workbook import SHEET_AREAS, SHEET_UNITS, write_rollup
from tests.helpers.rollup import save, totals, unit_export

OCT = Period(2026, 10)


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "delad"
    folder.mkdir()
    save(folder, unit_export("A", "Avd A", OCT, 100, 1000, {"Hyrpersonal": 12}))
    no_review = dataclasses.replace(unit_export("B", "Avd B", OCT, 50, 4000, {"Hyrpersonal": 24}), review=None)
    save(folder, dataclasses.replace(no_review, care_area="Primärvård"))
    return folder


def test_a_total_is_empty_with_the_reason_when_one_unit_lacks_the_value(folder):
    r = scan(folder)
    t = unit_table(r)
    keys = [c.key for c in t.columns]
    freed = keys.index(schema.ADMIN_HOURS_FREED)
    assert [row[freed] for row in t.rows] == [pytest.approx(105.0), None]
    assert t.total[freed] is None  # before: summed to 105 as if B had freed nothing
    assert t.notes[freed] == "Summan visas inte: 1 enhet saknar värdet (B)."


def test_a_total_that_can_be_computed_is_computed(folder):
    total = totals(scan(folder))
    assert total[schema.HIRE_COST] == 150
    assert total[schema.HIRE_RATIO_PCT] == pytest.approx(150 * 100 / 5000)
    # R12: the summed R12 hire cost over the summed own-staff cost of each unit's 12 months.
    assert total[schema.HIRE_COST_R12] == 12 * 150
    assert total[schema.HIRE_RATIO_R12_PCT] == pytest.approx(12 * 150 * 100 / (12 * 5000))


def test_the_workbook_carries_the_reason_beside_the_empty_total(folder, tmp_path):
    out = write_rollup(scan(folder), tmp_path / "samlat.xlsx")
    ws = load_workbook(out)[SHEET_UNITS]
    header = [c.value for c in ws[3]]
    total_row = next(row for row in ws.iter_rows(min_row=4) if row[0].value == "Summa")
    freed = total_row[header.index("Frigjorda timmar per år (översyn)")]
    assert freed.value is None and "1 enhet saknar värdet (B)" in freed.comment.text
    ratio = total_row[header.index("Hyrkvot R12 %")]
    assert ratio.value == pytest.approx(3.0) and ratio.comment is None
    notes = [row[0].value for row in ws.iter_rows(min_row=total_row[0].row + 1) if row[0].value]
    assert any("Frigjorda timmar per år" in n and "saknar värdet (B)" in n for n in notes)


def test_care_area_by_staff_category(folder):
    r = scan(folder)
    t = area_table(r, schema.HIRE_COST)
    rows = {row[0]: row for row in t.rows}
    groups = [c.key for c in t.columns]
    assert list(rows) == ["Primärvård", "Sjukhusvård", "Psykiatri", "Övrigt"]
    assert rows["Sjukhusvård"][1] == 1 and rows["Sjukhusvård"][groups.index("Totalt")] == 100
    assert rows["Primärvård"][groups.index("Läkare")] == pytest.approx(50 / 3)
    assert t.total[groups.index("Totalt")] == 150 and t.total[1] == 2


def test_a_measure_another_feature_adds_becomes_a_column_and_follows_the_rule(folder, tmp_path):
    """A new measure in the data sheet (say from the action plan) needs no roll-up code."""
    path = next((folder / "A").iterdir())
    wb = load_workbook(path)
    ws = wb[schema.SHEET_DATA]
    ws.append(["A", "Avd A", "2026-10", "actions_done", "", 4])
    ws.append(["A", "Avd A", "2026-10", "actions_done_pct", "", 80])
    wb.save(path)
    r = scan(folder)
    t = unit_table(r)
    keys = [c.key for c in t.columns]
    done, pct = keys.index("actions_done"), keys.index("actions_done_pct")
    assert [row[done] for row in t.rows] == [4, None] and t.total[done] is None and "(B)" in t.notes[done]
    assert t.total[pct] is None and "andel" in t.notes[pct]
    assert "actions_done" in set(r.long["measure"])


def test_the_csv_reads_back_to_the_workbooks_figures(folder, tmp_path):
    import pandas as pd

    r = scan(folder)
    out = write_csv(r, tmp_path / "hyrdesk.csv")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    raw.decode("utf-8")  # strict
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == LONG_COLUMNS
    frame = pd.read_csv(out, dtype={"period": str, "category": str}, keep_default_na=False)
    assert len(frame) == len(rows) - 1 == len(r.long)
    assert set(frame["period"]) <= {f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)}
    # The workbook's Enheter sheet, figure by figure, from the CSV (both readers).
    book = write_rollup(r, tmp_path / "samlat.xlsx")
    ws = load_workbook(book)[SHEET_UNITS]
    header = [c.value for c in ws[3]]
    for code in ("A", "B"):
        sheet_row = next(row for row in ws.iter_rows(min_row=4, values_only=True) if row[0] == code)
        for label, measure in (("Hyrkostnad månad", schema.HIRE_COST), ("Hyrkostnad R12", schema.HIRE_COST_R12)):
            mine = frame[
                (frame.unit_code == code)
                & (frame.period == "2026-10")
                & (frame.measure == measure)
                & (frame.category == "Totalt")
            ]["value"]
            by_csv = [
                float(x[6])
                for x in rows[1:]
                if x[0] == code and x[3] == "2026-10" and x[4] == measure and x[5] == "Totalt"
            ]
            assert [float(mine.iloc[0])] == by_csv == [sheet_row[header.index(label)]]
    # Period and decimal conventions: a ratio keeps its decimals with a point.
    ratio = [x[6] for x in rows[1:] if x[4] == schema.HIRE_RATIO_PCT and x[0] == "B" and x[5] == "Totalt"]
    assert ratio and all("." in v and "," not in v for v in ratio)


def test_the_area_sheet_is_written(folder, tmp_path):
    out = write_rollup(scan(folder), tmp_path / "samlat.xlsx")
    ws = load_workbook(out)[SHEET_AREAS]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Sjuksköterskor/barnmorskor" in texts and "Psykiatri" in texts
    with zipfile.ZipFile(out) as z:
        assert all(not n.endswith("vbaProject.bin") for n in z.namelist())
