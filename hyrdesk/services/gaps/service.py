"""Staffing gaps: register, change, remove, page through and summarise them.

Every change is one transaction. The GUI wraps each in an undo command; the
methods here therefore return what is needed to undo them (the saved gap
with its id, the deleted gaps) and ``restore`` puts deleted gaps back.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from hyrdesk.domain.gap_summary import GapSummary, summary_from_raw
from hyrdesk.domain.gap_validation import GapCheck, checked_gap, parse_gap
from hyrdesk.domain.gaps import Gap, Shift
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.errors import ValidationError
from hyrdesk.services.gaps.importing import GapImporter
from hyrdesk.services.settings import SHIFT_HOURS_DAY, SHIFT_HOURS_EVENING, SHIFT_HOURS_NIGHT, SettingsService
from hyrdesk.services.units import UnitService
from hyrdesk.storage.gaps import GapFilter, GapRepository

__all__ = ["GapFilter", "GapService", "SHIFT_SETTINGS"]  # GapFilter: the GUI and CLI need not import storage

SHIFT_SETTINGS = {Shift.DAY: SHIFT_HOURS_DAY, Shift.EVENING: SHIFT_HOURS_EVENING, Shift.NIGHT: SHIFT_HOURS_NIGHT}


class GapService:
    def __init__(self, repo: GapRepository, units: UnitService, settings: SettingsService):
        self.repo = repo
        self._units = units
        self._settings = settings

    # --- settings ------------------------------------------------------------------
    def shift_hours(self) -> dict[Shift, Decimal]:
        return {shift: self._settings.get(setting) for shift, setting in SHIFT_SETTINGS.items()}

    def set_shift_hours(self, shift: Shift, hours: Decimal | str) -> None:
        setting = SHIFT_SETTINGS[shift]
        self._settings.set(setting, setting.parse(str(hours)))

    # --- checking and saving ------------------------------------------------------------
    def check(self, unit: Unit, values: Mapping[str, Any], gap_id: int | None = None) -> GapCheck:
        """Parse and validate raw values (form fields, CLI options, a spreadsheet row)."""
        return self.checker(unit)(values, gap_id=gap_id)

    def checker(self, unit: Unit) -> Callable[..., GapCheck]:
        """``check`` for many rows: categories and shift lengths are read once."""
        categories, shift_hours = self._units.categories(), self.shift_hours()

        def check(values: Mapping[str, Any], gap_id: int | None = None) -> GapCheck:
            return parse_gap(values, unit_id=unit.id, categories=categories, shift_hours=shift_hours, gap_id=gap_id)

        return check

    def add(self, unit: Unit, values: Mapping[str, Any]) -> Gap:
        """Check and save a new gap; raises ValidationError with field messages."""
        result = self.check(unit, values)
        if not result.ok:
            raise ValidationError(result.errors)
        assert result.gap is not None  # ok says so
        return self.insert(result.gap)

    def insert(self, gap: Gap) -> Gap:
        return self.repo.insert(self._checked(gap))

    def update(self, gap: Gap) -> Gap:
        if gap.id is None:
            raise ValueError("update needs a saved gap")
        gap = self._checked(gap)
        self.repo.update(gap)
        return gap

    def _checked(self, gap: Gap) -> Gap:
        """Every field checked (callers other than the form may pass anything); ValidationError otherwise."""
        ids = {c.id for c in self._units.categories(include_inactive=True)}
        gap, errors = checked_gap(gap, ids)
        if self._units.get(gap.unit_id) is None:
            errors["unit"] = "Enheten finns inte längre."
        if errors:
            raise ValidationError(errors)
        return gap

    def delete(self, ids: Sequence[int]) -> list[Gap]:
        return self.repo.delete(list(ids))

    def restore(self, gaps: Sequence[Gap]) -> None:
        self.repo.restore(list(gaps))

    def get(self, gap_id: int) -> Gap | None:
        return self.repo.get(gap_id)

    def get_many(self, ids: Sequence[int]) -> list[Gap]:
        return self.repo.get_many(list(ids))

    def agencies(self, unit: Unit) -> list[str]:
        return self.repo.agencies(unit.id)

    def importer(self, unit: Unit) -> GapImporter:
        return GapImporter(self, unit)

    # --- browsing ----------------------------------------------------------------------
    def count(self, unit: Unit, flt: GapFilter = GapFilter()) -> int:
        return self.repo.count(unit.id, flt)

    def page(
        self,
        unit: Unit,
        flt: GapFilter = GapFilter(),
        sort: str = "date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Gap]:
        return self.repo.page(unit.id, flt, sort, descending, offset, limit)

    # --- summaries -------------------------------------------------------------------------
    def summary(self, unit: Unit, first: Period, last: Period) -> GapSummary:
        """Hours per month by cause and by coverage for first..last (aggregates only, never notes).

        This is also what the line-dialogue workbook and its ``data`` sheet use:
        ``GapSummary.months`` holds, for every month of the range, the minutes
        by cause and by coverage; ``GapSummary.long_rows()`` the same in long format.
        """
        return summary_from_raw(self.repo.summary_cells(unit.id, first, last), first, last)

    def last_twelve_months(self, unit: Unit, today: _dt.date | None = None) -> GapSummary:
        last = Period.from_date(today or _dt.date.today())
        return self.summary(unit, last - 11, last)

    def latest_period(self, unit: Unit) -> Period | None:
        span = self.repo.first_and_last_start(unit.id)
        return None if span is None else Period.from_date(span[1])

    def first_period(self, unit: Unit) -> Period | None:
        span = self.repo.first_and_last_start(unit.id)
        return None if span is None else Period.from_date(span[0])
