"""The shared import wizard, plus a way to add accounts the preview found missing."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from hyrdesk.services.container import Services
from hyrdesk.ui.costs.accounts_dialog import AccountsDialog
from hyrdesk.ui.widgets.import_wizard import ImportWizard


class LedgerImportWizard(ImportWizard):
    def __init__(self, importer, services: Services, runner, undo_stack, parent=None):
        super().__init__(importer, services.settings, runner, parent)
        self.services = services
        self.undo_stack = undo_stack
        self.add_accounts_button = QPushButton(self.tr("&Lägg till saknade konton…"))
        self.add_accounts_button.clicked.connect(self.add_missing_accounts)
        self.add_accounts_button.hide()
        preview_step = self.steps.widget(1)
        layout = preview_step.layout() if preview_step is not None else None
        assert layout is not None  # the preview step is built with a layout
        layout.addWidget(self.add_accounts_button)

    def unknown_accounts(self) -> list[int]:
        return list(self.preview.context.get("unknown_accounts", {})) if self.preview else []

    def _previewed(self, preview) -> None:
        super()._previewed(preview)
        self.add_accounts_button.setVisible(bool(self.unknown_accounts()))

    def add_missing_accounts(self) -> None:
        dialog = AccountsDialog(
            self.services.costs.accounts, self.services.units, self.undo_stack, self.unknown_accounts(), parent=self
        )
        dialog.exec()
        self._run_preview()  # the table changed: check the rows again
