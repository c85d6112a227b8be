"""``hyrdesk export``, ``sync`` and ``rollup`` as a user runs them (in-process through ``run_cli``), with real folders."""

from __future__ import annotations

import shutil

from openpyxl import load_workbook

from hyrdesk.services.line_dialogue import schema
from tests.helpers.cli import run_cli


def setup_unit(data):
    assert (
        run_cli(
            "units", "add", "--code", "MED4", "--name", "Medicinavdelning 4", "--area", "sjukhusvård", data_dir=data
        ).code
        == 0
    )
    assert (
        run_cli(
            "costs",
            "add",
            "--unit",
            "MED4",
            "--month",
            "2026-10",
            "--category",
            "Läkare",
            "--kind",
            "hire",
            "--amount",
            "125000",
            data_dir=data,
        ).code
        == 0
    )


def test_export_with_out_writes_the_workbook_there_and_queues_nothing(tmp_path):
    data, out = tmp_path / "data", tmp_path / "ut"
    setup_unit(data)
    out.mkdir()
    r = run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-10", "--out", str(out), data_dir=data)
    assert r.code == 0, r.err
    (path,) = out.glob("MED4_underlag-dialog-i-linjen_2026-10_*.xlsx")
    assert str(path) in r.out
    rows = list(load_workbook(path)[schema.SHEET_DATA].iter_rows(values_only=True))
    assert ("MED4", "Medicinavdelning 4", "2026-10", "hire_cost", "Läkare", 125000) in rows
    assert "Inga exporter väntar" in run_cli("sync", data_dir=data).out


def test_export_without_a_shared_folder_says_how_to_set_one(tmp_path):
    data = tmp_path / "data"
    setup_unit(data)
    r = run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-10", data_dir=data)
    assert r.code == 2
    assert "settings set shared-folder" in r.err


def test_bad_unit_period_and_folder(tmp_path):
    data = tmp_path / "data"
    setup_unit(data)
    r = run_cli("export", "line-dialogue", "--unit", "XX", "--period", "2026-10", data_dir=data)
    assert r.code == 2 and "ingen enhet" in r.err
    r = run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-13", data_dir=data)
    assert r.code == 2 and "månad" in r.err
    r = run_cli(
        "export",
        "line-dialogue",
        "--unit",
        "MED4",
        "--period",
        "2026-10",
        "--out",
        str(tmp_path / "saknas"),
        data_dir=data,
    )
    assert r.code == 2 and "finns inte" in r.err
    r = run_cli("settings", "set", "shared-folder", str(tmp_path / "saknas"), data_dir=data)
    assert r.code == 2 and "finns inte" in r.err


def test_shared_folder_delivery_pending_and_sync(tmp_path):
    data, share = tmp_path / "data", tmp_path / "delad"
    setup_unit(data)
    share.mkdir()
    assert run_cli("settings", "set", "shared-folder", str(share), data_dir=data).code == 0
    r = run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-10", data_dir=data)
    assert r.code == 0, r.err
    assert "Levererad till" in r.out
    assert len(list((share / "MED4").glob("*.xlsx"))) == 1

    shutil.rmtree(share)  # the drive is gone
    r = run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-09", data_dir=data)
    assert r.code == 3 and "Väntar på leverans" in r.out and "hyrdesk sync" in r.out
    assert (data / "exports").is_dir() and len(list((data / "exports").glob("*2026-09*.xlsx"))) == 1
    r = run_cli("sync", data_dir=data)
    assert r.code == 3 and "Väntar: MED4_underlag-dialog-i-linjen_2026-09" in r.out

    share.mkdir()
    r = run_cli("sync", data_dir=data)
    assert r.code == 0 and "Levererad: MED4_underlag-dialog-i-linjen_2026-09" in r.out
    assert len(list((share / "MED4").glob("*2026-09*.xlsx"))) == 1


def test_rollup_command(tmp_path):
    data, share, out = tmp_path / "data", tmp_path / "delad", tmp_path / "alla.xlsx"
    setup_unit(data)
    share.mkdir()
    (share / "skräp.xlsx").write_text("nej")
    run_cli("settings", "set", "shared-folder", str(share), data_dir=data)
    run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-10", data_dir=data)
    r = run_cli("rollup", str(share), "--out", str(out), data_dir=tmp_path / "chef")
    assert r.code == 0, r.err
    assert "1 enhet sammanställd" in r.out and "MED4" in r.out
    assert "skräp.xlsx" in r.out and out.exists()
    r = run_cli("rollup", str(tmp_path / "saknas"), "--out", str(out), data_dir=tmp_path / "chef")
    assert r.code == 2 and "finns inte" in r.err


def test_rollup_command_json_and_csv(tmp_path):
    import json

    data, share, out, csv_out = tmp_path / "data", tmp_path / "delad", tmp_path / "alla.xlsx", tmp_path / "bi.csv"
    setup_unit(data)
    share.mkdir()
    (share / "skräp.xlsx").write_text("nej")
    run_cli("settings", "set", "shared-folder", str(share), data_dir=data)
    run_cli("export", "line-dialogue", "--unit", "MED4", "--period", "2026-10", data_dir=data)
    args = ("rollup", str(share), "--out", str(out), "--csv", str(csv_out), "--json")
    r = run_cli(*args, data_dir=tmp_path / "chef")
    assert r.code == 0, r.err
    first = json.loads(r.out)
    assert [u["unit_code"] for u in first["units"]] == ["MED4"]
    assert (first["files_read"], first["files_cached"]) == (2, 0)
    assert [s["file"].endswith("skräp.xlsx") for s in first["skipped"]] == [True]
    assert first["skipped"][0]["reason"]
    assert out.exists() and csv_out.read_text(encoding="utf-8").startswith("unit_code,")
    again = json.loads(run_cli(*args, data_dir=tmp_path / "chef").out)
    assert (again["files_read"], again["files_cached"]) == (0, 2)
