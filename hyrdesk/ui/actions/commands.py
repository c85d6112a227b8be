"""Every change of the action plan is an undoable command, one transaction each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hyrdesk.domain.actions import Action
from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit


class AddActionCommand(QUndoCommand):
    def __init__(self, actions, action: Action):
        super().__init__(QCoreApplication.translate("ActionCommands", "Ny åtgärd"))
        self.actions, self.action = actions, action
        self.saved: Action | None = None

    def redo(self) -> None:
        # Again after an undo: the same row with the same id.
        self.saved = self.actions.insert(self.saved or self.action)

    def undo(self) -> None:
        if self.saved is not None:
            self.actions.delete([self.saved.id])


class EditActionCommand(QUndoCommand):
    def __init__(self, actions, before: Action, after: Action, text: str | None = None):
        super().__init__(text or QCoreApplication.translate("ActionCommands", "Ändra åtgärd"))
        self.actions, self.before, self.after = actions, before, after

    def redo(self) -> None:
        self.actions.update(self.after)

    def undo(self) -> None:
        self.actions.update(self.before)


class DeleteActionsCommand(QUndoCommand):
    def __init__(self, actions, items: list[Action]):
        text = (
            QCoreApplication.translate("ActionCommands", "Ta bort åtgärd")
            if len(items) == 1
            else QCoreApplication.translate("ActionCommands", "Ta bort {0} åtgärder").format(len(items))
        )
        super().__init__(text)
        self.actions, self.items = actions, items

    def redo(self) -> None:
        self.actions.delete([a.id for a in self.items])

    def undo(self) -> None:
        self.actions.restore(self.items)


class PlanTextCommand(QUndoCommand):
    def __init__(self, actions, unit: Unit, period: Period, before: str, after: str):
        super().__init__(QCoreApplication.translate("ActionCommands", "Ändra plan framåt"))
        self.actions, self.unit, self.period, self.before, self.after = actions, unit, period, before, after

    def redo(self) -> None:
        self.actions.set_plan_text(self.unit, self.period, self.after)

    def undo(self) -> None:
        self.actions.set_plan_text(self.unit, self.period, self.before)


class ImportActionsCommand(QUndoCommand):
    """An import, already saved by the caller: undo and redo put the rows back by id."""

    def __init__(self, actions, pairs: list[tuple[Action | None, Action]]):
        super().__init__(QCoreApplication.translate("ActionCommands", "Läs in åtgärdsplan"))
        self.actions, self.pairs = actions, pairs
        self._done = True  # the first redo (from push) does nothing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.actions.put_back(self.pairs, undo=False)

    def undo(self) -> None:
        self.actions.put_back(self.pairs, undo=True)
