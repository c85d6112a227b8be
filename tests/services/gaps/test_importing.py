"""Importing gap logs: real .xlsx and .csv files, bad rows, bad files, and importing twice."""

import datetime as _dt

import pytest

from hyrdesk.domain.gaps import Cause, Coverage, Shift
from hyrdesk.domain.money import Money
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import read_table
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import ColumnMapping, guess_mapping, require_complete
from tests.helpers.gap_log import GOOD_ROWS, HEADERS, write_xlsx


def run(services, unit, path, commit=True):
    importer = services.gaps.importer(unit)
    table = read_table(path)
    mapping = guess_mapping(table, importer.fields())
    require_complete(mapping, importer.fields(), table)
    preview = importer.preview(table, mapping, Progress())
    message = importer.commit(preview) if commit and (preview.records or preview.duplicates) else None
    return preview, message


def test_a_good_log_is_imported(services, unit, tmp_path):
    path = write_xlsx(tmp_path / "logg.xlsx", [HEADERS, *GOOD_ROWS])
    preview, message = run(services, unit, path)
    assert preview.rejected == [] and len(preview.records) == 3
    assert message.startswith("3 bemanningsluckor importerades till MED4")
    gaps = sorted(services.gaps.page(unit, limit=10), key=lambda g: g.start)
    assert [(g.start, g.shift, g.minutes, g.cause, g.coverage) for g in gaps] == [
        (_dt.date(2024, 3, 4), Shift.NIGHT, 600, Cause.VACANCY, Coverage.HIRED),
        (_dt.date(2024, 3, 5), Shift.DAY, 480, Cause.UNPLANNED, Coverage.HOURLY),
        (_dt.date(2024, 3, 9), Shift.EVENING, 450, Cause.CARE_NEED, Coverage.OWN_STAFF),
    ]
    assert gaps[0].agency == "Bemanning Nord AB" and gaps[0].cost == Money.from_sek(9500)
    assert gaps[2].weekend and not gaps[0].weekend


def test_bad_rows_are_listed_with_row_number_and_reason(services, unit, tmp_path):
    rows = [
        HEADERS,
        *GOOD_ROWS,
        ["2024-02-30", "dag", "Sjuksköterska", 8, "vakans", "pool"],  # row 7: no such date
        ["2024-03-06", "dag", "Kurator", 8, "vakans", "pool"],  # row 8: unknown category
        ["2024-03-06", "dag", "Sjuksköterska", -8, "vakans", "pool"],  # row 9: negative hours
        ["2024-03-06", "dag", "Sjuksköterska", 8, "sjukdom hos personal", "pool"],  # row 10: unknown cause
        ["2024-03-06", "dag", "Sjuksköterska", 8, "vakans", "grannen"],  # row 11: unknown coverage
        ["2024-03-06", "dag", "Sjuksköterska", 8, "vakans", "pool", "Bemanning AB"],  # row 12: agency, not hire
        ["2024-03-06", "dag", "Sjuksköterska", 8, "vakans", "pool", None, None, "Ersätter 19121212-1212"],  # 13
        ["2024-03-06", "förmiddag", "Sjuksköterska", None, "vakans", "pool"],
    ]  # row 14: two problems
    path = write_xlsx(tmp_path / "logg.xlsx", rows)
    preview, message = run(services, unit, path)
    reasons = {r.row_number: r.reason for r in preview.rejected}
    assert sorted(reasons) == [7, 8, 9, 10, 11, 12, 14]  # row 13's personnummer is masked, the row kept
    assert "datum" in reasons[7] and "2024-02-30" in reasons[7]
    assert "okänd yrkeskategori ”Kurator”" in reasons[8]
    assert "timmar" in reasons[9] and "större än noll" in reasons[9]
    assert "orsak" in reasons[10] and "sjukdom hos personal" in reasons[10]
    assert "täckning" in reasons[11]
    assert "bemanningsföretag" in reasons[12]
    assert "pass" in reasons[14] and "timmar" in reasons[14]
    assert len(preview.records) == 4 and "7 rader avvisades." in message
    assert "1 personnummer maskerades" in message and "”Kommentar”: 1" in message
    assert services.gaps.count(unit) == 4
    assert "1212" not in " ".join(g.note for g in services.gaps.page(unit, limit=10))


def test_nothing_is_saved_before_commit(services, unit, tmp_path):
    path = write_xlsx(tmp_path / "logg.xlsx", [HEADERS, *GOOD_ROWS])
    preview, _ = run(services, unit, path, commit=False)
    assert len(preview.records) == 3 and services.gaps.count(unit) == 0


