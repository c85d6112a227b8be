"""Importing the HR system's sick-leave report: aggregates in, per-person files refused whole."""

from __future__ import annotations

import json

import pytest

from hyrdesk.__main__ import main
from hyrdesk.domain.period import Period


def write_csv(path, rows, encoding="utf-8"):
    path.write_text("\n".join(";".join(str(c) for c in r) for r in rows), encoding=encoding)
    return path


HEADER = ["Månad", "Ordinarie tid", "Sjukfrånvaro timmar", "Långtidssjukfrånvaro", "Antal anställda"]


FIRST = Period(2025, 7)


def year_rows(first=FIRST, n=12, sick="60", headcount=24):
    return [[str(first + i), "1 000", sick, "20", headcount] for i in range(n)]


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_and_summary_through_the_cli(tmp_path, services, unit, paths, capsys):
    services.close()
    f = write_csv(tmp_path / "sjuk.csv", [HEADER, *year_rows()], "cp1252")
    d = ["--data-dir", str(paths.data_dir)]
    code, out, err = run(capsys, "sickleave", "import", str(f), *d, "--unit", "MED4")
    assert code == 0, err
    assert "12 månader" in out
    code, out, _ = run(capsys, "sickleave", "summary", *d, "--unit", "MED4", "--month", "2026-06", "--json")
    assert json.loads(out) == {
        "month": "2026-06",
        "month_pct": 6.0,
        "r12_pct": 6.0,
        "long_share_r12_pct": 33.33,
        "headcount": 24,
        "suppressed": False,
    }


@pytest.mark.parametrize(
    "rows, why",
    [
        ([["Namn", *HEADER], ["Anna Berg", "2026-01", "160", "8", "", ""]], "Namn"),
        ([["Personnummer", *HEADER], ["19121212-1212", "2026-01", "160", "8", "", ""]], "Personnummer"),
        ([HEADER, ["2026-01", "160", "8", "", ""], ["2026-01", "150", "0", "", ""]], "både rad 2 och rad 3"),
        ([["Kommentar", *HEADER], ["121212-1212", "2026-01", "160", "8", "", ""]], "personnummer på rad 2"),
    ],
)
def test_per_person_files_are_refused_and_nothing_is_kept(tmp_path, services, unit, paths, capsys, rows, why):
    services.close()
    f = write_csv(tmp_path / "per-person.csv", rows)
    code, _, err = run(capsys, "sickleave", "import", str(f), "--data-dir", str(paths.data_dir), "--unit", "MED4")
    assert code == 2 and "enskilda personer" in err and why in err
    assert "Inget från filen har sparats" in err
    code, out, _ = run(
        capsys,
        "sickleave",
        "summary",
        "--data-dir",
        str(paths.data_dir),
        "--unit",
        "MED4",
        "--month",
        "2026-01",
        "--json",
    )
    assert json.loads(out)["month_pct"] is None


def test_bad_rows_are_listed_and_good_ones_kept_with_a_headcount_from_the_command(tmp_path, services, unit):
    from hyrdesk.files.tabular import read_table
    from hyrdesk.progress import Progress
    from hyrdesk.services.importing.importer import guess_mapping

    f = write_csv(
        tmp_path / "sjuk.csv",
        [HEADER[:3], ["2026-01", "160", "8"], ["2026-02", "150", "170"], ["2026-13", "10", "1"], ["2026-03", "x", "1"]],
    )
    importer = services.followup.sick_leave_importer(unit, headcount=9)
    table = read_table(f)
    preview = importer.preview(table, guess_mapping(table, importer.fields()), Progress())
    assert [m.period for m in preview.records] == [Period(2026, 1)]
    assert [r.row_number for r in preview.rejected] == [3, 4, 5]
    assert "större än den schemalagda" in preview.rejected[0].reason
    importer.commit(preview)
    figures = services.followup.sick_leave_figures(unit, Period(2026, 1))
    assert figures.month_pct == 5 and figures.headcount == 9 and figures.suppressed
