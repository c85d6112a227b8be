"""Review templates: the standard one, a region's own, and every kind of error explained."""

import json

import pytest

from hyrdesk.domain.review_template import TemplateError, parse_template, parse_template_text
from hyrdesk.errors import UserError
from hyrdesk.resources import resource_path
from hyrdesk.services.reviews.templates import load_template_file
from hyrdesk.services.settings import SHARED_FOLDER
from tests.helpers.review_templates import region_template

AREAS = [
    "Dokumentation",
    "Schemaläggning och bemanning",
    "Rapportering och statistik",
    "Möten",
    "Beställningar och inköp",
    "HR-administration",
    "IT och system",
    "Övrigt",
]


def test_standard_template_is_valid_swedish_and_complete(services):
    t = services.reviews.templates.standard()
    assert [a.name for a in t.areas] == AREAS
    assert all(a.guidance and a.suggested_tasks for a in t.areas if a.key != "ovrigt")
    assert t.start_guidance and t.summary_guidance
    assert t.id == "standard" and t.version


def test_every_error_is_reported_with_where_it_is():
    data = region_template(id="Region X!", colour="blå")
    data["areas"][0]["name"] = ""
    data["areas"][1]["key"] = data["areas"][2]["key"]
    data["areas"][3]["suggested_tasks"][0].update(minutes="tjugo", frequency="ibland")
    data["areas"][4]["suggested_tasks"][1]["description"] = "Intyg 19121212-1212"
    data["fields"] = ["description", "role", "minutes", "frequency", "count", "proposal", "colour"]
    with pytest.raises(TemplateError) as err:
        parse_template(data, "region.json")
    errors = err.value.errors
    text = "\n".join(errors)
    assert len(errors) >= 8, text
    assert "”id”" in text and "okänd nyckel ”colour”" in text
    assert "Område 1: ”name” är tom" in text
    assert "används redan av ett annat område" in text
    assert "Område 4 (”Möten”), föreslagen uppgift 1: ”minutes” ska vara ett heltal" in text
    assert "Område 4 (”Möten”), föreslagen uppgift 1, ”frequency”" in text
    assert "personnummer" in text
    assert "okänt fält ”colour”" in text and "affects_others" in text
    assert "region.json" in err.value.message and f"({len(errors)} fel)" in err.value.message


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"format": "hyrdesk-oversynsmall", "id": "x",}', "Rad 1"),
        ("[1, 2]", "JSON-objekt"),
        ('{"format": "annat"}', "ingen översynsmall"),
        ('{"format": "hyrdesk-oversynsmall", "format_version": 9}', "Uppdatera hyrdesk"),
        ('{"format": "hyrdesk-oversynsmall", "format_version": 1}', "”areas” ska vara en lista"),
    ],
)
def test_broken_files_are_explained(text, message):
    with pytest.raises(TemplateError) as err:
        parse_template_text(text, "x.json")
    assert message in err.value.message


def test_fields_default_to_all_and_are_shown_in_a_fixed_order():
    data = region_template()
    del data["fields"]
    assert "hours_freed" in parse_template(data).field_keys
    data["fields"] = ["affects_others", "proposal", "count", "frequency", "minutes", "role", "description"]
    assert parse_template(data).field_keys == (
        "description",
        "role",
        "minutes",
        "frequency",
        "count",
        "proposal",
        "affects_others",
    )


def test_file_errors(tmp_path):
    with pytest.raises(UserError, match="finns inte"):
        load_template_file(tmp_path / "saknas.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"name": "Möten"}'.encode("latin-1"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_template_file(latin)


def test_shared_folder_templates_are_found_and_bad_ones_listed(services, tmp_path):
    folder = tmp_path / "delad" / "mallar"
    folder.mkdir(parents=True)
    (folder / "region.json").write_text(json.dumps(region_template()), encoding="utf-8")
    (folder / "region-ny.json").write_text(json.dumps(region_template(version="2025.10")), encoding="utf-8")
    (folder / "trasig.json").write_text("{ inte json", encoding="utf-8")
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    services.settings.set(SHARED_FOLDER, tmp_path / "delad")
    listing = services.reviews.templates.available()
    assert [(t.id, t.version) for t, _ in listing.templates] == [
        ("standard", "2024.1"),
        ("region-x", "2025.10"),
        ("region-x", "2025.1"),
    ]
    assert len(listing.problems) == 1 and "trasig.json" in listing.problems[0].message
    lib = services.reviews.templates
    assert lib.find("region-x").version == "2025.10"  # newest, comparing numbers as numbers
    assert lib.find("region-x@2025.1").version == "2025.1"
    assert lib.find(str(folder / "region.json")).id == "region-x"
    with pytest.raises(UserError, match="ingen mall"):
        lib.find("okand")


def test_missing_shared_folder_is_not_an_error(services, tmp_path):
    services.settings.set(SHARED_FOLDER, tmp_path / "finns-inte")
    listing = services.reviews.templates.available()
    assert len(listing.templates) == 1 and not listing.problems


def test_the_documented_example_is_a_valid_template():
    text = resource_path("templates", "FORMAT.md").read_text(encoding="utf-8")
    example = text.split("```json", 1)[1].split("```", 1)[0]
    t = parse_template_text(example, "FORMAT.md")
    assert t.id == "region-exempel" and [a.name for a in t.areas] == ["Möten", "Övrigt"]
    assert t.guidance_for("hours_freed")
