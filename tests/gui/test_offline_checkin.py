"""File > Check in... on the demo store, after Borehamwood was taken out through the dialog and a
week's work done on both sides (tests.support.checkin_story): the file and its passphrase, the
plan, the conflicts resolved field by field with the keyboard and the mouse, the check-in in the
background, the renumbered references told, the file wiped; then every record of the server
compared with what it must hold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.offline.checkin_dialog import CheckinDialog
from jagdesk.gui.dialogs.offline.conflicts_dialog import LAPTOP, SERVER, ConflictsDialog
from jagdesk.gui.dialogs.offline.takeout_dialog import TakeoutDialog
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.problem_solving.cases_page import CasesPage
from jagdesk.gui.widgets.taken_out_line import TakenOutLine
from jagdesk.services.offline.types import ConflictKind, Side
from jagdesk.store.models import Takeout
from jagdesk.store.opening import Store
from tests.gui.test_offline_takeout import fill_takeout
from tests.support.checkin_story import (
    CASE,
    contents,
    expected_after,
    open_laptop,
    work_on_both_sides,
)
from tests.support.offline_dialogs import SHOTS, Flow, cancel, drive, passphrase, press
from tests.support.stores import PASSPHRASE, copy_store

SHENLEY = "hotspot Shenley Road shopping parade, Borehamwood"


@pytest.fixture
def worked(window: MainWindow, demo_store: Store, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> tuple[Flow, Any, Any]:
    """Borehamwood taken out through the dialog, a week's work on both sides; the flow answering
    the dialogs, the story and what the server must hold once it is checked in."""
    monkeypatch.setenv("JAGDESK_USER", "carol.office")
    flow = drive(monkeypatch)
    file = tmp_path / "borehamwood.db"
    flow.will(TakeoutDialog, fill_takeout(file))
    window.takeout_action.trigger()
    assert file.is_file() and flow.errors == []
    with open_laptop(file) as laptop:
        story = work_on_both_sides(demo_store, laptop, file)
        expected = expected_after(contents(demo_store), laptop, story)
    flow.opened_file = file
    flow.told.clear()
    return flow, story, expected


def read_plan(dialog: CheckinDialog) -> None:
    assert dialog.section("changed") == [f"case {CASE} Street drinking and anti-social behaviour "
                                         "at the Shenley Road parade", f"action {CASE}/01"]
    assert "case PS-2021-003 Motorbikes on Aberford Park" in dialog.section("added")
    assert "case PS-2021-004 Motorbikes on Aberford Park (was PS-2021-003)" in dialog.section("renumbered")
    assert len(dialog.section("conflicts")) == 3
    assert dialog.go_button.text() == "&Resolve conflicts…"
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(720, 560)
    QApplication.processEvents()  # the layout settles before the picture
    dialog.grab().save(str(SHOTS / "checkin_dialog.png"))
    press(dialog, QDialogButtonBox.StandardButton.Ok)


def resolve(dialog: ConflictsDialog) -> None:
    """Look at each record (Apply is off until then) and choose: the hotspot's description the
    laptop's by keyboard and back to the server's by mouse; action /03 deleted as on the laptop
    (arrow keys), action /04 kept with the laptop's change (a click)."""
    dialog.resize(1100, 620)
    labels = [c.label for c in dialog.conflicts]
    assert not dialog.apply_button.isEnabled()
    shenley = labels.index(SHENLEY)
    dialog.records.setCurrentRow(shenley)
    assert [dialog.cell(row, 0).text() for row in range(dialog.table.rowCount())] == \
        ["description", "notes"]
    # Preselected: a field changed on both sides the server's, one changed on the laptop only the laptop's.
    assert [dialog.cell(row, 4).text() for row in range(2)] == ["server's", "laptop's"]
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    dialog.table.selectRow(0)
    QTest.keyClick(dialog.table, Qt.Key.Key_L)
    assert dialog.cell(0, 4).text() == "laptop's"
    assert dialog.cell(0, LAPTOP).checkState() == Qt.CheckState.Checked
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # the layout settles before the picture
    dialog.grab().save(str(SHOTS / "conflicts_dialog.png"))
    server_cell = dialog.table.visualItemRect(dialog.cell(0, SERVER)).center()
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=server_cell)
    assert dialog.cell(0, 4).text() == "server's"
    for row, conflict in enumerate(dialog.conflicts):
        if conflict.kind is ConflictKind.CHANGED_ON_BOTH:
            continue
        dialog.records.setFocus()
        dialog.records.setCurrentRow(row)
        assert dialog.ui.deletion.isVisibleTo(dialog) and not dialog.ui.take_laptop.isVisibleTo(dialog)
        assert dialog.ui.keep_server.isChecked()  # the server's unless chosen
        QApplication.processEvents()  # the layout settles before the picture
        dialog.grab().save(str(SHOTS / f"conflicts_dialog_{conflict.kind.name.lower()}.png"))
        if conflict.kind is ConflictKind.DELETED_ON_LAPTOP:
            dialog.ui.keep_server.setFocus()  # Tab reaches the choice; an arrow key moves it
            QTest.keyClick(dialog.ui.keep_server, Qt.Key.Key_Up)
        else:
            dialog.ui.keep_laptop.click()
        assert dialog.ui.keep_laptop.isChecked()
    assert dialog.apply_button.isEnabled()
    hotspot = next(c for c in dialog.conflicts if c.label == SHENLEY)
    assert dialog.resolutions()[hotspot.key].fields == {"description": Side.SERVER, "notes": Side.LAPTOP}
    dialog.apply_button.click()


