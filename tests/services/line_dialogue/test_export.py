"""The line-dialogue workbook, opened with openpyxl and compared with the services' own figures."""

from __future__ import annotations

import datetime as _dt
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from hyrdesk import __version__
from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.period import Period
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.service import last_complete_month
from tests.helpers.line_dialogue import PERIOD, add_costs, add_gaps, add_review

FORMULAS = ("=SUM(A1:A9)", "+46 70", "-2+3", "@SUM(1)", "\tinledande tabb", "\nny rad först", "=cmd|' /C calc'!A0")


@pytest.fixture
def full_unit(services, unit):
    add_costs(services, unit)
    add_gaps(services, unit)
    add_review(services, unit)
    services.exports.texts.set(unit, PERIOD, "Vi behöver prata om nattbemanningen.")
    return unit


def export(services, unit, tmp_path, period=PERIOD):
    path = services.exports.write(unit, period, tmp_path)
    return path, load_workbook(path)


def data_values(wb):
    rows = list(wb[schema.SHEET_DATA].iter_rows(values_only=True))
    assert rows[0] == schema.DATA_COLUMNS
    return {(r[2], r[3], r[4]): r[5] for r in rows[1:]}, rows[1:]


def test_sheets_names_and_properties(services, full_unit, tmp_path):
    path, wb = export(services, full_unit, tmp_path)
    assert path.name == f"MED4_underlag-dialog-i-linjen_2026-10_{_dt.date.today().isoformat()}.xlsx"
    assert wb.sheetnames == [
        schema.SHEET_SUMMARY,
        schema.SHEET_COSTS,
        schema.SHEET_GAPS,
        schema.SHEET_REVIEW,
        schema.SHEET_ACTIONS,
        schema.SHEET_AGREEMENT,
        schema.SHEET_DEFINITIONS,
        schema.SHEET_DATA,
    ]
    assert wb.properties.creator == f"hyrdesk {__version__}"
    assert "Medicinavdelning 4" in wb.properties.title and "MED4" in wb.properties.subject
    props = {p.name: p.value for p in wb.custom_doc_props}
    assert props[schema.PROP_SCHEMA] == schema.SCHEMA
    assert props[schema.PROP_UNIT_CODE] == "MED4" and props[schema.PROP_PERIOD] == "2026-10"
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None, ws.title
        assert ws.page_setup.orientation == ("portrait" if ws.title == schema.SHEET_SUMMARY else "landscape")
        assert ws.print_title_rows, ws.title


def test_cost_figures_match_the_cost_service(services, full_unit, tmp_path):
    _, wb = export(services, full_unit, tmp_path)
    values, _ = data_values(wb)
    rows = services.costs.monthly_rows(full_unit, PERIOD - 23, PERIOD)
    assert rows
    for m in rows:
        key = lambda measure, m=m: (str(m.period), measure, m.group)  # noqa: E731 - reads as the key it is
        for measure, expected in (
            (schema.HIRE_COST, m.hire),
            (schema.OWN_STAFF_COST, m.own),
            (schema.HIRE_COST_R12, m.r12),
            (schema.HIRE_COST_YTD, m.ytd),
            (schema.HIRE_COST_YTD_PREV, m.ytd_prev),
        ):
            if expected is None:
                assert key(measure) not in values  # never a 0 for "cannot be computed"
            else:
                assert values[key(measure)] == pytest.approx(float(expected.sek))
        for measure, expected in (
            (schema.HIRE_RATIO_PCT, m.hire_ratio_pct),
            (schema.HIRE_RATIO_R12_PCT, m.hire_ratio_r12_pct),
        ):
            if expected is None:
                assert key(measure) not in values
            else:
                assert values[key(measure)] == pytest.approx(float(expected))
    # The Hyrkostnader sheet: the last month's row, Totalt column, and its number format.
    ws = wb[schema.SHEET_COSTS]
    header = [c.value for c in ws[3]]
    last = services.costs.summary(full_unit, PERIOD)[-1]
    assert last.group == TOTAL
    row = next(r for r in ws.iter_rows(min_row=4) if r[0].value == _dt.datetime(2026, 10, 1))
    total = row[header.index(TOTAL)]
    assert total.value == pytest.approx(float(last.hire.sek)) and total.number_format == '#,##0" kr";-#,##0" kr"'
    assert row[header.index("R12 totalt")].value == pytest.approx(float(last.r12.sek))
    assert row[header.index("Hyrkvot %")].value == pytest.approx(float(last.hire_ratio_pct))


