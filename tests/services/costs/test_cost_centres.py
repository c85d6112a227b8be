"""Cost centres are explicit: only the unit's rows are imported unless the user chooses more."""

import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.files.tabular import read_table
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import MappingMemory, require_complete
from tests.helpers.ledgers import HIRE_41230, ROWS, ledger_xlsx, set_accounts, swedish_csv


@pytest.fixture
def med4(services):
    set_accounts(services)
    unit = services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    return services.units.set_cost_centres(unit, ["41230"])


def preview(services, unit, path, **kw):
    importer = services.costs.importer(unit, **kw)
    table = read_table(path)
    mapping = MappingMemory(services.settings).recall(importer.kind, table, importer.fields())
    require_complete(mapping, importer.fields(), table)
    return importer, importer.preview(table, mapping, Progress())


def hire_total(services, unit):
    s = services.costs.series(unit)
    return Money.sum(s.amount(Period(2026, m), CostKind.HIRE, "Totalt") or Money(0) for m in (1, 2))


def test_a_unit_has_a_display_code_and_its_own_cost_centres(services):
    unit = services.units.create("MED4", "Medicin 4", "sjukhusvård", "41230, 41231")
    assert unit.code == "MED4" and unit.cost_centres == ("41230", "41231")
    assert services.units.by_code("MED4").cost_centres == ("41230", "41231")
    assert services.units.create("KIR1", "Kirurgi 1", "sjukhusvård").cost_centres == ("KIR1",)
    changed = services.units.set_cost_centres(unit, ["41300"])
    assert changed.cost_centres == ("41300",) and services.units.get(unit.id).cost_centres == ("41300",)
    assert services.units.get(unit.id).owns_centre(" 41300 ")
    with pytest.raises(ValidationError) as exc:
        services.units.set_cost_centres(unit, "")
    assert "minst ett kostnadsställe" in exc.value.errors["cost_centres"]
    with pytest.raises(ValidationError) as exc:
        services.units.set_cost_centres(unit, "41230 / 1")
    assert "”/”" in exc.value.errors["cost_centres"]
    assert services.units.get(unit.id).cost_centres == ("41300",)  # nothing lost


@pytest.mark.parametrize("maker", [swedish_csv, ledger_xlsx])
def test_only_the_units_cost_centres_are_imported_and_the_preview_counts_each(services, med4, tmp_path, maker):
    path = maker(tmp_path / ("huvudbok.csv" if maker is swedish_csv else "huvudbok.xlsx"))
    importer, p = preview(services, med4, path)
    counts = {c.code: c for c in importer.centre_counts(p)}
    assert set(counts) == {"41230", "41231", "41300"}
    assert counts["41230"].rows == 4 and counts["41230"].units and counts["41230"].chosen
    assert counts["41230"].hire == Money.from_sek("3849663")
    assert counts["41231"].hire == Money.from_sek("2763731") and not counts["41231"].chosen
    assert counts["41300"].rows == 2 and not counts["41300"].units
    importer.commit(p)
    assert hire_total(services, med4) == Money.from_sek(HIRE_41230.replace(" ", ""))


def test_a_ticked_cost_centre_is_imported_too(services, med4, tmp_path):
    importer, p = preview(services, med4, swedish_csv(tmp_path / "h.csv"))
    p = importer.choose_centres(p, ["41231"])
    assert {c.code for c in importer.centre_counts(p) if c.chosen} == {"41230", "41231"}
    assert p.context["other_cost_centres"] == {"41300": 2}
    importer.commit(p)
    assert hire_total(services, med4) == Money.from_sek("6613394")


def test_a_file_with_none_of_the_units_cost_centres_names_them_and_saves_nothing(services, tmp_path):
    """The issue's case 1: unit MED4 (its code the only cost centre), ledger Ansvar 41230 and others."""
    set_accounts(services)
    unit = services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    importer, p = preview(services, unit, swedish_csv(tmp_path / "h.csv"))
    assert p.records == []
    with pytest.raises(UserError, match="kostnadsställena 41230, 41231, 41300. Ingenting sparades"):
        importer.commit(p)
    assert services.db.scalar("SELECT COUNT(*) FROM cost_entries") == 0


def test_a_file_without_a_cost_centre_column_needs_the_users_word(services, med4, tmp_path):
    rows = [r[1:] for r in ROWS[:4]]
    path = swedish_csv(tmp_path / "utan.csv", rows=rows, header=("Period", "Konto", "Kontotext", "Utfall"))
    importer, p = preview(services, med4, path)
    assert any("ingen kolumn för kostnadsställe" in n for n in p.notes)
    with pytest.raises(UserError, match="Bekräfta att hela filen gäller enheten"):
        importer.commit(p)
    assert services.db.scalar("SELECT COUNT(*) FROM cost_entries") == 0
    importer.whole_file = True
    importer.commit(p)
    assert hire_total(services, med4) == Money.from_sek(HIRE_41230.replace(" ", ""))


def test_an_old_database_keeps_importing_as_before(services):
    """The migration gives every existing unit its code as its one cost centre."""
    with services.db.write() as c:
        c.execute("INSERT INTO units (code, name, care_area) VALUES ('X1', 'X', 'ovrigt')")
        c.execute("DELETE FROM unit_cost_centres")
    from hyrdesk.storage.migrations import m011_unit_cost_centres, split_sql

    with services.db.write() as c:
        c.execute("DROP TABLE unit_cost_centres")
        for statement in split_sql(m011_unit_cost_centres.SQL):
            c.execute(statement)
    assert services.units.by_code("X1").cost_centres == ("X1",)
