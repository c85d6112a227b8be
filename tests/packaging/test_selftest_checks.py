"""The self-test (which the packaged app's smoke test runs) notices what a bundle can get wrong."""

import pytest

from hyrdesk import selftest


def test_a_missing_lazily_imported_library_fails_the_selftest(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(selftest, "LAZY_LIBRARIES", ("json", "hyrdesk_no_such_library"))
    assert selftest.run_selftest(str(tmp_path / "data")) == 1
    out = capsys.readouterr().out
    assert "FEL  bibliotek: ModuleNotFoundError" in out
    assert "Självtestet misslyckades (1 fel)." in out


@pytest.mark.gui
def test_an_error_while_a_page_is_first_shown_fails_the_selftest(monkeypatch, tmp_path, capsys, qapp):
    # Pages import their heavy parts in showEvent; an error there reaches
    # sys.excepthook, not the caller. The self-test must still see it.
    from PySide6.QtCore import QTimer

    from hyrdesk.ui.shell.main_window import MainWindow

    original = MainWindow.show_page

    def show_page(self, key):
        original(self, key)
        if key == self.pages[-1].key:
            QTimer.singleShot(0, lambda: 1 / 0)

    monkeypatch.setattr(MainWindow, "show_page", show_page)
    assert selftest.run_selftest(str(tmp_path / "data")) == 1
    assert "FEL  fönster: RuntimeError: ZeroDivisionError" in capsys.readouterr().out
