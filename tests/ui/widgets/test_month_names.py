"""Month names in the window follow the UI language; the core and the exports stay Swedish."""

import datetime as _dt

import pytest
from PySide6.QtCore import QDate, Qt

from hyrdesk.app import build_main_window
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.period import Period
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui

WORDS = {
    "sv": {
        "oct": "okt 2026",
        "october": "oktober 2026",
        "jul": "jul 2026",
        "ytd": "jan–okt 2026",
        "feb": "februari 2026",
        "axis": {"jan\n2026", "maj", "okt"},
    },
    "en": {
        "oct": "Oct 2026",
        "october": "October 2026",
        "jul": "Jul 2026",
        "ytd": "Jan–Oct 2026",
        "feb": "February 2026",
        "axis": {"Jan\n2026", "May", "Oct"},
    },
}
NAMES = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


@pytest.fixture(params=["sv", "en"])
def lang(request, translators):
    translators.install(request.param)
    yield request.param
    translators.install("sv")  # the other tests read Swedish


@pytest.fixture
def shown(lang, app, qtbot, services, unit):
    for month in range(1, 11):
        services.costs.add_manual(unit, f"2026-{month:02d}", "Läkare", "hire", "1000")
        services.costs.add_manual(unit, f"2026-{month:02d}", "Läkare", "own", "100000")
    services.gaps.insert(
        Gap(
            unit.id,
            _dt.date(2026, 2, 3),
            _dt.date(2026, 2, 3),
            Shift.DAY,
            services.units.category_by_name("Läkare").id,
            480,
            Cause.VACANCY,
            Coverage.HIRED,
        )
    )
    w = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    w.reload_units()
    return w


def ticks(plot) -> set[str]:
    return {text for level in plot.axis_x._tickLevels for _x, text in level}


def test_costs_page_names_months_in_the_ui_language(shown, lang):
    words = WORDS[lang]
    shown.show_page("costs")
    page = shown.current_page()
    assert page.month_combo.currentText() == words["oct"]
    assert words["ytd"] in page.table_title.text()
    assert page.ytd_model.headerData(5, Qt.Orientation.Horizontal) == words["oct"]
    assert words["october"] in page.ytd_model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert words["axis"] <= ticks(page.cost_plot)
    page.cost_plot.show_month_at(Period(2026, 7).index)
    assert words["jul"] in page.cost_plot.readout.text()


def test_gap_summary_and_export_period_name_months_in_the_ui_language(shown, lang):
    words = WORDS[lang]
    shown.show_page("gaps")
    page = shown.current_page()
    s = page.summary
    page.tabs.setCurrentWidget(s)
    s.first.setDate(QDate(2026, 1, 1))
    s.last.setDate(QDate(2026, 10, 1))
    assert s.model.index(9, 0).data() == words["oct"]
    assert words["oct"] in s.headline.text()
    assert words["feb"] in s.chart.tooltip_at(Period(2026, 2).index)
    shown.show_page("export")
    combo = shown.current_page().dialogue.period_combo
    this_month = Period.current()
    assert combo.itemText(combo.findData(str(this_month))) == f"{NAMES[lang][this_month.month - 1]} {this_month.year}"


def test_the_core_and_the_exports_stay_swedish_in_an_english_ui(shown, lang, services, unit):
    from hyrdesk.services.costs.overview import cost_figures

    assert Period(2026, 10).label() == "okt 2026" and Period(2026, 10).long_label() == "oktober 2026"
    assert any("okt 2026" in f.detail for f in cost_figures(services, unit))
