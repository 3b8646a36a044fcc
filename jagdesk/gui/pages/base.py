"""What the main window asks of every page, whatever the page holds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


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
