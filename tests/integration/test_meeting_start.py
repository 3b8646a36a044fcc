"""A new meeting of a series in a real store (SQLite and PostgreSQL): its last meeting's members
invited and the opening item, what the form starts from, items added before any other business,
and a deleted agenda item brought back in its place."""

from __future__ import annotations

from datetime import date, time

import pytest

from jagdesk.domain.meetings.vocabulary import INVITED, OPENING_ITEM, ItemKind
from jagdesk.errors import ValidationError
from jagdesk.services.meetings import (
    AttendeeInput,
    ItemInput,
    MeetingInput,
    add_item,
    delete_item,
    get_meeting,
    restore_item,
    series_defaults,
    set_attendance,
)
from jagdesk.services.meetings import new_meeting as arrange
from jagdesk.services.meetings.agenda_builder import add_proposals, propose_items
from jagdesk.store.opening import Store
from tests.support.meeting_seed import Seeded, new_meeting, seed


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


def test_a_new_meeting_of_a_series_invites_its_members_and_opens_with_the_welcome(
        store: Store, seeded: Seeded) -> None:
    october = new_meeting(store, seeded, date(2026, 10, 8), venue="Council Chamber")
    new_meeting(store, seeded, date(2026, 11, 12), venue="Civic Offices, Room 2")  # nobody listed
    with store.unit_of_work("officer") as uow:
        listed = get_meeting(uow, october)
        set_attendance(uow, october, [
            AttendeeInput(seeded.pc), AttendeeInput(seeded.officer, attendance="apologies"),
            AttendeeInput(guest_name="Zofia Kowalczyk", guest_agency="Traders")], listed.version)
        starts = series_defaults(uow)[seeded.series]
        assert (starts.venue, starts.chair_id, starts.minute_taker_id, starts.starts_at) == (
            "Civic Offices, Room 2", seeded.pc, seeded.officer, time(10))  # the last meeting's
        made = arrange(uow, MeetingInput("Hertsmere JAG, December 2026", series_id=seeded.series,
                                         held_on=date(2026, 12, 10), venue=starts.venue))
    # The members of the last meeting with a list, not its guest, invited in its order.
    assert [(a.contact_id, a.attendance) for a in made.attendees] == [
        (seeded.pc, INVITED), (seeded.officer, INVITED)]
    assert [(i.number, i.name, i.kind) for i in made.items] == [(1, OPENING_ITEM, "general")]
    with store.unit_of_work("officer") as uow:  # outside a series: nothing added
        alone = arrange(uow, MeetingInput("Traders' meeting", seeded.jag_type,
                                          held_on=date(2026, 12, 11)))
    assert alone.attendees == [] and alone.items == []


def test_invited_is_an_attendance_and_nonsense_is_not(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, date(2026, 12, 10))
    with store.unit_of_work("officer") as uow:
        version = get_meeting(uow, meeting).version
        rows = set_attendance(uow, meeting, [AttendeeInput(seeded.pc, attendance=INVITED)], version)
        assert [r.attendance for r in rows] == [INVITED]
    with store.unit_of_work("officer") as uow, pytest.raises(ValidationError, match="'maybe' is not"):
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc, attendance="maybe")],
                       get_meeting(uow, meeting).version)


def test_items_added_later_go_before_any_other_business(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, date(2026, 12, 10))
    with store.unit_of_work("officer") as uow:
        add_item(uow, meeting, ItemInput("Welcome"))
        add_item(uow, meeting, ItemInput("Any other business", ItemKind.ANY_OTHER_BUSINESS))
        add_item(uow, meeting, ItemInput("Fly-tipping"))
        chosen = [p for p in propose_items(uow, meeting, date(2026, 12, 1))
                  if p.kind == ItemKind.HOTSPOT]
        add_proposals(uow, meeting, chosen)
        items = get_meeting(uow, meeting).items
    assert len(chosen) == 2
    assert [(i.number, i.name) for i in items] == [
        (1, "Welcome"), (2, "Fly-tipping"), (3, chosen[0].name), (4, chosen[1].name),
        (5, "Any other business")]


def test_a_deleted_item_comes_back_in_its_place_with_its_minutes(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, date(2026, 12, 10))
    with store.unit_of_work("officer") as uow:
        first = add_item(uow, meeting, ItemInput("Welcome"))
        second = add_item(uow, meeting, ItemInput("Matters arising", ItemKind.MATTERS_ARISING))
        add_item(uow, meeting, ItemInput("Any other business", ItemKind.ANY_OTHER_BUSINESS))
        from jagdesk.services.meetings import save_minutes

        save_minutes(uow, second.id, second.version, "All reviewed.", "None.")
        before = get_meeting(uow, meeting).version
        delete_item(uow, second.id, None)
        restored = restore_item(uow, second.id)
        after = get_meeting(uow, meeting)
    assert (restored.number, restored.minutes, restored.decisions) == (2, "All reviewed.", "None.")
    assert [(i.number, i.name) for i in after.items] == [
        (1, first.name), (2, "Matters arising"), (3, "Any other business")]
    assert after.version > before
