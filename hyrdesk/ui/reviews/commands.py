"""Every edit of a review is an undoable command, one transaction each (the service makes it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hyrdesk.domain.review import Review, ReviewTask
from hyrdesk.services.reviews.service import ReviewService


class AddTasksCommand(QUndoCommand):
    """Add tasks (a suggestion, all of an area's suggestions, or a task of one's own)."""

    def __init__(self, reviews: ReviewService, review: Review, tasks: list[ReviewTask], text: str):
        super().__init__(text)
        self.reviews, self.review, self.tasks = reviews, review, tasks
        self.added: list[ReviewTask] = []

    def redo(self) -> None:
        if self.added:  # again after an undo: the same rows, with the same ids
            self.reviews.add_tasks(self.review, self.added)
        else:
            self.added = self.reviews.add_tasks(self.review, self.tasks)

    def undo(self) -> None:
        self.reviews.delete_tasks(self.added)


class EditTaskCommand(QUndoCommand):
    def __init__(self, reviews: ReviewService, review: Review, before: ReviewTask, after: ReviewTask, text: str):
        super().__init__(text)
        self.reviews, self.review, self.before, self.after = reviews, review, before, after

    def redo(self) -> None:
        self.reviews.update_task(self.review, self.after)

    def undo(self) -> None:
        self.reviews.update_task(self.review, self.before)


class DeleteTasksCommand(QUndoCommand):
    def __init__(self, reviews: ReviewService, review: Review, tasks: list[ReviewTask]):
        if len(tasks) == 1:
            text = QCoreApplication.translate("ReviewCommands", "Ta bort uppgift")
        else:
            text = QCoreApplication.translate("ReviewCommands", "Ta bort {0} uppgifter").format(len(tasks))
        super().__init__(text)
        self.reviews, self.review, self.tasks = reviews, review, tasks

    def redo(self) -> None:
        self.reviews.delete_tasks(self.tasks)

    def undo(self) -> None:
        self.reviews.add_tasks(self.review, self.tasks)


class ReviewStateCommand(QUndoCommand):
    """A change of a whole review (start, import, finish, reopen), already made by the caller.

    The states before and after are recorded (the review and all its tasks)
    and undo and redo put them back, so an import is never read again and a
    new review keeps its id. ``before=None``: the review did not exist.
    A command is pushed only after its change succeeded, so a failed import
    never leaves a broken entry on the undo stack.
    """

    def __init__(
        self,
        reviews: ReviewService,
        before: tuple[Review, list[ReviewTask]] | None,
        after: tuple[Review, list[ReviewTask]],
        text: str,
    ):
        super().__init__(text)
        self.reviews, self.before, self.after = reviews, before, after
        self._done = True  # the change is already made: the first redo (from push) does nothing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.reviews.set_state(*self.after)

    def undo(self) -> None:
        if self.before is None:
            self.reviews.set_state(self.after[0], None)
        else:
            self.reviews.set_state(*self.before)


def snapshot(reviews: ReviewService, review: Review) -> tuple[Review, list[ReviewTask]]:
    return reviews.review(review.id), reviews.tasks(review)
