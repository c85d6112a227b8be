"""Hjälp → Handbok: every section in both languages, links that lead somewhere, F1 at the page's section."""

import re
from pathlib import Path

import pytest

from hyrdesk.ui.handbook.window import LANGUAGES, SECTIONS, HandbookDialog, section_path, section_title

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_exists_with_a_heading_and_its_links_resolve(language):
    for section in SECTIONS:
        path = section_path(section, language)
        assert path.is_file(), path
        assert section_title(section, language) != section, f"{path} starts with a '# ' heading"
        for target in re.findall(r"\]\(([^)#]+\.md)\)", path.read_text(encoding="utf-8")):
            assert (path.parent / target).is_file(), f"{path}: link to {target}"


def test_the_pages_have_their_sections(window):
    # A page added later opens "Kom igång" on F1 until its section is written.
    documented = {"overview", "gaps", "costs", "followup", "hire", "review", "actions", "export"}
    assert documented <= {entry.key for entry in window.entries}
    assert documented <= set(SECTIONS)


def test_the_measures_section_names_every_measure():
    text = section_path("measures", "sv").read_text(encoding="utf-8")
    for measure in ("R12", "Ackumulerat", "Hyrkvot", "Lucktimmar", "Täckt av hyrpersonal", "Ej täckta", "Frigjord"):
        assert measure in text


def test_f1_opens_the_section_of_the_page_on_screen(window, unit):
    window.reload_units()
    window.show_page("costs")
    window.act_handbook.trigger()
    assert window.handbook.isVisible() and window.handbook.current_section == "costs"
    assert "Hyrkostnader" in window.handbook.text.toPlainText()
    window.show_page("review")
    window.act_handbook.trigger()
    assert window.handbook.current_section == "review"


def test_a_link_to_another_section_opens_it_in_the_window(app):
    from PySide6.QtCore import QUrl

    dialog = HandbookDialog("start", language="sv")
    dialog.text.anchorClicked.emit(QUrl("measures.md"))
    assert dialog.current_section == "measures"


def test_the_readme_links_to_the_handbook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for language in LANGUAGES:
        assert f"hyrdesk/resources/handbook/{language}/start.md" in readme


def test_the_package_data_includes_the_handbook():
    assert "handbook/*/*.md" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
