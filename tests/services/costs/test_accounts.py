"""The account table: parsing, most specific match, storage, and the CLI-facing service."""

import pytest

from hyrdesk.domain.accounts import (
    AccountKind,
    AccountRange,
    AccountRule,
    AccountTable,
    check_new_range,
    parse_account,
    parse_account_range,
)
from hyrdesk.errors import UserError, ValidationError


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4611", AccountRange(4611, 4611)),
        (" 4600-4699 ", AccountRange(4600, 4699)),
        ("4600 – 4699", AccountRange(4600, 4699)),
        ("4600\u22124699", AccountRange(4600, 4699)),
    ],
)
def test_parse_account_range(text, expected):
    assert parse_account_range(text) == expected


@pytest.mark.parametrize("text, message", [("46a", "inget konto"), ("4699-4600", "baklänges"), ("", "inget konto")])
def test_parse_account_range_rejects(text, message):
    with pytest.raises(ValueError, match=message):
        parse_account_range(text)


@pytest.mark.parametrize(
    "cell, expected",
    [
        (4611, 4611),
        (4611.0, 4611),
        ("4611", 4611),
        ("4611 Inhyrda läkare", 4611),
        ("4611 - Inhyrda läkare", 4611),
    ],
)
def test_parse_account_cell(cell, expected):
    assert parse_account(cell) == expected


@pytest.mark.parametrize("cell", ["Inhyrda läkare", 4611.5, "46-11", True])
def test_parse_account_cell_rejects(cell):
    with pytest.raises(ValueError):
        parse_account(cell)


def test_most_specific_rule_wins():
    rules = [
        AccountRule(1, AccountRange(4000, 4999), AccountKind.IGNORE),
        AccountRule(2, AccountRange(4600, 4699), AccountKind.HIRE, 1, "Läkare"),
        AccountRule(3, AccountRange(4620, 4629), AccountKind.HIRE, 2, "Sjuksköterska"),
        AccountRule(4, AccountRange(4625, 4625), AccountKind.OWN),
    ]
    table = AccountTable(rules)
    assert table.lookup(4625).id == 4
    assert table.lookup(4621).id == 3
    assert table.lookup(4650).id == 2
    assert table.lookup(4100).id == 1
    assert table.lookup(5000) is None


def test_ranges_may_nest_but_not_partly_overlap():
    existing = [AccountRange(4600, 4699)]
    assert check_new_range(AccountRange(4610, 4619), existing) is None
    assert check_new_range(AccountRange(4000, 4999), existing) is None
    assert check_new_range(AccountRange(4700, 4799), existing) is None
    assert check_new_range(AccountRange(4600, 4699), existing) is None  # the same row: an update
    assert "överlappar delvis" in check_new_range(AccountRange(4650, 4750), existing)


def test_service_sets_updates_lists_and_removes(services):
    accounts = services.costs.accounts
    accounts.set("4600-4699", "hire", "Läkare")
    accounts.set("4620", "hyrkostnad", "sjuksköterska")
    accounts.set("5000-5999", "own")
    rules = accounts.rules()
    assert [str(r.range) for r in rules] == ["4600-4699", "4620", "5000-5999"]
    assert rules[1].category == "Sjuksköterska" and rules[2].category is None
    accounts.set("4600-4699", "ignore")  # the same range again: changed, not duplicated
    assert accounts.table().lookup(4650).kind is AccountKind.IGNORE
    assert len(accounts.rules()) == 3
    accounts.remove("4620")
    assert accounts.table().lookup(4620).range == AccountRange(4600, 4699)
    with pytest.raises(UserError, match="ingen rad för 4620"):
        accounts.remove("4620")


@pytest.mark.parametrize(
    "spec, kind, category, field",
    [
        ("abc", "hire", None, "account"),
        ("4600", "hyra", None, "kind"),
        ("4600", "hire", "Tandläkare", "category"),
        ("4600", "ignore", "Läkare", "category"),
        ("4650-4750", "hire", None, "account"),
    ],
)
def test_service_rejects_bad_rows(services, spec, kind, category, field):
    services.costs.accounts.set("4600-4699", "hire", "Läkare")
    with pytest.raises(ValidationError) as exc:
        services.costs.accounts.set(spec, kind, category)
    assert field in exc.value.errors
    assert len(services.costs.accounts.rules()) == 1
