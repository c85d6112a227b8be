"""Change one gap: the quick-entry form in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hyrdesk.domain.gaps import Gap
from hyrdesk.domain.units import Unit
from hyrdesk.services.gaps.service import GapService
from hyrdesk.services.units import UnitService
from hyrdesk.ui.gaps.form import GapForm


class GapDialog(QDialog):
    def __init__(self, gaps: GapService, units: UnitService, unit: Unit, gap: Gap, parent: QWidget | None = None):
        super().__init__(parent)
        self.gaps, self.unit, self.gap = gaps, unit, gap
        self.result_gap: Gap | None = None
        self.setWindowTitle(self.tr("Ändra bemanningslucka"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        self.form = GapForm(gaps.shift_hours())
        self.form.set_categories(units.categories(), gaps.agencies(unit))
        self.form.set_gap(gap)
        self.form.submitted.connect(self.accept)
        lay.addWidget(self.form)
        if gap.fingerprint:
            note = QLabel(
                self.tr("Luckan kommer från en import. Ändringen finns kvar även om samma fil importeras igen.")
            )
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.form.focus_first()

    def accept(self) -> None:
        result = self.gaps.check(self.unit, self.form.values(), gap_id=self.gap.id)
        if not result.ok or result.gap is None:  # ok: a gap and no errors
            self.form.show_errors(result.errors)
            return
        self.result_gap = result.gap.with_changes(fingerprint=self.gap.fingerprint)
        super().accept()
