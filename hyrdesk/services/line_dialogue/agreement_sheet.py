"""The line-dialogue workbook's *Avtal* sheet and data rows: hire under the national agreement.

For the export's month: the reconciliation with the ledger, kronor above
tariff and outside the agreement per report group and Totalt, the findings,
and the month's deviations (roles only: no person is ever named). Gathered
from the agreement service; nothing is computed here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from hyrdesk.domain.agreement import ABOVE_TARIFF, OUTSIDE_AGREEMENT
from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.files.xlsx_safe import FMT_KR
from hyrdesk.services.line_dialogue import schema, styles

FINDING_WORDS = {
    "above_tariff": "Över tariff",
    "hours_over_ordered": "Fler timmar än beställt",
    "outside_agreement": "Utanför avtalet",
    "booking_over_12_months": "Avrop längre än 12 månader",
    "documents_expired": "Dokument saknas eller för gamla",
    "no_tariff": "Ingen tariff",
}


@dataclass(frozen=True)
class AgreementSection:
    month: Period
    zone: int | None
    ledger_hire: Decimal | None
    checked: Decimal
    by_group: dict[str, tuple[Decimal, Decimal, int]]  # group -> (above tariff, outside, deviations); Totalt last
    findings: list[tuple[str, str, str, Decimal]]  # booking, kind (Swedish), detail, kronor
    deviations: list[tuple[str, str, str, Decimal, str, str]]  # date, booking, reason, kronor, approver, escalated


def agreement_section(agreement: Any, categories: Any, unit: Unit, period: Period) -> AgreementSection | None:
    """None when the unit has no booking: the sheet then says so and no data rows are written."""
    if agreement is None or not agreement.bookings(unit):
        return None
    check = agreement.check(unit, period)
    group_of = {c.name: c.report_group for c in categories.categories(include_inactive=True)}
    category_of = {b.ref: b.category for b in agreement.bookings(unit)}
    deviations = [d for d in agreement.deviations(unit) if Period.from_date(d.date) == period]
    groups: dict[str, list[Any]] = {g: [Money(0), Money(0), 0] for g in (*categories.report_groups(), TOTAL)}
    for f in check.check.findings:
        group = group_of.get(category_of.get(f.booking, ""), TOTAL)
        for g in {group, TOTAL}:
            if f.kind == ABOVE_TARIFF:
                groups.setdefault(g, [Money(0), Money(0), 0])[0] += f.kr
            elif f.kind == OUTSIDE_AGREEMENT:
                groups.setdefault(g, [Money(0), Money(0), 0])[1] += f.kr
    for d in deviations:
        group = group_of.get(category_of.get(d.booking_ref, ""), TOTAL)
        for g in {group, TOTAL}:
            groups.setdefault(g, [Money(0), Money(0), 0])[2] += 1
    total = groups.pop(TOTAL)
    return AgreementSection(
        month=period,
        zone=agreement.zone(unit),
        ledger_hire=None if check.ledger_hire is None else check.ledger_hire.sek,
        checked=check.check.checked.sek,
        by_group={
            **{g: (v[0].sek, v[1].sek, v[2]) for g, v in groups.items()},
            TOTAL: (total[0].sek, total[1].sek, total[2]),
        },
        findings=[(f.booking, FINDING_WORDS.get(f.kind, f.kind), f.detail, f.kr.sek) for f in check.check.findings],
        deviations=[
            (
                d.date.isoformat(),
                d.booking_ref,
                d.reason.label,
                d.above_tariff.sek,
                d.approver_role,
                d.escalated_to_role,
            )
            for d in deviations
        ],
    )


def agreement_rows(a: AgreementSection | None) -> Iterator[tuple[str, str, Decimal | int]]:
    """(measure, category, value) for the data sheet, for the export's month."""
    if a is None:
        return
    for group, (above, outside, deviations) in a.by_group.items():
        yield schema.HIRE_ABOVE_TARIFF_KR, group, above
        yield schema.HIRE_OUTSIDE_AGREEMENT_KR, group, outside
        yield schema.DEVIATIONS_COUNT, group, deviations


def write_sheet(ws: Any, a: AgreementSection | None, where: str, header_row: int) -> None:
    styles.title(ws, "Inhyrning enligt avtalet", where)
    if a is None:
        styles.note(ws, header_row, "Enheten har inga avrop registrerade i hyrdesk.")
        styles.widths(ws, {"A": 60})
        styles.page(ws, header_row, where)
        return
    styles.widths(ws, {"A": 24, "B": 30, "C": 58, "D": 20, "E": 22, "F": 22})  # before rows are fitted
    r = header_row
    ledger = "–" if a.ledger_hire is None else f"{Money.from_sek(a.ledger_hire).format_kr()}"
    unchecked = ""
    if a.ledger_hire is not None:
        rest = Money.from_sek(a.ledger_hire - a.checked)
        # The ledger lags the invoices: say so, never "−45 000 kr inte kontrollerat".
        unchecked = (
            f", {rest.format_kr()} inte kontrollerat"
            if rest.ore >= 0
            else f": fakturorna är {abs(rest).format_kr()} mer än huvudboken"
        )
    zone = f"zon {a.zone}" if a.zone else "zon inte angiven"
    styles.note(
        ws, r, f"{a.month.label()}, {zone}: huvudbok {ledger}, kontrollerade fakturor "
        f"{Money.from_sek(a.checked).format_kr()}{unchecked}."
    )  # fmt: skip
    r += 2
    styles.header(ws, r, ["Rapportgrupp", "Kronor över tariff", "Kronor utanför avtalet", "Avsteg"])
    rows = [(g, above, outside, n) for g, (above, outside, n) in a.by_group.items()]
    r = styles.rows(ws, r + 1, rows, [None, FMT_KR, FMT_KR, None], bold_last=True) + 1
    styles.header(ws, r, ["Avrop", "Avvikelse", "Förklaring", "Kronor"])
    if a.findings:
        first = r + 1
        r = styles.rows(ws, first, [list(f) for f in a.findings], [None, None, None, FMT_KR]) + 1
        styles.wrap(ws, first, r - 2, [2, 3])  # the finding and its explanation wrap within the page
        styles.fit_row_heights(ws, range(first, r - 1))
    else:
        styles.note(ws, r + 1, "Inga avvikelser i månadens fakturor.")
        r += 3
    styles.header(ws, r, ["Datum", "Avrop", "Skäl", "Kronor över tariff", "Godkänt av (roll)", "Eskalerat till (roll)"])
    if a.deviations:
        styles.rows(ws, r + 1, [list(d) for d in a.deviations], [None, None, None, FMT_KR, None, None])
    else:
        styles.note(ws, r + 1, "Inga avsteg förda för månaden.")
    styles.page(ws, header_row, where)
