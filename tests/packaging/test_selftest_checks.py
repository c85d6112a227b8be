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


# --- PySide6's signal reference bug (6.12.0) ---------------------------------------------
class FakeLeak:
    """A call that takes one reference per call from a counter that stands in for True's."""

    def __init__(self, references=800):
        self.references = references
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.references -= 1
        return True

    def count(self):
        return self.references


def test_the_probe_tells_a_leaking_call_from_a_sound_one():
    leak = FakeLeak()
    assert selftest.loses_true_references(leak, count=leak.count)
    # Caught in the first chunk: a real leak must stop long before True runs out.
    assert leak.calls == selftest.SIGNAL_CHUNK
    sound = FakeLeak()
    assert not selftest.loses_true_references(lambda: True, count=sound.count)
    assert not selftest.loses_true_references(lambda: True)


def test_a_leak_late_or_smaller_than_half_a_chunk_is_told_apart():
    leak = FakeLeak()
    calls = []

    def late_leak():  # sound for the first 1000 calls, then leaking
        calls.append(1)
        if len(calls) > 1000:
            leak()

    assert selftest.loses_true_references(late_leak, count=leak.count)
    every_third = FakeLeak()  # noise: fewer than half a chunk lost per chunk
    calls.clear()

    def sometimes():
        calls.append(1)
        if len(calls) % 3 == 0:
            every_third()

    assert not selftest.loses_true_references(sometimes, count=every_third.count)


def test_the_installed_pyside6_keeps_the_references(qapp):
    import PySide6

    assert selftest._signals().startswith(f"PySide6 {PySide6.__version__}")


def test_a_leaking_pyside6_fails_the_selftest_with_one_clear_line(monkeypatch, tmp_path, capsys):
    import PySide6

    # Every read of the counter finds one chunk fewer references: a leak of one per call.
    readings = iter(range(10**6, 0, -selftest.SIGNAL_CHUNK))
    monkeypatch.setattr(selftest, "true_references", lambda: next(readings))
    assert selftest.run_selftest(str(tmp_path / "data")) == 1
    out = capsys.readouterr().out
    failures = [line for line in out.splitlines() if "FEL" in line]
    assert len(failures) == 1
    assert f"FEL  signaler: RuntimeError: PySide6 {PySide6.__version__} tappar en referens" in failures[0]
    assert "installera en PySide6-version utan felet" in failures[0]
    assert "Självtestet misslyckades (1 fel)." in out
