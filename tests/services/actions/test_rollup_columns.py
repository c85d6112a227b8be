"""The roll-up of the shared folder shows the action plan's measures as columns of their own."""

from openpyxl import load_workbook

from hyrdesk.services.rollup.service import scan
from hyrdesk.services.rollup.workbook import SHEET_UNITS, write_rollup
from tests.helpers.actions import values
from tests.helpers.line_dialogue import PERIOD


def test_the_units_sheet_has_the_actions_columns_and_their_sums(services, unit, tmp_path):
    other = services.units.create("VC1", "Vårdcentral Ett", "primärvård")
    services.actions.add(unit, values(start="2026-06-01", due="2026-12-31"))
    services.actions.add(unit, values(title="Pool", status="genomförd", start="2026-01-01", due="2026-04-30"))
    services.actions.add(other, values(title="Regional pool", decision_level="region", due="2026-09-30"))
    folder = tmp_path / "delad"
    for u in (unit, other):
        (folder / u.code).mkdir(parents=True)
        services.exports.write(u, PERIOD, folder / u.code)

    wb = load_workbook(write_rollup(scan(folder), tmp_path / "sammanstallning.xlsx"))
    ws = wb[SHEET_UNITS]
    header = [c.value for c in ws[3]]
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}
    columns = ["Åtgärder", "Åtgärder genomförda", "Åtgärder försenade", "Åtgärder för dialog i linjen"]
    assert set(columns) <= set(header)
    assert [rows["MED4"][header.index(c)] for c in columns] == [2, 1, 0, 0]
    assert [rows["VC1"][header.index(c)] for c in columns] == [1, 0, 1, 1]
    assert [rows["Summa"][header.index(c)] for c in columns] == [3, 1, 1, 1]
