"""The first hour with JAGDesk, in the main window at 1366 x 700 on a real SQLite store (the demo
partnership and the Borehamwood JAG of meeting_store): a new meeting that starts from its series,
attendance with "invited", a typed date, items before any other business, matters arising in the
minutes mode, leaving unsaved attendance, Undo in the Edit menu, exports that remember their folder
and offer the file, Restore from the File menu, the guide and the keyboard shortcuts, and no Qt
warnings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from jagdesk.domain.meetings.vocabulary import INVITED, OPENING_ITEM, ItemKind
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.common import help_dialogs
from jagdesk.gui.dialogs.meetings.item_dialog import ItemDialog
from jagdesk.gui.dialogs.meetings.new_meeting_dialog import NewMeetingDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.export_files import clean_name
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
from jagdesk.gui.pages.meetings.minutes_export_dialog import MinutesExportDialog
from jagdesk.gui.widgets.date_field import DateField
from jagdesk.services import meetings as svc
from jagdesk.services.admin.safekeeping import backup_store
from jagdesk.services.problem_solving.actions import get_action
from jagdesk.store.opening import Store
from tests.support.meeting_store import CHAIR, SERIES, TAKER, Jag, meeting
from tests.support.on_screen import LAPTOP, choose, laptop_window, show_page

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store(meeting_copy: Store) -> Store:
    return meeting_copy


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    win = laptop_window(qtbot, store, active=True)
    yield win
    win.close()


@pytest.fixture
def page(window: MainWindow) -> MeetingsPage:
    return show_page(window, MeetingsPage)


def titles(page: MeetingsPage) -> list[str]:
    return [row.name for row in page.agenda.model.rows()]


def type_date(field: DateField, text: str) -> None:
    field.line.setFocus()
    field.line.selectAll()
    QTest.keyClicks(field.line, text)


# --- A new meeting of a series ----------------------------------------------------------------------


def test_a_new_meeting_starts_from_its_series_last_meeting(page: MeetingsPage, store: Store, jag: Jag,
                                                            dialogs: Any) -> None:
    def fill(dialog: Any) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        fields = dialog.fields
        choose(fields.series, SERIES)
        # The June meeting's venue, times and people.
        assert fields.venue.text() == "Committee Room 2, Civic Offices"
        assert fields.chair.currentText().startswith(CHAIR)
        assert fields.minute_taker.currentText().startswith(TAKER)
        assert fields.starts_at.time().toString("HH:mm") == "10:00"
        type_date(fields.held_on, "13 Jul 2021")
        assert fields.held_on.value() == date(2021, 7, 13)
        assert fields.name.text() == "Borehamwood JAG, July 2021"

    dialogs.will(fill)
    page.new_meeting()
    row = page.list.current_row()
    assert row is not None and row.name == "Borehamwood JAG, July 2021"
    detail = meeting(store, row.id)
    assert detail.venue == "Committee Room 2, Civic Offices" and detail.held_on == date(2021, 7, 13)
    # May's members (its guest came once) are invited; nobody is marked yet.
    assert [(a.name, a.attendance) for a in detail.attendees] == [
        (CHAIR, INVITED), (TAKER, INVITED), ("PC Aisha Rahman", INVITED), ("Fiona Carr", INVITED),
        ("Siobhan Keane", INVITED)]
    assert [i.name for i in detail.items] == [OPENING_ITEM]
    assert page.tabs.currentWidget() is page.attendance
    assert "5 members of the series' last meeting invited" in page.window().statusBar().currentMessage()
    tab = page.attendance
    assert tab.tree.headerItem().text(1) == "Invited"
    person = tab.person("Fiona Carr")
    assert person is not None and person.checkState(1) == Qt.CheckState.Checked
    assert tab.summary.text() == "5 invited, 0 present, 0 apologies, 0 absent"
    assert page.tabs.tabText(1) == "A&ttendance (5 invited)" and page.tabs.tabText(4) == "Acti&ons (0)"
    tab.tree.setCurrentItem(person)
    QTest.keyClick(tab.tree, Qt.Key.Key_A)  # sent apologies before the meeting
    tab.save_button.click()
    assert ("Fiona Carr", "apologies") in [(a.name, a.attendance) for a in meeting(store, row.id).attendees]


def test_the_date_takes_what_is_typed_wherever_the_cursor_is(page: MeetingsPage, jag: Jag,
                                                              store: Store) -> None:
    assert page.show_meeting(jag.next_id)
    fields = page.details.fields
    assert fields is not None
    field = fields.held_on
    assert field.line.text() == "08/06/2021" and field.weekday.text() == "Tuesday"
    field.line.setFocus()
    field.line.setCursorPosition(3)  # in the month: still one box, typed as a whole
    field.line.selectAll()
    QTest.keyClicks(field.line, "10/12/2026")
    assert field.value() == date(2026, 12, 10) and field.weekday.text() == "Thursday"
    field.line.end(False)
    QTest.keyClick(field.line, Qt.Key.Key_Backspace)
    QTest.keyClicks(field.line, "7")  # the last digit of the year, changed at the end
    assert field.value() == date(2027, 12, 10)
    field.line.home(False)
    QTest.keyClick(field.line, Qt.Key.Key_Delete)
    QTest.keyClicks(field.line, "2")  # the first digit of the day, changed at the start
    assert field.value() == date(2027, 12, 20)
    type_date(field, "31/02/2026")  # no such day: said at the field, nothing saved
    assert field.value() is None
    page.details.save_button.click()
    assert "'31/02/2026' is not a date" in page.details.field_error("held_on")
    assert meeting(store, jag.next_id).held_on == date(2021, 6, 8)
    type_date(field, "22 June 2021")
    QTest.keyClick(field.line, Qt.Key.Key_Return)
    assert field.line.text() == "22/06/2021"
    page.details.save_button.click()
    assert meeting(store, jag.next_id).held_on == date(2021, 6, 22)


def test_an_item_added_by_hand_lands_before_any_other_business_selected(page: MeetingsPage, jag: Jag,
                                                                        store: Store,
                                                                        dialogs: Any) -> None:
    with store.unit_of_work() as uow:
        svc.add_item(uow, jag.held_id, svc.ItemInput("Any other business", ItemKind.ANY_OTHER_BUSINESS))
    assert page.show_meeting(jag.held_id)
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.select_id(page.agenda.model.rows()[0].id)

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, ItemDialog)
        dialog.name.setText("Fly-tipping at Theobald Street")

    dialogs.will(fill)
    page.agenda.add_button.click()
    assert titles(page)[-2:] == ["Fly-tipping at Theobald Street", "Any other business"]
    current = page.agenda.current_row()
    assert current is not None and current.name == "Fly-tipping at Theobald Street"
    assert page.agenda.view.selectionModel().isRowSelected(3)
    assert [i.number for i in meeting(store, jag.held_id).items] == [1, 2, 3, 4, 5]


# --- Undo ---------------------------------------------------------------------------------------------


def test_undo_in_the_edit_menu_brings_back_a_deleted_agenda_item(window: MainWindow, page: MeetingsPage,
                                                                 jag: Jag, store: Store, messages: Any,
                                                                 qtbot: Any) -> None:
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == "&Undo (nothing to undo on this page)"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    with store.unit_of_work() as uow:
        item = svc.add_item(uow, jag.next_id, svc.ItemInput("Welcome"))
        svc.add_item(uow, jag.next_id, svc.ItemInput("Shenley Road parade"))
        svc.save_minutes(uow, item.id, item.version, "Apologies from the fire service.", "")
    assert page.show_meeting(jag.next_id)
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.select_id(item.id)
    page.agenda.view.setFocus()
    QTest.keyClick(page.agenda.view, Qt.Key.Key_Delete)
    assert messages.questions[-1] == "Delete the item 'Welcome' with its minutes?"
    assert titles(page) == ["Shenley Road parade"]
    status = window.statusBar().currentMessage()
    assert status == "Deleted the agenda item 'Welcome'. Press Ctrl+Z to undo."
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == "&Undo delete of the agenda item 'Welcome'"
    page.agenda.view.setFocus()
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Z, CTRL)
    assert titles(page) == ["Welcome", "Shenley Road parade"]  # back in its place, minutes too
    back = meeting(store, jag.next_id).items[0]
    assert (back.id, back.number, back.minutes) == (item.id, 1, "Apologies from the fire service.")
    assert page.agenda.current_row().id == item.id
    assert window.statusBar().currentMessage() == "Brought back the agenda item 'Welcome'."
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == "&Undo (nothing to undo on this page)"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Nothing to undo: Ctrl+Z brings back the last meeting, agenda item or action deleted on "
        "this page.")
    assert not messages.errors


# --- Minutes mode: matters arising -------------------------------------------------------------------


def test_the_minutes_mode_shows_matters_arising_to_update_or_close(page: MeetingsPage, jag: Jag,
                                                                   store: Store, dialogs: Any,
                                                                   qtbot: Any) -> None:
    with store.unit_of_work() as uow:
        svc.add_item(uow, jag.next_id, svc.ItemInput("Welcome"))
        svc.add_item(uow, jag.next_id, svc.ItemInput("Matters arising", ItemKind.MATTERS_ARISING))
    assert page.show_meeting(jag.next_id)
    page.tabs.setCurrentWidget(page.minutes)
    editor = page.minutes
    assert not editor.ui.matters.isVisible()  # the welcome has none
    editor.next_item()
    assert editor.ui.matters.isVisible()
    view = editor.ui.matters_view
    rows = [[view.topLevelItem(r).text(c) for c in range(6)] for r in range(view.topLevelItemCount())]
    assert rows == [["BJAG-2021-05/01", "Draft the notice extending the alcohol-free zone",
                     f"{TAKER} (Hertsmere Borough Council)", "01/06/2021", "Open",
                     "20 May 2021: Draft sent to legal services."]]
    qtbot.wait(20)  # laid out
    assert editor.minutes_box.height() >= 150  # room left to type at 1366 x 700

    def update(dialog: Any) -> None:
        assert isinstance(dialog, UpdateDialog)
        dialog.written_on.setDate(QDate(2021, 6, 8))
        dialog.text.setPlainText("Notice published; signs ordered.")

    dialogs.will(update)
    editor.ui.update_button.click()
    assert view.topLevelItem(0).text(5) == "8 Jun 2021: Notice published; signs ordered."
    editor.ui.done_button.click()
    assert view.topLevelItem(0).text(4) == "Done" and not editor.ui.done_button.isEnabled()
    with store.unit_of_work() as uow:
        action = get_action(uow, editor.matters()[0].id)
    assert action.status == "done" and action.completed_on == date.today()


# --- Leaving unsaved attendance ----------------------------------------------------------------------


@pytest.mark.parametrize("answer", [prompts.SAVE, prompts.DISCARD, prompts.CANCEL])
def test_leaving_unsaved_attendance_offers_save(page: MeetingsPage, jag: Jag, store: Store,
                                                monkeypatch: pytest.MonkeyPatch, answer: str,
                                                qtbot: Any) -> None:
    asked: list[str] = []

    def ask(_parent: Any, question: str) -> str:
        asked.append(question)
        return answer

    monkeypatch.setattr(prompts, "save_discard_cancel", ask)
    assert page.show_meeting(jag.next_id)
    page.tabs.setCurrentWidget(page.attendance)
    tab = page.attendance
    tab.tree.setCurrentItem(tab.person(CHAIR))
    QTest.keyClick(tab.tree, Qt.Key.Key_I)
    assert tab.dirty
    page.list.select_id(jag.held_id)
    assert asked == ["Save your changes on the Attendance tab of 'Borehamwood JAG, June 2021' before "
                     "leaving it?"]
    if answer == prompts.SAVE:
        qtbot.waitUntil(lambda: page.list.current_row().id == jag.held_id)
    saved = [(a.name, a.attendance) for a in meeting(store, jag.next_id).attendees]
    shown = page.list.current_row().id
    if answer == prompts.SAVE:
        assert saved == [(CHAIR, INVITED)] and shown == jag.held_id and not tab.dirty
    elif answer == prompts.DISCARD:
        assert saved == [] and shown == jag.held_id and not tab.dirty
    else:
        assert saved == [] and shown == jag.next_id and tab.dirty


# --- Exports and the File menu -----------------------------------------------------------------------


def test_exports_suggest_a_clean_name_in_the_last_folder_and_offer_the_file(
        window: MainWindow, page: MeetingsPage, jag: Jag, tmp_path: Path, dialogs: Any,
        offers: Any) -> None:
    assert clean_name('Hertsmere JAG, 10/12 "draft": minutes?.docx') == \
        "Hertsmere JAG 10-12 draft minutes.docx"
    assert clean_name("CON.pdf") == "export CON.pdf" and clean_name(" .. .ics") == "export.ics"
    assert page.show_meeting(jag.held_id)
    folder = tmp_path / "JAG papers"
    folder.mkdir()
    suggested: list[str] = []

    def fill(dialog: Any) -> None:
        suggested.append(dialog.path.text())
        dialog.path.setText(str(folder / Path(dialog.path.text()).name))

    dialogs.will(fill)
    offers.answer = True
    written = page.export_minutes()
    assert Path(suggested[0]) == Path.home() / "Borehamwood JAG 2021-05-11 minutes.docx"
    assert written == folder / "Borehamwood JAG 2021-05-11 minutes.docx" and written.is_file()
    assert offers.offered == [f"Wrote the minutes to {written}."]
    assert offers.opened == [str(written)]
    offers.answer = False
    dialogs.will(fill)
    calendar = page.export_calendar()  # the next export is suggested in the same folder
    assert Path(suggested[1]) == folder / "Borehamwood JAG.ics" and calendar is not None
    assert offers.opened == [str(written)] and len(offers.offered) == 2


def test_the_file_menu_has_the_page_exports_and_restore(window: MainWindow, page: MeetingsPage,
                                                        jag: Jag, dialogs: Any, tmp_path: Path) -> None:
    texts = lambda: [a.text() for a in window.file_menu.actions() if not a.isSeparator()]  # noqa: E731
    assert page.show_meeting(jag.held_id)
    window.file_menu.aboutToShow.emit()
    assert texts() == ["&Import police.uk files…", "Import &boundaries (GeoJSON)…",
                       "Import p&ostcodes (ONSPD or Code-Point Open)…", "Minutes to &Word…",
                       "Meeting &pack (PDF)…", "Print pac&k…", "&Calendar (.ics)…",
                       "Back &up the store…", "&Restore from a backup…",
                       "&Take out for a meeting…", "C&heck in…", "&Quit"]
    # Each entry's Alt+letter is its own.
    keys = [text[text.index("&") + 1].lower() for text in texts()]
    assert len(keys) == len(set(keys))
    opened: list[Any] = []
    dialogs.will(lambda dialog: (opened.append(dialog), dialog.reject()))
    next(a for a in window.export_actions if a.text() == "Minutes to &Word…").trigger()
    assert isinstance(opened[0], MinutesExportDialog)
    window.show_page(0)  # the dashboard exports nothing
    window.file_menu.aboutToShow.emit()
    assert [a.text() for a in window.export_actions] == ["No exports on the Dashboard page"]
    assert not window.export_actions[0].isEnabled()


def test_restore_from_the_file_menu_asks_then_shows_the_backup(window: MainWindow, page: MeetingsPage,
                                                               jag: Jag, store: Store, tmp_path: Path,
                                                               messages: Any) -> None:
    copy = backup_store(store, tmp_path / "before.db")
    with store.unit_of_work() as uow:
        svc.delete_meeting(uow, jag.next_id, meeting(store, jag.next_id).version)
    page.refresh()
    assert not page.list.select_id(jag.next_id)
    messages.answer = False
    assert not window.restore_from(copy)
    assert messages.questions[-1].startswith("Restore from before.db? Every record in the store is "
                                             "replaced with the backup's.")
    messages.answer = True
    assert window.restore_from(copy)
    assert page.list.select_id(jag.next_id)  # the page shows the store as restored
    assert window.statusBar().currentMessage().startswith("Restored ")
    assert not messages.errors


# --- Help --------------------------------------------------------------------------------------------


def test_help_has_a_guide_and_the_shortcuts_from_the_actions(window: MainWindow, page: MeetingsPage,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.guide_action.trigger()
    window.shortcuts_action.trigger()
    guide, keys = shown
    assert guide.width() <= LAPTOP[0] and guide.height() <= LAPTOP[1]
    text = guide.findChild(help_dialogs.QTextBrowser).toPlainText()
    for task in ("Arrange the next meeting", "On the day: attendance and minutes", "Chase the actions",
                 "Undo, backups and restoring"):
        assert task in text
    groups = dict(help_dialogs.shortcut_rows(window))
    menus = dict(groups["Menus"])
    assert menus["Edit, Undo the last delete on the page"] == "Ctrl+Z"
    assert menus["Edit, New"] == "Ctrl+N" and menus["Go, Meetings"] == "Ctrl+2"
    assert menus["Help, Guide to the main tasks"] == "F1"
    meetings = dict(groups["Meetings"])
    assert meetings["Minutes: next agenda item"] == "Ctrl+PgDown or Alt+N"
    assert meetings["Agenda: move the item up"] == "Ctrl+Up"
    # The list follows the actions: a key changed is a key listed.
    window.refresh_action.setShortcut("Ctrl+R")
    assert dict(dict(help_dialogs.shortcut_rows(window))["Menus"])["Edit, Refresh"] == "Ctrl+R"
    assert "Ctrl+Z" in keys.findChild(help_dialogs.QTextBrowser).toPlainText()
