"""The main window: navigation on the left, pages on the right, one unit at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hyrdesk import __version__
from hyrdesk.domain.units import Unit
from hyrdesk.resources import resource_path
from hyrdesk.services.container import Services
from hyrdesk.services.settings import WINDOW_GEOMETRY
from hyrdesk.ui.handbook.window import HandbookDialog
from hyrdesk.ui.settings.dialog import SettingsDialog
from hyrdesk.ui.settings.unit_dialog import UnitDialog
from hyrdesk.ui.shell.launch import start_demo
from hyrdesk.ui.shell.notices import notice_banner
from hyrdesk.ui.shell.page import Page
from hyrdesk.ui.shell.pages import PageEntry, page_entries
from hyrdesk.ui.shell.welcome import WelcomeView
from hyrdesk.ui.widgets.keyboard import tab_leaves_tables


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    """``ready`` is emitted once every page has been built (see ``build_pending``)."""

    ready = Signal()

    def __init__(self, services: Services, runner, *, demo: bool = False):
        super().__init__()
        self.services = services
        self.runner = runner
        self.demo = demo
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("hyrdesk" + (self.tr(" – demo") if demo else ""))
        self.setWindowIcon(icon("hyrdesk"))
        self.setMinimumSize(760, 520)

        self.entries: list[PageEntry] = page_entries(services, self.undo_stack, runner)
        self._built: dict[int, Page] = {}
        self.handbook: HandbookDialog | None = None  # Hjälp → Handbok, made when first asked for
        self.root = QStackedWidget()
        self.welcome = WelcomeView(services.units)
        self.welcome.unit_created.connect(self._first_unit_created)
        self.welcome.demo_requested.connect(self.open_demo)
        self.root.addWidget(self.welcome)
        self.root.addWidget(self._build_workspace(demo))
        self.setCentralWidget(self.root)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.unit_status = QLabel()
        self.statusBar().addWidget(self.unit_status)
        self.data_status = QLabel(str(services.paths.data_dir))
        self.data_status.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(self.data_status)

        self._restore_geometry()
        self.reload_units()

    # --- pages, built when first needed -------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """Every page, built now if it was not yet."""
        return [self.page_at(i) for i in range(len(self.entries))]

    def page_at(self, index: int) -> Page:
        page = self._built.get(index)
        if page is not None:
            return page
        page = self.entries[index].build()
        self._built[index] = page
        placeholder = self.stack.widget(index)
        assert placeholder is not None  # every page has one until it is built
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        tab_leaves_tables(page)
        if hasattr(page, "open_page"):
            page.open_page.connect(self.show_page)
        for tabs in page.findChildren(QTabWidget):
            tabs.currentChanged.connect(lambda _i, t=tabs, p=page: self._tab_opened(p, t))
        if hasattr(page, "status_widget"):  # e.g. "2 exporter väntar på leverans"
            # Left of the data folder: index 1 counts the one normal widget, unit_status.
            self.statusBar().insertPermanentWidget(1, page.status_widget)
        if self.root.currentIndex() == 1:  # there is a unit
            page.set_unit(self.services.units.current())
        return page

    def built_pages(self) -> list[Page]:
        return [self._built[i] for i in sorted(self._built)]

    def build_pending(self) -> None:
        """Build the pages not yet shown, one per turn of the event loop, then emit ``ready``.

        Start-up shows the window with only the start page; the rest follow while
        the user reads it, each in well under 0.1 s, so a click never waits.
        """
        missing = next((i for i in range(len(self.entries)) if i not in self._built), None)
        if missing is None:
            self.ready.emit()
            return
        self.page_at(missing)
        QTimer.singleShot(0, self, self.build_pending)

    # --- construction --------------------------------------------------------
    def _build_workspace(self, demo: bool) -> QWidget:
        workspace = QWidget()
        lay = QVBoxLayout(workspace)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        if demo:
            banner = QLabel(
                self.tr(
                    "Demoläge: påhittade data i en tillfällig databas. Det du gör här sparas inte i dina egna data."
                )
            )
            banner.setProperty("role", "demo-banner")
            lay.addWidget(banner)
        for notice in getattr(self.services, "notices", ()):
            lay.addWidget(notice_banner(notice))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigering"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(230)
        self.stack = QStackedWidget()
        for entry in self.entries:
            self.nav.addItem(QListWidgetItem(icon(entry.key), entry.title))
            self.stack.addWidget(QWidget())  # the page's place until it is built
        self.nav.currentRowChanged.connect(self._show_index)
        # A click or Enter in the side bar goes on into the page (arrow keys stay in the bar).
        self.nav.itemClicked.connect(lambda _item: self.current_page().focus_first_field())
        self.nav.itemActivated.connect(lambda _item: self.current_page().focus_first_field())
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter, 1)
        self.nav.setCurrentRow(0)
        return workspace

    def _show_index(self, index: int) -> None:
        if index >= 0:
            tab_leaves_tables(self.page_at(index))  # again: some pages build their tables when first shown
            self.stack.setCurrentIndex(index)

    def _action(self, text: str, slot: Callable[..., object]) -> QAction:
        """An action of this window that calls ``slot`` when triggered."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_new_unit = self._action(self.tr("&Ny enhet…"), self.new_unit)
        self.act_new_unit.setShortcut(QKeySequence.StandardKey.New)
        self.act_edit_unit = self._action(self.tr("Ä&ndra enhet…"), self.edit_unit)
        self.act_settings = self._action(self.tr("&Inställningar…"), self.open_settings)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_backups = self._action(self.tr("&Säkerhetskopior…"), self.open_backups)
        self.act_quit = self._action(self.tr("&Avsluta"), self.close)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Å&ngra"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Gör om"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_handbook = self._action(self.tr("&Handbok"), self.open_handbook)
        self.act_handbook.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1: the current page's section
        self.act_about = self._action(self.tr("&Om hyrdesk"), self.show_about)
        self.act_data_dir = self._action(self.tr("Öppna &datamappen"), self.open_data_dir)
        self.act_log = self._action(self.tr("Visa &loggfilen"), self.open_log)
        self.act_demo = self._action(self.tr("Öppna &demodata"), self.open_demo)
        self.page_actions = []
        for i, entry in enumerate(self.entries):
            act = self._action(entry.title, lambda _=False, k=entry.key: self.show_page(k))
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            self.page_actions.append(act)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Arkiv"))
        m.addActions([self.act_new_unit, self.act_edit_unit])
        m.addSeparator()
        m.addAction(self.act_settings)
        m.addAction(self.act_backups)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Redigera"))
        m.addActions([self.act_undo, self.act_redo])
        m = bar.addMenu(self.tr("&Visa"))
        m.addActions(self.page_actions)
        m = bar.addMenu(self.tr("&Hjälp"))
        m.addAction(self.act_handbook)
        m.addSeparator()
        m.addActions([self.act_demo, self.act_data_dir, self.act_log])
        m.addSeparator()
        m.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Enhet"))
        tb.setObjectName("unit-toolbar")
        tb.setMovable(False)
        label = QLabel(self.tr("  &Enhet: "))
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(280)
        self.unit_combo.setAccessibleName(self.tr("Enhet"))
        label.setBuddy(self.unit_combo)
        self.unit_combo.activated.connect(self._unit_chosen)
        tb.addWidget(label)
        tb.addWidget(self.unit_combo)
        tb.addSeparator()
        tb.addAction(self.act_new_unit)
        tb.addAction(self.act_edit_unit)
        self.unit_toolbar = tb
        self.addToolBar(tb)

    # --- units ---------------------------------------------------------------
    def reload_units(self) -> None:
        units = self.services.units.list()
        current = self.services.units.current()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in units:
            self.unit_combo.addItem(u.display, u.id)
        if current is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(current.id))
        self.unit_combo.blockSignals(False)
        has_units = bool(units)
        self.root.setCurrentIndex(1 if has_units else 0)
        self.unit_toolbar.setVisible(has_units)
        self.act_edit_unit.setEnabled(has_units)
        for act in self.page_actions:
            act.setEnabled(has_units)
        if has_units:
            self._set_unit(current)
        else:
            self.unit_status.setText(self.tr("Ingen enhet ännu"))
            self.welcome.setFocus()

    def _set_unit(self, unit: Unit | None) -> None:
        self.undo_stack.clear()  # undo history belongs to the unit it was made in
        self.unit_status.setText(unit.display if unit else "")
        for page in self.built_pages():  # the others get the unit when they are built
            page.set_unit(unit)

    def _unit_chosen(self, index: int) -> None:
        unit = self.services.units.get(self.unit_combo.itemData(index))
        if unit is not None:
            self.services.units.set_current(unit)
            self._set_unit(unit)

    def _first_unit_created(self, unit: Unit) -> None:
        self.services.units.set_current(unit)
        self.reload_units()
        self.show_page("overview")

    def new_unit(self) -> None:
        dialog = UnitDialog(self.services.units, None, self)
        if dialog.exec() and dialog.result_unit is not None:
            self.services.units.set_current(dialog.result_unit)
            self.reload_units()

    def edit_unit(self) -> None:
        unit = self.services.units.current()
        if unit is None:
            return
        dialog = UnitDialog(self.services.units, unit, self)
        if dialog.exec():
            self.reload_units()

    # --- navigation and help -----------------------------------------------------
    def show_page(self, key: str) -> None:
        for i, entry in enumerate(self.entries):
            if entry.key == key:
                self.nav.setCurrentRow(i)
                self.page_at(i).focus_first_field()
                return

    def _tab_opened(self, page: Page, tabs: QTabWidget) -> None:
        """A tab opened by click, access key or code: its first field gets the keyboard.

        Not while the tab bar itself has focus: its arrow keys go on from tab to tab.
        """
        if tabs.isVisible() and not tabs.tabBar().hasFocus():
            page.focus_first_field()

    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.services.settings, self)
        if dialog.exec():
            for page in self.built_pages():
                page.refresh()
            if dialog.language_changed:
                QMessageBox.information(self, self.tr("Språk"), self.tr("Starta om hyrdesk för att byta språk."))

    def open_backups(self) -> None:
        from hyrdesk.ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.services, self.runner, self)
        dialog.restored.connect(lambda _result: self.reload_after_restore())
        dialog.exec()

    def reload_after_restore(self) -> None:
        """The database file was replaced under us: show what it holds now."""
        self.undo_stack.clear()  # the undo history belongs to data that is gone
        self.reload_units()
        for page in self.built_pages():
            page.refresh()

    def open_handbook(self) -> None:
        """The handbook at the section for the page on screen (the welcome view: getting started)."""
        section = self.current_page().key if self.root.currentIndex() == 1 else "start"
        if self.handbook is None:
            self.handbook = HandbookDialog(section, self)
        else:
            self.handbook.show_section(section)
        handbook = self.handbook
        handbook.show()
        handbook.raise_()
        handbook.activateWindow()

    def open_demo(self) -> None:
        if not start_demo():
            QMessageBox.warning(self, self.tr("Demodata"), self.tr("Demodata kunde inte startas."))

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.data_dir)))

    def open_log(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.log_file)))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om hyrdesk"),
            self.tr(
                "<h3>hyrdesk {0}</h3><p>Ett verktyg för dig som är chef i vården och arbetar för att bli oberoende av inhyrd personal: bemanningsluckor, hyrkostnader, administrativ översyn och underlag för dialog i linjen.</p><p>Dina data finns i:<br><code>{1}</code></p>"
            ).format(__version__, self.services.paths.data_dir),
        )

    # --- geometry ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.services.settings.get(WINDOW_GEOMETRY)
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        self.resize(1180, 760)

    def closeEvent(self, event) -> None:
        if not self.demo and not getattr(self.services, "read_only", False):  # a read-only database keeps the old size
            self.services.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        # The window is going away: the undo stack is cleared as it is destroyed, and
        # pages must not refresh from that (their actions and database are going too).
        self.undo_stack.blockSignals(True)
        super().closeEvent(event)
