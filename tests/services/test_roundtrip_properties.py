"""Property-based export → import round trips (hypothesis).

* A review exported as a fillable workbook and read back unchanged is
  "unchanged" task by task, whatever the users wrote (formula-looking text,
  Swedish letters, numbers as text, quotes).
* A line-dialogue workbook read by the roll-up gives back the figures it was
  written from (hire costs per month, gap hours).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hyrdesk.domain.period import Period, period_range
from hyrdesk.domain.privacy import find_personal_number
from hyrdesk.domain.review import MAX_TEXT, Affects, Frequency, Origin, Proposal, ReviewTask, Status
from hyrdesk.paths import Paths
from hyrdesk.services.container import open_services

SLOW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TEXT = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), max_codepoint=0x2FFF),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(lambda t: t and len(t) <= MAX_TEXT and find_personal_number(t) is None)
)
FORMULA_LIKE = st.sampled_from(["=SUMMA(A1:A3)", "+46 70 123", "-1", "@bot", "'citat", "0012", "1,5", "#N/A", "TRUE"])
FIELD = st.one_of(TEXT, FORMULA_LIKE)

tasks = st.lists(
    st.builds(
        ReviewTask,
        area=st.sampled_from(["dokumentation", "moten"]),
        description=FIELD,
        role=FIELD,
        minutes=st.integers(1, 480),
        frequency=st.sampled_from(list(Frequency)),
        count=st.integers(1, 20),
        usefulness=st.one_of(st.none(), st.integers(1, 4)),
        origin=st.sampled_from(list(Origin)),
        proposal=st.sampled_from(list(Proposal)),
        receiving_role=st.one_of(st.just(""), FIELD),
        affects_others=st.sampled_from(list(Affects)),
        # Ansvarig is a role from the standard template's list, never free text.
        responsible=st.sampled_from(["", "Enhetschef", "Vårdadministratör", "Schemaläggare"]),
        status=st.sampled_from(list(Status)),
    ),
    min_size=1,
    max_size=6,
)


def fresh_services():
    return open_services(Paths(Path(tempfile.mkdtemp(prefix="hyrdesk-prop-"))))


@pytest.mark.slow
@SLOW
@given(tasks)
def test_review_workbook_reads_back_unchanged(generated):
    services = fresh_services()
    try:
        unit = services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
        review = services.reviews.start(unit, services.reviews.templates.standard(), today=_dt.date(2026, 3, 1))
        saved = []
        for t in generated:
            if t.proposal is Proposal.REDISTRIBUTE and not t.receiving_role:
                t = dataclasses.replace(t, receiving_role="Vårdadministratör")  # required when redistributed
            saved.append(services.reviews.add_task(review, t))
        path = services.reviews.export_workbook(services.paths.data_dir / "oversyn.xlsx", review, unit=unit)
        plan = services.reviews.preview_import(path, unit)
        assert not plan.added and not plan.changed, plan.lines()
        assert plan.unchanged == len(saved)
    finally:
        services.close()


amounts = st.lists(st.integers(0, 5_000_000), min_size=12, max_size=12)


@pytest.mark.slow
@SLOW
@given(amounts, st.lists(st.integers(1, 40), min_size=1, max_size=6))
def test_line_dialogue_figures_read_back_by_the_rollup(hire, gap_hours):
    from hyrdesk.services.line_dialogue import schema
    from hyrdesk.services.rollup.pivots import gap_table
    from hyrdesk.services.rollup.service import scan

    services = fresh_services()
    try:
        unit = services.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
        last = Period(2026, 10)
        months = list(period_range(last - 11, last))
        for p, amount in zip(months, hire):
            if amount:
                services.costs.add_manual(unit, p, "Läkare", "hire", str(amount))
            services.costs.add_manual(unit, p, "Undersköterska", "own", "3000000")
        for day, hours in enumerate(gap_hours, start=1):
            services.gaps.add(
                unit,
                {
                    "shift": "dag",
                    "category": "Sjuksköterska",
                    "hours": str(hours),
                    "cause": "vakans",
                    "start": f"2026-10-{day:02d}",
                    "coverage": "hyrpersonal",
                },
            )
        folder = services.paths.data_dir / "delad"
        folder.mkdir(exist_ok=True)
        services.exports.write(unit, last, folder)
        r = scan(folder)
        (export,) = r.units
        assert export.unit_code == "MED4" and export.period == last
        long = r.long_table()
        totals = long[(long.category == "Totalt")]

        def value(measure, p):
            v = totals[(totals.measure == measure) & (totals.period == str(p))]["value"]
            return float(v.iloc[0]) if len(v) else 0

        for p, amount in zip(months, hire):
            assert Decimal(str(value(schema.HIRE_COST, p))) == Decimal(amount)
        assert Decimal(str(value(schema.HIRE_COST_R12, last))) == Decimal(sum(hire))
        gaps = gap_table(r)
        hours = {c.label: v for c, v in zip(gaps.columns, gaps.rows[0]) if c.key.startswith("gap_hours: ") and v}
        assert hours == {"Hyrpersonal": float(sum(gap_hours))}
    finally:
        services.close()