def test_importing_the_same_file_twice_adds_nothing(services, unit, tmp_path):
    twin = list(GOOD_ROWS[1])
    path = write_xlsx(tmp_path / "logg.xlsx", [HEADERS, *GOOD_ROWS, twin])  # two identical rows: two gaps
    first, _ = run(services, unit, path)
    assert len(first.records) == 4 and services.gaps.count(unit) == 4
    second, message = run(services, unit, path)
    assert second.records == [] and second.duplicates == 4
    assert "alla 4 rader fanns redan" in message and services.gaps.count(unit) == 4
    # A later version of the log that repeats the old rows adds only the new one.
    later = write_xlsx(tmp_path / "logg2.xlsx", [HEADERS, *GOOD_ROWS, twin, twin])
    third, message = run(services, unit, later)
    assert len(third.records) == 1 and third.duplicates == 4
    assert "1 bemanningsluckor importerades" in message and "4 fanns redan" in message
    assert services.gaps.count(unit) == 5


def test_the_same_file_for_another_unit_is_not_a_duplicate(services, unit, tmp_path):
    other = services.units.create("HC", "Hälsocentral", "primärvård")
    path = write_xlsx(tmp_path / "logg.xlsx", [HEADERS, *GOOD_ROWS])
    run(services, unit, path)
    preview, _ = run(services, other, path)
    assert len(preview.records) == 3 and services.gaps.count(other) == 3


def test_csv_with_ranges_and_number_of_shifts(services, unit, tmp_path):
    path = tmp_path / "logg.csv"
    path.write_bytes(
        "Från;Till;Pass;Yrkeskategori;Antal pass;Orsak;Täckning;Anteckning\n"
        "2024-07-01;2024-07-14;dag;Läkare;10;Semester;Hyrpersonal;Semesterperiod\n"
        "06.07.2024;;natt;SSK;2;vakans;pool;\n".encode("cp1252")
    )
    preview, _ = run(services, unit, path)
    assert preview.rejected == []
    long, night = preview.records
    assert (long.start, long.end, long.minutes, long.cause) == (
        _dt.date(2024, 7, 1),
        _dt.date(2024, 7, 14),
        80 * 60,
        Cause.PLANNED,
    )
    assert (night.start, night.end, night.minutes) == (_dt.date(2024, 7, 6), _dt.date(2024, 7, 6), 20 * 60)


def test_a_note_that_looks_like_a_name_is_imported_with_a_warning(services, unit, tmp_path):
    path = write_xlsx(tmp_path / "logg.xlsx", [HEADERS, GOOD_ROWS[1][:8] + ["Anna Svensson sjuk"]])
    preview, _ = run(services, unit, path)
    assert len(preview.records) == 1
    assert any("rad 4" in n and "namn" in n for n in preview.notes)


def test_an_empty_file_is_refused(services, unit, tmp_path):
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"")
    with pytest.raises(UserError, match="tom"):
        run(services, unit, path)
    csv = tmp_path / "tom.csv"
    csv.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UserError, match="tom"):
        run(services, unit, csv)


def test_only_a_header_row_is_refused(services, unit, tmp_path):
    path = write_xlsx(tmp_path / "logg.xlsx", [HEADERS], title=())
    with pytest.raises(UserError, match="inga rader under rubrikraden"):
        run(services, unit, path)


def test_wrong_columns_are_named(services, unit, tmp_path):
    path = write_xlsx(tmp_path / "fel.xlsx", [["Konto", "Belopp", "Period"], [4611, 1000, "2024-01"]], title=())
    with pytest.raises(UserError) as exc:
        run(services, unit, path)
    assert "”Datum”" in exc.value.message and "”Orsak”" in exc.value.message and "Konto" in exc.value.message


def test_no_hours_and_no_shifts_column_is_refused(services, unit, tmp_path):
    path = write_xlsx(
        tmp_path / "logg.xlsx", [[h for h in HEADERS if h != "Timmar"], ["2024-03-04", "natt", "ssk", "vakans", "pool"]]
    )
    importer = services.gaps.importer(unit)
    table = read_table(path)
    with pytest.raises(UserError, match="Timmar eller för Antal pass"):
        importer.preview(table, guess_mapping(table, importer.fields()), Progress())


def test_a_text_file_renamed_xlsx_is_refused(services, unit, tmp_path):
    path = tmp_path / "logg.xlsx"
    path.write_text("Datum;Pass\n2024-03-04;natt\n", encoding="utf-8")
    with pytest.raises(UserError, match="ingen Excel-fil"):
        run(services, unit, path)


def test_mapping_chosen_by_hand(services, unit, tmp_path):
    path = write_xlsx(
        tmp_path / "logg.xlsx",
        [["Dag", "Typ", "Vem", "h", "Varför", "Hur"], ["2024-03-04", "natt", "ssk", 10, "vakans", "pool"]],
        title=(),
    )
    importer = services.gaps.importer(unit)
    table = read_table(path)
    mapping = ColumnMapping(0, {"start": 0, "shift": 1, "category": 2, "hours": 3, "cause": 4, "coverage": 5})
    preview = importer.preview(table, mapping, Progress())
    assert len(preview.records) == 1 and preview.records[0].coverage is Coverage.POOL
