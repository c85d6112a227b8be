"""Administrativ översyn: run the region's template, route each decision, fill it in Excel too."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.review import Review, ReviewTask
from hyrdesk.domain.review_template import Template
from hyrdesk.errors import UserError
from hyrdesk.services.container import Services
from hyrdesk.ui.reviews.commands import (
    AddTasksCommand,
    DeleteTasksCommand,
    EditTaskCommand,
    ReviewStateCommand,
    snapshot,
)
from hyrdesk.ui.reviews.excel_dialogs import ImportPreviewDialog, WorkbookErrorsDialog
from hyrdesk.ui.reviews.guided import GuidedFlow
from hyrdesk.ui.reviews.history_tab import HistoryTab
from hyrdesk.ui.reviews.start_dialog import StartReviewDialog
from hyrdesk.ui.reviews.summary_tab import ReviewSummaryTab
from hyrdesk.ui.reviews.table_tab import TaskTableTab
from hyrdesk.ui.reviews.task_dialog import TaskDialog
from hyrdesk.ui.reviews.task_model import TaskTableModel
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.choice_labels import review_label


class ReviewPage(Page):
    key = "review"

    def __init__(self, services: Services, undo_stack, runner):
        super().__init__(
            page_title(self.key),
            self.tr(
                "Gå igenom enhetens administrativa uppgifter med regionens mall: förenkla, omfördela eller ta bort."
            ),
        )
        self.services, self.undo_stack, self.runner = services, undo_stack, runner
        self.reviews = services.reviews
        self.review: Review | None = None
        self._build_header()
        self.model = TaskTableModel(services.reviews, undo_stack, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.tabs = QTabWidget()
        self.guided = GuidedFlow(self.model, self)
        self.table = TaskTableTab(self.model, self)
        self.summary = ReviewSummaryTab()
        self.history = HistoryTab()
        self.tabs.addTab(self.guided, self.tr("Steg &för steg"))
        self.tabs.addTab(self.table, self.tr("&Uppgifter"))
        self.tabs.addTab(self.summary, self.tr("Sa&mmanställning"))
        self.tabs.addTab(self.history, self.tr("Hist&orik"))
        self.stack.addWidget(self.tabs)
        self.layout_.addWidget(self.stack, 1)
        self.guided.show_summary.connect(lambda: self.tabs.setCurrentWidget(self.summary))
        self.history.open_review.connect(self._open_review)
        self.history.start_from.connect(lambda r: self.start_review(r))
        undo_stack.indexChanged.connect(lambda _i: self.refresh() if self.unit is not None else None)

    # --- construction ------------------------------------------------------------------
    def _build_header(self) -> None:
        label = QLabel(self.tr("&Översyn:"))
        self.review_combo = QComboBox()
        self.review_combo.setMinimumWidth(220)
        self.review_combo.setAccessibleName(self.tr("Översyn"))
        label.setBuddy(self.review_combo)
        self.review_combo.activated.connect(self._review_chosen)
        self.new_button = QPushButton(self.tr("N&y översyn…"))
        self.new_button.clicked.connect(lambda: self.start_review())
        self.excel_button = QToolButton()
        self.excel_button.setText(self.tr("E&xcel"))
        self.excel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.excel_button)
        self.act_export = menu.addAction(self.tr("Exportera översynen till Excel…"), self.export_review)
        menu.addAction(self.tr("Exportera en tom mall till Excel…"), self.export_template)
        menu.addSeparator()
        menu.addAction(self.tr("Läs in ifylld arbetsbok…"), self.import_workbook)
        self.excel_button.setMenu(menu)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.toggle_finished)
        for w in (label, self.review_combo, self.new_button, self.excel_button, self.finish_button):
            self.header_actions.addWidget(w)

    def _build_empty(self) -> QWidget:
        host = QWidget()
        outer = QVBoxLayout(host)
        card = QFrame()
        card.setProperty("role", "card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Ingen översyn ännu"))
        heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        text = QLabel(
            self.tr(
                "Budgeten minskar den administrativa personalen. Gå därför igenom alla enhetens administrativa uppgifter med regionens mall och hitta dem som kan förenklas, omfördelas eller tas bort. En uppgift som inte påverkar någon annan enhet får du besluta om själv; påverkar den andra enheter tas den i dialog i linjen."
            )
        )
        text.setWordWrap(True)
        self.empty_start = QPushButton(self.tr("&Starta översynen…"))
        self.empty_start.setProperty("role", "primary")
        self.empty_start.clicked.connect(lambda: self.start_review())
        export = QPushButton(self.tr("Exportera tom &mall till Excel…"))
        export.clicked.connect(self.export_template)
        read = QPushButton(self.tr("&Läs in ifylld arbetsbok…"))
        read.clicked.connect(self.import_workbook)
        for w in (heading, text):
            lay.addWidget(w)
        for b in (self.empty_start, export, read):
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        outer.addStretch(1)
        return host

    # --- showing ------------------------------------------------------------------------
    def set_unit(self, unit) -> None:
        if unit != self.unit:
            self.review = None
        super().set_unit(unit)

    def refresh(self) -> None:
        reviews = self.reviews.reviews(self.unit) if self.unit is not None else []
        wanted = self.review.id if self.review else None
        review = next((r for r in reviews if r.id == wanted), reviews[0] if reviews else None)
        self.review_combo.blockSignals(True)
        self.review_combo.clear()
        for r in reviews:
            self.review_combo.addItem(review_label(r), r.id)
        if review is not None:
            self.review_combo.setCurrentIndex(self.review_combo.findData(review.id))
        self.review_combo.blockSignals(False)
        same = (
            review is not None
            and self.review is not None
            and review.id == self.review.id
            and self.model.review is not None
        )
        self.review = review
        if same:
            self.model.review = review
            self.model.reload()
        else:
            self.model.set_review(review)
        has = review is not None
        self.stack.setCurrentIndex(1 if has else 0)
        for w in (self.review_combo, self.finish_button):
            w.setVisible(has)
        self.act_export.setEnabled(has)
        if review is not None:
            self.finish_button.setText(self.tr("Av&sluta översynen") if review.ongoing else self.tr("Åter&öppna"))
            self.summary.show_summary(self.reviews.summary(review), self.model.template)
        else:
            self.summary.show_summary(None, None)
        self.history.show_reviews(self.reviews, reviews)

    def _review_chosen(self, index: int) -> None:
        self.review = self.reviews.review(self.review_combo.itemData(index))
        self.model.review = None  # a different review: reset the table
        self.refresh()

    def _open_review(self, review: Review) -> None:
        self.review = review
        self.model.review = None
        self.refresh()
        self.tabs.setCurrentWidget(self.table)

    # --- whole reviews -------------------------------------------------------------------
    def start_review(self, based_on: Review | None = None) -> None:
        if self.unit is None:
            return
        previous = based_on or self.reviews.latest(self.unit)
        default = self.reviews.free_title(self.unit, self.tr("Översyn {0}").format(_dt.date.today().year))
        dialog = StartReviewDialog(self.reviews, previous, default, self)
        if not dialog.exec():
            return
        try:
            review = self.reviews.start(
                self.unit, dialog.chosen_template, title=dialog.title.text() or default, based_on=dialog.based_on
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Ny översyn"), exc.message)
            return
        self.review = review
        self.model.review = None
        self.undo_stack.push(
            ReviewStateCommand(self.reviews, None, snapshot(self.reviews, review), self.tr("Starta översyn"))
        )
        self.tabs.setCurrentWidget(self.guided)

    def toggle_finished(self) -> None:
        if self.review is None:
            return
        before = snapshot(self.reviews, self.review)
        if self.review.ongoing:
            review, text = self.reviews.finish(self.review), self.tr("Avsluta översyn")
        else:
            review, text = self.reviews.reopen(self.review), self.tr("Återöppna översyn")
        self.undo_stack.push(ReviewStateCommand(self.reviews, before, snapshot(self.reviews, review), text))

    # --- tasks (called by the guided flow and the table) --------------------------------------
    def _roles(self) -> list[str]:
        return sorted({t.role for t in self.model.tasks})

    def _open(self) -> tuple[Review, Template]:
        """The open review and its template: the task actions are offered only while one is open."""
        review, template = self.review, self.model.template
        assert review is not None and template is not None
        return review, template

    def add_suggestions(self, area_key: str, suggestions) -> None:
        review, _ = self._open()
        tasks = [self.reviews.from_suggestion(area_key, s) for s in suggestions]
        text = self.tr("Lägg till förslag") if len(tasks) == 1 else self.tr("Lägg till {0} förslag").format(len(tasks))
        self.undo_stack.push(AddTasksCommand(self.reviews, review, tasks, text))

    def new_task(self, area_key: str | None = None) -> None:
        if self.review is None:
            return
        review, template = self._open()
        dialog = TaskDialog(template, None, area_key, self._roles(), self)
        if dialog.exec() and dialog.result_task is not None:
            self.undo_stack.push(AddTasksCommand(self.reviews, review, [dialog.result_task], self.tr("Ny uppgift")))

    def edit_task(self, task: ReviewTask) -> None:
        review, template = self._open()
        dialog = TaskDialog(template, task, None, self._roles(), self)
        if dialog.exec() and dialog.result_task is not None and dialog.result_task != task:
            self.undo_stack.push(
                EditTaskCommand(self.reviews, review, task, dialog.result_task, self.tr("Ändra uppgift"))
            )

    def delete_tasks(self, tasks: list[ReviewTask]) -> None:
        review, _ = self._open()
        self.undo_stack.push(DeleteTasksCommand(self.reviews, review, tasks))

    # --- Excel ------------------------------------------------------------------------------
    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export_review(self) -> None:
        if self.review is None or self.unit is None:  # the action is enabled only with a review open
            return
        name = f"Översyn {self.unit.code} {_dt.date.today().isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera översynen"),
            str(Path(self._documents()) / name),
            self.tr("Excel-arbetsbok (*.xlsx)"),
        )
        if path:
            from hyrdesk.services.reviews.workbook import write_workbook

            (review, template), unit = self._open(), self.unit
            tasks = self.reviews.tasks(review)
            self.runner.run(
                self,
                self.tr("Exporterar översynen…"),
                lambda progress: write_workbook(path, template, unit=unit, review=review, tasks=tasks),
                self._exported,
                self._failed,
            )

    def export_template(self) -> None:
        listing = self.reviews.templates.available()
        templates: list[Template] = [t for t, _ in listing.templates]
        template = templates[0]
        if len(templates) > 1:
            names = [t.display for t in templates]
            chosen, ok = QInputDialog.getItem(self, self.tr("Exportera tom mall"), self.tr("Mall:"), names, 0, False)
            if not ok:
                return
            template = templates[names.index(chosen)]
        name = f"Översynsmall {template.id} {template.version}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera tom mall"),
            str(Path(self._documents()) / name),
            self.tr("Excel-arbetsbok (*.xlsx)"),
        )
        if path:
            from hyrdesk.services.reviews.workbook import write_workbook

            self.runner.run(
                self,
                self.tr("Exporterar mallen…"),
                lambda progress: write_workbook(path, template),
                self._exported,
                self._failed,
            )

    def _exported(self, path: Path) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Exporterad"))
        box.setText(self.tr("Arbetsboken är sparad som\n{0}").format(path))
        open_file = box.addButton(self.tr("&Öppna filen"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Öppna &mappen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def import_workbook(self) -> None:
        if self.unit is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Läs in ifylld arbetsbok"), self._documents(), self.tr("Excel-arbetsbok (*.xlsx)")
        )
        if path:
            self.read_workbook(Path(path))

    def read_workbook(self, path: Path) -> None:
        """Preview the file off the GUI thread, then ask before anything is saved."""
        unit, reviews = self.unit, self.reviews
        assert unit is not None  # a workbook is read into the unit shown
        self.runner.run(
            self,
            self.tr("Läser arbetsboken…"),
            lambda progress: reviews.preview_import_in_worker(path, unit, progress),
            self._previewed,
            self._failed,
        )

    def _previewed(self, plan) -> None:
        dialog = ImportPreviewDialog(plan, self)
        if not dialog.exec():
            return
        before = snapshot(self.reviews, plan.review) if plan.review else None
        try:
            review, message = self.reviews.apply_import(plan)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Läs in arbetsbok"), exc.message)
            return
        self.review = review
        self.model.review = None
        self.undo_stack.push(
            ReviewStateCommand(self.reviews, before, snapshot(self.reviews, review), self.tr("Läs in arbetsbok"))
        )
        QMessageBox.information(self, self.tr("Läs in arbetsbok"), message)

    def _failed(self, exc: BaseException) -> None:
        from hyrdesk.services.reviews.importing import WorkbookErrors

        if isinstance(exc, WorkbookErrors):
            WorkbookErrorsDialog(exc.name, exc.errors, self).exec()
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Administrativ översyn"), exc.message)
        else:
            raise exc
