"""A page whose deletes Ctrl+Z can take back, through the audit trail."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.page import Page
from jagdesk.services.undo import undo_delete
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


class UndoDeletePage(Page):
    """A page whose deletes Ctrl+Z can take back, through the audit trail."""

    store: Store
    # What Ctrl+Z can bring back on the page, for the sentence when there is nothing to undo.
    undoes = "the last record deleted on this page"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_deleted: tuple[str, uuid.UUID, str] | None = None  # (table, id, what it was)
        self.last_undone: uuid.UUID | None = None  # the record Ctrl+Z brought back last
        self.last_undone_kind = ""  # its table
        # On its own (in a test, say) the page answers Ctrl+Z itself; in the main window the Edit
        # menu's Undo has the key, and switches this off.
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self,
                                       self.undo_last_delete)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def deleted(self, table: str, record_id: uuid.UUID, what: str) -> None:
        """Remember a delete for Ctrl+Z and say so."""
        self.last_deleted = (table, record_id, what)
        self.tell(f"Deleted {what}. Press Ctrl+Z to undo.")

    def undo_text(self) -> str:
        if self.last_deleted is None:
            return ""
        return f"delete of {self.last_deleted[2]}"

    def undo(self) -> None:
        self.undo_last_delete()

    def restore(self, uow: UnitOfWork, table: str, record_id: uuid.UUID) -> object:
        """Bring a deleted record back (a page may put it back in its place)."""
        return undo_delete(uow, table, record_id)

    def undo_last_delete(self) -> None:
        """Ctrl+Z: bring back the record deleted last on this page."""
        if self.last_deleted is None:
            self.tell(f"Nothing to undo: Ctrl+Z brings back {self.undoes}.")
            return
        kind, record_id, what = self.last_deleted
        if attempt(self, self.store, lambda uow: self.restore(uow, kind, record_id)) is not None:
            self.last_deleted = None
            self.last_undone = record_id
            self.last_undone_kind = kind
            self.tell(f"Brought back {what}.")
        self.after_undo()

    def after_undo(self) -> None:
        """Show the record that came back."""
        self.refresh()
