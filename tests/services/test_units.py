import pytest

from hyrdesk.domain.units import CareArea
from hyrdesk.errors import UserError, ValidationError


def test_first_unit_becomes_current(services):
    assert services.units.current() is None
    a = services.units.create("A1", "Avdelning A", CareArea.HOSPITAL)
    services.units.create("B1", "Avdelning B", "psykiatri")
    assert services.units.current() == a


def test_switch_and_rename(services):
    services.units.create("A1", "Avdelning A", "sjukhusvård")
    b = services.units.create("B1", "Avdelning B", "Psykiatri")
    services.units.set_current(b)
    assert services.units.current().code == "B1"
    renamed = services.units.rename(b, "  Psykiatrisk avdelning B ")
    assert services.units.by_code("b1").name == "Psykiatrisk avdelning B" == renamed.name


def test_validation_collects_every_field(services):
    with pytest.raises(ValidationError) as err:
        services.units.create("", "", "månen")
    assert set(err.value.errors) == {"code", "name", "care_area"}


def test_duplicate_code_is_refused(services):
    services.units.create("A1", "Avdelning A", "övrigt")
    with pytest.raises(ValidationError) as err:
        services.units.create("a1", "Annan", "övrigt")
    assert "finns redan" in err.value.errors["code"]


def test_unknown_code_and_category(services):
    with pytest.raises(UserError, match="ingen enhet"):
        services.units.by_code("X")
    assert services.units.category_by_name("barnmorska").report_group == "Sjuksköterskor/barnmorskor"
    with pytest.raises(UserError, match="Okänd yrkeskategori"):
        services.units.category_by_name("Kurator")
