"""What the main window asks of every page, whatever the page holds, and the lifecycle pages share:
loading when shown, reloading (F5), and keeping the page's layout and choices for the next start."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from jagdesk.gui import settings

STATUS_SECONDS = 15


class Page(QWidget):
    """A page of the main window's sidebar. The defaults suit a page with nothing to add or find."""

    title = ""
    # True while the page changes its own list or choices (see quietly): its slots then do nothing.
    _quiet = False
    # The page's splitter, if it has one: where it was dragged to is kept for the next start.
    splitter: QSplitter | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.shown(event.spontaneous())

    def shown(self, spontaneous: bool) -> None:
        """The page came on screen. Each page loads when it is shown, not all at the start, and
        again each time: other pages and the command line change what it shows. A spontaneous show
        (the window restored from the taskbar) changes nothing."""
        if not spontaneous:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the store (F5)."""

    def new_record(self) -> None:
        """Ctrl+N: start a new record of the page's kind, if it has one."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box, if it has one."""

    def save_state(self) -> None:
        """Remember the page's layout and choices for the next start (a page with choices adds them)."""
        if self.splitter is not None:
            settings.save_bytes(self.setting_key("splitter"), self.splitter.saveState())

    def restore_state(self) -> None:
        """Put back what save_state() remembered."""
        state = settings.load_bytes(self.setting_key("splitter")) if self.splitter is not None else None
        if self.splitter is not None and state is not None:
            self.splitter.restoreState(state)

    def setting_key(self, name: str) -> str:
        """Where the page keeps one of its settings: "MeetingsPage/splitter"."""
        return f"{type(self).__name__}/{name}"

    def save_setting(self, name: str, text: str) -> None:
        settings.save_bytes(self.setting_key(name), QByteArray(text.encode()))

    def load_setting(self, name: str) -> str | None:
        """A setting save_setting() kept, or None if there is none."""
        saved = settings.load_bytes(self.setting_key(name))
        return bytes(saved.data()).decode() if saved is not None else None

    def save_options(self, options: dict[str, Any], name: str = "options") -> None:
        """The page's choices, kept together as JSON."""
        self.save_setting(name, json.dumps(options))

    def load_options(self, name: str = "options") -> dict[str, Any]:
        """The choices save_options() kept ({} if there are none or they cannot be read)."""
        try:
            options = json.loads(self.load_setting(name) or "{}")
        except ValueError:
            return {}
        return options if isinstance(options, dict) else {}

    def undo_text(self) -> str:
        """What Undo (Ctrl+Z) would take back on this page, as the Edit menu names it ("" if
        nothing)."""
        return ""

    def undo(self) -> None:
        """Edit > Undo, Ctrl+Z: take back the page's last delete, if it has one."""
        self.tell("Nothing to undo: on this page Ctrl+Z only undoes typing in a box.")

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        """The page's exports, for the File menu: (menu text, what it does); those that need a
        selection only while there is one."""
        return []

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """While the page itself refills a list or puts a selection back: the slots that follow the
        user's choices see `_quiet` and leave what is shown alone."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def tell(self, message: str) -> None:
        """Say what was done in the main window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, STATUS_SECONDS * 1000)
