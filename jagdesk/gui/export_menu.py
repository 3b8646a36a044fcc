"""The File menu's exports: those of the page shown, put in each time the menu opens."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from jagdesk.gui.pages.common.page import Page


def show_exports(menu: QMenu, before: QAction, page: Page, shown: list[QAction]) -> list[QAction]:
    """Replace the export actions `shown` in `menu` with those of `page`, inserted before
    `before`; a page with none gets one disabled line saying so. The actions now shown."""
    for action in shown:
        menu.removeAction(action)
        action.deleteLater()
    exports = page.exports()
    if not exports:
        none = QAction(f"No exports on the {page.title} page", menu)
        none.setEnabled(False)
        now = [none]
    else:
        now = []
        for text, run in exports:
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, run=run: run())
            now.append(action)
    menu.insertActions(before, now)
    return now
