"""A hire ratio that cannot be computed says exactly why and what to do."""

from hyrdesk.domain.categories import TOTAL
from hyrdesk.domain.costs import CostFigure, CostKind, CostSeries, measures
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from tests.helpers.ledgers import REASON_5411, import_with_contributions

JAN = Period(2026, 1)


def test_an_own_staff_account_without_a_category_is_named_as_the_reason(services, unit, tmp_path):
    """The issue's case 5: the tooltip blamed "own-staff cost zero or unknown"."""
    unit = import_with_contributions(services, unit, tmp_path)
    rows = {m.group: m for m in services.costs.summary(unit, JAN)}
    for group in ("Läkare", "Sjuksköterskor/barnmorskor", "Övriga"):
        assert rows[group].hire_ratio_pct is None
        assert rows[group].hire_ratio_reason == REASON_5411
    assert rows[TOTAL].hire_ratio_pct is not None and rows[TOTAL].hire_ratio_reason is None
    assert "12 månaderna saknar belopp" in rows[TOTAL].hire_ratio_r12_reason


def test_each_other_reason():
    s = CostSeries([CostFigure(JAN, CostKind.HIRE, "Läkare", Money.from_sek(5))])
    m = measures(s, JAN, "Läkare")
    assert m.hire_ratio_reason.startswith("ingen kostnad för egen personal i Läkare")
    s = CostSeries(
        [
            CostFigure(JAN, CostKind.HIRE, "Läkare", Money.from_sek(5)),
            CostFigure(JAN, CostKind.OWN, "Läkare", Money.from_sek(-5)),
        ]
    )
    assert "negativ" in measures(s, JAN, "Läkare").hire_ratio_reason
    assert measures(s, JAN + 1, "Läkare").hire_ratio_reason.startswith("februari 2026 saknar belopp")
    s = CostSeries(
        [
            CostFigure(JAN, CostKind.OWN, None, Money.from_sek(5), 5411),
            CostFigure(JAN, CostKind.OWN, None, Money.from_sek(9), 5412),
            CostFigure(JAN, CostKind.OWN, None, Money.from_sek(1), None),
        ],
        account_names={5411: "Arbetsgivaravgifter"},
    )
    reason = measures(s, JAN, "Läkare").hire_ratio_reason
    assert reason.startswith("konto 5412, konto 5411 Arbetsgivaravgifter och belopp inlagda för hand saknar")
    assert "lägg in dem per yrkeskategori" in reason and reason.endswith("eller jämför bara Totalt")


def test_the_workbook_gives_the_same_reason(services, unit, tmp_path):
    from openpyxl import load_workbook

    unit = import_with_contributions(services, unit, tmp_path)
    path = services.exports.write(unit, JAN, tmp_path)
    texts = [c.value for ws in load_workbook(path) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(
        t.startswith("Hyrkvot kan inte räknas för Läkare (månad), Sjuksköterskor/barnmorskor (månad)")
        and REASON_5411 in t
        for t in texts
    )
    assert not any("när kostnaden för egen personal saknas" in t for t in texts)
