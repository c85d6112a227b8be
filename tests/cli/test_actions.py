"""``hyrdesk actions …`` run as a user runs it (in-process through ``run_cli``), with a real data folder."""

import json

from tests.helpers.cli import run_cli as hyrdesk


def test_add_set_list_and_summary(tmp_path):
    d = tmp_path / "data"
    assert hyrdesk("units", "add", "--code", "MED4", "--name", "Med 4", "--area", "sjukhusvård", data_dir=d).code == 0
    out = hyrdesk(
        "actions", "add", "--unit", "MED4", "--title", "Egen bemanningspool", "--area", "rotation och pool",
        "--status", "pågår", "--start", "2024-07-01", "--due", "2024-12-31", "--owner-role", "Verksamhetschef",
        "--decision-level", "förvaltning", "--category", "Sjuksköterska", "--cause", "vakans", "--cause", "oplanerad",
        "--indicator", "hire_hours", "--expected", "-20", "--baseline-from", "2024-01", "--baseline-to", "2024-06",
        data_dir=d,
    )  # fmt: skip
    assert out.code == 0, out.err
    action_id = int(out.out.strip())

    bad = hyrdesk(
        "actions", "add", "--unit", "MED4", "--title", "X", "--area", "rymden", "--start", "2024-07-01",
        "--due", "2024-06-01", "--owner-role", "Enhetschef", "--decision-level", "enhet", data_dir=d,
    )  # fmt: skip
    assert bad.code == 2 and "område" in bad.err and "före starten" in bad.err

    out = hyrdesk("actions", "set", str(action_id), "--status", "genomförd", "--due", "2024-11-30", data_dir=d)
    assert out.code == 0, out.err

    out = hyrdesk("actions", "list", "--unit", "MED4", "--json", data_dir=d)
    listed = json.loads(out.out)
    assert listed[0]["status"] == "genomford" and listed[0]["due"] == "2024-11-30"
    assert listed[0]["causes"] == ["vakans", "oplanerad"] and listed[0]["baseline_from"] == "2024-01"

    out = hyrdesk("actions", "summary", "--unit", "MED4", "--month", "2024-12", "--json", data_dir=d)
    data = json.loads(out.out)
    assert (data["total"], data["done"], data["overdue"], data["line_dialogue"]) == (1, 1, 0, 1)
    assert data["by_status"]["genomford"] == 1 and data["by_area"] == {"Rotation och pool": {"done": 1, "total": 1}}
    (a,) = data["actions"]
    assert a["id"] == action_id and a["indicator"] == "hire_hours" and a["expected"] == -20.0
    assert a["baseline"] is None and a["observed"] is None and a["change"] is None and a["effect_reached"] is None

    out = hyrdesk("actions", "summary", "--unit", "MED4", "--month", "2024-12", data_dir=d)
    assert out.code == 0 and "1 av 1 genomförda" in out.out

    book = tmp_path / "plan.xlsx"
    assert hyrdesk("actions", "export", "--unit", "MED4", "--out", str(book), data_dir=d).code == 0
    out = hyrdesk("actions", "import", str(book), "--unit", "MED4", "--dry-run", data_dir=d)
    assert out.code == 0 and "inga ändringar" in out.out
