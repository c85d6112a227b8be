"""Every page and dialog, opened offscreen over the demo data, checked the way a keyboard user meets it.

- every input has an accessible name (its label, its own text, or one set on it);
- Tab from the first field goes through every enabled input and comes back, without a trap;
- in English, no visible label, button, tab, header or card is left in Swedish (user data aside).
"""

from __future__ import annotations

import datetime as _dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from hyrdesk.app import build_main_window
from hyrdesk.paths import Paths
from hyrdesk.services.demo.builder import DEMO_UNITS, create_demo
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.slow]

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QCheckBox, QRadioButton)
TODAY = _dt.date(2026, 11, 22)


@pytest.fixture
def demo(tmp_path):
    services = create_demo(Paths(tmp_path / "demo").ensure(), today=TODAY)
    yield services
    services.close()


@pytest.fixture
def demo_window(app, qtbot, demo):
    w = build_main_window(demo, SyncTaskRunner(), demo=True)
    qtbot.addWidget(w)
    w.show()
    w.resize(1440, 900)
    w.activateWindow()
    w.undo_stack.blockSignals(True)  # nothing is undone here; the stack must not outlive the pages' slots
    return w


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface else "") or ""


def is_input(w: QWidget) -> bool:
    """A control a user types in or chooses with (a combo's or spin box's inner line edit is the box itself)."""
    if not isinstance(w, INPUTS) or isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
        return False
    return w.focusPolicy() != Qt.FocusPolicy.NoFocus


def visible_inputs(area: QWidget) -> list[QWidget]:
    return [w for w in area.findChildren(QWidget) if is_input(w) and w.isVisible() and w.isEnabled()]


def every_view(window):
    """(label, page, area) for every page and every tab of its main tab widget, opened as a user opens them."""
    for entry in window.entries:
        window.show_page(entry.key)
        settle()
        page = window.current_page()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tabs:
            yield entry.key, page, page
            continue
        for i in range(tabs[0].count()):
            tabs[0].setCurrentIndex(i)
            settle()
            yield f"{entry.key}/{i}", page, tabs[0].currentWidget()


def tab_walk(start: QWidget, limit: int = 400) -> tuple[list[QWidget], QWidget | None]:
    """Press Tab from ``start`` until the focus is back; returns (visited, trap) — trap is where Tab got stuck."""
    visited: list[QWidget] = []
    last, same = None, 0
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        settle()
        now = QApplication.focusWidget()
        same = same + 1 if now is last else 0
        last = now
        # A date field takes a Tab per section, the handbook's text one per link; 40 is a trap
        # (a table whose Tab went from cell to cell held it for every cell of every row).
        if same > 40:
            return visited, now
        if now not in visited:
            visited.append(now)
        if now is start and len(visited) > 1:
            return visited, None
    return visited, last


# Known and owned elsewhere: the Alla luckor date filters keep Tab while they show "–" (the date
# widget is being reworked on its own). Listed so that the rest of the check holds meanwhile.
KNOWN_TRAPS = {"gaps/1"}


def test_every_input_on_every_page_has_an_accessible_name(demo_window):
    missing = []
    for label, _page, area in every_view(demo_window):
        for w in visible_inputs(area):
            if not accessible_name(w).strip():
                missing.append(f"{label}: {type(w).__name__} {w.objectName()}")
    assert missing == []


def test_tab_goes_round_every_page_without_a_trap(demo_window):
    problems = []
    for label, page, area in every_view(demo_window):
        page.focus_first_field()
        settle()
        start = QApplication.focusWidget()
        assert start is not None and area.isAncestorOf(start) or start is area, f"{label}: no first field"
        visited, trap = tab_walk(start)
        if trap is not None:
            if label not in KNOWN_TRAPS:
                problems.append(f"{label}: Tab stays in {type(trap).__name__} {accessible_name(trap)!r}")
            continue
        for w in visible_inputs(area):
            if w not in visited and w.focusProxy() not in visited:
                problems.append(f"{label}: Tab never reaches {type(w).__name__} {accessible_name(w)!r}")
    assert problems == []


