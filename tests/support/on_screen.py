"""Windows the GUI tests show, at the sizes a council laptop gives them: the real main window at the
laptop's size with a page chosen in its sidebar, or a page in a window of its own the size the main
window leaves it."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.common.page import Page
from jagdesk.store.opening import Store

LAPTOP = (1366, 700)  # a council laptop's screen, less the taskbar
PAGE_AREA = (1160, 740)  # a 1366 x 768 laptop's screen, less the sidebar

P = TypeVar("P", bound=Page)
W = TypeVar("W", bound=QWidget)


def activate(qtbot: Any, window: QWidget) -> None:
    """Make `window` the active window, where shortcuts act, and wait until it is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def laptop_window(qtbot: Any, store: Store, *, active: bool = False) -> MainWindow:
    """The real main window on `store`, shown at the laptop's size (and made the active window)."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    if active:
        activate(qtbot, window)
    assert (window.width(), window.height()) == LAPTOP
    return window


def show_page(window: MainWindow, kind: type[P]) -> P:
    """Choose the page of class `kind` in the main window's sidebar, as the user would."""
    shown = window.page(kind)
    window.show_page(window.pages.index(shown))
    return shown


def choose(combo: Any, text: str) -> None:
    """Choose the first item of `combo` whose text starts with `text`."""
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(text)))


def page_window(qtbot: Any, page: W, size: tuple[int, int] = PAGE_AREA, *,
                active: bool = False) -> QMainWindow:
    """`page` in a window of its own, as the main window would hold it, shown (and made the active
    window)."""
    window = QMainWindow()
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    if active:
        activate(qtbot, window)
    return window


def table_rows(view: QTableView) -> list[list[str]]:
    """The table as the user sees it, row by row, in the view's order."""
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
