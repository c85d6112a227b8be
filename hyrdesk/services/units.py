"""Creating, renaming and choosing units."""

from __future__ import annotations

import builtins  # the class has a method called list
from collections.abc import Sequence

from hyrdesk.domain.categories import StaffCategory
from hyrdesk.domain.units import CareArea, Unit, parse_cost_centres, validate_cost_centres, validate_unit
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.settings import CURRENT_UNIT, SettingsService
from hyrdesk.storage.units import CategoryRepository, UnitRepository


class UnitService:
    def __init__(self, units: UnitRepository, categories: CategoryRepository, settings: SettingsService):
        self._units = units
        self._categories = categories
        self._settings = settings

    def list(self) -> list[Unit]:
        return self._units.all()

    def get(self, unit_id: int) -> Unit | None:
        return self._units.get(unit_id)

    def by_code(self, code: str) -> Unit:
        unit = self._units.by_code(code)
        if unit is None:
            known = ", ".join(u.code for u in self._units.all()) or "inga ännu"
            raise UserError(f"Det finns ingen enhet med koden ”{code}” (enheter: {known}).")
        return unit

    def create(
        self, code: str, name: str, area: CareArea | str, cost_centres: str | Sequence[str] | None = None
    ) -> Unit:
        """A new unit; ``cost_centres`` empty or None means the display code is its one cost centre."""
        errors = validate_unit(code, name)
        centres = parse_cost_centres(cost_centres or "") or [code.strip()]
        if "code" not in errors and (problem := validate_cost_centres(centres)):
            errors["cost_centres"] = problem
        if not errors and self._units.by_code(code) is not None:
            errors["code"] = f"Det finns redan en enhet med koden ”{code.strip()}”."
        care_area = None
        try:
            care_area = CareArea.parse(area)  # a CareArea is a str too: it parses to itself
        except ValueError as exc:
            errors["care_area"] = str(exc)
        if errors:
            raise ValidationError(errors)
        assert care_area is not None
        unit = self._units.add(code.strip(), name.strip(), care_area, centres)
        if self.current() is None:
            self.set_current(unit)
        return unit

    def rename(
        self, unit: Unit, name: str, area: CareArea | str | None = None, cost_centres: str | Sequence[str] | None = None
    ) -> Unit:
        """Change the name, area and (when given) the cost centres, which replace the old list."""
        errors = validate_unit(unit.code, name)
        care_area = unit.care_area
        if area is not None:
            try:
                care_area = CareArea.parse(area)  # a combo box hands back the plain key
            except ValueError as exc:
                errors["care_area"] = str(exc)
        centres = list(unit.centres) if cost_centres is None else parse_cost_centres(cost_centres)
        if problem := validate_cost_centres(centres):
            errors["cost_centres"] = problem
        if errors:
            raise ValidationError(errors)
        self._units.update(unit.id, name.strip(), care_area)
        if cost_centres is not None:
            self._units.set_cost_centres(unit.id, centres)
        return Unit(unit.id, unit.code, name.strip(), care_area, tuple(centres))

    def set_cost_centres(self, unit: Unit, cost_centres: str | Sequence[str]) -> Unit:
        """Replace the unit's ledger cost centres."""
        return self.rename(unit, unit.name, unit.care_area, cost_centres)

    # --- the unit the GUI shows ------------------------------------------
    def current(self) -> Unit | None:
        unit_id = self._settings.get(CURRENT_UNIT)
        unit = self._units.get(unit_id) if unit_id is not None else None
        if unit is None:
            units = self._units.all()
            unit = units[0] if units else None
        return unit

    def set_current(self, unit: Unit) -> None:
        self._settings.set(CURRENT_UNIT, unit.id)

    # --- staff categories --------------------------------------------------
    def categories(self, include_inactive: bool = False) -> builtins.list[StaffCategory]:
        return self._categories.all(include_inactive=include_inactive)

    def category_by_name(self, name: str) -> StaffCategory:
        wanted = name.strip().lower()
        for c in self._categories.all(include_inactive=True):
            if c.name.lower() == wanted:
                return c
        known = ", ".join(c.name for c in self._categories.all())
        raise UserError(f"Okänd yrkeskategori ”{name}” (kända: {known}).")

    def report_groups(self) -> builtins.list[str]:
        return self._categories.report_groups()
