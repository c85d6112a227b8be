"""Hostile and broken import files: each a clear Swedish error, in bounded memory and time.

Every file is read in its own process (``tests/helpers/hostile_files.py``), which
reports its peak resident memory (``resource.getrusage``); the limit is
300 MB. Time is bounded by the subprocess timeout, not by a timing assertion.
A real password-protected workbook needs msoffcrypto-tool (not installed): an
encrypted xlsx is an OLE compound file, so an OLE header stands in for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hyrdesk.errors import UserError
from hyrdesk.files import tabular
from tests.helpers import hostile_files as hf

CHILD = Path(hf.__file__)
MAX_RSS_MB = 300


def read_in_child(path: Path, how: str = "table") -> dict:
    out = subprocess.run(
        [sys.executable, str(CHILD), str(path), how],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=CHILD.parents[1],
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["rss_mb"] < MAX_RSS_MB, result
    return result


def refused(path: Path, message: str, how: str = "table") -> dict:
    result = read_in_child(path, how)
    assert result["error"] is not None and result.get("user_error"), result
    assert message in result["error"], result["error"]
    assert "Traceback" not in result["error"]
    return result


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile")


# --- XML bombs and defusedxml --------------------------------------------------------------
def test_defusedxml_is_a_hard_dependency_and_openpyxl_uses_it():
    import defusedxml  # noqa: F401 - the import is the assertion
    import openpyxl

    assert openpyxl.DEFUSEDXML is True
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert '"defusedxml' in dependencies
    lock = (Path(__file__).parents[2] / "requirements.lock").read_text(encoding="utf-8")
    assert "defusedxml==" in lock


@pytest.mark.parametrize("where", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"])
def test_xml_bomb_is_refused_before_parsing(tmp, where):
    if where == "xl/workbook.xml":
        path = hf.replace_parts(
            hf.real_xlsx(tmp / "wb.xlsx"),
            tmp / "bomb-workbook.xlsx",
            {where: (hf.BILLION_LAUGHS + f'<workbook xmlns="{hf.NS}">&lol9;</workbook>').encode()},
        )
    else:
        path = hf.xml_bomb(tmp, where)
    refused(path, "XML-konstruktion (DTD")
    refused(path, "XML-konstruktion (DTD", how="check")  # the check the openpyxl readers make


def test_openpyxl_alone_refuses_the_xml_bomb_too(tmp):
    """Defence in depth: even without hyrdesk's check, openpyxl (with defusedxml) does not expand it."""
    result = read_in_child(hf.xml_bomb(tmp), how="openpyxl")
    assert result["error"] is not None and result["rows"] is None


# --- zip bombs, lying zips, forged and huge sheets ----------------------------------------------
def test_zip_bomb(tmp):
    refused(hf.zip_bomb(tmp), "zip-bomb")


def test_zip_whose_directory_lies_about_sizes(tmp):
    refused(hf.lying_zip(tmp), "skadad")


def test_forged_dimension_reads_the_three_real_rows(tmp):
    result = read_in_child(hf.forged_dimension(tmp))
    assert result["error"] is None and result["rows"] == 3
    table = tabular.read_table(hf.forged_dimension(tmp))
    assert table.rows == [[1.0, 1.5], [2.0, 2.5], [3.0, 3.5]]


@pytest.mark.slow
def test_sheet_beyond_the_row_cap(tmp):
    refused(hf.too_many_rows(tmp, tabular.MAX_ROWS + 1), "fler än 1\u00a0000\u00a0000 rader, vilket")


def test_shared_string_amplification_is_refused(tmp):
    path = hf.shared_string_amplifier(tmp)
    assert path.stat().st_size < 100_000  # a tiny file …
    refused(path, "för stor för att läsas in")  # … that calamine would blow up to over a gigabyte


@pytest.mark.parametrize("shape", sorted(hf.AMPLIFIER_CELLS))
def test_a_disguised_shared_string_amplification_is_refused(tmp, shape):
    """Cells with comments, attributes on the value, '>' in an attribute or another prefix count too."""
    refused(hf.disguised_amplifier(tmp, shape), "för stor för att läsas in")


def test_one_long_text_among_many_short_ones_is_read(tmp):
    """The quick bound refuses nothing by itself: the exact count decides."""
    table = tabular.read_table(hf.one_long_note(tmp))
    assert len(table.rows) == 2001 and len(table.rows[0][0]) == 30000 and table.rows[1][9] == "Läkare"


@pytest.mark.slow
def test_a_big_legitimate_sheet_is_read_within_the_memory_limit(tmp):
    result = read_in_child(hf.big_but_allowed(tmp))
    assert result["error"] is None and result["rows"] == 25_000


