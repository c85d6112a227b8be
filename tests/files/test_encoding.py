"""A CSV is decoded whole in one encoding that fits every byte, or refused with the line that does not."""

import pytest

from hyrdesk.errors import UserError
from hyrdesk.files.encoding import BLOCK, decide, memory_blocks
from hyrdesk.files.tabular import decode_text, read_table

HEADER = "Kostnadsställe;Period;Konto;Kontotext;Belopp"
LINES = [HEADER] + [f"{41230 + i % 3};2026-01;4610;Inhyrd läkare;{1000 + i},00" for i in range(80)]


def write(tmp_path, name, parts):
    p = tmp_path / name
    p.write_bytes(b"".join(parts))
    return p


def encoded(lines, encoding):
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.mark.parametrize(
    "encoding, bom, expected",
    [("utf-8", False, "utf-8"), ("utf-8", True, "utf-8-sig"), ("cp1252", False, "cp1252")],
)
def test_each_whole_encoding_is_read_and_its_header_recognised(tmp_path, encoding, bom, expected):
    p = write(tmp_path, "h.csv", [b"\xef\xbb\xbf" if bom else b"", encoded(LINES, encoding)])
    table = read_table(p)
    assert table.encoding == expected
    assert table.rows[0][0] == "Kostnadsställe" and table.rows[1][3] == "Inhyrd läkare"


def test_utf8_with_one_windows_line_is_refused_with_its_line_number(tmp_path):
    """The issue's case 3: before, the whole file was read as cp1252 and the header lost its ä."""
    lines = list(LINES)
    p = write(
        tmp_path,
        "blandad.csv",
        [encoded(lines[:57], "utf-8"), encoded(["41231;2026-01;4610;Läkare från annat system;5,00"], "cp1252")]
        + [encoded(lines[57:], "utf-8")],
    )
    with pytest.raises(UserError, match="börjar som UTF-8, men rad 58 är inte UTF-8") as exc:
        read_table(p)
    assert "CSV UTF-8" in exc.value.message


def test_windows_file_with_one_utf8_line_is_refused_too(tmp_path):
    p = write(tmp_path, "b.csv", [encoded(LINES[:10], "cp1252"), encoded(LINES[10:11], "utf-8")])
    with pytest.raises(UserError, match="börjar som Windows-1252 \\(ANSI\\), men rad 11 är UTF-8"):
        read_table(p)


def test_a_bom_file_with_a_windows_line_is_refused(tmp_path):
    p = write(tmp_path, "c.csv", [b"\xef\xbb\xbf", encoded(LINES[:3], "utf-8"), encoded(["Övrigt;1;2;3;4"], "cp1252")])
    with pytest.raises(UserError, match="rad 4 är inte UTF-8"):
        read_table(p)


def test_the_mix_is_found_far_into_a_big_file(tmp_path):
    ascii_rows = "41230;2026-01;4610;Lakare;1,00\r\n" * (3 * BLOCK // 30)
    data = encoded([HEADER], "utf-8") + ascii_rows.encode() + "Öv;1;2;3;4\r\n".encode("cp1252")
    line = 2 + ascii_rows.count("\n")
    with pytest.raises(UserError, match=f"rad {line} är inte UTF-8"):
        decide(memory_blocks(data), "stor.csv", False, lambda text: None)


def test_text_in_memory_follows_the_same_rule():
    assert decode_text(encoded(LINES, "cp1252"))[1] == "cp1252"
    with pytest.raises(UserError, match="rad 2 är inte UTF-8"):
        decode_text(encoded(LINES[:1], "utf-8") + encoded(LINES[1:2], "cp1252"))
