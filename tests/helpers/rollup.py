"""Line-dialogue exports built from plain data, saved as real workbooks, for the roll-up tests."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal as D
from pathlib import Path

from hyrdesk.domain.period import Period, period_range
from hyrdesk.files.atomic import atomic_save_workbook
from hyrdesk.services.line_dialogue.content import (
    CostRow,
    CostSection,
    DialogueData,
    GapSection,
    ReviewSection,
)
from hyrdesk.services.line_dialogue.workbook import build_workbook
from hyrdesk.services.reviews.service import TaskLine
from hyrdesk.services.rollup.pivots import unit_table

GROUPS = ["Läkare", "Sjuksköterskor/barnmorskor", "Övriga", "Totalt"]


COVERAGES = ["Egen personal (övertid/mertid)", "Hyrpersonal", "Ej täckt"]


def unit_export(
    code: str,
    name: str,
    period: Period,
    hire: int,
    own: int,
    gap_hours: dict[str, int],
    tasks: int = 1,
    created: _dt.datetime = _dt.datetime(2026, 11, 20, 9, 0),
    r12: int | None = None,
) -> DialogueData:
    """An export with simple, known figures: every month the same, Totalt = hire, R12 = 12 × hire."""
    months = list(period_range(period - 23, period))
    rows = {}
    for i, p in enumerate(months):
        for g in GROUPS:
            h = D(hire) if g == "Totalt" else D(hire) / 3
            rows[(p, g)] = CostRow(
                period=p,
                group=g,
                hire=h,
                own=D(own) if g == "Totalt" else None,
                r12=(D(r12) if r12 is not None else h * 12) if i >= 11 else None,
                ytd=h * p.month,
                ytd_prev=h * p.month * D("0.8"),
                ytd_change=h * p.month * D("0.2"),
                ytd_change_pct=D(25),
                ratio_pct=D(hire) * 100 / D(own),
                ratio_r12_pct=D(hire) * 100 / D(own),
            )
    gap_months = list(period_range(period - 11, period))
    per_month = {label: D(h) / 12 for label, h in gap_hours.items()}
    gaps = GapSection(
        gap_months,
        list(gap_hours),
        ["Vakans"],
        {p: dict(per_month) for p in gap_months},
        {p: {"Vakans": sum(per_month.values())} for p in gap_months},
        "Hyrpersonal",
        "Ej täckt",
    )
    task_rows = [
        TaskLine(
            "Dokumentation",
            f"=Uppgift {i} på {code}",
            "Sjuksköterska",
            D("100.0"),
            "Ta bort",
            "",
            "Ja",
            "Dialog i linjen",
            "",
            None,
            "Förslag",
            D("100.0"),
        )
        for i in range(tasks)
    ]
    task_rows.append(
        TaskLine("Möten", "Eget möte", "Chef", D(10), "Förenkla", "", "Nej", "Eget beslut", "", None, "Förslag", D(5))
    )
    review = ReviewSection(
        "Översyn 2026",
        "Standardmall",
        _dt.date(2026, 1, 1),
        None,
        task_rows,
        D(100 * tasks + 10),
        D(100 * tasks + 5),
        tasks,
        1,
    )
    return DialogueData(
        code, name, "Sjukhusvård", period, created, "0.1.0", "", CostSection(months, GROUPS, rows, D(2)), gaps, review
    )


def totals(r) -> dict:
    t = unit_table(r)
    return {c.key: v for c, v in zip(t.columns, t.total)}


def save(folder: Path, data: DialogueData) -> Path:
    (folder / data.unit_code).mkdir(parents=True, exist_ok=True)
    return atomic_save_workbook(build_workbook(data), folder / data.unit_code / data.file_name)