def test_gap_hours_match_the_gap_service_and_notes_never_leak(services, full_unit, tmp_path):
    path, wb = export(services, full_unit, tmp_path)
    values, _ = data_values(wb)
    summary = services.gaps.summary(full_unit, PERIOD - 11, PERIOD)
    for p, kind, label, hours in summary.long_rows():
        measure = schema.GAP_HOURS if kind == "coverage" else schema.GAP_HOURS_BY_CAUSE
        assert values[(str(p), measure, label)] == pytest.approx(float(hours))
    assert sum(v for (p, m, _), v in values.items() if m == schema.GAP_HOURS) == pytest.approx(30.0)
    assert ("2025-10", schema.GAP_HOURS, "Hyrpersonal") not in values
    with zipfile.ZipFile(path) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"Nattpass, hyrd" not in everything


def test_review_tasks_match_the_review_service(services, full_unit, tmp_path):
    _, wb = export(services, full_unit, tmp_path)
    latest = services.reviews.latest_review(full_unit)
    ws = wb[schema.SHEET_REVIEW]
    assert tuple(c.value for c in ws[3]) == schema.REVIEW_COLUMNS
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[1]]
    table, total = rows[:-1], rows[-1]
    assert [r[1] for r in table] == [t.description for t in latest.tasks]
    assert total[0] == "Summa" and total[7] is None, "a totals row no roll-up reads as a task"
    assert total[3] == pytest.approx(sum(float(t.hours_per_year) for t in latest.tasks))
    assert table[0][7] == "Dialog i linjen"  # line dialogue first
    assert [r[3] for r in table] == [pytest.approx(float(t.hours_per_year)) for t in latest.tasks]
    values, _ = data_values(wb)
    assert values[("2026-10", schema.ADMIN_HOURS_FREED, None)] == pytest.approx(float(latest.hours_freed_per_year))
    assert values[("2026-10", schema.ADMIN_TASKS_LINE_DIALOGUE, None)] == latest.line_dialogue


def test_summary_sheet_has_the_key_figures_and_the_text(services, full_unit, tmp_path):
    _, wb = export(services, full_unit, tmp_path)
    cells = {r[0]: r[1] for r in wb[schema.SHEET_SUMMARY].iter_rows(values_only=True) if r[0]}
    last = services.costs.summary(full_unit, PERIOD)[-1]
    assert cells["Enhetskod"] == "MED4" and cells["Period"] == "2026-10"
    assert cells["Hyrkostnad okt 2026"] == pytest.approx(float(last.hire.sek))
    assert cells["Hyrkostnad rullande 12 månader (R12)"] == pytest.approx(float(last.r12.sek))
    assert "Vi behöver prata om nattbemanningen." in cells


def test_every_text_a_user_wrote_stays_text(services, tmp_path):
    unit = services.units.create("X1", FORMULAS[0], "övrigt")
    add_review(services, unit, FORMULAS)
    services.exports.texts.set(unit, PERIOD, FORMULAS[2])
    path, wb = export(services, unit, tmp_path)
    texts = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} became a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    for text in FORMULAS:
        assert text in texts, text
    # The file itself holds no formula element at all.
    with zipfile.ZipFile(path) as z:
        assert not any(
            b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")
        )


