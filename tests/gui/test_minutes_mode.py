"""The minutes-taking mode, driven from the keyboard only on a real SQLite store: through the items,
an action agreed without leaving the keyboard, the text saved as it is typed (read back through a
second connection), and a colleague's change that must not swallow what was typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
from jagdesk.gui.pages.meetings.minutes_editor import AUTOSAVE_MS
from jagdesk.services import meetings as svc
from jagdesk.store.opening import Store
from tests.support.meeting_store import Jag
from tests.support.on_screen import page_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
HELD = "Borehamwood JAG, May 2021"


@pytest.fixture
def store(meeting_copy: Store) -> Store:
    return meeting_copy


@pytest.fixture
def window(qtbot: Any, store: Store, jag: Jag) -> Iterator[QMainWindow]:
    page = MeetingsPage(store)
    shown = page_window(qtbot, page, active=True)  # shortcuts act in the active window only
    assert page.show_meeting(jag.held_id)
    page.tabs.setCurrentWidget(page.minutes)
    yield shown
    shown.close()


def page_of(window: QMainWindow) -> MeetingsPage:
    page = window.centralWidget()
    assert isinstance(page, MeetingsPage)
    return page


@dataclass(frozen=True)
class StoredItem:
    minutes: str
    decisions: str
    actions: list[tuple[str, str, str]]  # (description, owner, due on as stored)


def stored(tmp_path: Path, meeting: str = HELD) -> list[StoredItem]:
    """The items as another program reads them: its own connection to the file, no JAGDesk code,
    so only what was committed is seen."""
    with closing(sqlite3.connect(tmp_path / "meetings.db")) as connection:
        items = connection.execute(
            "SELECT a.id, a.minutes, a.decisions FROM agenda_item a JOIN meeting m ON m.id = "
            "a.meeting_id WHERE m.name = ? ORDER BY a.position", (meeting,)).fetchall()
        return [StoredItem(minutes, decisions, connection.execute(
            "SELECT x.description, COALESCE(c.name, ''), COALESCE(x.due_on, '') FROM action x "
            "LEFT JOIN contact c ON c.id = x.owner_contact_id WHERE x.agenda_item_id = ? "
            "ORDER BY x.reference", (item_id,)).fetchall()) for item_id, minutes, decisions in items]


def type_at_end(box: Any, text: str) -> None:
    QTest.keyClick(box, Qt.Key.Key_End, CTRL)
    QTest.keyClicks(box, text)


def test_a_keyboard_only_journey_through_three_items(qtbot: Any, window: QMainWindow, tmp_path: Path,
                                                     jag: Jag) -> None:
    editor = page_of(window).minutes
    box = editor.minutes_box
    assert editor.ui.title.text() == "1. Matters arising"
    assert box.hasFocus()
    type_at_end(box, " Nothing else arose.")

    QTest.keyClick(box, Qt.Key.Key_PageDown, CTRL)  # next item: the first is saved on the way
    assert editor.ui.title.text() == "2. Street drinking at the Shenley Road parade"
    assert "Hotspot: Shenley Road shopping parade" in editor.ui.about.text()
    assert editor.ui.position.text() == "Item 2 of 3"
    type_at_end(editor.minutes_box, " Residents' letters: 31 replies.")

    QTest.keyClick(editor.minutes_box, Qt.Key.Key_A, CTRL | SHIFT)  # a new action, here
    row = editor.action_row
    assert row.isVisible() and row.description.hasFocus()
    QTest.keyClicks(row.description, "Leaflet the flats above the parade")
    QTest.keyClick(row.description, Qt.Key.Key_Tab)
    assert row.owner.hasFocus()
    QTest.keyClicks(row.owner, "fiona")  # type-ahead: Fiona Carr — William Sutton Housing
    assert "Fiona Carr — William Sutton Housing" in row.completer.model().stringList()
    QTest.keyClick(row.owner, Qt.Key.Key_Return)
    assert not row.isVisible()
    assert editor.minutes_box.hasFocus()  # back where the minutes were being typed
    assert editor.status_label.text().startswith("Agreed BJAG-2021-05/")
    shown = [editor.ui.actions_view.topLevelItem(i).text(1)
             for i in range(editor.ui.actions_view.topLevelItemCount())]
    assert shown == ["Draft the notice extending the alcohol-free zone",
                     "Leaflet the flats above the parade"]

    QTest.keyClick(editor.minutes_box, Qt.Key.Key_N, ALT)  # Alt+N: the next item too
    assert editor.ui.title.text() == "3. Darkes Lane car park: drug dealing"
    QTest.keyClicks(editor.minutes_box, "The owner has agreed new lights.")
    QTest.keyClick(editor.minutes_box, Qt.Key.Key_Tab)  # Tab leaves the box for Decisions
    assert editor.decisions_box.hasFocus()
    QTest.keyClicks(editor.decisions_box, "Close the item at the next meeting.")
    QTest.keyClick(editor.decisions_box, Qt.Key.Key_PageUp, CTRL)
    assert editor.ui.title.text().startswith("2.")
    QTest.keyClick(editor.minutes_box, Qt.Key.Key_P, ALT)
    assert editor.ui.title.text().startswith("1.")

    items = stored(tmp_path)
    assert [i.minutes for i in items] == [
        "All actions from April were reviewed. Nothing else arose.",
        "PC Rahman reported 14 calls about street drinking since April, mostly Thursday to "
        "Saturday evenings by the Co-op. Residents' letters: 31 replies.",
        "The owner has agreed new lights."]
    assert items[2].decisions == "Close the item at the next meeting."
    # Due four weeks after the meeting of 11 May 2021 unless changed in the row.
    assert items[1].actions[-1] == ("Leaflet the flats above the parade", "Fiona Carr", "2021-06-08")
    assert page_of(window).tabs.tabText(4) == "Acti&ons (3)"


def test_text_is_saved_after_a_pause_in_typing(qtbot: Any, window: QMainWindow, tmp_path: Path,
                                               jag: Jag) -> None:
    editor = page_of(window).minutes
    type_at_end(editor.minutes_box, " Typed, then a pause.")
    assert editor.dirty and editor.timer.isActive()
    # Nothing else happens: no item change, no focus change. The debounce saves it.
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    assert stored(tmp_path)[0].minutes.endswith(" Typed, then a pause.")
    assert editor.status_label.text().startswith("Saved ")


def test_typing_without_a_pause_is_saved_within_five_seconds(qtbot: Any, window: QMainWindow,
                                                             tmp_path: Path) -> None:
    editor = page_of(window).minutes
    type_at_end(editor.minutes_box, " Typing")
    assert editor.timer.interval() == AUTOSAVE_MS
    # Still typing more than five seconds after the first unsaved keystroke: no more waiting.
    editor._dirty_since -= 6
    type_at_end(editor.minutes_box, " on")
    assert editor.timer.isActive() and editor.timer.interval() == 0
    qtbot.waitUntil(lambda: not editor.dirty, timeout=2000)
    assert stored(tmp_path)[0].minutes.endswith(" Typing on")


def test_closing_the_window_saves_what_was_typed(window: QMainWindow, tmp_path: Path,
                                                 jag: Jag) -> None:
    editor = page_of(window).minutes
    type_at_end(editor.minutes_box, " Typed just before closing.")
    window.close()
    assert stored(tmp_path)[0].minutes.endswith(" Typed just before closing.")


def test_escape_leaves_the_new_action_unsaved(window: QMainWindow, tmp_path: Path,
                                              jag: Jag) -> None:
    editor = page_of(window).minutes
    QTest.keyClick(editor.minutes_box, Qt.Key.Key_A, CTRL | SHIFT)
    QTest.keyClicks(editor.action_row.description, "Not agreed after all")
    QTest.keyClick(editor.action_row.description, Qt.Key.Key_Escape)
    assert not editor.action_row.isVisible()
    assert editor.minutes_box.hasFocus()
    assert stored(tmp_path)[0].actions == []


def test_an_unknown_owner_is_refused_in_the_row(window: QMainWindow, tmp_path: Path,
                                                jag: Jag) -> None:
    editor = page_of(window).minutes
    QTest.keyClick(editor.minutes_box, Qt.Key.Key_A, CTRL | SHIFT)
    QTest.keyClicks(editor.action_row.description, "Check the CCTV")
    QTest.keyClick(editor.action_row.description, Qt.Key.Key_Tab)
    QTest.keyClicks(editor.action_row.owner, "Nobody Known")
    QTest.keyClick(editor.action_row.owner, Qt.Key.Key_Return)
    assert editor.action_row.isVisible()
    assert editor.action_row.error.text().startswith("No contact matches 'Nobody Known'")
    assert stored(tmp_path)[0].actions == []


def test_a_colleagues_change_does_not_swallow_the_typing(window: QMainWindow, store: Store,
                                                         tmp_path: Path, jag: Jag) -> None:
    editor = page_of(window).minutes
    with store.unit_of_work("colleague") as uow:  # another session, as a colleague's would be
        first = svc.get_meeting(uow, jag.held_id).items[0]
        svc.save_minutes(uow, first.id, first.version, "The colleague's version.", "")

    type_at_end(editor.minutes_box, " My addition.")
    assert editor.flush() is False
    assert "changed the minutes of 'Matters arising'" in editor.status_label.text()
    assert editor.status_label.text().startswith("Not saved:")
    assert editor.minutes_box.toPlainText().endswith(" My addition.")  # kept on screen
    QTest.keyClick(editor.minutes_box, Qt.Key.Key_PageDown, CTRL)
    assert editor.ui.title.text().startswith("1.")  # not left while the text is unsaved
    assert stored(tmp_path)[0].minutes == "The colleague's version."

    assert editor.ui.keep_button.isVisible()
    editor.ui.keep_button.click()  # keep mine: saved over theirs (both stay in the audit trail)
    assert stored(tmp_path)[0].minutes.endswith(" My addition.")
    assert editor.status_label.text().startswith("Saved ")
    QTest.keyClick(editor.minutes_box, Qt.Key.Key_PageDown, CTRL)
    assert editor.ui.title.text().startswith("2.")
