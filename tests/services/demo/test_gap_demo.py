"""The demo's gaps look like a real unit's, and Översikt shows their key figures."""

import datetime as _dt
from collections import Counter

import pytest

from hyrdesk.domain.gaps import Coverage
from hyrdesk.domain.period import Period
from hyrdesk.domain.privacy import find_personal_number, looks_like_name
from hyrdesk.services.demo.builder import create_demo
from hyrdesk.services.gaps.overview import gap_figures
from hyrdesk.services.overview.figures import key_figures
from hyrdesk.services.overview.key_figure import Feature


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from hyrdesk.paths import Paths

    s = create_demo(Paths(tmp_path_factory.mktemp("demo")), today=_dt.date(2026, 11, 22))
    yield s
    s.close()


def all_gaps(demo, unit):
    return demo.gaps.page(unit, limit=100_000)


def test_two_years_of_gaps_for_every_demo_unit(demo):
    for unit in demo.units.list():
        gaps = all_gaps(demo, unit)
        assert len(gaps) > 300
        assert min(g.start for g in gaps) <= _dt.date(2024, 11, 25)
        assert max(g.end for g in gaps) <= _dt.date(2026, 11, 22)


def test_summer_and_christmas_peaks_and_doctors_and_nurses_dominate_hire(demo):
    ward = demo.units.by_code("MED4")
    s = demo.gaps.summary(ward, Period(2025, 1), Period(2025, 12))
    hours = {m.period.month: m.total for m in s.months}
    assert hours[7] > 1.5 * hours[5] and hours[7] > 1.5 * hours[10]
    assert hours[12] > hours[11]
    names = {c.id: c.name for c in demo.units.categories()}
    hired = Counter(names[g.category_id] for g in all_gaps(demo, ward) if g.coverage is Coverage.HIRED)
    assert hired["Sjuksköterska"] + hired["Läkare"] > 0.85 * sum(hired.values())
    weekend_share = sum(g.weekend for g in all_gaps(demo, ward)) / len(all_gaps(demo, ward))
    assert weekend_share > 2 / 7 + 0.05  # more than the weekend's share of days


def test_hire_falls_over_the_two_years(demo):
    ward = demo.units.by_code("MED4")
    first = demo.gaps.summary(ward, Period(2024, 12), Period(2025, 11))
    second = demo.gaps.summary(ward, Period(2025, 12), Period(2026, 11))
    assert second.hire_share_pct < first.hire_share_pct


def test_demo_notes_hold_no_personal_data(demo):
    for unit in demo.units.list():
        for g in all_gaps(demo, unit):
            assert not find_personal_number(g.note) and not looks_like_name(g.note), g.note


def test_key_figures_on_the_overview(demo):
    ward = demo.units.by_code("MED4")
    figures = gap_figures(demo, ward, today=_dt.date(2026, 11, 22))
    assert [f.title for f in figures] == [
        "Lucktimmar, 12 månader",
        "Täckt av hyrpersonal",
        "Ej täckta timmar, 12 månader",
    ]
    s = demo.gaps.summary(ward, Period(2025, 12), Period(2026, 11))
    assert figures[0].value.replace("\u00a0", " ") == f"{round(s.total_minutes / 60):,} h".replace(",", " ")
    assert figures[1].value.endswith("%") and all(f.feature is Feature.GAPS for f in figures)
    assert any(f.title == "Täckt av hyrpersonal" for f in key_figures(demo, ward))


def test_no_figures_without_gaps(services, unit):
    assert gap_figures(services, unit) == []