# --- formats hyrdesk does not read ---------------------------------------------------------------
@pytest.mark.parametrize(
    "name, message",
    [
        ("locked.xlsx", "lösenordsskyddad"),
        ("legacy.xls", "gamla format"),
        ("legacy-renamed.csv", "gamla format"),
    ],
)
def test_ole_containers(tmp, name, message):
    refused(hf.ole(tmp, name), message)


@pytest.mark.parametrize("suffix, message", [(".xlsm", "makron"), (".xlsx", "innehåller makron")])
def test_workbooks_with_macros(tmp, suffix, message):
    refused(hf.with_macros(tmp, suffix), message)
    if suffix == ".xlsx":
        refused(hf.with_macros(tmp, suffix), message, how="check")


# --- CSV in unexpected encodings, garbage, empty ------------------------------------------------------
SWEDISH = "Månad;Yrkeskategori;Belopp\n202301;Sjuksköterska;1 234,50\n202302;Läkare;99\n"
JAPANESE = "月;職種;金額\n202301;看護師;1234\n202302;医師;99\n" * 5


def test_utf16_with_bom_is_read(tmp):
    p = tmp / "utf16.csv"
    p.write_bytes(SWEDISH.encode("utf-16"))
    table = tabular.read_table(p)
    assert table.rows[1] == ["202301", "Sjuksköterska", "1 234,50"] and table.encoding == "utf-16"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("utf16-no-bom.csv", SWEDISH.encode("utf-16-le"), "UTF-16 utan markering"),
        ("shift-jis.csv", JAPANESE.encode("shift_jis"), "teckenkodning som hyrdesk inte känner igen"),
        ("random.csv", bytes(range(1, 256)) * 40, "teckenkodning som hyrdesk inte känner igen"),
        ("controls.csv", b"a;b\n" + bytes(range(1, 32)) * 20, "inte ut som en textfil"),
        ("garbage.csv", os.urandom(50_000).replace(b"\0", b"\1") + b"\0", "inte ut som en textfil"),
        ("png.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 100, "inte ut som en textfil"),
        ("garbage.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "ingen Excel-fil"),
        ("empty.csv", b"", "tom"),
        ("blank.csv", b"  \n\n \r\n", "tom"),
        ("empty.xlsx", b"", "tom"),
    ],
)
def test_unreadable_text_files(tmp, name, content, message):
    p = tmp / name
    p.write_bytes(content)
    refused(p, message)


def test_cp1252_swedish_is_still_read(tmp):
    p = tmp / "ansi.csv"
    p.write_bytes((SWEDISH + "202303;Övriga – fältarbete;5\n").encode("cp1252"))
    assert tabular.read_table(p).rows[3] == ["202303", "Övriga – fältarbete", "5"]


def test_a_line_without_end(tmp):
    p = tmp / "one-line.csv"
    p.write_bytes(b"a;" * 3_000_000)
    refused(p, "en rad som är längre än 1\u00a0000\u00a0000 tecken")


@pytest.mark.slow
def test_csv_beyond_the_row_cap(tmp):
    p = tmp / "rows.csv"
    p.write_bytes(b"1\n" * (tabular.MAX_ROWS + 1))
    refused(p, "fler än 1\u00a0000\u00a0000 rader, vilket")


def test_csv_beyond_the_memory_budget(tmp):
    p = tmp / "wide.csv"
    p.write_bytes(b"a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q;r;s;t\n" * 300_000)
    refused(p, "för stor för att läsas in")


def test_csv_with_a_huge_field(tmp):
    p = tmp / "field.csv"
    p.write_bytes(b'a;b\n"' + b"x" * 500_000 + b'";1\n')
    refused(p, "går inte att läsa som CSV")


def test_in_process_errors_are_user_errors(tmp):
    """The same refusals raised in-process are UserErrors (the GUI shows them as messages)."""
    for path in (hf.xml_bomb(tmp), hf.zip_bomb(tmp), hf.ole(tmp, "x.xls")):
        with pytest.raises(UserError):
            tabular.read_table(path)


def test_counting_a_sheet_reports_progress_and_can_be_cancelled(tmp):
    from hyrdesk.progress import Cancelled, Progress

    class Recorder(Progress):
        def __init__(self):
            super().__init__()
            self.steps = []

        def report(self, done, total, text):
            self.steps.append((done, total, text))
            if len(self.steps) == 2:
                self.cancel()

    progress = Recorder()
    with pytest.raises(Cancelled):
        tabular.read_table(hf.big_but_allowed(tmp), progress=progress)
    assert progress.steps[1][2] == "Kontrollerar filen…" and progress.steps[1][1] > 0
