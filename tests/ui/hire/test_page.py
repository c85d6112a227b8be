"""Inhyrning och avtal in a real window: the check, and bookings, invoices and deviations with undo."""

from __future__ import annotations

import datetime as dt

import pytest

from hyrdesk.domain.agreement import Tariff
from hyrdesk.domain.money import Money
from hyrdesk.domain.period import Period
from hyrdesk.ui.hire.forms import BookingDialog, DeviationDialog, InvoiceDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, unit, services):
    services.agreement.repo.replace_tariffs(
        [Tariff("Läkare", "Specialist", 1, dt.date(2025, 1, 1), Money.from_sek(1200))], "test"
    )
    services.agreement.set_zone(unit, 1)
    window.reload_units()
    window.show_page("hire")
    return window.current_page()


def test_a_booking_an_invoice_and_a_deviation_each_one_undo_step(page, window, services, unit, qtbot):
    d = BookingDialog(services, unit, window.undo_stack, page)
    qtbot.addWidget(d)
    d.ref.setText("AV-1")
    d.category.setCurrentText("Läkare")
    d.level.setText("Specialist")
    d.supplier.setText("Läkarbolaget AB")
    d.start.setText("2026-01-01")
    d.end.setText("2026-06-30")
    d.hours.setText("300")
    d.save()
    assert [b.ref for b in services.agreement.bookings(unit)] == ["AV-1"]
    assert page.bookings_model.rowCount() == 1
    booking = services.agreement.bookings(unit)[0]
    inv = InvoiceDialog(services, booking, window.undo_stack, page)
    qtbot.addWidget(inv)
    inv.month.setText("2026-03")
    inv.hours.setText("100")
    inv.amount.setText("130 000")
    inv.save()
    check = services.agreement.check(unit, Period(2026, 3))
    assert check.check.total("above_tariff") == Money.from_sek(10_000)
    dev = DeviationDialog(services, unit, window.undo_stack, page)
    qtbot.addWidget(dev)
    dev.above.setText("10000")
    dev.approver.setText("Verksamhetschef")
    dev.save()
    assert len(services.agreement.deviations(unit)) == 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert services.agreement.deviations(unit) == [] and services.agreement.invoices(unit) == []
    window.undo_stack.undo()
    assert services.agreement.bookings(unit) == []
    for _ in range(3):
        window.undo_stack.redo()
    assert len(services.agreement.invoices(unit)) == 1 and len(services.agreement.deviations(unit)) == 1


def test_a_refused_booking_saves_nothing_and_says_why(page, window, services, unit, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    d = BookingDialog(services, unit, window.undo_stack, page)
    qtbot.addWidget(d)
    d.ref.setText("AV-2")
    d.level.setText("Specialist")
    d.supplier.setText("Firma 19121212-1212")
    d.start.setText("2026-01-01")
    d.end.setText("1 jan")
    d.hours.setText("10")
    d.save()
    assert warned and "ÅÅÅÅ-MM-DD" in warned[0]
    d.end.setText("2026-02-01")
    d.save()
    assert "personnummer" in warned[1]
    assert services.agreement.bookings(unit) == [] and window.undo_stack.count() == 0
