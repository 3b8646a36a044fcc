"""The main window: sidebar of pages, office menus and shortcuts, the open store in the status bar.
The File menu holds the exports of the page shown; Edit, Undo names what it would undo."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from jagdesk import APP_NAME, __version__, paths
from jagdesk.domain.common.marking import Marking
from jagdesk.errors import JagdeskError
from jagdesk.gui import import_actions, operations, prompts, role_menus, settings
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.common import help_dialogs
from jagdesk.gui.dialogs.offline.offline_menu import file_menu_entries, store_status, store_title
from jagdesk.gui.lazy_pages import LazyPages, NamedPage
from jagdesk.gui.lock import Locker
from jagdesk.gui.page_table import pages_for, store_roles
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.opening import Store
from jagdesk.store.preflight import read_header

if TYPE_CHECKING:
    from jagdesk.gui.pages.dashboard.dashboard_page import DashboardPage
    from jagdesk.gui.pages.hotspots.finder_page import FinderPage
    from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
    from jagdesk.gui.pages.people.people_page import PeoplePage
    from jagdesk.gui.pages.places.map_page import MapPage
    from jagdesk.gui.pages.problem_solving.cases_page import CasesPage

UNDO_TEXT = 60  # characters of what Edit, Undo names
P = TypeVar("P", bound=Page)
class MainWindow(QMainWindow):
    """JAGDesk's window on one open store."""

    # The pages other parts of the window reach by name, each built when first read.
    dashboard_page: NamedPage[DashboardPage] = NamedPage("Dashboard")
    meetings_page: NamedPage[MeetingsPage] = NamedPage("Meetings")
    hotspots_page: NamedPage[HotspotsPage] = NamedPage("Hotspots")
    cases_page: NamedPage[CasesPage] = NamedPage("Problem solving")
    people_page: NamedPage[PeoplePage] = NamedPage("People")
    map_page: NamedPage[MapPage] = NamedPage("Map")
    finder_page: NamedPage[FinderPage] = NamedPage("Hotspot finder")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(f"{APP_NAME} {__version__} — {store_title(store)}")
        self.setAcceptDrops(True)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Pages")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.roles = store_roles(store)  # the pages and actions shown follow the login's roles
        self.pages = LazyPages(store, pages_for(self.roles), self.stack, self._on_page_built)
        for title in self.pages.titles:
            self.sidebar.addItem(title)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.store_label = QLabel(store_status(store))
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addWidget(self.pages.loading)
        marking = QLabel(f"<b>{Marking.OFFICIAL_SENSITIVE}</b>")
        self.statusBar().addPermanentWidget(marking)
        self._build_menus()
        role_menus.limit_file_actions(
            self.roles, (self.file_menu, self.edit_menu), crimes=self.import_crimes_action,
            boundaries=self.import_boundaries_action, postcodes=self.import_postcodes_action,
            backup=self.backup_action, restore=self.restore_action, takeout=self.takeout_action,
            checkin=self.checkin_action)
        self._connect_signals()
        self.locker = Locker(self, store)  # idle time and Ctrl+L hide the store behind a lock screen
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_crimes_action = QAction("&Import police.uk files…", self)
        self.import_crimes_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_boundaries_action = QAction("Import &boundaries (GeoJSON)…", self)
        self.import_postcodes_action = QAction("Import p&ostcodes (ONSPD or Code-Point Open)…", self)
        file_menu.addAction(self.import_crimes_action)
        file_menu.addAction(self.import_boundaries_action)
        file_menu.addAction(self.import_postcodes_action)
        file_menu.addSeparator()
        # The exports of the page shown go here, each time the menu opens.
        self.export_actions: list[QAction] = []
        self.exports_end = file_menu.addSeparator()
        self.backup_action = QAction("Back &up the store…", self)  # Alt+B is the boundaries import's
        self.restore_action = QAction("&Restore from a backup…", self)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        self.takeout_action, self.checkin_action = file_menu_entries(
            self, self.store, file_menu, lambda: self.current_page().refresh())
        file_menu.addSeparator()
        self.file_menu = file_menu
        self.quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.edit_menu = edit_menu
        # Ctrl+Z: a text box takes it for its typing first; elsewhere it undoes the page's last delete.
        self.undo_action = QAction("&Undo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setWhatsThis("Undo the last delete on the page")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.new_action = QAction("&New…", self, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.find_action = QAction("&Find", self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        self.refresh_action = QAction("&Refresh", self)
        # F5 everywhere, as in Windows programs (Qt's standard Refresh key differs by platform).
        self.refresh_action.setShortcuts([QKeySequence(Qt.Key.Key_F5)])
        for action in (self.new_action, self.find_action, self.refresh_action):
            edit_menu.addAction(action)
        go_menu = self.menuBar().addMenu("&Go")
        self.page_actions: list[QAction] = []
        for number, title in enumerate(self.pages.titles, start=1):
            action = QAction(title, self)
            if number <= 9:  # Ctrl+1 .. Ctrl+9; the pages after that are reached from the Go menu
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.show_page(row))
            go_menu.addAction(action)
            self.page_actions.append(action)
        help_menu = self.menuBar().addMenu("&Help")
        self.guide_action = QAction("&Guide to the main tasks", self,
                                    shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = QAction("&Keyboard shortcuts", self)
        self.about_action = QAction(f"&About {APP_NAME}", self)
        for action in (self.guide_action, self.shortcuts_action):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.file_menu.aboutToShow.connect(self._on_file_menu_about_to_show)
        self.edit_menu.aboutToShow.connect(self._on_edit_menu_about_to_show)
        self.undo_action.triggered.connect(lambda: self.current_page().undo())
        self.guide_action.triggered.connect(self._on_guide_action_triggered)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.import_crimes_action.triggered.connect(self._on_import_crimes_action_triggered)
        self.import_boundaries_action.triggered.connect(self._on_import_boundaries_action_triggered)
        self.import_postcodes_action.triggered.connect(self._on_import_postcodes_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.new_action.triggered.connect(lambda: self.current_page().new_record())
        self.find_action.triggered.connect(lambda: self.current_page().focus_search())
        self.refresh_action.triggered.connect(lambda: self.current_page().refresh())
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _on_page_built(self, page: Page) -> None:
        """A page just built: connected to the window and the others, its state restored."""
        if isinstance(page, UndoDeletePage):
            page.undo_shortcut.setEnabled(False)  # Edit, Undo has Ctrl+Z in the window
        name = type(page).__name__
        if name == "DashboardPage":
            page.case_requested.connect(self._on_case_reference_requested)  # type: ignore[attr-defined]
            page.meeting_requested.connect(self._on_meeting_requested)  # type: ignore[attr-defined]
            page.cctv_requested.connect(self._on_cctv_requested)  # type: ignore[attr-defined]
        elif name == "FinderPage":
            page.hotspot_made.connect(self._on_map_page_hotspot_selected)  # type: ignore[attr-defined]
        elif name == "HotspotsPage":
            page.cameras.cctv_requested.connect(self._on_cctv_requested)  # type: ignore[attr-defined]
        elif name == "PeoplePage":
            page.case_requested.connect(self._on_case_requested)  # type: ignore[attr-defined]
        elif name == "MapPage":
            page.hotspot_selected.connect(self._on_map_page_hotspot_selected)  # type: ignore[attr-defined]
        page.restore_state()

    def load_other_pages(self) -> None:
        """Build the pages not built yet, once the window has painted (see LazyPages.load_rest)."""
        self.pages.load_rest()

    def _on_case_reference_requested(self, reference: str) -> None:
        from jagdesk.services.problem_solving.cases import find_case

        case = operations.attempt(self, self.store, lambda uow: find_case(uow, reference))
        if case is not None:
            self._on_case_requested(case.id)

    def _on_case_requested(self, case_id: uuid.UUID) -> None:
        self.show_page(self.pages.index(self.cases_page))
        self.cases_page.show_case(case_id)

    def _on_meeting_requested(self, meeting_id: uuid.UUID) -> None:
        self.show_page(self.pages.index(self.meetings_page))
        self.meetings_page.show_meeting(meeting_id)

    def _on_cctv_requested(self, link: object) -> None:
        from jagdesk.gui.pages.dashboard.cctv_links import CctvLink, open_link

        assert isinstance(link, CctvLink)
        open_link(self.pages, lambda page: self.show_page(self.pages.index(page)), link)

    def show_intervention(self, intervention_id: uuid.UUID) -> None:
        """The ASB register opened at one intervention (from a person's or a case's panel)."""
        from jagdesk.gui.pages.asb.asb_page import AsbPage

        page = self.page(AsbPage)
        self.show_page(self.pages.index(page))
        page.show_intervention(intervention_id)

    def page(self, kind: type[P]) -> P:
        """The page of the given class, built now if it was not."""
        return self.pages.of(kind)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.build(row)
            self.stack.setCurrentIndex(row)
            role_menus.follow_page(self.roles, self.new_action, self.pages[row], self.pages.titles[row])

    def _on_map_page_hotspot_selected(self, hotspot_id: object) -> None:
        # Selecting on the map only remembers the choice; the hotspots page opens on it when shown.
        if hotspot_id is not None:
            self.hotspots_page.show_hotspot(hotspot_id)  # type: ignore[arg-type]

    def _on_about_action_triggered(self) -> None:
        # Imported when asked for: the dialog names the demo's story, whose module is slow to load.
        from jagdesk.gui.dialogs.common.about_dialog import about_dialog

        about_dialog(self.store.describe(), self).exec()

    def _on_guide_action_triggered(self) -> None:
        help_dialogs.guide_dialog(self).exec()

    def _on_shortcuts_action_triggered(self) -> None:
        help_dialogs.shortcuts_dialog(self).exec()

    def _on_file_menu_about_to_show(self) -> None:
        """The exports of the page shown, between the imports and the backups."""
        for action in self.export_actions:
            self.file_menu.removeAction(action)
            action.deleteLater()
        exports = self.current_page().exports()
        if not exports:
            none = QAction(f"No exports on the {self.current_page().title} page", self)
            none.setEnabled(False)
            exports_shown = [none]
        else:
            exports_shown = []
            for text, run in exports:
                action = QAction(text, self)
                action.triggered.connect(lambda _=False, run=run: run())
                exports_shown.append(action)
        self.file_menu.insertActions(self.exports_end, exports_shown)
        self.export_actions = exports_shown

    def _on_edit_menu_about_to_show(self) -> None:
        self.update_undo_text()

    def update_undo_text(self) -> None:
        """Edit, Undo says what it would undo on the page shown."""
        what = self.current_page().undo_text()
        if len(what) > UNDO_TEXT:
            what = what[:UNDO_TEXT - 1].rstrip() + "…"
        self.undo_action.setText(f"&Undo {what.replace('&', '&&')}" if what
                                 else "&Undo (nothing to undo on this page)")

    def _on_import_crimes_action_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import police.uk files", str(Path.home()), "police.uk files (*.csv)")
        if files and import_actions.import_police_uk_files(self, self.store, [Path(f) for f in files]):
            self.current_page().refresh()

    def _on_import_boundaries_action_triggered(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self, "Import ward or LSOA boundaries", str(Path.home()),
            "GeoJSON boundaries (*.geojson *.json)")
        if target and import_actions.import_boundary_file(self, self.store, Path(target)):
            self.current_page().refresh()

    def _on_import_postcodes_action_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import postcodes: an ONS Postcode Directory file, or Code-Point Open files",
            str(Path.home()), "Postcode files (*.csv)")
        if files and import_actions.import_postcode_files(self, self.store, [Path(f) for f in files]):
            self.current_page().refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        """Files dropped on the window are imported: police.uk .csv, boundary .geojson."""
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        if not self.import_crimes_action.isEnabled():
            prompts.show_error(self, self.import_crimes_action.statusTip())
            return
        if import_actions.import_dropped(self, self.store, files):
            self.current_page().refresh()

    def _on_backup_action_triggered(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, "Back up the store", str(Path.home() / "jagdesk-backup.db"),
            "JAGDesk store (*.db)")
        if not target:
            return
        try:
            from jagdesk.services.admin.safekeeping import backup_store

            dest = backup_store(self.store, Path(target), self.store.passphrase)
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return
        self.statusBar().showMessage(f"Backed up to {dest}", 10000)

    def _on_restore_action_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Restore from a backup", str(paths.backups_dir() if paths.backups_dir().is_dir()
                                               else Path.home()),
            "JAGDesk store or backup (*.db);;All files (*)")
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, backup: Path) -> bool:
        """Replace every record with the backup's, once the user has agreed; the page shown is
        read again. Whether the store was restored."""
        question = (f"Restore from {backup.name}? Every record in the store is replaced with the "
                    "backup's. A copy of the store as it is now is kept first, in the backups "
                    "folder.")
        if not prompts.confirm(self, question, "Restore"):
            return False
        for page in self.pages.built():
            page.save_state()  # typed minutes are saved first, and kept in the before-restore copy
        key = None
        try:
            if read_header(backup) != SQLITE_HEADER and not self.store.encrypted:
                key = PassphraseDialog.ask(str(backup))  # the backup has a passphrase of its own
                if key is None:
                    return False
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                from jagdesk.services.admin.safekeeping import restore_store

                counts = restore_store(self.store, backup, key)
            finally:
                QApplication.restoreOverrideCursor()
        except (JagdeskError, OSError) as exc:
            prompts.show_error(self, str(exc))
            return False
        for page in self.pages.built():
            if isinstance(page, UndoDeletePage):
                page.last_deleted = None  # deleted from the store that was replaced
        self.current_page().refresh()
        self.statusBar().showMessage(
            f"Restored {sum(counts.values())} rows from {backup}.", 15000)
        return True

    def _restore_geometry(self) -> None:
        geometry = settings.load_bytes("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        settings.save_bytes("main_window/geometry", self.saveGeometry())
        for page in self.pages.built():
            page.save_state()
        super().closeEvent(event)
