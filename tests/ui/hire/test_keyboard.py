"""Inhyrning och avtal by keyboard: the tabs' access keys clash neither with each other nor with the menus."""

from __future__ import annotations

import pytest

from tests.helpers.access_keys import clashing_access_keys

pytestmark = pytest.mark.gui


def test_the_pages_access_keys_are_unique_in_the_window(window, unit):
    window.reload_units()
    window.show_page("hire")
    page = window.current_page()
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        assert clashing_access_keys(window) == {}, page.tabs.tabText(i)
