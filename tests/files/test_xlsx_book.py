"""CheckedXlsx: an untrusted workbook opened once, each sheet read only after tabular's checks."""

from __future__ import annotations

import pytest

from hyrdesk.errors import UserError
from hyrdesk.files.tabular import MAX_ROWS
from hyrdesk.files.xlsx_book import CheckedXlsx
from tests.helpers import hostile_files as hf


def test_a_real_workbook_reads_its_sheet_and_parts(tmp_path):
    path = hf.real_xlsx(tmp_path / "ok.xlsx")
    with CheckedXlsx(path) as book:
        (sheet,) = book.sheet_names
        rows = book.rows(sheet)
        assert rows[0] == ["Period", "Belopp"] and rows[1][1] == 1234.5
        assert book.part("xl/workbook.xml") is not None and book.part("docProps/custom.xml") is None
        with pytest.raises(UserError, match="inget blad som heter"):
            book.rows("data")


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda tmp: hf.xml_bomb(tmp), "XML"),
        (lambda tmp: hf.xml_bomb(tmp, "xl/sharedStrings.xml"), "XML"),
        (hf.zip_bomb, "zip"),
        (hf.lying_zip, "skadad"),
        (lambda tmp: hf.too_many_rows(tmp, MAX_ROWS + 5), "rader"),
    ],
)
def test_hostile_workbooks_are_refused_before_calamine_loads_them(tmp_path, make, words):
    path = make(tmp_path)
    with pytest.raises(UserError, match=words), CheckedXlsx(path) as book:
        for sheet in book.sheet_names:
            book.rows(sheet)


def test_a_hostile_file_in_a_rollup_folder_is_skipped_with_its_reason(tmp_path):
    from hyrdesk.services.rollup.service import scan

    folder = tmp_path / "delad"
    folder.mkdir()
    hf.xml_bomb(folder, "xl/sharedStrings.xml")  # never parsed: it has no data sheet
    hf.zip_bomb(folder)
    r = scan(folder)
    reasons = {s.path.name: s.reason for s in r.skipped}
    assert r.units == [] and set(reasons) >= {"bomb-sharedStrings.xlsx", "zipbomb.xlsx"}
    assert "zip" in reasons["zipbomb.xlsx"]
