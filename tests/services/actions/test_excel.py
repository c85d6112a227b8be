"""The action plan's Excel round trip with real files opened by openpyxl."""

import datetime as _dt

import openpyxl
import pytest

from hyrdesk.domain.actions import ActionStatus
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError
from hyrdesk.services.actions.workbook import HEADERS, SHEET_ACTIONS
from hyrdesk.services.reviews.importing import WorkbookErrors
from tests.helpers.actions import values


def columns(ws):
    return {c.value: c.column_letter for c in ws[1]}


def test_export_has_dropdowns_locked_computed_columns_and_reads_back_unchanged(services, unit, tmp_path):
    a = services.actions.add(unit, values(note="Annons i tre kanaler", cost="15 000"))
    path = services.actions.export_workbook(tmp_path / "plan.xlsx", unit, follow_up=Period(2024, 12))
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_ACTIONS]
    col = columns(ws)
    assert ws[f"{col[HEADERS['id']]}2"].value == a.id
    assert ws[f"{col['Åtgärd']}2"].value == a.title and ws[f"{col['Område']}2"].value == "Rekrytering"
    assert ws[f"{col['Orsaker']}2"].value == "Vakans" and ws[f"{col['Kostnad för åtgärden']}2"].value == 15000
    assert ws.protection.sheet
    assert ws[f"{col['Baslinje/mån']}2"].protection.locked and not ws[f"{col['Status']}2"].protection.locked
    lists = {str(dv.sqref).split(":")[0][:-1] for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert {col["Område"], col["Status"], col["Beslutsnivå"], col["Indikator"]} <= lists
    assert wb["Listor"].sheet_state == "hidden"
    plan = services.actions.preview_import(path, unit)
    assert not plan.has_changes and plan.unchanged == 1


def test_filled_workbook_previews_before_and_after_then_saves(services, unit, tmp_path):
    a = services.actions.add(unit, values())
    path = services.actions.export_workbook(tmp_path / "plan.xlsx", unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_ACTIONS]
    col = columns(ws)
    ws[f"{col['Status']}2"] = "Genomförd"
    new = {
        "Åtgärd": "Inför rotation mellan avdelningarna",
        "Område": "Rotation och pool",
        "Ansvarig roll": "Verksamhetschef",
        "Beslutsnivå": "Förvaltning",
        "Start": _dt.datetime(2025, 1, 1),
        "Klart senast": _dt.datetime(2025, 6, 30),
        "Status": "Ej påbörjad",
        "Orsaker": "Vakans, Oplanerad frånvaro",
    }
    for header, value in new.items():
        ws[f"{col[header]}3"] = value
    wb.save(path)

    plan = services.actions.preview_import(path, unit)
    text = "\n".join(plan.lines())
    assert "1 nya åtgärder" in text and "Status Pågår → Genomförd" in text
    assert services.actions.get(a.id).status is ActionStatus.ONGOING  # nothing saved by the preview
    pairs = services.actions.apply_import(plan)
    assert len(pairs) == 2
    assert services.actions.get(a.id).status is ActionStatus.DONE
    added = [x for x in services.actions.actions(unit) if x.id != a.id][0]
    assert added.line_dialogue and len(added.causes) == 2
    services.actions.put_back(pairs, undo=True)
    assert [x.status for x in services.actions.actions(unit)] == [ActionStatus.ONGOING]
    services.actions.put_back(pairs, undo=False)
    assert len(services.actions.actions(unit)) == 2


def test_every_cell_error_at_once_and_nothing_saved(services, unit, tmp_path):
    services.actions.add(unit, values())
    path = services.actions.export_workbook(tmp_path / "plan.xlsx", unit)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_ACTIONS]
    col = columns(ws)
    ws[f"{col['Ansvarig roll']}2"] = "Sven Svensson"
    ws[f"{col['Åtgärd']}3"] = "Ny åtgärd utan datum"
    ws[f"{col['Område']}3"] = "Rekrytering"
    ws[f"{col['Ansvarig roll']}3"] = "Enhetschef"
    ws[f"{col['Anteckning']}3"] = "19121212-1212"
    ws[f"{col[HEADERS['id']]}4"] = 999
    ws[f"{col['Åtgärd']}4"] = "Okänd"
    wb.save(path)
    with pytest.raises(WorkbookErrors) as err:
        services.actions.preview_import(path, unit)
    cells = {e.cell for e in err.value.errors}
    assert {f"{col['Ansvarig roll']}2", f"{col['Start']}3", f"{col['Klart senast']}3", f"{col['Anteckning']}3"} <= cells
    assert f"{col[HEADERS['id']]}4" in cells
    assert "Inget har sparats" in err.value.message
    assert len(services.actions.actions(unit)) == 1


def test_a_change_in_hyrdesk_after_the_preview_is_not_overwritten(services, unit, tmp_path):
    a = services.actions.add(unit, values())
    path = services.actions.export_workbook(tmp_path / "plan.xlsx", unit)
    wb = openpyxl.load_workbook(path)
    wb[SHEET_ACTIONS][f"{columns(wb[SHEET_ACTIONS])['Status']}2"] = "Avbruten"
    wb.save(path)
    plan = services.actions.preview_import(path, unit)
    services.actions.update(services.actions.changed(a, {"title": "Ändrad i hyrdesk"}))
    with pytest.raises(UserError):
        services.actions.apply_import(plan)
    assert services.actions.get(a.id).status is ActionStatus.ONGOING


def test_another_units_workbook_is_refused(services, unit, tmp_path):
    other = services.units.create("VC1", "Vårdcentral", "primärvård")
    path = services.actions.export_workbook(tmp_path / "plan.xlsx", other)
    with pytest.raises(UserError, match="VC1"):
        services.actions.preview_import(path, unit)
