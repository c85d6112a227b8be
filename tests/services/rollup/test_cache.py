"""The roll-up's cache: an unchanged file is not read again; any change to a file is."""

from __future__ import annotations

import datetime as _dt
import importlib.util
import os
from pathlib import Path

import pytest

from hyrdesk.domain.period import Period
from hyrdesk.files.atomic import atomic_save_workbook
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.workbook import build_workbook
from tests.helpers.rollup import save, totals, unit_export

OCT = Period(2026, 10)


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "delad"
    folder.mkdir()
    save(folder, unit_export("A", "Avd A", OCT, 100, 1000, {"Hyrpersonal": 12}))
    save(folder, unit_export("B", "Avd B", OCT, 50, 1000, {"Hyrpersonal": 24}))
    return folder


def test_an_unchanged_folder_is_not_read_again(services, folder):
    first = services.rollup.scan(folder)
    assert (first.files_read, first.files_cached) == (2, 0)
    second = services.rollup.scan(folder)
    assert (second.files_read, second.files_cached) == (0, 2)
    assert totals(second)[schema.HIRE_COST] == totals(first)[schema.HIRE_COST] == 150
    assert [u.unit_code for u in second.units] == ["A", "B"]
    assert len(second.long) == len(first.long) and second.long["value"].sum() == first.long["value"].sum()
    assert services.rollup.cached_files() == 2


def test_a_changed_file_alone_is_read_again(services, folder):
    services.rollup.scan(folder)
    path = next((folder / "B").iterdir())
    path.unlink()
    save(folder, unit_export("B", "Avd B", OCT, 70, 1000, {"Hyrpersonal": 24}))
    r = services.rollup.scan(folder)
    assert (r.files_read, r.files_cached) == (1, 1)
    assert totals(r)[schema.HIRE_COST] == 170


def test_a_junk_file_with_the_same_name_size_and_time_is_caught_by_its_hash(services, folder):
    services.rollup.scan(folder)
    path = next((folder / "B").iterdir())
    st = path.stat()
    junk = bytearray(path.read_bytes())
    junk[len(junk) // 2 : len(junk) // 2 + 64] = b"x" * 64  # same size, damaged in the middle
    path.write_bytes(bytes(junk))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    r = services.rollup.scan(folder)
    assert r.files_read == 1 and [u.unit_code for u in r.units] == ["A"]
    assert [s.path.name for s in r.skipped] == [path.name]
    assert "skadad" in r.skipped[0].reason or "går inte att läsa" in r.skipped[0].reason
    assert totals(r)[schema.HIRE_COST] == 100
    # The junk stays known: unchanged, it is not read again either.
    again = services.rollup.scan(folder)
    assert again.files_read == 0 and [s.path.name for s in again.skipped] == [path.name]


def test_a_deleted_file_leaves_the_rollup_and_the_cache(services, folder):
    services.rollup.scan(folder)
    for p in (folder / "B").iterdir():
        p.unlink()
    r = services.rollup.scan(folder)
    assert [u.unit_code for u in r.units] == ["A"] and r.files_read == 0
    assert services.rollup.cached_files() == 1


def test_two_exports_of_one_unit_the_latest_wins_also_from_the_cache(services, folder):
    services.rollup.scan(folder)
    newer = unit_export("A", "Avd A", OCT, 300, 1000, {}, created=_dt.datetime(2026, 11, 25, 8, 0))
    atomic_save_workbook(build_workbook(newer), folder / "A" / "A_senare.xlsx")
    r = services.rollup.scan(folder)
    assert (r.files_read, r.files_cached) == (1, 2)
    assert totals(r)[schema.HIRE_COST] == 350
    assert [s.path.name for s in r.superseded] == [
        next(p.name for p in (folder / "A").iterdir() if p.name != "A_senare.xlsx")
    ]
    assert set(r.long["source_file"].unique()) == {"A/A_senare.xlsx", f"B/{next((folder / 'B').iterdir()).name}"}


def test_worker_processes_read_like_the_inline_reader(services, folder):
    for i in range(6):
        save(folder, unit_export(f"C{i}", f"Avd C{i}", OCT, 10 * i, 1000, {"Ej täckt": i}))
    inline = services.rollup.scan(folder, workers=0)
    from hyrdesk.services.rollup.service import scan

    pooled = scan(folder, workers=2)
    assert pooled.files_read == 8
    assert pooled.long["value"].sum() == pytest.approx(inline.long["value"].sum())
    assert totals(pooled) == totals(inline)


BENCH = Path(__file__).resolve().parents[3] / "bench" / "rollup_scale.py"


@pytest.mark.slow
def test_a_folder_of_1000_workbooks(services, tmp_path):
    spec = importlib.util.spec_from_file_location("rollup_scale_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    folder = tmp_path / "delad"
    paths, template = bench.make_folder(folder, 1000, tmp_path)
    (folder / "skräp.xlsx").write_text("nej")
    cold = services.rollup.scan(folder)
    assert len(cold.units) == 1000 and cold.files_read == 1001 and len(cold.skipped) == 1
    assert {u.care_area for u in cold.units} == set(bench.AREAS)
    warm = services.rollup.scan(folder)
    assert warm.files_read == 0 and warm.files_cached == 1001
    paths[7].write_bytes(bench.vary(template, 7, bench.START + _dt.timedelta(days=2)))
    changed = services.rollup.scan(folder)
    assert changed.files_read == 1 and len(changed.units) == 1000
    assert totals(changed)[schema.HIRE_COST] == pytest.approx(totals(warm)[schema.HIRE_COST])
