"""A finished ledger import as a command on the undo stack (Redigera → Ångra / Gör om, Ctrl+Z).

The import wizard has already saved the import when the command is pushed,
so the first redo does nothing. Undo is what *Importlogg… → Ångra importen*
does (the import's figures go, those it replaced come back); redo puts the
same figures back under the same log entry. When either cannot be done any
more (the import was undone in the log meanwhile, or a newer import holds
the same months), the command says why and leaves the stack: Ctrl+Z then
never pretends to have done something it did not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hyrdesk.errors import UserError
from hyrdesk.services.costs.service import CostService, LedgerLine


class ImportedLedgerCommand(QUndoCommand):
    def __init__(self, costs: CostService, unit, record, changed: Callable[[], None], report: Callable[[str], None]):
        super().__init__(QCoreApplication.translate("ImportedLedgerCommand", "Importera {0}").format(record.file_name))
        self.costs, self.unit, self.record = costs, unit, record
        self.changed, self.report = changed, report
        self.lines: list[LedgerLine] = []  # the ledger lines an undo took away, for the redo
        self._done = True  # pushed after the wizard saved the import

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(lambda: self.costs.redo_import(self.unit, self.record.id, self.lines))

    def undo(self) -> None:
        def undo() -> None:
            _text, self.lines = self.costs.undo_import_for_redo(self.unit, self.record.id)

        self._run(undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.setObsolete(True)  # QUndoStack drops it: nothing was done, nothing to do back
            self.report(exc.message)
        self.changed()
