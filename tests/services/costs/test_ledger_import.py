"""Ledger import: every file shape the issue names, bad files, replacement and undo."""

import datetime as _dt
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from hyrdesk.files.tabular import read_table
from hyrdesk.progress import Cancelled, Progress
from hyrdesk.services.costs.ledger_import import parse_amount
from hyrdesk.services.importing.importer import ColumnMapping, MappingMemory, require_complete

HEADER = ["Period", "Konto", "Belopp"]


@pytest.fixture
def accounts(services):
    a = services.costs.accounts
    a.set("4610", "hire", "Läkare")
    a.set("4620", "hire", "Sjuksköterska")
    a.set("4600-4699", "hire")  # no category: needs a category column
    a.set("5010-5019", "own", "Läkare")
    a.set("5020-5029", "own", "Sjuksköterska")
    a.set("5000-5999", "own")  # e.g. employer's contributions: Totalt only
    a.set("7000-7999", "ignore")
    return a


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def write_csv(path, lines, encoding="utf-8", bom=False, delimiter=";"):
    text = "\n".join(delimiter.join(cells) for cells in lines) + "\n"
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def preview_file(services, unit, path, columns=None, whole_file=True):
    importer = services.costs.importer(unit, whole_file=whole_file)
    table = read_table(path)
    mapping = MappingMemory(services.settings).recall(importer.kind, table, importer.fields())
    if columns:
        mapping = ColumnMapping(mapping.header_row, columns)
    require_complete(mapping, importer.fields(), table)
    return importer, importer.preview(table, mapping, Progress())


def import_file(services, unit, path, columns=None):
    importer, preview = preview_file(services, unit, path, columns)
    return importer.commit(preview), preview


def totals(services, unit, month):
    s = services.costs.series(unit)
    p = Period.parse(month)
    return s.amount(p, CostKind.HIRE, "Totalt"), s.amount(p, CostKind.OWN, "Totalt")


def entry_count(services):
    return services.db.scalar("SELECT COUNT(*) FROM cost_entries")


# --- shapes -------------------------------------------------------------------------------
def test_xlsx_with_title_rows_numbers_and_dates(services, unit, accounts, tmp_path):
    p = write_xlsx(
        tmp_path / "utfall.xlsx",
        [
            ["Huvudbok Region Exempel"],
            ["Utskriven 2023-04-03"],
            [],
            ["Period", "Konto", "Kontotext", "Utfall"],
            [202301, 4610, "Inhyrda läkare", 120000.5],
            [_dt.date(2023, 1, 31), "4620", "Inhyrda ssk", 80000],
            [_dt.datetime(2023, 1, 15), 5011.0, "Lön läkare", 900000],
            ["2023-01", 5020, "Lön ssk", 1500000],
            ["2023-01", 5410, "Arbetsgivaravgifter", 700000],
            ["2023-01", 7010, "Förbrukningsmaterial", 55000],
            ["2023-02", 4610, "Inhyrda läkare", -20000],
        ],
    )
    message, preview = import_file(services, unit, p)
    assert preview.rejected == []
    assert len(preview.records) == 7 - 1  # the ignored row is skipped, not rejected
    assert "7 rader" not in message and "6 rader importerades" in message
    hire, own = totals(services, unit, "2023-01")
    assert hire == Money.from_sek("200000.50")
    assert own == Money.from_sek(3_100_000)
    assert totals(services, unit, "2023-02") == (Money.from_sek(-20_000), Money(0))
    assert any("ignoreras" in n for n in preview.notes)


@pytest.mark.parametrize("encoding, bom", [("utf-8", False), ("utf-8", True), ("cp1252", False)])
def test_csv_semicolon_swedish_numbers_each_encoding(services, unit, accounts, tmp_path, encoding, bom):
    minus = "\u2013" if encoding == "cp1252" else "\u2212"  # cp1252 has no U+2212; Excel writes an en dash
    p = write_csv(
        tmp_path / "utdrag.csv",
        [
            ["Månad", "Kontonr", "Belopp", "Yrkeskategori"],
            ["202301", "4600", "1 234,50", "Läkare"],
            ["2023-01", "4600", "2\u00a0000\u00a0000,00", "Sjuksköterskor"],
            ["2023-01-31", "4600", f"{minus}234,50", "Läkare"],
            ["2023-01", "4600", "-1000", "Ssk"],
        ],
        encoding=encoding,
        bom=bom,
    )
    _, preview = import_file(services, unit, p)
    assert preview.rejected == []
    s = services.costs.series(unit)
    assert s.amount(Period(2023, 1), CostKind.HIRE, "Läkare") == Money.from_sek(1000)
    assert s.amount(Period(2023, 1), CostKind.HIRE, "Sjuksköterskor/barnmorskor") == Money.from_sek(1_999_000)


