import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _cards(window):
    page = window.pages[0]
    return page, [page.cards.itemAt(i).widget() for i in range(page.cards.count())]


def test_a_card_takes_the_keyboard_and_opens_its_page_with_enter_or_space(window, qtbot, services, unit):
    import datetime as dt
    import random

    from hyrdesk.services.demo.builder import populators

    for populate in populators():
        populate(services, unit, random.Random(1), dt.date(2026, 11, 22))
    window.reload_units()
    window.show_page("overview")
    page, cards = _cards(window)
    leading = [c for c in cards if c.page]
    assert leading, "the demo data gives cards that lead to a page"
    card = leading[0]
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.current_page().key == card.page
    window.show_page("overview")
    page, cards = _cards(window)
    card = [c for c in cards if c.page][-1]
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert window.current_page().key == card.page


def test_cards_reflow_to_two_columns_when_narrow(window, services, unit):
    window.reload_units()
    page = window.pages[0]
    assert page.columns_for(1200) == 3
    assert page.columns_for(720) == 2
    assert page.columns_for(300) == 1
