"""The map page as its tests open it: in the real main window on a store of the real wards and crimes
(tests.support.map_seed), with the hotspots they look for."""

from __future__ import annotations

import uuid
from typing import Any

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.places.map_page import MapPage
from jagdesk.store.opening import Store
from tests.support.map_seed import add_hotspot


def add_page_hotspots(store: Store) -> dict[str, uuid.UUID]:
    """An active hotspot round the Shenley Road shops and a proposed one at Darkes Lane; ids by name."""
    return {
        "Shenley Road shops": add_hotspot(store, "Shenley Road shops", -0.2693, 51.6557, radius_m=300),
        "Darkes Lane": add_hotspot(store, "Darkes Lane", -0.1925, 51.6980, status="proposed"),
    }


def open_map(qtbot: Any, store: Store) -> tuple[MainWindow, MapPage]:
    """The map page in the real main window on `store`, shown off-screen."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    index = next(i for i, page in enumerate(window.pages) if isinstance(page, MapPage))
    window.show_page(index)
    page = window.pages[index]
    assert isinstance(page, MapPage)
    return window, page
