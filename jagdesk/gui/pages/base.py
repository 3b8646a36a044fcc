"""What the main window asks of every page, whatever the page holds, and what pages share."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from jagdesk.gui.operations import attempt
from jagdesk.services.undo import undo_delete
from jagdesk.store.opening import Store

STATUS_SECONDS = 15


class Page(QWidget):
    """A page of the main window's sidebar. The defaults suit a page with nothing to add or find."""

    title = ""

    def refresh(self) -> None:
        """Reload what the page shows from the store (F5)."""

    def new_record(self) -> None:
        """Ctrl+N: start a new record of the page's kind, if it has one."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box, if it has one."""

    def save_state(self) -> None:
        """Remember the page's layout and choices for the next start."""

    def restore_state(self) -> None:
        """Put back what save_state() remembered."""

    def tell(self, message: str) -> None:
        """Say what was done in the main window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, STATUS_SECONDS * 1000)


class UndoDeletePage(Page):
    """A page whose deletes Ctrl+Z can take back, through the audit trail."""

    store: Store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_deleted: tuple[str, uuid.UUID, str] | None = None  # (table, id, what it was)
        self.last_undone: uuid.UUID | None = None  # the record Ctrl+Z brought back last
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last_delete)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def deleted(self, table: str, record_id: uuid.UUID, what: str) -> None:
        """Remember a delete for Ctrl+Z and say so."""
        self.last_deleted = (table, record_id, what)
        self.tell(f"Deleted {what}. Press Ctrl+Z to undo.")

    def undo_last_delete(self) -> None:
        """Ctrl+Z: bring back the record deleted last on this page."""
        if self.last_deleted is None:
            self.tell("Nothing to undo.")
            return
        kind, record_id, what = self.last_deleted
        if attempt(self, self.store, lambda uow: undo_delete(uow, kind, record_id)) is not None:
            self.last_deleted = None
            self.last_undone = record_id
            self.tell(f"Brought back {what}.")
        self.after_undo()

    def after_undo(self) -> None:
        """Show the record that came back."""
        self.refresh()
