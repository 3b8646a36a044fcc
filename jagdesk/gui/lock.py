"""Auto-lock: after the idle time (settings.lock_minutes) or at Ctrl+L the main window hides its
pages, menus, status bar and the store's name in its title behind a lock screen, and hides its
other windows, so nothing of the data shows, not even in the task switcher's thumbnail. The
passphrase (encrypted SQLite) or the server password (PostgreSQL) unlocks it, or, for an
unencrypted file, the user's word that they are back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QWidget

from jagdesk import APP_NAME
from jagdesk.gui import settings
from jagdesk.gui.widgets.lock_screen import LockScreen
from jagdesk.services.admin.credentials import remember, unavailable_reason
from jagdesk.services.admin.unlock import PASSPHRASE, unlock_kind, unlocks
from jagdesk.store.opening import Store

# What counts as the user being there: their keys, clicks, wheel and mouse moves.
INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                   QEvent.Type.Wheel, QEvent.Type.TouchBegin})
TRIES = 3
SECRET_WORD = {"passphrase": "the store's passphrase", "password": "your server password"}


class Locker(QObject):
    """Locks `window` when idle or asked, and unlocks it for the right secret."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.kind = unlock_kind(store)
        self.content: QWidget | None = None  # the pages, kept aside while locked
        self.screen: LockScreen | None = None
        self.hidden: list[QWidget] = []  # the other windows hidden while locked
        self.title = ""
        self.failures = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.lock_action = QAction("&Lock now", window, shortcut=QKeySequence("Ctrl+L"))
        # Whichever of the app's windows is in front (a dialog over a list of names too).
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.idle_action = QAction("Lock &after…", window)
        self.idle_action.triggered.connect(self.ask_minutes)
        window.addAction(self.lock_action)  # Ctrl+L works whatever the menus show
        menu = getattr(window, "edit_menu", None)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.lock_action)
            menu.addAction(self.idle_action)
        self.restart()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def restart(self) -> None:
        """Count the idle time afresh (no timer at all with 0 minutes)."""
        minutes = settings.lock_minutes()
        if minutes > 0 and not self.locked:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT and not self.locked:
            self.timer.start()  # the same interval again
        return False

    def ask_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window, "Lock when idle", "Lock the window after this many minutes without a key "
            "or the mouse (0: never):", settings.lock_minutes(), 0, 240)
        if ok:
            settings.set_lock_minutes(minutes)
            self.restart()

    def lock(self) -> None:
        """Hide everything of the store behind the lock screen."""
        if self.locked:
            return
        self.timer.stop()
        # Dialogs and lists in windows of their own (another store's main window is its own).
        self.hidden = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and not isinstance(w, QMainWindow)]
        for other in self.hidden:
            other.hide()
        self.title = self.window.windowTitle()
        self.window.setWindowTitle(f"{APP_NAME} (locked)")
        self.content = self.window.takeCentralWidget()
        if self.content is not None:
            self.content.hide()
        self.screen = LockScreen(self.kind, unavailable_reason() if self.kind == PASSPHRASE else None)
        self.screen.unlock_requested.connect(self.attempt)
        self.window.setCentralWidget(self.screen)
        for bar in (self.window.menuBar(), self.window.statusBar()):
            bar.hide()
            bar.setEnabled(False)
        self.failures = 0
        self.screen.secret.setFocus()

    def attempt(self, secret: str) -> None:
        """Unlock for the right secret; a wrong one is told in one sentence and the window stays locked."""
        if self.screen is None:
            return
        if unlocks(self.store, secret):
            if self.kind == PASSPHRASE and self.screen.remember.isChecked():
                remember(self.store.location.describe(), secret)
            self.unlock()
            return
        self.failures += 1
        word = SECRET_WORD.get(self.kind, "the secret")
        if self.failures < TRIES:
            self.screen.refused(f"That is not {word} (try {self.failures} of {TRIES}); the window "
                                "stays locked.")
            return
        self.screen.refused(f"{TRIES} wrong tries: the window stays locked; close JAGDesk (what you "
                            "saved is kept) and open the store again.")
        self.screen.secret.setEnabled(False)
        self.screen.unlock_button.setEnabled(False)

    def unlock(self) -> None:
        """Put the pages, menus and title back."""
        screen = self.window.takeCentralWidget()
        if self.content is not None:
            self.window.setCentralWidget(self.content)
            self.content.show()
        self.content = None
        self.screen = None
        if screen is not None:
            screen.deleteLater()
        for bar in (self.window.menuBar(), self.window.statusBar()):
            bar.setEnabled(True)
            bar.show()
        self.window.setWindowTitle(self.title)
        for other in self.hidden:
            other.show()
        self.hidden = []
        self.restart()
