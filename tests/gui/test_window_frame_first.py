"""The window paints its frame first (every page's title, the menus, the first page's heading and
"Opening <store>…"), then opens the store behind it and fills itself in; a store that asks
something first (a new file, a passphrase nobody gave, a server) is opened before the window."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jagdesk.gui import app as gui_app
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.page_table import every_title
from jagdesk.gui.pages.dashboard.dashboard_page import DashboardPage
from jagdesk.store.location import StoreLocation, resolve_location, sqlite_location
from jagdesk.store.opening import Store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def app_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run_app in this process: the hook it sets and the objects it freezes are put back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    gc.unfreeze()


def test_the_frame_paints_before_the_store_layer_is_imported(demo_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JAGDESK_QUIT_WHEN_SHOWN": "1",
           "JAGDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "jagdesk", "--db", str(demo_file)],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=120, check=False)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout[-2000:]
    shown, ready = lines.index("shown"), lines.index("ready")
    assert shown < ready
    before, after = lines[:shown], lines[shown:ready]
    # Qt and the window's own modules come before the paint; SQLAlchemy and the tables after it.
    assert any("PySide6.QtWidgets" in line for line in before)
    assert not [line for line in before if "sqlalchemy" in line or "jagdesk.store.opening" in line]
    assert any(line.endswith("sqlalchemy") for line in after)
    assert any("jagdesk.services.dashboard" in line for line in after)


def test_the_frame_names_every_page_and_the_store_it_opens(qtbot: QtBot, demo_store: Store,
                                                          tmp_path: Path) -> None:
    where = str(demo_store.location.path)
    window = MainWindow(opening=where)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    with qtbot.waitSignal(window.opening.painted):
        window.show()
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == every_title()
    assert window.store_label.text() == f"Opening {where}…"
    assert window.opening.line.text() == f"Opening {where}…"
    assert [menu.title() for menu in (window.file_menu, window.edit_menu, window.go_menu)] == \
        ["&File", "&Edit", "&Go"]
    window.grab().save(str(tmp_path / "frame.png"))
    assert (tmp_path / "frame.png").stat().st_size > 0

    loaded: list[bool] = []
    window.attach(demo_store, first_loaded=lambda: loaded.append(True))
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.current is None  # its queries wait for its frame to paint
    qtbot.waitUntil(lambda: loaded == [True])
    assert dashboard.as_of_label.text().startswith("As of ")
    assert window.store_label.text().startswith("SQLite")
    assert where in window.windowTitle()
    assert len(window.page_actions) == len(every_title())
    window.show_page(every_title().index("Meetings"))
    assert window.current_page().title == "Meetings"


def test_the_app_opens_the_store_behind_its_frame_and_loads_the_first_page(
        app_run: None, demo_file: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(gui_app.QUIT_WHEN_SHOWN_ENV, "1")
    assert gui_app.run_app(str(demo_file)) == 0
    assert capsys.readouterr().out.split() == ["shown", "ready"]


def test_a_store_refused_after_the_frame_painted_is_said_in_one_sentence_and_left_alone(
        app_run: None, demo_file: Path, monkeypatch: pytest.MonkeyPatch,
        digest: Callable[[Path], str], capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(demo_file)
    said: list[str] = []
    monkeypatch.setattr(gui_app.prompts, "show_error", lambda _parent, text: said.append(text))
    assert gui_app.run_app(str(demo_file)) == 2
    assert len(said) == 1 and "newer version of JAGDesk (schema 9999)" in said[0]
    assert capsys.readouterr().err.strip() == f"jagdesk: {said[0]}"
    assert digest(demo_file) == before


def test_what_asks_first_is_asked_before_the_window(demo_file: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAGDESK_PASSPHRASE", raising=False)

    def asks(location: StoreLocation) -> bool:
        return gui_app.asks_before_opening(location, gui_app.known_passphrase(location))

    assert asks(sqlite_location(tmp_path / "new.db"))  # the start dialog
    assert not asks(sqlite_location(demo_file))
    assert asks(resolve_location("postgresql://officer@localhost/jag"))
    encrypted = tmp_path / "encrypted.db"
    encrypted.write_bytes(os.urandom(4096))  # no SQLite header: an encrypted store to the app
    assert asks(sqlite_location(encrypted))  # its passphrase, unless given
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)
    assert not asks(sqlite_location(encrypted))


def test_a_passing_message_covers_neither_the_store_nor_the_pages_loading(
        qtbot: QtBot, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    loading, store_label = window.pages.loading, window.store_label
    assert loading.isVisible() and store_label.isVisible()
    window.statusBar().showMessage("Marked JAG-2026-09/02 done")
    assert not store_label.isVisible()  # the message is drawn in its place
    assert loading.isVisible()  # on the right, beside the marking
    marking = next(label for label in window.statusBar().findChildren(QLabel)
                   if label.text() == "<b>OFFICIAL-SENSITIVE</b>")
    assert loading.geometry().right() < marking.geometry().left()
    window.statusBar().clearMessage()
    assert store_label.isVisible()