def test_csv_comma_separated_with_quoted_decimal_commas(services, unit, accounts, tmp_path):
    p = tmp_path / "export.csv"
    p.write_text('Bokföringsmånad,Konto,Summa\n2023-03,4610,"12 500,25"\n2023-03,5011,"1 000 000"\n', encoding="utf-8")
    _, preview = import_file(services, unit, p)
    assert preview.rejected == []
    assert totals(services, unit, "2023-03") == (Money.from_sek("12500.25"), Money.from_sek(1_000_000))


def test_account_cells_with_names_and_the_category_column_overrides_the_account(services, unit, accounts, tmp_path):
    p = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["Period", "Konto", "Belopp", "Yrke", "Leverantör"],
            ["2023-05", "4610 Inhyrda läkare", 1000, "", "Bemanning AB"],
            ["2023-05", "4610 Inhyrda läkare", 500, "Sjuksköterska", "Vård & Co"],
        ],
    )
    import_file(services, unit, p)
    s = services.costs.series(unit)
    assert s.amount(Period(2023, 5), CostKind.HIRE, "Läkare") == Money.from_sek(1000)
    assert s.amount(Period(2023, 5), CostKind.HIRE, "Sjuksköterskor/barnmorskor") == Money.from_sek(500)
    agencies = {r[0] for r in services.db.query("SELECT agency FROM cost_entries")}
    assert agencies == {"Bemanning AB", "Vård & Co"}


def test_only_the_units_cost_centre_is_imported(services, unit, accounts, tmp_path):
    p = write_xlsx(
        tmp_path / "klinik.xlsx",
        [
            ["Ansvar", "Period", "Konto", "Belopp"],
            ["MED4", "2023-01", 4610, 100],
            ["med4", "2023-01", 4610, 1],
            ["MED5", "2023-01", 4610, 999],
            [1234, "2023-01", 4610, 999],
            ["MED5", "2023-01", 9999, 999],  # another unit's unknown account is not our problem
        ],
    )
    _, preview = import_file(services, unit, p)
    assert preview.rejected == []
    assert len(preview.records) == 2
    assert preview.context["other_cost_centres"] == {"MED5": 2, "1234": 1}
    assert any("3 rader gäller andra kostnadsställen" in n and "MED4" in n for n in preview.notes)
    assert totals(services, unit, "2023-01")[0] == Money.from_sek(101)


def test_a_file_without_the_units_cost_centre_says_so_and_saves_nothing(services, unit, accounts, tmp_path):
    p = write_xlsx(tmp_path / "fel.xlsx", [["Kst", "Period", "Konto", "Belopp"], ["MED5", "2023-01", 4610, 5]])
    importer, preview = preview_file(services, unit, p)
    assert preview.records == []
    assert any("Är rätt enhet vald" in n for n in preview.notes)
    with pytest.raises(UserError, match="Filen har kostnadsställena MED5. Ingenting sparades"):
        importer.commit(preview)
    assert entry_count(services) == 0


def test_unknown_accounts_are_rejected_and_listed(services, unit, accounts, tmp_path):
    p = write_xlsx(
        tmp_path / "b.xlsx",
        [
            HEADER,
            ["2023-01", 4610, 100],
            ["2023-01", 8123, 40],
            ["2023-01", 8123, 2],
            ["2023-01", 3010, 7],
        ],
    )
    importer, preview = preview_file(services, unit, p)
    assert [r.row_number for r in preview.rejected] == [3, 4, 5]
    assert all("kontot finns inte i kontotabellen" in r.reason for r in preview.rejected)
    assert preview.context["unknown_accounts"] == {3010: (1, Money.from_sek(7)), 8123: (2, Money.from_sek(42))}
    assert any("8123 (2 rader" in n for n in preview.notes)
    # After adding the account, a new preview accepts the rows.
    services.costs.accounts.set("8000-8999", "ignore")
    _, again = preview_file(services, unit, p)
    assert [r.row_number for r in again.rejected] == [5]


def test_hire_without_a_category_and_an_unknown_category_are_rejected(services, unit, accounts, tmp_path):
    p = write_xlsx(tmp_path / "c.xlsx", [HEADER, ["2023-01", 4655, 100]])
    _, preview = preview_file(services, unit, p)
    assert "hyrkostnad utan yrkeskategori" in preview.rejected[0].reason
    p = write_xlsx(tmp_path / "d.xlsx", [HEADER + ["Personalkategori"], ["2023-01", 4655, 100, "Tandläkare"]])
    _, preview = preview_file(services, unit, p)
    assert "okänd yrkeskategori ”Tandläkare”" in preview.rejected[0].reason


