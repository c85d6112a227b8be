"""Registrera: the quick-entry form, and the gaps registered in this session."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.gaps import Gap
from hyrdesk.services.gaps.service import GapService
from hyrdesk.ui.gaps.form import GapForm
from hyrdesk.ui.gaps.model import COLUMNS, RecentGapsModel, cell_text
from hyrdesk.ui.widgets.choice_labels import choice_label


class EntryTab(QWidget):
    """``save_requested`` carries a checked gap; the page turns it into an undoable command."""

    save_requested = Signal(object)

    def __init__(self, gaps: GapService, parent: QWidget | None = None):
        super().__init__(parent)
        self.gaps = gaps
        self.unit = None
        self.last_saved: Gap | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(16)

        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(400)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        intro = QLabel(
            self.tr("En lucka per rad: Enter sparar och tömmer formuläret för nästa, med samma val som förra gången.")
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        inner.addWidget(intro)
        self.form = GapForm(gaps.shift_hours())
        self.form.submitted.connect(self.save)
        inner.addWidget(self.form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Spara (Enter)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        clear = QPushButton(self.tr("Re&nsa"))
        clear.clicked.connect(self.clear)
        buttons.addWidget(self.save_button)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        inner.addWidget(self.status)
        inner.addStretch(1)
        lay.addWidget(card, 0)

        side = QVBoxLayout()
        title = QLabel(self.tr("Registrerade nu"))
        title.setStyleSheet("font-weight: 600; font-size: 10.5pt;")
        side.addWidget(title)
        self.recent = RecentGapsModel(gaps, self)
        self.recent_view = QTableView()
        self.recent_view.setModel(self.recent)
        self.recent_view.setAccessibleName(self.tr("Luckor registrerade nu"))
        self.recent_view.verticalHeader().hide()
        self.recent_view.setAlternatingRowColors(True)
        self.recent_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.recent_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.recent_view.setWordWrap(False)
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for key in ("agency", "cost"):
            self.recent_view.setColumnHidden(COLUMNS.index(key), True)
        # What was decided (Täckning) beside the date that identifies the row: the list is
        # narrow, and at 1024 px Täckning was out of sight.
        for position, key in enumerate(("date", "coverage", "hours", "shift", "category", "cause")):
            header.moveSection(header.visualIndex(COLUMNS.index(key)), position)
        side.addWidget(self.recent_view, 1)
        hint = QLabel(self.tr("Ångra med Ctrl+Z, gör om med Ctrl+Shift+Z. Rätta äldre luckor under Alla luckor."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        side.addWidget(hint)
        lay.addLayout(side, 1)

    def set_unit(self, unit, categories, category_names, agencies) -> None:
        if unit != self.unit:
            self.last_saved = None
            self.recent.clear()
            self.status.clear()
        self.unit = unit
        self.form.set_categories(categories, agencies)
        self.form.set_shift_hours(self.gaps.shift_hours())
        self.recent.category_names = category_names
        self.recent.reload()

    def save(self) -> None:
        if self.unit is None:
            return
        result = self.gaps.check(self.unit, self.form.values())
        if not result.ok:
            self.form.show_errors(result.errors)
            self.status.setText(self.tr("Luckan är inte sparad: rätta det som står under fälten."))
            return
        if self._same_as_last(result.gap) and not self._save_again():
            return
        self.save_requested.emit(result.gap)
        warning = result.warnings.get("note")
        self.form.reset_for_next()
        if warning:
            self.status.setText(
                self.tr("Sparad, men anteckningen kan innehålla ett namn. Ändra den under Alla luckor om den gör det.")
            )

    def _same_as_last(self, gap: Gap) -> bool:
        """The gap just saved, once more (Enter pressed twice, or Rensa + Enter before Rensa emptied the form)."""
        last = self.last_saved
        if last is None or last.id is None or dataclasses.replace(last, id=None, fingerprint=None) != gap:
            return False
        # Not if that save was undone since: then this is the gap typed again, not twice.
        return any(dataclasses.replace(g, id=None, fingerprint=None) == gap for g in self.gaps.get_many([last.id]))

    def _save_again(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Samma lucka igen?"),
            self.tr(
                "Du sparade nyss en likadan lucka (samma datum, pass, yrkeskategori, timmar, orsak och täckning). Spara den en gång till?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def saved(self, gap: Gap) -> None:
        """Called by the page once the command has saved the gap."""
        assert gap.id is not None  # saved
        self.last_saved = gap
        self.recent.add(gap.id)
        text = ", ".join(cell_text(gap, k, self.recent.category_names) for k in ("date", "shift", "category", "hours"))
        self.status.setText(
            self.tr("Sparad: {0} h, {1} – {2}.").format(text, choice_label(gap.cause), choice_label(gap.coverage))
        )

    def clear(self) -> None:
        """Rensa: an empty form, as for a new gap."""
        self.form.clear_all()
        self.status.clear()
