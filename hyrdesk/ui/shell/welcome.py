"""First run: create the first unit, or look at demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hyrdesk.domain.units import Unit
from hyrdesk.resources import resource_path
from hyrdesk.services.units import UnitService
from hyrdesk.ui.settings.unit_dialog import UnitForm


class WelcomeView(QWidget):
    unit_created = Signal(object)
    demo_requested = Signal()

    def __init__(self, units: UnitService, parent: QWidget | None = None):
        super().__init__(parent)
        self.units = units
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame()
        card.setProperty("role", "card")
        card.setFixedWidth(560)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(32, 28, 32, 28)
        lay.setSpacing(10)

        logo = QLabel()
        logo.setPixmap(QIcon(str(resource_path("icons", "hyrdesk.svg"))).pixmap(64, 64))
        lay.addWidget(logo, 0, Qt.AlignmentFlag.AlignLeft)
        title = QLabel(self.tr("Välkommen till hyrdesk"))
        title.setProperty("role", "page-title")
        lay.addWidget(title)
        intro = QLabel(
            self.tr(
                "hyrdesk hjälper dig som chef att minska beroendet av inhyrd personal: registrera bemanningsluckor, följ hyrkostnaderna mot målet 2 %, gör den administrativa översynen och ta fram underlag för dialog i linjen.\n\nBörja med att lägga upp din enhet."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addSpacing(6)
        self.form = UnitForm()
        lay.addWidget(self.form)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Titta på &demodata"))
        self.demo_button.setToolTip(
            self.tr("Öppnar en påhittad enhet i ett eget fönster. Dina egna data påverkas inte.")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.create_button = QPushButton(self.tr("&Skapa enheten"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        lay.addSpacing(6)
        lay.addLayout(buttons)
        self.form.submitted.connect(self._create)  # Enter in any field, the list of care areas too

        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.form.code)

    def _create(self) -> None:
        unit: Unit | None = self.form.save(self.units, None)
        if unit is not None:
            self.unit_created.emit(unit)
