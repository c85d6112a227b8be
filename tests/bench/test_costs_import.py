"""bench/costs_import.py still runs (on a tiny file; the timings themselves belong to the bench)."""

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "costs_import.py"


@pytest.mark.slow
def test_costs_import_bench_runs(capsys):
    spec = importlib.util.spec_from_file_location("costs_import_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.main(["300", "1"])
    assert set(results) >= {
        "openpyxl read_only (xlsx)",
        "read_table, calamine (xlsx)",
        "importförhandsgranskning (xlsx)",
    }
    out = capsys.readouterr().out
    assert "openpyxl / calamine" in out and "| steg | tid |" in out
