"""Åtgärder: the unit's action plan, followed up by status and by measured effect."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.actions import ActionStatus
from hyrdesk.errors import UserError
from hyrdesk.services.actions.service import checked_plan_text, last_closed_month
from hyrdesk.services.container import Services
from hyrdesk.ui.actions.chart import BeforeAfterDelegate, EffectChart
from hyrdesk.ui.actions.commands import (
    AddActionCommand,
    DeleteActionsCommand,
    EditActionCommand,
    ImportActionsCommand,
    PlanTextCommand,
)
from hyrdesk.ui.actions.dialog import ActionDialog
from hyrdesk.ui.actions.model import COLUMNS, HIDDEN_COLUMNS, ROW_ROLE, SORT_ROLE, ActionTableModel
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.style import BAD, GOOD, WARN
from hyrdesk.ui.shell.titles import page_title
from hyrdesk.ui.widgets.months import month_name


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        self.title = QLabel(title)
        self.title.setProperty("role", "card-title")
        self.value = QLabel("–")
        self.value.setProperty("role", "card-value")
        self.detail = QLabel("")
        self.detail.setProperty("role", "card-detail")
        self.detail.setWordWrap(True)
        for w in (self.title, self.value, self.detail):
            lay.addWidget(w)

    def set(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.title.text()}: {value} {detail}".strip())


class _TextDialog(QDialog):
    def __init__(self, title: str, lead: str, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        label = QLabel(lead)
        label.setWordWrap(True)
        lay.addWidget(label)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(title)
        lay.addWidget(text, 1)
        self.buttons = QDialogButtonBox()
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


class ActionsPage(Page):
    key = "actions"

    def __init__(
        self, services: Services, undo_stack: QUndoStack, runner: object = None, today: _dt.date | None = None
    ):
        super().__init__(
            page_title(self.key),
            self.tr("Enhetens åtgärder för att minska behovet av hyrpersonal, med status och uppmätt effekt."),
        )
        self.services, self.undo_stack = services, undo_stack
        self.plan_service = services.actions
        self._today = today
        self.effects: dict = {}
        new = QPushButton(self.tr("&Ny åtgärd…"))
        new.setProperty("role", "primary")
        new.clicked.connect(self.new_action)
        export = QPushButton(self.tr("E&xportera till Excel…"))
        export.clicked.connect(self.export_workbook)
        import_ = QPushButton(self.tr("&Importera…"))
        import_.clicked.connect(self.import_workbook)
        for b in (new, export, import_):
            self.header_actions.addWidget(b)

        cards = QGridLayout()
        cards.setSpacing(10)
        self.done_card = _Card(self.tr("Genomförda"))
        self.overdue_card = _Card(self.tr("Försenade"))
        self.dialogue_card = _Card(self.tr("Dialog i linjen"))
        self.effect_card = _Card(self.tr("Effekt uppnådd"))
        self.unmeasured_card = _Card(self.tr("Utan uppmätt effekt"))
        for i, card in enumerate(
            (self.done_card, self.overdue_card, self.dialogue_card, self.effect_card, self.unmeasured_card)
        ):
            cards.addWidget(card, 0, i)
        self.layout_.addLayout(cards)
        self.areas_label = QLabel()
        self.areas_label.setProperty("role", "muted")
        self.areas_label.setWordWrap(True)
        self.layout_.addWidget(self.areas_label)

        self.model = ActionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Åtgärder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setItemDelegateForColumn(COLUMNS.index("chart"), BeforeAfterDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.sortByColumn(COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
        for key in HIDDEN_COLUMNS:  # in the title's tooltip and the cards; the table must fit a screen
            self.table.hideColumn(COLUMNS.index(key))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.layout_.addWidget(self.table, 3)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Ändra åtgärd…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = QPushButton(self.tr("Markera som &genomförd"))
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button = QPushButton(self.tr("Ta &bort"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        legend = QLabel(
            self.tr(
                "Före → efter: grå stapel = baslinje, färgad = utfall (grön när effekten är uppnådd), streck = mål."
            )
        )
        legend.setProperty("role", "muted")
        buttons.addWidget(legend)
        self.layout_.addLayout(buttons)

        bottom = QHBoxLayout()
        chart_box = QVBoxLayout()
        self.chart_title = QLabel()
        self.chart_title.setStyleSheet("font-weight: 600;")
        chart_box.addWidget(self.chart_title)
        self.chart = EffectChart()
        self.chart.setMaximumHeight(210)
        chart_box.addWidget(self.chart, 1)
        bottom.addLayout(chart_box, 3)
        plan_box = QVBoxLayout()
        self.plan_title = QLabel()
        self.plan_title.setStyleSheet("font-weight: 600;")
        plan_box.addWidget(self.plan_title)
        self.plan = QPlainTextEdit()
        self.plan.setMaximumHeight(180)
        self.plan.setAccessibleName(self.tr("Plan framåt"))
        self.plan.setPlaceholderText(
            self.tr("Vad som händer härnäst: vad som ska följas upp, beslutas eller tas i linjen.")
        )
        plan_box.addWidget(self.plan, 1)
        save_plan = QPushButton(self.tr("&Spara plan framåt"))
        save_plan.clicked.connect(self.save_plan)
        self.plan_error = QLabel()
        self.plan_error.setProperty("role", "field-error")
        self.plan_error.hide()
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_error, 1)
        plan_row.addWidget(save_plan)
        plan_box.addLayout(plan_row)
        bottom.addLayout(plan_box, 2)
        self.layout_.addLayout(bottom, 1)
        undo_stack.indexChanged.connect(lambda _i: self.refresh() if self.unit is not None else None)

    # --- showing ----------------------------------------------------------------------
    @property
    def today(self) -> _dt.date:
        return self._today or _dt.date.today()

    @property
    def follow_up(self):
        return last_closed_month(self.today)

    def refresh(self) -> None:
        if self.unit is None:
            self.model.set_rows([], self.plan_service.areas(), self.today)
            return
        month = self.follow_up
        actions, effects, s = self.plan_service.summary(self.unit, month, self.today)
        self.effects = effects
        areas = self.plan_service.areas()
        selected = self._selected_ids()
        self.model.set_rows([(a, effects.get(a.id or 0)) for a in actions], areas, self.today)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COLUMNS.index("title"), 205)
        self.table.setColumnWidth(COLUMNS.index("due"), 94)
        for key in ("baseline", "observed", "change", "expected"):
            self.table.setColumnWidth(COLUMNS.index(key), 74)
        for key, width in (("owner_role", 112), ("indicator", 96)):
            column = COLUMNS.index(key)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        month_text = f"{month_name(month.month)} {month.year}"
        self.subtitle_label.setText(
            self.tr("{0} · effekten mätt till och med {1}").format(self.unit.display, month_text)
        )
        self.done_card.set(
            self.tr("{0} av {1}").format(s.done, s.total),
            self.tr("{0} pågår, {1} ej påbörjade").format(
                s.by_status[ActionStatus.ONGOING], s.by_status[ActionStatus.NOT_STARTED]
            ),
            GOOD if s.total and s.done == s.total else None,
        )
        self.overdue_card.set(str(s.overdue), self.tr("klart senast har passerat"), BAD if s.overdue else GOOD)
        self.dialogue_card.set(str(s.line_dialogue), self.tr("beslut över enhetens nivå"))
        self.effect_card.set(
            str(s.effect_reached), self.tr("förändringen minst den förväntade"), GOOD if s.effect_reached else None
        )
        self.unmeasured_card.set(
            str(s.without_effect),
            self.tr("ingen indikator eller inget utfall ännu"),
            WARN if s.without_effect else None,
        )
        self.areas_label.setText(
            self.tr("Per område: ")
            + " · ".join(self.tr("{0} {1} av {2}").format(areas.name(k), d, t) for k, (d, t) in s.by_area.items())
            if s.by_area
            else self.tr("Inga åtgärder ännu. Lägg till den första med Ny åtgärd…")
        )
        self.plan_title.setText(self.tr("Plan framåt, {0}").format(month_text))
        self.plan.setPlainText(self.plan_service.plan_text(self.unit, month))
        self.plan_error.hide()
        self._reselect(selected)
        self._show_selected()

    def _selected_ids(self) -> list[int]:
        return [self.proxy.index(i.row(), 0).data(ROW_ROLE)[0].id for i in self.table.selectionModel().selectedRows()]

    def _reselect(self, ids: list[int]) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE)[0].id in ids:
                self.table.selectRow(row)
                return

    def selected(self) -> list:
        return [self.proxy.index(i.row(), 0).data(ROW_ROLE)[0] for i in self.table.selectionModel().selectedRows()]

    def _show_selected(self) -> None:
        chosen = self.selected()
        action = chosen[0] if chosen else None
        effect = self.effects.get(action.id) if action else None
        self.chart.show_effect(action, effect)
        self.chart_title.setText(
            self.tr("Före → efter: {0}").format(action.title) if action else self.tr("Före → efter")
        )
        for b in (self.edit_button, self.done_button, self.delete_button):
            b.setEnabled(bool(chosen))

    # --- changing ---------------------------------------------------------------------
    def _push(self, command) -> None:
        try:
            self.undo_stack.push(command)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Åtgärder"), exc.message)
            self.refresh()

    def new_action(self) -> None:
        if self.unit is None:
            return
        dialog = ActionDialog(self.plan_service, self.services.units, self.unit, parent=self)
        if dialog.exec() and dialog.result_action is not None:
            self._push(AddActionCommand(self.plan_service, dialog.result_action))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.unit is None:
            return
        dialog = ActionDialog(self.plan_service, self.services.units, self.unit, chosen[0], parent=self)
        if dialog.exec() and dialog.result_action is not None and dialog.result_action != chosen[0]:
            self._push(EditActionCommand(self.plan_service, chosen[0], dialog.result_action))

    def mark_done(self) -> None:
        chosen = [a for a in self.selected() if a.status is not ActionStatus.DONE]
        for a in chosen:
            self._push(
                EditActionCommand(
                    self.plan_service, a, a.with_changes(status=ActionStatus.DONE), self.tr("Markera som genomförd")
                )
            )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self._push(DeleteActionsCommand(self.plan_service, chosen))

    def save_plan(self) -> None:
        if self.unit is None:
            return
        old = self.plan_service.plan_text(self.unit, self.follow_up)
        new = self.plan.toPlainText().strip()
        if new == old:
            return
        try:
            new = checked_plan_text(new)
        except UserError as exc:
            self.plan_error.setText(exc.message)
            self.plan_error.show()
            return
        self._push(PlanTextCommand(self.plan_service, self.unit, self.follow_up, old, new))

    # --- Excel ------------------------------------------------------------------------
    def export_workbook(self) -> None:
        if self.unit is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self.unit.code}_atgardsplan_{self.today.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportera åtgärdsplan"), str(Path(folder) / name), self.tr("Excel-arbetsbok (*.xlsx)")
        )
        if not path:
            return
        try:
            saved = self.plan_service.export_workbook(Path(path), self.unit, follow_up=self.follow_up, today=self.today)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Exportera åtgärdsplan"), exc.message)
            return
        QMessageBox.information(self, self.tr("Exportera åtgärdsplan"), self.tr("Sparad som {0}.").format(saved))

    def import_workbook(self, path: str | None = None) -> None:
        from hyrdesk.services.reviews.importing import WorkbookErrors

        if self.unit is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Läs in åtgärdsplan"), "", self.tr("Excel-arbetsbok (*.xlsx)")
            )
        if not path:
            return
        try:
            plan = self.plan_service.preview_import(Path(path), self.unit)
        except WorkbookErrors as exc:
            dialog = _TextDialog(
                self.tr("Arbetsboken har fel"),
                self.tr("{0} har {1} fel. Inget har sparats. Rätta felen i Excel och läs in filen igen.").format(
                    exc.name, len(exc.errors)
                ),
                [str(e) for e in exc.errors],
                self,
            )
            dialog.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            dialog.exec()
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Läs in åtgärdsplan"), exc.message)
            return
        dialog = _TextDialog(
            self.tr("Läs in åtgärdsplan"),
            self.tr("Så här ändras åtgärdsplanen om du läser in filen. Inget är sparat ännu."),
            plan.lines(),
            self,
        )
        dialog.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        ok = dialog.buttons.addButton(self.tr("&Läs in"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setEnabled(plan.has_changes)
        if not dialog.exec():
            return
        try:
            pairs = self.plan_service.apply_import(plan)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Läs in åtgärdsplan"), exc.message)
            return
        self._push(ImportActionsCommand(self.plan_service, pairs))
        self.refresh()