def test_a_unit_without_any_data_gets_a_workbook_that_says_so(services, unit, tmp_path):
    _, wb = export(services, unit, tmp_path)
    assert "Inga hyrkostnader" in wb[schema.SHEET_COSTS]["A4"].value
    assert "Inga bemanningsluckor" in wb[schema.SHEET_GAPS]["A4"].value
    assert "ingen administrativ översyn" in wb[schema.SHEET_REVIEW]["A4"].value
    assert list(wb[schema.SHEET_DATA].iter_rows(values_only=True)) == [schema.DATA_COLUMNS]


def test_a_missing_feature_service_is_said_in_swedish_not_a_crash(services, unit, tmp_path):
    services.exports.costs = services.exports.gaps = services.exports.reviews = None
    _, wb = export(services, unit, tmp_path)
    for sheet in (schema.SHEET_COSTS, schema.SHEET_GAPS, schema.SHEET_REVIEW):
        assert "saknas" in wb[sheet]["A4"].value


def test_the_cost_sheet_has_two_native_line_charts_over_its_table(services, full_unit, tmp_path):
    path, _ = export(services, full_unit, tmp_path)
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = [z.read(n).decode() for n in charts]
    assert len(charts) == 2
    assert all("<lineChart>" in x for x in xml)
    assert all("Hyrkostnader" in x and "$A$4:$A$27" in x for x in xml)  # categories: the 24 months


def test_dialogue_text_refuses_a_personal_identity_number(services, unit):
    with pytest.raises(ValidationError) as exc:
        services.exports.texts.set(unit, PERIOD, "Gäller 19121212-1212")
    assert "personnummer" in exc.value.errors["text"]
    assert services.exports.texts.get(unit, PERIOD) == ""


def test_export_through_the_outbox_needs_a_shared_folder(services, unit):
    with pytest.raises(UserError, match="Ingen delad mapp"):
        services.exports.export_line_dialogue(unit, PERIOD)
    assert services.delivery.pending() == []


def test_what_will_be_included(services, full_unit, unit):
    data = services.exports.collect(full_unit, PERIOD)
    included = {i.sheet: i for i in services.exports.included(data)}
    assert set(included) == {
        schema.SHEET_SUMMARY,
        schema.SHEET_COSTS,
        schema.SHEET_GAPS,
        schema.SHEET_REVIEW,
        schema.SHEET_ACTIONS,
        schema.SHEET_AGREEMENT,
        schema.SHEET_DEFINITIONS,
        schema.SHEET_DATA,
    }
    assert included[schema.SHEET_AGREEMENT].missing  # no bookings
    assert "24 månader" in included[schema.SHEET_COSTS].text and not included[schema.SHEET_COSTS].missing
    assert "2 uppgifter, varav 1 för dialog i linjen" in included[schema.SHEET_REVIEW].text


def test_last_complete_month():
    assert last_complete_month(_dt.date(2026, 1, 15)) == Period(2025, 12)
    assert last_complete_month(_dt.date(2026, 11, 30)) == Period(2026, 10)


def test_decimal_hours_stay_numbers(services, full_unit, tmp_path):
    _, wb = export(services, full_unit, tmp_path)
    _, rows = data_values(wb)
    assert all(isinstance(r[5], (int, float)) and not isinstance(r[5], Decimal) for r in rows)
    assert all(isinstance(r[2], str) and len(r[2]) == 7 for r in rows)


def test_the_printout_leaves_out_the_data_sheet_and_tells_r12_from_the_target(services, full_unit, tmp_path):
    _, wb = export(services, full_unit, tmp_path)
    assert wb[schema.SHEET_DATA].sheet_state == "hidden"  # for the roll-up, not for paper
    assert all(wb[name].sheet_state == "visible" for name in wb.sheetnames if name != schema.SHEET_DATA)
    ratio = wb[schema.SHEET_COSTS]._charts[-1]
    r12, target = ratio.series[-2:]
    assert r12.graphicalProperties.line.solidFill != target.graphicalProperties.line.solidFill
    assert target.graphicalProperties.line.prstDash == "dash" and r12.graphicalProperties.line.prstDash in (
        None,
        "solid",
    )