def test_a_take_out_is_checked_in_through_the_dialogs(
        window: MainWindow, demo_store: Store, worked: tuple[Flow, Any, Any]) -> None:
    flow, story, expected = worked
    cases = window.page(CasesPage)
    window.show_page(window.pages.index(cases))
    assert cases.list.select_id(story.ids["case"])
    line = cases.findChild(TakenOutLine)
    assert line is not None and line.isVisible()
    flow.will(PassphraseDialog, passphrase("not the passphrase"))
    flow.will(PassphraseDialog, passphrase(PASSPHRASE))
    flow.will(CheckinDialog, read_plan)
    flow.will(ConflictsDialog, resolve)
    flow.wipe = True
    window.checkin_action.trigger()
    assert flow.errors == []
    assert flow.fillers[PassphraseDialog] == []  # asked again after the wrong one
    told = flow.told[0]
    assert told.startswith(f"{story.file.name} is checked in: ")
    assert "3 conflicts resolved as you chose." in told
    assert "  • case PS-2021-004 Motorbikes on Aberford Park (was PS-2021-003)" in told
    assert f"  • action {CASE}/10 (was {CASE}/09)" in told
    assert "Wipe borehamwood.db from this computer?" in flow.questions[0]
    assert "cannot be undone" in flow.questions[0]
    assert not story.file.exists()
    assert flow.told[-1] == "borehamwood.db is wiped from this computer."
    assert contents(demo_store) == expected
    assert not line.isVisible()  # the page read again: the case is home
    with demo_store.unit_of_work() as uow:
        (takeout,) = uow.session.query(Takeout).all()
        assert takeout.checked_in_by == "carol.office"


def test_a_check_in_left_at_the_conflicts_changes_nothing_and_keeps_the_file(
        window: MainWindow, demo_store: Store, worked: tuple[Flow, Any, Any]) -> None:
    flow, story, _expected = worked
    before = contents(demo_store)
    flow.will(PassphraseDialog, passphrase(PASSPHRASE))
    flow.will(CheckinDialog, lambda d: press(d, QDialogButtonBox.StandardButton.Ok))
    flow.will(ConflictsDialog, cancel)
    window.checkin_action.trigger()
    assert flow.told == [] and flow.errors == [] and flow.questions == []
    assert contents(demo_store) == before
    assert story.file.is_file()
    # Checked in, then the same file again: refused in one sentence, the file not offered to wipe.
    flow.will(PassphraseDialog, passphrase(PASSPHRASE))
    flow.will(CheckinDialog, lambda d: press(d, QDialogButtonBox.StandardButton.Ok))
    flow.will(ConflictsDialog, lambda d: (d.records.setCurrentRow(1), d.records.setCurrentRow(2),
                                          d.apply_button.click()))
    window.checkin_action.trigger()
    assert flow.told[0].startswith("borehamwood.db is checked in")
    assert flow.questions and story.file.is_file()  # the wipe declined
    flow.will(PassphraseDialog, passphrase(PASSPHRASE))
    window.checkin_action.trigger()
    assert len(flow.errors) == 1 and "was already checked in on " in flow.errors[0]


def test_a_plain_store_chosen_to_check_in_is_refused_in_one_sentence(
        window: MainWindow, demo_store: Store, demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    flow = drive(monkeypatch)
    before = contents(demo_store)
    flow.opened_file = copy_store(demo_template, tmp_path / "plain.db")
    window.checkin_action.trigger()  # not encrypted: no passphrase asked
    assert len(flow.errors) == 1
    assert flow.errors[0].endswith("plain.db is an ordinary JAGDesk store, not a take-out file; there "
                                   "is nothing to check in and nothing was changed.")
    assert flow.told == [] and flow.questions == []
    assert contents(demo_store) == before
