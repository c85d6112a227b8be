"""Roll-up of every unit's latest export in a shared folder, junk and damage included."""

from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hyrdesk.domain.period import Period
from hyrdesk.files.atomic import atomic_save_workbook
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.content import (
    CostRow,
)
from hyrdesk.services.line_dialogue.workbook import build_workbook
from hyrdesk.services.rollup.pivots import gap_table, unit_table
from hyrdesk.services.rollup.service import scan
from hyrdesk.services.rollup.workbook import (
    SHEET_AREAS,
    SHEET_GAPS,
    SHEET_SKIPPED,
    SHEET_TASKS,
    SHEET_UNITS,
    write_rollup,
)
from tests.helpers.rollup import save, totals, unit_export


def unit_value(r, code: str, key: str):
    t = unit_table(r)
    row = next(row for row in t.rows if row[0] == code)
    return row[[c.key for c in t.columns].index(key)]


def gap_totals(r) -> dict:
    t = gap_table(r)
    return {c.label: v for c, v in zip(t.columns, t.total)}


@pytest.fixture
def shared(tmp_path) -> Path:
    folder = tmp_path / "delad"
    folder.mkdir()
    oct_ = Period(2026, 10)
    save(
        folder,
        unit_export(
            "MED4", "Medicinavdelning 4", oct_, 100_000, 4_000_000, {"Hyrpersonal": 120, "Ej täckt": 24}, tasks=2
        ),
    )
    save(
        folder,
        unit_export(
            "HCNORR",
            "Hälsocentral Norr",
            oct_,
            50_000,
            1_000_000,
            {"Egen personal (övertid/mertid)": 60, "Hyrpersonal": 12},
            tasks=1,
        ),
    )
    save(folder, unit_export("PSYK1", "Psykiatri 1", oct_, 25_000, 5_000_000, {"Ej täckt": 36}, tasks=0))
    # An older export of MED4 (previous month) and one from earlier the same month: both lose.
    save(folder, unit_export("MED4", "Medicinavdelning 4", Period(2026, 9), 999_999, 1, {}))
    older_same = unit_export(
        "MED4", "Medicinavdelning 4", oct_, 777_777, 1, {}, created=_dt.datetime(2026, 11, 2, 9, 0)
    )
    atomic_save_workbook(build_workbook(older_same), folder / "MED4" / "MED4_tidigare.xlsx")
    # Junk: a text file renamed .xlsx, a real workbook that is not an export, a damaged zip, a lock file.
    (folder / "MED4" / "anteckningar.xlsx").write_text("det här är ingen arbetsbok", encoding="utf-8")
    wb = Workbook()
    wb.active["A1"] = "Min egen lista"
    wb.save(folder / "egen-lista.xlsx")
    good = folder / "HCNORR" / next(p.name for p in (folder / "HCNORR").iterdir())
    (folder / "HCNORR" / "trasig.xlsx").write_bytes(good.read_bytes()[:2000])
    (folder / "PSYK1" / "~$lås.xlsx").write_bytes(b"\x00" * 165)
    return folder


def test_rollup_picks_each_units_latest_export_and_adds_them_up(shared):
    r = scan(shared)
    assert sorted(u.unit_code for u in r.units) == ["HCNORR", "MED4", "PSYK1"]
    med = next(u for u in r.units if u.unit_code == "MED4")
    assert str(med.period) == "2026-10" and unit_value(r, "MED4", schema.HIRE_COST) == 100_000
    total = totals(r)
    assert total[schema.HIRE_COST] == 175_000
    assert total[schema.OWN_STAFF_COST] == 10_000_000
    assert total[schema.HIRE_COST_R12] == 12 * 175_000
    assert total[schema.HIRE_RATIO_PCT] == pytest.approx(1.75)
    assert total[schema.HIRE_RATIO_R12_PCT] == pytest.approx(1.75)  # computed from the sums, not left empty
    assert total[schema.HIRE_COST_YTD] == pytest.approx(10 * 175_000)
    gaps = gap_totals(r)
    assert gaps["Hyrpersonal"] == pytest.approx(132)
    assert gaps["Ej täckt"] == pytest.approx(60)
    assert gaps["Egen personal (övertid/mertid)"] == pytest.approx(60)
    assert len(r.line_dialogue_tasks()) == 3
    assert {t["Uppgift"] for _, t in r.line_dialogue_tasks()} == {
        "=Uppgift 0 på MED4",
        "=Uppgift 1 på MED4",
        "=Uppgift 0 på HCNORR",
    }