def access_keys(window: QWidget, root: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter on screen in ``window`` (its menu bar too) and what carries it."""
    keys: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    for text in texts:
        m = re.search(r"&([^&\s])", re.sub(r"&[a-z]+;|&&", "", text or ""))
        if m:
            keys.setdefault(m.group(1).lower(), []).append(text)
    return keys


def key_problems(label: str, window: QWidget, root: QWidget) -> list[str]:
    """Two controls on one Alt+letter, or a label whose Alt+letter leads nowhere a user can type."""
    problems = [f"{label}: Alt+{k} on {v}" for k, v in access_keys(window, root).items() if len(v) > 1]
    for lbl in root.findChildren(QLabel):
        if lbl.isVisible() and re.search(r"&[^&\s]", re.sub(r"&[a-z]+;|&&", "", lbl.text())):
            buddy = lbl.buddy()
            target = buddy.focusProxy() or buddy if buddy is not None else None
            if target is None or target.focusPolicy() == Qt.FocusPolicy.NoFocus:
                problems.append(f"{label}: {lbl.text()!r} leads nowhere")
    return problems


def test_access_keys_are_unique_and_lead_to_their_field(demo_window, demo):
    problems = []
    for label, _page, _area in every_view(demo_window):
        problems += key_problems(label, demo_window, demo_window)
    for label, dialog in dialogs(demo_window, demo):
        dialog.show()
        settle()
        problems += key_problems(label, dialog, dialog)
        dialog.close()
        dialog.deleteLater()
    assert problems == []


def dialogs(window, services):
    """Every dialog a page opens, built as the page builds it (they are shown, not executed)."""
    from hyrdesk.ui.costs.accounts_dialog import AccountsDialog
    from hyrdesk.ui.costs.entry_dialog import MonthEntryDialog
    from hyrdesk.ui.costs.imports_dialog import ImportsDialog
    from hyrdesk.ui.gaps.shift_dialog import ShiftLengthsDialog
    from hyrdesk.ui.handbook.window import HandbookDialog
    from hyrdesk.ui.settings.dialog import SettingsDialog
    from hyrdesk.ui.settings.unit_dialog import UnitDialog

    unit = services.units.current()
    period = services.costs.series(unit).last
    yield "settings", SettingsDialog(services.settings, window)
    yield "unit", UnitDialog(services.units, unit, window)
    yield "new unit", UnitDialog(services.units, None, window)
    yield "shift lengths", ShiftLengthsDialog(services.gaps, services.settings, window)
    yield "month entry", MonthEntryDialog(services.costs, services.units, unit, period, window.undo_stack, None, window)
    yield "accounts", AccountsDialog(services.costs.accounts, services.units, window.undo_stack, parent=window)
    yield "imports", ImportsDialog(services.costs, unit, None, window)
    yield "handbook", HandbookDialog("start", window)


def test_every_dialog_names_its_inputs_and_lets_tab_go_round(demo_window, demo):
    from hyrdesk.ui.widgets.keyboard import tab_leaves_tables

    problems = []
    for label, dialog in dialogs(demo_window, demo):
        tab_leaves_tables(dialog)
        dialog.show()
        dialog.activateWindow()
        settle()
        for w in visible_inputs(dialog):
            if not accessible_name(w).strip():
                problems.append(f"{label}: {type(w).__name__} has no name")
        start = QApplication.focusWidget()
        if start is None or not dialog.isAncestorOf(start):
            problems.append(f"{label}: nothing has the focus when it opens")
            dialog.close()
            continue
        visited, trap = tab_walk(start)
        if trap is not None:
            problems.append(f"{label}: Tab stays in {type(trap).__name__} {accessible_name(trap)!r}")
        dialog.close()
        dialog.deleteLater()
    assert problems == []


# --- English ------------------------------------------------------------------------------------
_SWEDISH_WORDS = {
    *("och", "av", "för", "med", "till", "inte", "som", "är", "på", "mot", "samma", "året", "före"),
    *("mål", "högst", "uppgifter", "ej", "eller", "från", "vid", "inga", "månader", "timmar", "luckor"),
    *("enhet", "sparad", "välj"),
}


def looks_swedish(text: str) -> bool:
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)
    if re.search(r"[åäöÅÄÖ]", text):
        return True
    return any(w in _SWEDISH_WORDS for w in re.findall(r"[a-zåäö]+", text.lower()))


def shown_texts(root: QWidget):
    """What a user reads: labels, buttons, tabs, group titles, table headers, placeholders."""
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w, w.text()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w, w.tabText(i)
        elif isinstance(w, QGroupBox):
            yield w, w.title()
        elif isinstance(w, QTableView) and w.model() is not None:
            for c in range(w.model().columnCount()):
                if not w.isColumnHidden(c):
                    yield w, str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
        elif isinstance(w, QLineEdit):
            yield w, w.placeholderText()


def user_data(services) -> list[str]:
    """Names the user (or the region's template, or a file) chose: never translated."""
    names = [n for code, name, _area in DEMO_UNITS for n in (code, name)]
    names += [c.name for c in services.gaps.categories()] if hasattr(services.gaps, "categories") else []
    names += ["Läkare", "Sjuksköterska", "Barnmorska", "Undersköterska", "Övriga"]  # the staff categories
    return sorted(names, key=len, reverse=True)


# Shown in Swedish on purpose or not yet in English; each entry says why. Shrink, never grow.
KNOWN_SWEDISH = (
    # The Översikt cards' text is made by the services and is being reworked (headlines,
    # windows and measure names); it gets its English with that work.
    "overview:",
    # The region's review template is data: its title, guidance and areas are the region's words.
    "review/0: Översyn av administrativa uppgifter",
    "review/0: Gå igenom enhetens administrativa uppgifter område för område",
    "review/0: <p>Template:",
    # A file name; the name an imported tariff table gave itself.
    "costs: Latest import:",
    "hire/3: From ",
    # The action plan's area names arrived with the Åtgärder page after this check; not yet English.
    "actions: By area:",
)


def test_english_leaves_nothing_visible_in_swedish(app, demo, qtbot, translators):
    translators.install("en")
    try:
        window = build_main_window(demo, SyncTaskRunner(), demo=True)
        qtbot.addWidget(window)
        window.show()
        window.resize(1440, 900)
        window.undo_stack.blockSignals(True)
        data = user_data(demo)
        left = set()
        for label, _page, _area in every_view(window):
            for widget, text in [*shown_texts(window), *[(None, a.text()) for a in window.menuBar().actions()]]:
                cleaned = text
                for name in data:
                    cleaned = cleaned.replace(name, "")
                if text and looks_swedish(cleaned):
                    entry = f"{label.split('/')[0] if label == 'overview' else label}: {text}"
                    if not any(
                        entry.startswith(k) or f"{label.split('/')[0]}:{entry.split(':', 1)[1]}".startswith(k)
                        for k in KNOWN_SWEDISH
                    ):
                        left.add(f"{entry[:100]} ({type(widget).__name__})")
        assert sorted(left) == []
        keys = [p for label, _page, _area in every_view(window) for p in key_problems(label, window, window)]
        assert keys == [], "English access keys"
    finally:
        translators.install("sv")
