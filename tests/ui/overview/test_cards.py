"""Översikt's cards: the services say what a figure is about and how it stands; the page decides the look."""

import pytest

from hyrdesk.services.overview.key_figure import Assessment, Feature, KeyFigure, compared
from hyrdesk.ui.overview.page import ASSESSMENT_COLOURS, FEATURE_PAGES, FigureCard
from hyrdesk.ui.shell.pages import page_entries
from hyrdesk.ui.shell.style import BAD, GOOD, WARN

pytestmark = pytest.mark.gui


def test_compared_is_better_when_lower():
    assert compared(1, 2) is Assessment.BETTER
    assert compared(2, 1) is Assessment.WORSE
    assert compared(2, 2) is Assessment.NONE


def test_every_feature_opens_a_page_and_every_judgement_has_a_colour(app):
    keys = {entry.key for entry in page_entries(None, None, None)}
    assert set(FEATURE_PAGES) == set(Feature) and set(FEATURE_PAGES.values()) <= keys
    assert set(ASSESSMENT_COLOURS) == set(Assessment) - {Assessment.NONE}


@pytest.mark.parametrize(
    ("assessment", "colour"),
    [
        (Assessment.BETTER, GOOD),
        (Assessment.WITHIN_TARGET, GOOD),
        (Assessment.WORSE, BAD),
        (Assessment.OVER_TARGET, BAD),
        (Assessment.ATTENTION, WARN),
        (Assessment.NONE, None),
    ],
)
def test_a_card_shows_the_assessment_and_opens_the_features_page(app, qtbot, assessment, colour):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QLabel

    card = FigureCard(KeyFigure(Feature.REVIEWS, "Frigjord tid", "12 h/år", "", assessment))
    qtbot.addWidget(card)
    value = card.findChildren(QLabel)[1]
    assert value.text() == "12 h/år"
    assert (f"color: {colour};" if colour else "") == value.styleSheet()
    with qtbot.waitSignal(card.clicked) as opened:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert opened.args == ["review"]
