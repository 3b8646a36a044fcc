"""Help: the short guide (resources/help/guide.html, shipped with the program) and the keyboard
shortcuts, listed from the window's own actions and shortcuts so that the list stays true."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jagdesk import APP_NAME, paths


def guide_path() -> str:
    return str(paths.resources_dir() / "help" / "guide.html")


def _browser_dialog(parent: QWidget | None, title: str) -> tuple[QDialog, QTextBrowser]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(760, 600)  # fits a 1366 x 768 laptop with room round it
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser, 1)
    layout.addWidget(buttons)
    return dialog, browser


def guide_dialog(parent: QWidget | None = None) -> QDialog:
    """The short guide to the main tasks."""
    dialog, browser = _browser_dialog(parent, f"{APP_NAME}: a short guide")
    browser.setSource(QUrl.fromLocalFile(guide_path()))
    return dialog


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return " or ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
                       if not s.isEmpty())


def _menu_rows(menu: QMenu, path: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        sub = action.menu()
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        if isinstance(sub, QMenu):
            rows += _menu_rows(sub, f"{path}, {text}")
        elif action.shortcuts():  # an action whose text changes says what it is in whatsThis
            rows.append((f"{path}, {action.whatsThis() or text}", _keys(action.shortcuts())))
    return rows


def shortcut_rows(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(what, keys)]): the menus' shortcuts, then each page's own keys (those that say
    what they do, in their whatsThis)."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    menus: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus += _menu_rows(menu, action.text().replace("&", ""))
    groups.append(("Menus", menus))
    pages = getattr(window, "pages", [])
    for page in pages:
        seen: dict[str, str] = {}
        for shortcut in page.findChildren(QShortcut):
            what = shortcut.whatsThis()
            if what and shortcut.isEnabled():
                keys = _keys([shortcut.key()])
                seen[what] = f"{seen[what]} or {keys}" if what in seen and keys not in seen[what] \
                    else seen.get(what, keys)
        for action in page.findChildren(QAction):
            if action.shortcuts() and action.whatsThis():
                seen.setdefault(action.whatsThis(), _keys(action.shortcuts()))
        if seen:
            groups.append((page.title, list(seen.items())))
    return groups


def shortcuts_html(window: QMainWindow) -> str:
    parts = [f"<h2>{html.escape(APP_NAME)} keyboard shortcuts</h2>"]
    for heading, rows in shortcut_rows(window):
        parts.append(f"<h3>{html.escape(heading)}</h3><table cellspacing='0' cellpadding='3'>")
        parts += [f"<tr><td width='260'>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
                  for what, keys in rows]
        parts.append("</table>")
    return "".join(parts)


def shortcuts_dialog(window: QMainWindow) -> QDialog:
    """Every key the window answers to, from its actions and shortcuts as they are now."""
    dialog, browser = _browser_dialog(window, "Keyboard shortcuts")
    browser.setHtml(shortcuts_html(window))
    return dialog
