"""The account table as a use case: list, set, remove, look up."""

from __future__ import annotations

from hyrdesk.domain.accounts import (
    AccountKind,
    AccountRange,
    AccountRule,
    AccountTable,
    check_new_range,
    parse_account_range,
    validate_rule,
)
from hyrdesk.errors import UserError, ValidationError
from hyrdesk.services.units import UnitService
from hyrdesk.storage.costs import AccountRepository


class AccountService:
    def __init__(self, repo: AccountRepository, units: UnitService):
        self.repo = repo
        self.units = units

    def rules(self) -> list[AccountRule]:
        return self.repo.all()

    def table(self) -> AccountTable:
        return AccountTable(self.repo.all())

    def set(self, spec: str | AccountRange, kind: str | AccountKind, category: str | None = None) -> AccountRule:
        """Add a row, or change the row for exactly this account/range. Raises ValidationError."""
        errors: dict[str, str] = {}
        rng: AccountRange | None = None
        try:
            rng = spec if isinstance(spec, AccountRange) else parse_account_range(spec)
        except ValueError as exc:
            errors["account"] = str(exc)
        try:
            account_kind = AccountKind.parse(kind)
        except ValueError as exc:
            errors["kind"] = str(exc)
        category_id = None
        category_name = (category or "").strip() or None
        if category_name:
            try:
                cat = self.units.category_by_name(category_name)
                category_id, category_name = cat.id, cat.name
            except UserError as exc:
                errors["category"] = exc.message
        if "kind" not in errors:
            problem = validate_rule(account_kind, category_name)
            if problem:
                errors["category"] = problem
        if rng is not None and "account" not in errors:
            problem = check_new_range(rng, (r.range for r in self.repo.all()))
            if problem:
                errors["account"] = problem
        if errors:
            raise ValidationError(errors)
        assert rng is not None  # else errors["account"]
        self.repo.upsert(rng, account_kind, category_id)
        return next(r for r in self.repo.all() if r.range == rng)

    def remove(self, spec: str | AccountRange) -> None:
        try:
            rng = spec if isinstance(spec, AccountRange) else parse_account_range(spec)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        if not self.repo.delete(rng):
            raise UserError(f"Kontotabellen har ingen rad för {rng}.")

    def replace_all(self, rules: list[AccountRule]) -> None:
        """Put back a whole table (the GUI's undo of an edit)."""
        self.repo.restore(rules)