# --- bad files ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "cells, reason",
    [
        (["januari", 4610, 100], "ingen månad"),
        (["2023-13", 4610, 100], "ingen giltig månad"),
        ([None, 4610, 100], "perioden saknas"),
        (["2023-01", "abc", 100], "inget kontonummer"),
        (["2023-01", 4610, "12,34,5"], "inget belopp"),
        (["2023-01", 4610, "tusen"], "inget belopp"),
        (["2023-01", 4610, None], "beloppet saknas"),
    ],
)
def test_unparseable_rows_are_rejected_with_reasons_and_nothing_saved(
    services, unit, accounts, tmp_path, cells, reason
):
    p = write_xlsx(tmp_path / "e.xlsx", [HEADER, cells])
    importer, preview = preview_file(services, unit, p)
    assert preview.records == [] and len(preview.rejected) == 1
    assert preview.rejected[0].row_number == 2 and reason in preview.rejected[0].reason
    with pytest.raises(UserError):
        importer.commit(preview)
    assert entry_count(services) == 0
    assert services.db.scalar("SELECT COUNT(*) FROM cost_imports") == 0


def test_an_empty_file_is_a_clear_error(services, unit, accounts, tmp_path):
    p = tmp_path / "tom.csv"
    p.write_bytes(b"")
    with pytest.raises(UserError, match="tom"):
        preview_file(services, unit, p)


def test_a_header_without_rows_is_a_clear_error(services, unit, accounts, tmp_path):
    p = write_xlsx(tmp_path / "h.xlsx", [HEADER])
    with pytest.raises(UserError, match="inga rader under rubrikraden"):
        preview_file(services, unit, p)


def test_wrong_columns_name_what_is_missing(services, unit, accounts, tmp_path):
    p = write_xlsx(tmp_path / "fel.xlsx", [["Datum", "Text", "Antal"], ["2023-01-01", "x", 1]])
    with pytest.raises(UserError, match="hittar inte kolumnerna ”Konto”, ”Belopp”.*Datum, Text, Antal"):
        preview_file(services, unit, p)
    assert entry_count(services) == 0


def test_cancel_during_preview_saves_nothing(services, unit, accounts, tmp_path):
    p = write_xlsx(tmp_path / "f.xlsx", [HEADER, ["2023-01", 4610, 1]])
    importer = services.costs.importer(unit)
    table = read_table(p)
    mapping = MappingMemory(services.settings).recall(importer.kind, table, importer.fields())
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        importer.preview(table, mapping, progress)
    assert entry_count(services) == 0


def test_mapping_is_remembered_per_file_shape(services, unit, accounts, tmp_path):
    rows = [["Per", "Kto", "Kronor"], ["2023-01", 4610, 100]]
    p = write_xlsx(tmp_path / "g.xlsx", rows)
    importer = services.costs.importer(unit)
    table = read_table(p)
    memory = MappingMemory(services.settings)
    assert memory.recall(importer.kind, table, importer.fields()).missing(importer.fields())
    memory.remember(importer.kind, table, ColumnMapping(0, {"period": 0, "account": 1, "amount": 2}))
    p2 = write_xlsx(tmp_path / "g2.xlsx", [rows[0], ["2023-02", 4610, 5]])
    _, preview = preview_file(services, unit, p2)
    assert len(preview.records) == 1


# --- replacement, log and undo -------------------------------------------------------------------
def test_reimporting_a_month_replaces_instead_of_adding(services, unit, accounts, tmp_path):
    jan_feb = write_xlsx(
        tmp_path / "jan-feb.xlsx",
        [
            HEADER,
            ["2023-01", 4610, 100],
            ["2023-01", 5011, 1000],
            ["2023-02", 4610, 200],
            ["2023-02", 5011, 2000],
        ],
    )
    import_file(services, unit, jan_feb)
    feb_fixed = write_xlsx(tmp_path / "feb-rättad.xlsx", [HEADER, ["2023-02", 4610, 250], ["2023-02", 4620, 10]])
    message, _ = import_file(services, unit, feb_fixed)
    assert "ersattes" in message
    assert totals(services, unit, "2023-01") == (Money.from_sek(100), Money.from_sek(1000))
    # February's hire is replaced; its own staff cost (not in the new file) is left alone.
    assert totals(services, unit, "2023-02") == (Money.from_sek(260), Money.from_sek(2000))
    # Importing the very same file again changes nothing.
    import_file(services, unit, feb_fixed)
    assert totals(services, unit, "2023-02") == (Money.from_sek(260), Money.from_sek(2000))


