"""Input nobody wrote for the follow-up: odd numbers and odd ledgers. Refused clearly, never a wrong figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.period import Period, period_range
from hyrdesk.errors import UserError
from tests.helpers.cli import run_cli


def test_own_fte_that_is_not_a_number_is_refused_not_a_crash(services, unit):
    with pytest.raises(UserError):
        services.followup.set_staffing(unit, Decimal("NaN"), None)
    assert services.followup.staffing(unit) == (None, None)


def test_a_group_with_no_hire_prints_zero_not_unknown(services, unit, paths):
    for p in period_range(Period(2026, 1), Period(2026, 3)):
        services.costs.add_manual(unit, p, "Läkare", CostKind.HIRE, 20_000)
        services.costs.add_manual(unit, p, "Läkare", CostKind.OWN, 110_000)
    services.close()
    res = run_cli("costs", "forecast", "--unit", "MED4", "--month", "2026-03", data_dir=paths.data_dir)
    assert res.code == 0, res.err
    nurses = next(line for line in res.out.splitlines() if "Sjuksköterskor" in line)
    assert "–" not in nurses and "0\u00a0tkr" in nurses  # the JSON says 0 for them too


def test_own_fte_is_printed_as_typed_not_rounded_to_whole(services, unit, paths):
    services.close()
    res = run_cli("costs", "staffing", "--unit", "MED4", "--own-fte", "42,5", data_dir=paths.data_dir)
    assert res.code == 0, res.err
    assert "egna årsarbetare 42,5" in res.out
