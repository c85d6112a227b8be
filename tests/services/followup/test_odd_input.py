"""Input nobody wrote for the follow-up: odd numbers and odd ledgers. Refused clearly, never a wrong figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hyrdesk.errors import UserError


def test_own_fte_that_is_not_a_number_is_refused_not_a_crash(services, unit):
    with pytest.raises(UserError):
        services.followup.set_staffing(unit, Decimal("NaN"), None)
    assert services.followup.staffing(unit) == (None, None)
