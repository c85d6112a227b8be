"""Keyboard first: opening a page or a tab puts the keyboard in its first field."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QTabWidget

pytestmark = pytest.mark.gui


def test_a_page_opened_by_shortcut_has_the_focus_in_it(window, qtbot, unit):
    window.reload_units()
    window.activateWindow()
    for act in window.page_actions:
        act.trigger()
        page = window.current_page()
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), (page.key, focus)
        assert focus is not window.nav


def test_a_click_in_the_side_bar_goes_on_into_the_page(window, qtbot, unit):
    window.reload_units()
    window.nav.setFocus()
    window.nav.setCurrentRow(1)
    window.nav.itemClicked.emit(window.nav.item(1))
    assert window.current_page().isAncestorOf(QApplication.focusWidget())


def test_opening_a_tab_puts_the_focus_in_it(window, unit):
    window.reload_units()
    window.show_page("gaps")
    tabs = window.current_page().findChildren(QTabWidget)[0]
    tabs.setCurrentIndex(1)
    assert tabs.currentWidget().isAncestorOf(QApplication.focusWidget())


def test_header_buttons_go_under_the_title_when_the_window_is_narrow(window, qtbot, unit):
    window.reload_units()
    window.show_page("review")
    page = window.current_page()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: page.header.direction() == QBoxLayout.Direction.LeftToRight)
    window.resize(760, 520)  # the smallest window
    qtbot.waitUntil(lambda: page.header.direction() == QBoxLayout.Direction.TopToBottom)


def test_welcome_enter_on_the_care_area_creates_the_unit(window, qtbot, services):
    form = window.welcome.form
    qtbot.keyClicks(form.code, "AVD7")
    qtbot.keyClicks(form.name, "Avdelning 7")
    form.area.setFocus()
    qtbot.keyClick(form.area, Qt.Key.Key_Return)
    assert services.units.current().code == "AVD7"


def test_welcome_errors_go_when_the_fields_are_fixed(window, qtbot, services):
    form = window.welcome.form
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert form.errors._labels["code"].isVisible()
    qtbot.keyClicks(form.code, "AVD7")
    assert not form.errors._labels["code"].isVisible()
