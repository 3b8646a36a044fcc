"""Auto-lock: the idle timer's timeout (called, not waited for) or Ctrl+L hides the store behind the
lock screen, nothing of it in what grab() returns (the task switcher's thumbnail); the passphrase
of an encrypted store unlocks it, three wrong ones each get a sentence and it stays locked; an
unencrypted store unlocks on the user's word; the credential store's box says why it is off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.widgets.lock_screen import LockScreen
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.stores import PASSPHRASE, open_copy

SIZE = (1366, 700)


def _window(qtbot: Any, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.show_page(5)  # the people register: names and dates of birth on screen
    return window


@pytest.fixture
def encrypted(encrypted_demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    with open_copy(encrypted_demo_template, tmp_path / "secret.db", PASSPHRASE) as opened:
        yield opened


def _image(window: MainWindow) -> QImage:
    return window.grab().toImage()


def _shows_pages(window: MainWindow) -> bool:
    return any(page.isVisible() for page in window.findChildren(Page))


def test_idle_time_locks_and_grab_shows_nothing_of_the_store(qtbot: Any, demo_store: Store,
                                                            tmp_path: Path) -> None:
    window = _window(qtbot, demo_store)
    assert demo_store.location.describe() in window.windowTitle()
    assert window.locker.timer.isActive() and window.locker.timer.interval() == 10 * 60_000
    unlocked = _image(window)
    window.locker.timer.timeout.emit()
    assert isinstance(window.centralWidget(), LockScreen)
    assert window.windowTitle() == "JAGDesk (locked)"
    assert not _shows_pages(window) and not window.statusBar().isVisible()
    locked = _image(window)
    assert locked != unlocked
    # A locked window on an empty store looks the same to the pixel: nothing of the data shows.
    with open_store(sqlite_location(tmp_path / "empty.db")) as empty:
        other = _window(qtbot, empty)
        other.locker.lock()
        assert _image(other) == locked
    # An unencrypted store asks for no secret: Unlock puts everything back.
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen) and not screen.secret.isVisibleTo(screen)
    screen.unlock_button.click()
    assert not window.locker.locked and _shows_pages(window)
    assert demo_store.location.describe() in window.windowTitle()
    assert window.statusBar().isVisible() and window.locker.timer.isActive()


def test_ctrl_l_locks_at_once_and_hides_an_open_window(qtbot: Any, demo_store: Store) -> None:
    window = _window(qtbot, demo_store)
    other = QDialog(window)
    other.setWindowTitle("A list of names")
    other.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a shortcut goes to the active window only
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.locked and not other.isVisible()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    screen.unlock_button.click()
    assert other.isVisible()


def test_three_wrong_passphrases_each_get_a_sentence_and_it_stays_locked(
        qtbot: Any, encrypted: Store) -> None:
    window = _window(qtbot, encrypted)
    window.locker.timer.timeout.emit()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen) and screen.secret.isVisibleTo(screen)
    said = []
    for wrong in ("wrong", "", "correct horse"):
        screen.secret.setText(wrong)
        screen.unlock_button.click()
        said.append(screen.error.text())
        assert window.locker.locked and not _shows_pages(window)
    assert said == [
        "That is not the store's passphrase (try 1 of 3); the window stays locked.",
        "That is not the store's passphrase (try 2 of 3); the window stays locked.",
        "3 wrong tries: the window stays locked; close JAGDesk (what you saved is kept) and open "
        "the store again."]
    assert not screen.unlock_button.isEnabled() and not screen.secret.isEnabled()
    assert window.windowTitle() == "JAGDesk (locked)"


def test_the_passphrase_unlocks_and_the_credential_box_says_why_it_is_off(
        qtbot: Any, encrypted: Store) -> None:
    window = _window(qtbot, encrypted)
    window.locker.lock()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    # No credential store on this computer (or no keyring package): nothing to tick, and why.
    assert not screen.remember.isEnabled()
    assert screen.remember_why.text().startswith("The passphrase cannot be remembered: ")
    screen.secret.setText("wrong")
    screen.unlock_button.click()
    assert window.locker.locked
    screen.secret.setText(PASSPHRASE)
    screen.unlock_button.click()
    assert not window.locker.locked and _shows_pages(window)
