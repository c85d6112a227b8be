"""The command line: control characters from files shown, never obeyed; months outside 2000–2100 refused."""

import pytest

from hyrdesk.cli.terminal import visible
from tests.helpers.cli import run_cli


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    out = run_cli("units", "add", "--code", "MED4", "--name", "Medicin 4", "--area", "sjukhusvård", data_dir=d)
    assert out.code == 0, out.err
    return d


def test_visible_keeps_line_breaks_and_shows_everything_else():
    assert visible("a\x1b[2Jb\rc\td\u202ee\x9bf\ng") == "a\u241b[2Jb\u240dc\u2409d<U+202E>e<U+009B>f\ng"
    assert visible("Vanlig text åäö") == "Vanlig text åäö"


def test_escape_sequences_from_a_file_are_shown_not_obeyed(data, tmp_path):
    f = tmp_path / "logg.csv"
    f.write_bytes(
        "Datum;Pass;Yrke;Timmar;Orsak;Täckt av;Kommentar\x1b]0;kapad\x07\n"
        "2026-10-05;natt;Kurator\x1b[2J\r;10;vakans;ej täckt;ok\n".encode()
    )
    out = run_cli("gaps", "import", str(f), "--unit", "MED4", "--dry-run", data_dir=data)
    text = out.out + out.err
    assert "Kurator" in text  # the rejected row is reported
    for raw in ("\x1b", "\r", "\x07"):
        assert raw not in text
    assert "\u241b[2J" in text


@pytest.mark.parametrize("month", ["1900-01", "2101-01", "0001-01", "9999-12"])
def test_a_month_outside_2000_to_2100_is_refused_and_nothing_breaks(data, month):
    out = run_cli(
        "costs", "add", "--unit", "MED4", "--month", month, "--category", "Läkare", "--kind", "hire",
        "--amount", "100", data_dir=data,
    )  # fmt: skip
    assert out.code == 2 and "Traceback" not in out.err
    assert "2000–2100" in out.err or "ingen giltig månad" in out.err or "ingen månad" in out.err
    for args in (
        ["costs", "summary", "--unit", "MED4", "--month", month],
        ["export", "line-dialogue", "--unit", "MED4", "--period", month],
    ):
        out = run_cli(*args, data_dir=data)
        assert out.code == 2 and "oväntat fel" not in out.err and "Traceback" not in out.err
    ok = run_cli(
        "costs", "add", "--unit", "MED4", "--month", "2023-01", "--category", "Läkare", "--kind", "hire",
        "--amount", "100", data_dir=data,
    )  # fmt: skip
    assert ok.code == 0, ok.err
    summary = run_cli("costs", "summary", "--unit", "MED4", data_dir=data)
    assert summary.code == 0 and "oväntat fel" not in summary.err
