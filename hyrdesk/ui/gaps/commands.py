"""Every change to gaps is an undoable command on the shared undo stack, one transaction each.

``changed`` is called after every redo and undo, so that the page shows the
change even when Ctrl+Z is pressed on another page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hyrdesk.domain.gaps import Gap
from hyrdesk.services.gaps.service import GapService


class _GapCommand(QUndoCommand):
    def __init__(self, gaps: GapService, changed: Callable[[], None], text: str):
        super().__init__(text)
        self.gaps, self.changed = gaps, changed


class AddGapCommand(_GapCommand):
    def __init__(self, gaps: GapService, gap: Gap, changed: Callable[[], None]):
        super().__init__(gaps, changed, QCoreApplication.translate("GapCommands", "Registrera lucka"))
        self.gap = gap
        self.saved: Gap | None = None

    def redo(self) -> None:
        if self.saved is None:
            self.saved = self.gaps.insert(self.gap)
        else:  # again after an undo: the same row, under the same id
            self.gaps.restore([self.saved])
        self.changed()

    def undo(self) -> None:
        assert self.saved is not None and self.saved.id is not None  # undo follows a redo, which saved it
        self.gaps.delete([self.saved.id])
        self.changed()


class EditGapCommand(_GapCommand):
    def __init__(self, gaps: GapService, before: Gap, after: Gap, changed: Callable[[], None]):
        super().__init__(gaps, changed, QCoreApplication.translate("GapCommands", "Ändra lucka"))
        self.before, self.after = before, after

    def redo(self) -> None:
        self.gaps.update(self.after)
        self.changed()

    def undo(self) -> None:
        self.gaps.update(self.before)
        self.changed()


class DeleteGapsCommand(_GapCommand):
    def __init__(self, gaps: GapService, ids: list[int], changed: Callable[[], None]):
        if len(ids) == 1:
            text = QCoreApplication.translate("GapCommands", "Ta bort lucka")
        else:
            text = QCoreApplication.translate("GapCommands", "Ta bort {0} luckor").format(len(ids))
        super().__init__(gaps, changed, text)
        self.ids = ids
        self.deleted: list[Gap] = []

    def redo(self) -> None:
        self.deleted = self.gaps.delete(self.ids)
        self.changed()

    def undo(self) -> None:
        self.gaps.restore(self.deleted)
        self.changed()


class ImportedGapsCommand(_GapCommand):
    """An import that has already been saved (by the import wizard): undo removes its gaps."""

    def __init__(self, gaps: GapService, ids: list[int], changed: Callable[[], None]):
        super().__init__(
            gaps, changed, QCoreApplication.translate("GapCommands", "Importera {0} luckor").format(len(ids))
        )
        self.ids = ids
        self.deleted: list[Gap] = []
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed after the import saved: nothing to do the first time
            self._done = False
            return
        self.gaps.restore(self.deleted)
        self.changed()

    def undo(self) -> None:
        self.deleted = self.gaps.delete(self.ids)
        self.changed()
