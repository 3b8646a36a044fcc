"""File > Take out for a meeting... on the demo store: the dialog filled in as a user would, the
file written in the background, what was taken told; refusals said in the dialog with nothing
written; the records taken out saying so on their pages; and a window opened on the take-out file
naming where it came from, with Check in off."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy import select

from jagdesk.gui.dialogs.offline.takeout_dialog import TakeoutDialog
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
from jagdesk.gui.pages.problem_solving.cases_page import CasesPage
from jagdesk.gui.widgets.taken_out_line import TakenOutLine
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Takeout, TakeoutRecord
from jagdesk.store.opening import Store, open_store
from tests.support.offline_dialogs import SHOTS, Flow, drive, press
from tests.support.stores import PASSPHRASE

LOCALITY = "Borehamwood"


def fill_takeout(file: Path, locality: str = LOCALITY, repeat: str = PASSPHRASE,
                 shot: str = "") -> Any:
    """Answer the take-out dialog: a locality, the file, the passphrase twice; Take out."""

    def fill(dialog: TakeoutDialog) -> None:
        dialog.locality.setCurrentText(locality)
        dialog.file.setText(str(file))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(repeat)
        if shot:
            SHOTS.mkdir(exist_ok=True)
            QApplication.processEvents()  # the layout settles before the picture
            dialog.grab().save(str(SHOTS / shot))
        press(dialog, QDialogButtonBox.StandardButton.Save)
        if dialog.isVisible():  # refused: the user reads why and gives up
            dialog.reject()

    return fill


def take_out_through_menu(window: MainWindow, flow: Flow, file: Path, **options: Any) -> None:
    flow.will(TakeoutDialog, fill_takeout(file, **options))
    window.takeout_action.trigger()


def held(store: Store, table: str) -> set[uuid.UUID]:
    with store.unit_of_work() as uow:
        return set(uow.session.scalars(select(TakeoutRecord.record_id)
                                       .where(TakeoutRecord.table_name == table)))


def line_of(page: QWidget) -> TakenOutLine:
    line = page.findChild(TakenOutLine)
    assert line is not None
    return line


def test_the_take_out_dialog_writes_the_file_and_says_what_it_took(
        window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    file = tmp_path / "laptop.db"
    take_out_through_menu(window, flow, file, shot="takeout_dialog.png")
    assert flow.errors == []
    assert file.is_file()
    assert len(flow.told) == 1 and flow.told[0].startswith(f"{LOCALITY} is taken out to {file}:")
    with demo_store.unit_of_work() as uow:
        (takeout,) = uow.session.scalars(select(Takeout)).all()
        assert (takeout.locality_name, takeout.file, takeout.months) == (LOCALITY, str(file), 24)
        assert f"{takeout.records:,} records" in flow.told[0]


def test_a_refused_take_out_is_said_in_the_dialog_and_writes_nothing(
        window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    file = tmp_path / "laptop.db"
    take_out_through_menu(window, flow, file, repeat="something else")
    dialog = flow.shown[TakeoutDialog]
    assert isinstance(dialog, TakeoutDialog)
    assert dialog.field_error("repeat") == "The two passphrases are not the same."
    existing = tmp_path / "there.db"
    existing.write_bytes(b"kept")
    take_out_through_menu(window, flow, existing)
    dialog = flow.shown[TakeoutDialog]
    assert isinstance(dialog, TakeoutDialog)
    assert "already" in dialog.field_error("file")
    take_out_through_menu(window, flow, tmp_path / "no folder" / "laptop.db")
    dialog = flow.shown[TakeoutDialog]
    assert isinstance(dialog, TakeoutDialog)
    assert dialog.general_error.text().startswith("There is no folder")
    assert not file.exists() and existing.read_bytes() == b"kept"
    assert flow.told == [] and flow.errors == []
    with demo_store.unit_of_work() as uow:
        assert uow.session.scalars(select(Takeout)).all() == []


def test_the_records_taken_out_say_so_on_their_pages(
        window: MainWindow, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    cases = window.page(CasesPage)
    window.show_page(window.pages.index(cases))
    take_out_through_menu(window, flow, tmp_path / "laptop.db")
    away_cases = held(demo_store, "problem_case")
    assert away_cases
    shown = line_of(cases)
    assert cases.list.select_id(sorted(away_cases)[0])
    assert shown.isVisible()
    assert shown.text().startswith("Taken out by ") and f"({LOCALITY}, to " in shown.text()
    SHOTS.mkdir(exist_ok=True)
    window.resize(1366, 700)
    QApplication.processEvents()  # the layout settles before the picture
    window.grab().save(str(SHOTS / "cases_taken_out.png"))
    others = [row.id for row in cases.list.model.rows() if row.id not in away_cases]
    if others:
        assert cases.list.select_id(others[0])
        assert not shown.isVisible()
    for kind, table in ((MeetingsPage, "meeting"), (HotspotsPage, "hotspot")):
        page = window.page(kind)
        window.show_page(window.pages.index(page))
        away = sorted(held(demo_store, table))
        assert away, table
        assert page.list.select_id(away[0])
        assert line_of(page).isVisible(), table
        assert line_of(page).text().startswith("Taken out by "), table
        QApplication.processEvents()  # the layout settles before the picture
        window.grab().save(str(SHOTS / f"{table}_taken_out.png"))


def test_a_window_on_the_take_out_file_names_its_origin_and_cannot_check_in(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    file = tmp_path / "laptop.db"
    take_out_through_menu(window, flow, file)
    with open_store(sqlite_location(file), PASSPHRASE, create=False) as laptop:
        on_laptop = MainWindow(laptop)
        qtbot.addWidget(on_laptop)
        on_laptop.resize(1366, 700)
        on_laptop.show()
        title = on_laptop.windowTitle()
        assert f"— take-out of {window.store.describe()} ({LOCALITY}, taken " in title
        assert title.endswith(f" by {window.store.author()})")
        # The status bar says so too.
        status = on_laptop.store_label.text()
        assert f" · take-out of {LOCALITY}, taken " in status
        assert status.endswith(f" by {window.store.author()}")
        assert not window.store_label.text().count("take-out")
        for action in (on_laptop.checkin_action, on_laptop.takeout_action):
            assert not action.isEnabled()
            assert action.toolTip().startswith("This store is itself a take-out of ")
        assert window.checkin_action.isEnabled()
        _grab_with_title(on_laptop).save(str(SHOTS / "laptop_title.png"))
        on_laptop.close()


def _grab_with_title(window: MainWindow) -> Any:
    """The window with its title drawn above it as a title bar would show it (off-screen windows
    have no frame to grab)."""
    frame = QWidget()
    column = QVBoxLayout(frame)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    bar = QLabel(window.windowTitle())
    bar.setStyleSheet("background: #2b2b2b; color: white; padding: 6px 10px; font-weight: bold;")
    column.addWidget(bar)
    shot = QLabel()
    QApplication.processEvents()  # the layout settles before the picture
    shot.setPixmap(window.grab())
    column.addWidget(shot)
    frame.resize(window.width(), window.height() + 32)
    SHOTS.mkdir(exist_ok=True)
    return frame.grab()
