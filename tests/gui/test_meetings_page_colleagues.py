"""The meetings page when a colleague changes the same meeting: a stale save refused with what the
user typed kept, and the user's own saves never making the rest of the meeting stale; on the real
meeting store (the demo partnership and the Borehamwood JAG)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jagdesk.gui.pages.meetings.meetings_page import MeetingsPage
from jagdesk.services import meetings as svc
from jagdesk.store.opening import Store
from tests.support.meeting_store import Jag, meeting

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store(meeting_copy: Store) -> Store:
    return meeting_copy


@pytest.fixture
def page(meeting_page: MeetingsPage) -> MeetingsPage:
    return meeting_page


def _tick(page: MeetingsPage, name: str, key: Qt.Key) -> None:
    item = page.attendance.person(name)
    assert item is not None
    page.attendance.tree.setCurrentItem(item)
    QTest.keyClick(page.attendance.tree, key)


def test_a_stale_attendance_save_is_refused_and_the_ticks_stay(page: MeetingsPage, store: Store,
                                                               jag: Jag, messages: Any) -> None:
    assert page.show_meeting(jag.held_id)
    page.tabs.setCurrentWidget(page.attendance)
    _tick(page, "Siobhan Keane", Qt.Key.Key_P)  # came after all
    # Meanwhile a colleague takes the guest off the list.
    with store.unit_of_work("colleague") as uow:
        held = svc.get_meeting(uow, jag.held_id)
        svc.set_attendance(uow, held.id, [
            svc.AttendeeInput(a.contact_id, attendance=a.attendance)
            for a in held.attendees if not a.guest], held.version)
    theirs = [(a.name, a.attendance) for a in meeting(store, jag.held_id).attendees]
    page.attendance.save_button.click()
    assert len(messages.errors) == 1
    assert re.match(r"colleague changed this meeting at \d\d/\d\d/\d{4} \d\d:\d\d, after you "
                    r"opened it; your changes were not saved\.", messages.errors[0])
    assert [(a.name, a.attendance) for a in meeting(store, jag.held_id).attendees] == theirs
    # What the user ticked is still there to copy or save again once they have looked.
    tab = page.attendance
    assert tab.dirty and tab.save_button.isEnabled()
    assert ("Siobhan Keane", "present") in [(i.text(0), tab._attendance(i)) for i in tab.people()]
    assert tab.person("Zofia Kowalczyk (guest)") is not None


def _type_after_the_venue(page: MeetingsPage, text: str) -> None:
    """Type `text` at the end of the Details tab's venue, as the user would."""
    venue = page.details.fields.venue if page.details.fields else None
    assert venue is not None
    venue.setFocus()
    venue.end(False)
    QTest.keyClicks(venue, text)


def _move_the_first_item_down(page: MeetingsPage) -> None:
    """On the Agenda tab, move the first item down one place with Ctrl+Down."""
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.view.setFocus()
    page.agenda.view.setCurrentIndex(page.agenda.model.index(0, 0))
    QTest.keyClick(page.agenda.view, Qt.Key.Key_Down, CTRL)


def test_the_user_s_own_list_saves_do_not_make_the_details_stale(page: MeetingsPage, store: Store,
                                                                  jag: Jag, messages: Any) -> None:
    assert page.show_meeting(jag.held_id)
    _type_after_the_venue(page, " (upstairs)")
    assert page.details.dirty
    page.tabs.setCurrentWidget(page.attendance)
    _tick(page, "Siobhan Keane", Qt.Key.Key_P)
    page.attendance.save_button.click()
    _move_the_first_item_down(page)
    assert page.details.dirty  # the typing is kept through both saves
    page.tabs.setCurrentWidget(page.details)
    page.details.save_button.click()
    assert messages.errors == []
    saved = meeting(store, jag.held_id)
    assert saved.venue.endswith(" (upstairs)")
    assert ("Siobhan Keane", "present") in [(a.name, a.attendance) for a in saved.attendees]


def test_a_colleague_s_details_are_not_overwritten_after_the_agenda_is_read_again(
        page: MeetingsPage, store: Store, jag: Jag, messages: Any) -> None:
    assert page.show_meeting(jag.held_id)
    _type_after_the_venue(page, " (upstairs)")
    with store.unit_of_work("colleague") as uow:
        held = svc.get_meeting(uow, jag.held_id)
        svc.save_meeting(uow, replace(held.as_input(), notes="Moved to the library."), held.id,
                         held.version)
    # The user moves an item: refused (the meeting changed), and the agenda is read again.
    _move_the_first_item_down(page)
    assert len(messages.errors) == 1 and messages.errors[0].startswith("colleague changed this meeting")
    page.details.save_button.click()
    assert len(messages.errors) == 2 and messages.errors[1].startswith("colleague changed this meeting")
    assert meeting(store, jag.held_id).notes == "Moved to the library."