def test_manual_figures_survive_a_reimport(services, unit, accounts, tmp_path):
    services.costs.add_manual(unit, "2023-01", "Läkare", "hire", "-30")
    p = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["2023-01", 4610, 100]])
    import_file(services, unit, p)
    import_file(services, unit, p)
    assert totals(services, unit, "2023-01")[0] == Money.from_sek(70)


def test_every_import_is_logged(services, unit, accounts, tmp_path):
    p = write_xlsx(tmp_path / "logg.xlsx", [HEADER, ["2023-01", 4610, 100], ["2023-03", 4610, 1], ["x", 4610, 1]])
    import_file(services, unit, p)
    (record,) = services.costs.imports(unit)
    assert record.file_name == "logg.xlsx"
    assert len(record.sha256) == 64
    assert (record.rows_read, record.rows_imported, record.rows_rejected) == (3, 2, 1)
    assert (record.first_period, record.last_period) == ("2023-01", "2023-03")
    assert record.imported_at[:4].isdigit() and record.undone_at is None
    _, again = preview_file(services, unit, p)
    assert any("Samma fil importerades" in n for n in again.notes)


def test_undo_restores_what_the_import_replaced(services, unit, accounts, tmp_path):
    first = write_xlsx(tmp_path / "v1.xlsx", [HEADER, ["2023-01", 4610, 100], ["2023-02", 4610, 200]])
    second = write_xlsx(tmp_path / "v2.xlsx", [HEADER, ["2023-02", 4610, 999]])
    import_file(services, unit, first)
    import_file(services, unit, second)
    assert totals(services, unit, "2023-02")[0] == Money.from_sek(999)
    latest, earliest = services.costs.imports(unit)
    assert latest.replaced == 1 and earliest.replaced_by == 1
    # The earlier import cannot be undone while a later one replaced part of it.
    with pytest.raises(UserError, match="Ångra den senare importen först"):
        services.costs.undo_import(unit, earliest.id)
    text = services.costs.undo_import(unit, latest.id)
    assert "1 belopp" in text
    assert totals(services, unit, "2023-02")[0] == Money.from_sek(200)
    with pytest.raises(UserError, match="redan ångrad"):
        services.costs.undo_import(unit, latest.id)
    services.costs.undo_import(unit, earliest.id)
    assert services.costs.series(unit).months == set()
    assert [i.undone_at is not None for i in services.costs.imports(unit)] == [True, True]


def test_an_undone_import_can_be_redone_under_its_own_log_entry(services, unit, accounts, tmp_path):
    """Redigera → Gör om after Ångra: the same figures come back and replace again what they replaced."""
    first = write_xlsx(tmp_path / "v1.xlsx", [HEADER, ["2023-01", 4610, 100], ["2023-02", 4610, 200]])
    second = write_xlsx(tmp_path / "v2.xlsx", [HEADER, ["2023-02", 4610, 999], ["2023-02", 5011, 50000]])
    import_file(services, unit, first)
    importer, preview = preview_file(services, unit, second)
    importer.commit(preview)
    record = importer.committed
    assert record == services.costs.imports(unit)[0] and record.replaced == 1
    before = (services.costs.series(unit).months, entry_count(services), totals(services, unit, "2023-02"))

    text, lines = services.costs.undo_import_for_redo(unit, record.id)
    assert "ångrad" in text and len(lines) == 2
    assert totals(services, unit, "2023-02") == (Money.from_sek(200), Money(0))
    assert services.costs.redo_import(unit, record.id, lines) == "Importen av v2.xlsx gäller igen."
    assert (services.costs.series(unit).months, entry_count(services), totals(services, unit, "2023-02")) == before
    assert services.costs.imports(unit)[0] == record  # same entry, no longer undone, replacing the same figure
    with pytest.raises(UserError, match="gäller redan"):
        services.costs.redo_import(unit, record.id, lines)
    # The older import is still blocked by the redone one, as before.
    with pytest.raises(UserError, match="Ångra den senare importen först"):
        services.costs.undo_import(unit, services.costs.imports(unit)[1].id)


