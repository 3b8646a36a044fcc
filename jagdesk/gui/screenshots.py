"""Rendering every main page of the GUI to PNG files, off-screen (for the README and support)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

from jagdesk.errors import StoreError


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _writable_folder(folder: Path) -> None:
    """Make the folder if it is new, and check that files can be written in it; one sentence if not."""
    file = next((part for part in (folder, *folder.parents) if part.is_file()), None)
    if file is not None:
        raise StoreError(f"{file} is a file, not a folder.")
    if not folder.parent.is_dir():
        raise StoreError(f"The folder {folder.parent} does not exist.")
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        raise StoreError(f"JAGDesk cannot write to the folder {folder.parent}.") from None
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        raise StoreError(f"JAGDesk cannot write to the folder {folder}.") from None


def _record_view(page: object) -> Any:
    """The table of records a page shows its details beside, if it has one: a record list's (hotspots,
    cases, people), a record table's (CCTV, case reviews) or the page's own (ASB powers)."""
    for holder in (getattr(page, "list", None), getattr(page, "table", None), page):
        view = getattr(holder, "view", None)
        if view is not None and callable(getattr(view, "selectRow", None)):
            return view
    return None


def render_screenshots(db: str | None, folder: Path,
                       size: tuple[int, int] = (1366, 700)) -> list[Path]:
    """Open the store, show each page in turn at `size` and save it as DIR/NN-page.png."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from jagdesk.gui.app import application
    from jagdesk.gui.main_window import MainWindow
    from jagdesk.gui.pages.common.master_detail_page import MasterDetailPage
    from jagdesk.store.location import passphrase_from_env, resolve_location
    from jagdesk.store.opening import open_store

    written: list[Path] = []
    with open_store(resolve_location(db), passphrase_from_env(), create=False, lock=False) as store:
        _writable_folder(folder)  # once the store is open: a store refused leaves no folder behind
        app = application()
        window = MainWindow(store)
        window.resize(*size)
        window.show()
        pages = list(window.pages)  # all built first: the status bar then says none is loading
        for number, page in enumerate(pages, start=1):
            window.show_page(number - 1)
            records = _record_view(page)
            if records is not None and records.currentIndex().row() < 0:
                records.selectRow(0)  # a page of records: show the first one's details
            if isinstance(page, MasterDetailPage):
                # Show a master record that has details, so the picture shows both tables filled.
                for row in range(page.master.proxy.rowCount()):
                    page.master.view.selectRow(row)
                    if page.detail.model.rowCount():
                        break
            app.processEvents()
            target = folder / f"{number:02d}-{_slug(page.title)}.png"
            if not window.grab().save(str(target)):
                raise StoreError(f"Could not write {target}.")
            written.append(target)
        window.close()
    return written
