"""The main window: sidebar of pages, office menus and shortcuts, the open store in the status bar.
The File menu holds the exports of the page shown; Edit, Undo names what it would undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from jagdesk import APP_NAME, __version__
from jagdesk.domain.common.marking import Marking
from jagdesk.gui import export_menu, import_actions, prompts, safekeeping_actions, settings
from jagdesk.gui.dialogs.common import help_dialogs
from jagdesk.gui.lazy_pages import LazyPages, NamedPage
from jagdesk.gui.page_table import every_title
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.widgets.store_opening import StoreOpening

# The store layer, the services and most pages are imported once the frame has painted (attach),
# so that `MainWindow(opening=...)` shows the window at once while the store opens.
if TYPE_CHECKING:
    from jagdesk.gui.pages.dashboard.dashboard_page import DashboardPage
    from jagdesk.gui.pages.hotspots.finder_page import FinderPage
    from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
    from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
    from jagdesk.gui.pages.people.people_page import PeoplePage
    from jagdesk.gui.pages.places.map_page import MapPage
    from jagdesk.gui.pages.problem_solving.cases_page import CasesPage
    from jagdesk.store.opening import Store

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

    def __init__(self, store: Store | None = None, parent: QWidget | None = None, *,
                 opening: str = "") -> None:
        """The window on `store`; without one, its frame (every page's title, the first page's
        heading, "Opening <opening>…") until attach() is given the store."""
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} {__version__} — {opening}")
        self.setAcceptDrops(True)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Pages")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        titles = every_title()
        self.sidebar.addItems(titles)
        self.stack = QStackedWidget()
        self.opening = StoreOpening(titles[0], opening)
        self.stack.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.store_label = QLabel(f"Opening {opening}…")
        self.statusBar().addWidget(self.store_label, 1)
        # A passing message is drawn where the store's name is: the name steps aside meanwhile.
        self.statusBar().messageChanged.connect(lambda text: self.store_label.setVisible(not text))
        marking = QLabel(f"<b>{Marking.OFFICIAL_SENSITIVE}</b>")
        self.statusBar().addPermanentWidget(marking)
        self._build_menus()
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()
        self.attached = False
        if store is not None:
            self.attach(store)

    def attach(self, store: Store, *, first_loaded: Callable[[], None] | None = None) -> None:
        """Fill the window in on the open store: its title, the pages the login's roles may
        read, the menus working, the first page built (the rest when shown or after paint).
        With `first_loaded`, a first page that can (the dashboard) paints its frame before its
        queries run, and `first_loaded` runs once they have; without, it loads when shown."""
        from jagdesk.gui import role_menus
        from jagdesk.gui.dialogs.offline.store_origin import (
            connect_file_menu_entries,
            store_origin,
            store_status,
            store_title,
        )
        from jagdesk.gui.lock import Locker
        from jagdesk.gui.page_table import pages_for, store_roles

        self.store = store
        origin = store_origin(store)  # a take-out file's: where it came from
        self.setWindowTitle(f"{APP_NAME} {__version__} — {store_title(store, origin)}")
        self.roles = store_roles(store)  # the pages and actions shown follow the login's roles
        entries = pages_for(self.roles)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.pages = LazyPages(store, entries, self.stack, self._on_page_built)
        if self.pages.titles != every_title():
            self.sidebar.blockSignals(True)  # refilled: the page is chosen once, below
            self.sidebar.clear()
            self.sidebar.addItems(self.pages.titles)
            self.sidebar.blockSignals(False)
        self.store_label.setText(store_status(store, origin))
        # Before the marking, on the right, where a passing message ("Saved …") never covers it.
        self.statusBar().insertPermanentWidget(1, self.pages.loading)
        self._build_go_menu()
        connect_file_menu_entries(self, store, origin, self.takeout_action, self.checkin_action,
                                  lambda: self.current_page().refresh())
        role_menus.limit_file_actions(
            self.roles, (self.file_menu, self.edit_menu), crimes=self.import_crimes_action,
            boundaries=self.import_boundaries_action, postcodes=self.import_postcodes_action,
            backup=self.backup_action, restore=self.restore_action, takeout=self.takeout_action,
            checkin=self.checkin_action)
        self._connect_signals()
        self.locker = Locker(self, store)  # idle time and Ctrl+L hide the store behind a lock screen
        self.attached = True
        row = max(self.sidebar.currentRow(), 0)
        if first_loaded is not None:
            load_after_paint = getattr(self.pages.build(row), "load_after_paint", None)
            if load_after_paint is None:
                QTimer.singleShot(0, first_loaded)
            else:
                load_after_paint(first_loaded)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        self._on_sidebar_current_row_changed(row)

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu("&File")
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
        file_menu.addSeparator()
        self.takeout_action = QAction("&Take out for a meeting…", self)
        self.checkin_action = QAction("C&heck in…", self)  # Alt+C is the calendar export's
        self.takeout_action.setToolTip("Copy a locality into an encrypted file, to work on at a "
                                       "meeting with no connection")
        self.checkin_action.setToolTip("Bring back what was done on a laptop in a take-out file")
        file_menu.addAction(self.takeout_action)
        file_menu.addAction(self.checkin_action)
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = self.menuBar().addMenu("&Edit")
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
        self.go_menu = self.menuBar().addMenu("&Go")  # its pages follow the login's roles (attach)
        self.page_actions: list[QAction] = []
        help_menu = self.menuBar().addMenu("&Help")
        self.guide_action = QAction("&Guide to the main tasks", self,
                                    shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = QAction("&Keyboard shortcuts", self)
        self.about_action = QAction(f"&About {APP_NAME}", self)
        for action in (self.guide_action, self.shortcuts_action):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_go_menu(self) -> None:
        for number, title in enumerate(self.pages.titles, start=1):
            action = QAction(title, self)
            if number <= 9:  # Ctrl+1 .. Ctrl+9; the pages after that are reached from the Go menu
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.show_page(row))
            self.go_menu.addAction(action)
            self.page_actions.append(action)

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
        from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage

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
        from jagdesk.gui import operations
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
        from jagdesk.gui import role_menus

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
        self.export_actions = export_menu.show_exports(
            self.file_menu, self.exports_end, self.current_page(), self.export_actions)

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
        urls = event.mimeData().urls()
        if self.attached and urls and all(url.isLocalFile() for url in urls):
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
        safekeeping_actions.back_up(self, self.store)

    def _on_restore_action_triggered(self) -> None:
        safekeeping_actions.restore_chosen(self, self.restore_from)

    def restore_from(self, backup: Path) -> bool:
        """Replace every record with the backup's, once the user has agreed; the page shown is
        read again. Whether the store was restored."""
        return safekeeping_actions.restore_from(self, self.store, self.pages, backup,
                                                lambda: self.current_page().refresh())

    def _restore_geometry(self) -> None:
        geometry = settings.load_bytes("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        settings.save_bytes("main_window/geometry", self.saveGeometry())
        for page in self.pages.built() if self.attached else ():
            page.save_state()
        super().closeEvent(event)