def test_a_redo_never_replaces_a_newer_import(services, unit, accounts, tmp_path):
    old = write_xlsx(tmp_path / "gammal.xlsx", [HEADER, ["2023-02", 4610, 200]])
    new = write_xlsx(tmp_path / "ny.xlsx", [HEADER, ["2023-02", 4610, 999]])
    import_file(services, unit, old)
    (record,) = services.costs.imports(unit)
    _, lines = services.costs.undo_import_for_redo(unit, record.id)
    import_file(services, unit, new)  # e.g. from the command line, meanwhile
    with pytest.raises(UserError, match="en senare import \\(ny.xlsx\\) gäller nu"):
        services.costs.redo_import(unit, record.id, lines)
    assert totals(services, unit, "2023-02")[0] == Money.from_sek(999)
    assert services.costs.imports(unit)[1].undone_at is not None


def test_imports_of_another_unit_cannot_be_undone_here(services, unit, accounts, tmp_path):
    other = services.units.create("HC1", "Hälsocentral", "primärvård")
    p = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["2023-01", 4610, 100]])
    import_file(services, other, p)
    (record,) = services.costs.imports(other)
    with pytest.raises(UserError, match="ingen import"):
        services.costs.undo_import(unit, record.id)
    assert services.costs.series(unit).months == set()


# --- the fast amount parser agrees with Money.from_sek -------------------------------------------

ore_amounts = st.integers(min_value=-(10**13), max_value=10**13)


@given(ore_amounts)
def test_fast_amount_paths_match_the_exact_parser(ore):
    d = Decimal(ore).scaleb(-2)
    assert parse_amount(float(d)) == Money.from_sek(float(d)) == Money(ore) or abs(float(d)) >= 1e9
    assert parse_amount(format_decimal(d, 2)) == Money(ore)  # 1 234 567,89 with no-break spaces and −
    assert parse_amount(str(d)) == Money(ore)  # 1234567.89
    assert parse_amount(format_decimal(d, 2).replace("\u00a0", " ").replace("\u2212", "-")) == Money(ore)
    if ore % 100 == 0:
        assert parse_amount(ore // 100) == Money(ore)


@given(st.floats(min_value=-1e8, max_value=1e8, allow_nan=False))
def test_any_float_amount_rounds_like_the_exact_parser(value):
    assert parse_amount(value) == Money.from_sek(value)


@pytest.mark.parametrize("text", ["1.234", "0,285", "+12", "1 234,5 kr", "12.345.678,90"])
def test_unusual_amount_strings_take_the_exact_path(text):
    assert parse_amount(text) == Money.from_sek(text)


# --- personal identity numbers ----------------------------------------------------------
def test_a_sole_traders_personal_number_in_the_supplier_column_is_masked(services, unit, accounts, tmp_path):
    """A sole trader's organisation number is their personnummer: it must never be stored."""
    p = write_xlsx(
        tmp_path / "huvudbok.xlsx",
        [
            ["Period", "Konto", "Belopp", "Leverantör"],
            ["2023-01", 4610, 1000, "Läkarkonsult 121212\u20131212"],
            ["2023-01", 4610, 2000, 8112189876],  # the number alone, stored by Excel as a number
            ["2023-01", 4620, 3000, "Bemanning Nord AB"],
        ],
    )
    _importer, preview = preview_file(services, unit, p)
    assert preview.masked == {"Leverantör": 2}
    assert "2 personnummer maskerades" in preview.summary and "”Leverantör”: 2" in preview.summary
    message, _ = import_file(services, unit, p)
    assert "2 personnummer maskerades" in message
    stored = " ".join(str(r[0]) for r in services.db.conn.execute("SELECT agency FROM cost_entries"))
    assert "1212" not in stored and "8112189876" not in stored
    assert "[personnummer borttaget]" in stored
    dump = "\n".join(services.db.conn.iterdump())
    assert "121212" not in dump and "8112189876" not in dump


def test_a_recognised_header_wins_over_a_remembered_none(services, unit, accounts, tmp_path):
    """The issue's case 2: a shape once imported without a cost-centre column kept ignoring "Ansvar"."""
    rows = [["Ansvar", "Period", "Konto", "Belopp"], ["MED4", "2023-01", 4610, 100], ["MED5", "2023-01", 4610, 7]]
    p = write_xlsx(tmp_path / "a.xlsx", rows)
    importer = services.costs.importer(unit)
    table = read_table(p)
    memory = MappingMemory(services.settings)
    memory.remember(importer.kind, table, ColumnMapping(0, {"period": 1, "account": 2, "amount": 3}))
    assert memory.recall(importer.kind, table, importer.fields()).columns["cost_centre"] == 0
    _, preview = preview_file(services, unit, p, whole_file=False)
    assert len(preview.records) == 1 and preview.context["other_cost_centres"] == {"MED5": 1}
