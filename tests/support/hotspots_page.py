"""Helpers of the hotspots page's tests: the page in a window of its own, and the hotspots it lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow

from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
from jagdesk.store.opening import Store


def show(qtbot: Any, store: Store) -> tuple[QMainWindow, HotspotsPage]:
    """The page in a window of its own, as the main window would hold it."""
    window = QMainWindow()
    page = HotspotsPage(store)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window, page


def names(table: Any) -> list[str]:
    return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]


def select(page: HotspotsPage, name: str) -> None:
    page.list.view.selectRow(names(page.list).index(name))
    assert page.detail is not None and page.detail.hotspot.name == name