def test_junk_and_damaged_files_are_skipped_with_a_reason(shared):
    r = scan(shared)
    reasons = {s.path.name: s.reason for s in r.skipped}
    assert set(reasons) == {"anteckningar.xlsx", "egen-lista.xlsx", "trasig.xlsx", "~$lås.xlsx"}
    assert "ingen Excel-fil" in reasons["anteckningar.xlsx"]
    assert "inget blad som heter data" in reasons["egen-lista.xlsx"]
    assert "skadad" in reasons["trasig.xlsx"]
    assert "låsfil" in reasons["~$lås.xlsx"]
    superseded = {s.path.name for s in r.superseded}
    assert superseded == {"MED4_tidigare.xlsx", "MED4_underlag-dialog-i-linjen_2026-09_2026-11-20.xlsx"}


def test_the_consolidated_workbook_has_the_right_totals(shared, tmp_path):
    out = write_rollup(scan(shared), tmp_path / "sammanstallning.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [SHEET_UNITS, SHEET_AREAS, SHEET_GAPS, SHEET_TASKS, SHEET_SKIPPED]
    header = [c.value for c in wb[SHEET_UNITS][3]]
    units = [r for r in wb[SHEET_UNITS].iter_rows(min_row=4, max_row=7, values_only=True) if r[0]]
    total = units[-1]
    assert total[0] == "Summa" and total[header.index("Hyrkostnad månad")] == 175_000
    assert total[header.index("Hyrkostnad R12")] == 12 * 175_000
    assert total[header.index("Hyrkvot %")] == pytest.approx(1.75)
    assert [u[0] for u in units[:-1]] == ["HCNORR", "MED4", "PSYK1"]  # by unit name
    gaps = list(wb[SHEET_GAPS].iter_rows(min_row=3, values_only=True))
    header, last = gaps[0], [r for r in gaps if r[0] == "Summa"][0]
    assert last[header.index("Hyrpersonal")] == pytest.approx(132)
    assert last[header.index("Totalt")] == pytest.approx(252)
    tasks = [r for r in wb[SHEET_TASKS].iter_rows(min_row=4) if r[0].value]
    assert len(tasks) == 3 and all(c.data_type != "f" for r in tasks for c in r)
    skipped = {r[0] for r in wb[SHEET_SKIPPED].iter_rows(min_row=4, values_only=True) if r[0]}
    assert {"anteckningar.xlsx", "egen-lista.xlsx", "trasig.xlsx", "MED4_tidigare.xlsx"} <= skipped


def test_a_unit_without_r12_leaves_the_total_empty(tmp_path):
    folder = tmp_path / "delad"
    folder.mkdir()
    save(folder, unit_export("A", "A", Period(2026, 10), 10, 100, {}))
    partial = unit_export("B", "B", Period(2026, 10), 10, 100, {})
    for key, row in list(partial.costs.rows.items()):
        partial.costs.rows[key] = CostRow(**{**row.__dict__, "r12": None})
    save(folder, partial)
    r = scan(folder)
    total, notes = totals(r), unit_table(r).notes
    assert total[schema.HIRE_COST] == 20 and total[schema.HIRE_COST_R12] is None
    r12 = [c.key for c in unit_table(r).columns].index(schema.HIRE_COST_R12)
    assert "1 enhet saknar värdet (B)" in notes[r12]


def test_a_newer_schema_and_a_tampered_value_are_refused(tmp_path):
    folder = tmp_path / "delad"
    folder.mkdir()
    path = save(folder, unit_export("A", "A", Period(2026, 10), 10, 100, {}))
    wb = load_workbook(path)
    wb[schema.SHEET_DATA]["F2"].value = "tio"
    wb.save(folder / "A" / "andrad.xlsx")
    wb = load_workbook(path)
    for p in wb.custom_doc_props:
        if p.name == schema.PROP_SCHEMA:
            p.value = f"{schema.SCHEMA_NAME}/{schema.SCHEMA_VERSION + 1}"
    wb.save(folder / "A" / "framtid.xlsx")
    reasons = {s.path.name: s.reason for s in scan(folder).skipped}
    assert "inget tal" in reasons["andrad.xlsx"]
    assert "nyare version" in reasons["framtid.xlsx"]


def test_a_zip_bomb_is_skipped(tmp_path):
    folder = tmp_path / "delad"
    folder.mkdir()
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * 20_000_000)
    r = scan(folder)
    assert r.units == [] and "zip-bomb" in r.skipped[0].reason


def test_an_empty_or_missing_folder(tmp_path):
    assert scan(tmp_path).units == []
    from hyrdesk.errors import UserError

    with pytest.raises(UserError, match="finns inte"):
        scan(tmp_path / "saknas")
