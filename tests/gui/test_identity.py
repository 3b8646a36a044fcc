"""What says which JAGDesk is running: the application's icon and the window's title."""

from __future__ import annotations

from jagdesk import APP_NAME, __version__
from jagdesk.gui.app import application
from jagdesk.gui.main_window import MainWindow
from jagdesk.store.opening import Store


def test_the_application_has_its_icon_at_every_size_a_desktop_asks_for() -> None:
    icon = application().windowIcon()
    assert not icon.isNull()
    for size in (16, 32, 64, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        # The navy tile fills the middle: drawn, not a blank or a placeholder.
        assert image.pixelColor(size // 2, size // 2 + size // 8).name() == "#1f3a5f"


def test_the_window_title_names_the_version_and_the_store(window: MainWindow, demo_store: Store) -> None:
    title = window.windowTitle()
    assert title.startswith(f"{APP_NAME} {__version__} — ")
    assert str(demo_store.location.path) in title
