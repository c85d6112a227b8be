import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hyrdesk.app import build_main_window
from hyrdesk.services.settings import WINDOW_GEOMETRY
from hyrdesk.ui.runtime.tasks import SyncTaskRunner

pytestmark = pytest.mark.gui


def test_first_run_shows_welcome_and_creates_a_unit(window, qtbot, services):
    assert window.root.currentWidget() is window.welcome
    form = window.welcome.form
    qtbot.keyClicks(form.code, "AVD7")
    qtbot.keyClicks(form.name, "Avdelning 7")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert window.root.currentIndex() == 1
    assert services.units.current().code == "AVD7"
    assert "Avdelning 7" in window.unit_combo.currentText()


def test_welcome_shows_field_errors_and_saves_nothing(window, qtbot, services):
    form = window.welcome.form
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert services.units.list() == []
    assert form.errors._labels["code"].isVisible()
    assert "kod" in form.errors._labels["code"].text().lower()


def test_navigation_by_keyboard_reaches_every_page(window, qtbot, unit):
    window.reload_units()
    for i, act in enumerate(window.page_actions):
        act.trigger()
        assert window.stack.currentIndex() == i
    window.show_page("costs")
    assert window.current_page().key == "costs"


def test_every_page_shows_its_title_and_no_todo(window, unit):
    from PySide6.QtWidgets import QLabel

    for page in window.pages:
        text = " ".join(lbl.text() for lbl in page.findChildren(QLabel))
        assert "TODO" not in text.upper()
        assert page.title in text


def test_switching_units_updates_pages(window, services):
    a = services.units.create("A", "Avdelning A", "sjukhusvård")
    b = services.units.create("B", "Avdelning B", "primärvård")
    window.reload_units()
    assert window.pages[0].unit == a
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(b.id))
    window.unit_combo.activated.emit(window.unit_combo.currentIndex())
    assert window.pages[0].unit == b
    assert services.units.current() == b


def test_geometry_is_remembered(app, qtbot, services, unit):
    w = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    w.resize(781, 655)
    w.close()
    assert services.settings.get(WINDOW_GEOMETRY)
    w2 = build_main_window(services, SyncTaskRunner())
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (781, 655)


def test_about_shows_the_version(window, monkeypatch):
    from hyrdesk import __version__

    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    window.act_about.trigger()
    assert __version__ in shown["text"]


def test_unhandled_exception_is_logged_and_shown(app, services, monkeypatch):
    import sys

    from hyrdesk.ui.shell.crash import install_excepthook

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    old = sys.excepthook
    try:
        install_excepthook(services.paths.log_file)
        from hyrdesk.logsetup import configure_logging

        configure_logging(services.paths.log_file)
        try:
            raise ValueError("kaboom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "loggfilen" in shown[0]
    assert "kaboom" in services.paths.log_file.read_text(encoding="utf-8")


def test_single_instance_lock(tmp_path, app):
    from hyrdesk.ui.shell import single_instance

    first = single_instance.acquire(tmp_path / "x.lock")
    assert first is not None
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from hyrdesk.ui.shell import single_instance;"
        f"sys.exit(0 if single_instance.acquire(Path({str(tmp_path / 'x.lock')!r})) is None else 3)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
    first.unlock()
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 3


def test_english_translation_loads(translators):
    from PySide6.QtCore import QCoreApplication

    try:
        assert "hyrdesk_en" in translators.install("en")
        assert QCoreApplication.translate("pages", "Följ hyrkostnaderna") == "Follow hire costs"
    finally:  # never leave English installed for the tests that follow
        assert "qtbase_sv" in translators.install("sv")
    assert QCoreApplication.translate("pages", "Följ hyrkostnaderna") == "Följ hyrkostnaderna"


def test_overview_recounts_when_shown_again(window, services, unit):
    window.reload_units()
    window.show_page("overview")
    shown = []
    original = window.pages[0].refresh
    window.pages[0].refresh = lambda: shown.append(1) or original()
    window.show_page("gaps")
    window.show_page("overview")
    assert shown, "Översikt did not recount its figures when shown again"


def test_only_the_start_page_is_built_with_the_window_and_the_rest_follow(window, qtbot, unit):
    """Start-up builds Översikt alone; build_pending builds the others, then says ready."""
    from hyrdesk.ui.shell.page import Page

    window.reload_units()
    assert [p.key for p in window.built_pages()] == ["overview"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [e.title for e in window.entries]
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.build_pending()
    built = window.built_pages()
    assert [p.key for p in built] == [e.key for e in window.entries]
    assert all(isinstance(window.stack.widget(i), Page) for i in range(window.stack.count()))
    assert all(p.unit == unit for p in built), "a page built after the unit was chosen still gets it"
    export = next(p for p in built if p.key == "export")
    assert export.status_widget.parent() is not None, "its delivery status is in the status bar"


def test_a_page_is_built_when_first_shown(window, unit):
    window.reload_units()
    window.show_page("review")
    assert window.current_page().key == "review" and window.current_page().unit == unit
    assert "gaps" not in [p.key for p in window.built_pages()]
