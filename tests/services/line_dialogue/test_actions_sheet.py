"""The action plan in the line-dialogue workbook, opened with openpyxl: the Åtgärder sheet and the data measures."""

from __future__ import annotations

from openpyxl import load_workbook

from hyrdesk.services.line_dialogue import schema
from tests.helpers.actions import values
from tests.helpers.line_dialogue import PERIOD, add_gaps, add_review


def test_actions_sheet_lists_dialogue_items_first_and_the_data_sheet_counts(services, unit, tmp_path):
    add_gaps(services, unit)
    add_review(services, unit)
    services.actions.add(unit, values(title="Egen rekrytering", start="2026-06-01", due="2026-12-31"))
    services.actions.add(
        unit,
        values(title="Regiongemensam pool", decision_level="region", start="2026-05-01", due="2026-09-30"),
    )  # overdue at the end of October
    services.actions.add(unit, values(title="Önskeschema", status="genomförd", start="2026-01-01", due="2026-04-30"))
    services.actions.add(unit, values(title="Struken", status="avbruten", decision_level="förvaltning"))
    services.actions.set_plan_text(unit, PERIOD, "Följ upp poolen i november.")

    wb = load_workbook(services.exports.write(unit, PERIOD, tmp_path))
    assert schema.SHEET_ACTIONS in wb.sheetnames
    ws = wb[schema.SHEET_ACTIONS]
    assert [c.value for c in ws[3]] == list(schema.ACTION_COLUMNS)
    rows = [r for r in ws.iter_rows(min_row=4, max_row=7, values_only=True)]
    assert rows[0][0] == "Regiongemensam pool" and rows[0][4] == "Dialog i linjen" and rows[0][8] == "Ja"
    assert [r[4] for r in rows[1:]] == ["Eget beslut"] * 3  # a cancelled action needs no dialogue
    assert "Följ upp poolen i november." in [c.value for c in ws["A"]]

    data = {(r[3], r[4]): r[5] for r in wb[schema.SHEET_DATA].iter_rows(min_row=2, values_only=True)}
    assert data[(schema.ACTIONS_TOTAL, "Totalt")] == 4
    assert data[(schema.ACTIONS_DONE, "Totalt")] == 1
    assert data[(schema.ACTIONS_OVERDUE, "Totalt")] == 1
    assert data[(schema.ACTIONS_LINE_DIALOGUE, "Totalt")] == 1
    periods = {r[2] for r in wb[schema.SHEET_DATA].iter_rows(min_row=2, values_only=True) if r[3].startswith("actions")}
    assert periods == {str(PERIOD)}

    summary = [tuple(r[:2]) for r in wb[schema.SHEET_SUMMARY].iter_rows(values_only=True)]
    assert ("Att ta i dialog i linjen", 2) in summary  # one review task and one action
    assert schema.ACTIONS_TOTAL in [r[0] for r in wb[schema.SHEET_DEFINITIONS].iter_rows(values_only=True)]


def test_a_unit_without_a_plan_says_so(services, unit, tmp_path):
    wb = load_workbook(services.exports.write(unit, PERIOD, tmp_path))
    ws = wb[schema.SHEET_ACTIONS]
    assert ws["A4"].value == "Enheten har ingen åtgärdsplan ännu."
    measures = {r[3] for r in wb[schema.SHEET_DATA].iter_rows(min_row=2, values_only=True)}
    assert not any(m.startswith("actions") for m in measures)
