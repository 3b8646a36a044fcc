"""Take-out and check-in from the GUI on a PostgreSQL store secured by `jagdesk server setup`: covert
work offered only to a login that may take it out, a take-out written from the server in the
background, the window on the file naming the server, and the file checked back in through the
dialogs in the officer's name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.offline.checkin_dialog import CheckinDialog
from jagdesk.gui.dialogs.offline.takeout_dialog import TakeoutDialog
from jagdesk.gui.main_window import MainWindow
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.models import Takeout
from jagdesk.store.opening import Store, open_store
from tests.gui.test_offline_takeout import LOCALITY, fill_takeout
from tests.support.command_line import Capsys
from tests.support.offline_dialogs import Flow, drive, passphrase, press
from tests.support.postgres import PostgresServer
from tests.support.role_logins import role_logins
from tests.support.stores import PASSPHRASE


@pytest.fixture
def logins(pg_server: PostgresServer, pg_demo_url: str, capsys: Capsys,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The demo on the test server after `server setup`, with an officer's and a RIPA officer's
    login: the URL each connects with, by role."""
    with role_logins(pg_server, pg_demo_url, capsys, monkeypatch) as urls:
        yield urls


def _window(qtbot: Any, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _covert_box(flow: Flow, window: MainWindow) -> tuple[bool, str]:
    seen: list[tuple[bool, str]] = []
    flow.errors.clear()  # an officer's dashboard is refused the covert figures
    def look(dialog: TakeoutDialog) -> None:
        seen.append((dialog.include_covert.isEnabled(), dialog.include_covert.toolTip()))
        dialog.reject()

    flow.will(TakeoutDialog, look)
    window.takeout_action.trigger()
    assert flow.errors == []
    return seen[0]


def test_covert_work_is_offered_only_to_a_login_that_may_take_it_out(
        qtbot: Any, logins: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    with open_store(resolve_location(logins["officer"])) as officer:
        enabled, why = _covert_box(flow, _window(qtbot, officer))
        assert not enabled and "RIPA officer's role" in why
    with open_store(resolve_location(logins["ripa_officer"])) as ripa:
        assert _covert_box(flow, _window(qtbot, ripa)) == (True, "")


def test_a_take_out_of_the_server_is_checked_back_in_through_the_dialogs(
        qtbot: Any, logins: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    file = tmp_path / "laptop.db"
    # The RIPA officer: an officer's window has the dashboard's covert figures refused, which is
    # not what this test is about.
    with open_store(resolve_location(logins["ripa_officer"])) as server:
        window = _window(qtbot, server)
        flow.will(TakeoutDialog, fill_takeout(file))
        window.takeout_action.trigger()
        assert flow.errors == [], flow.errors
        assert flow.told[0].startswith(f"{LOCALITY} is taken out to {file}:")
        with open_store(sqlite_location(file), PASSPHRASE, create=False) as laptop:
            on_laptop = _window(qtbot, laptop)
            assert f"take-out of {server.describe()} ({LOCALITY}, taken " in on_laptop.windowTitle()
            assert on_laptop.windowTitle().endswith(f" by {server.login})")
            on_laptop.close()
        flow.opened_file = file
        flow.will(PassphraseDialog, passphrase(PASSPHRASE))
        flow.will(CheckinDialog, lambda d: press(d, QDialogButtonBox.StandardButton.Ok))
        window.checkin_action.trigger()
        assert flow.errors == []
        assert flow.told[-1].startswith("laptop.db is checked in: Nothing was changed on the laptop")
        assert file.is_file()  # the wipe was declined
        with server.unit_of_work() as uow:
            (takeout,) = uow.session.scalars(select(Takeout)).all()
            assert (takeout.checked_in_by, takeout.created_by) == (server.login, server.login)
