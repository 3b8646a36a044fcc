"""Lists saved with the version they were read at, on SQLite and PostgreSQL: two colleagues read a
meeting's attendance or agenda, a case's agencies and hotspots, or a plan's order at the same
version; the first saves; the second's save from the older reading is refused, saying who changed
it and when, and the first's list is kept as saved."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import date

import pytest

from jagdesk.errors import ConflictError
from jagdesk.services.action_plans import plans
from jagdesk.services.action_plans import rows as plan_rows
from jagdesk.services.meetings import (
    AttendeeInput,
    ItemInput,
    add_attendee,
    add_item,
    delete_item,
    get_meeting,
    move_item,
    remove_attendee,
    set_attendance,
    update_attendee,
)
from jagdesk.services.problem_solving.cases import get_case, save_case
from jagdesk.store.models import Meeting
from jagdesk.store.opening import Store
from tests.support.meeting_seed import Seeded, new_meeting, seed

NOV = date(2026, 11, 12)
GUEST = AttendeeInput(None, "Cllr Meena Patel", "Cowley Hill ward councillor")


def refused_by(user: str, kind: str, refusal: ConflictError) -> None:
    """The refusal is one sentence naming who changed the record and when."""
    text = str(refusal)
    assert re.match(rf"{user} changed this {kind} at \d\d/\d\d/\d{{4}} \d\d:\d\d, after you opened "
                    r"it; your changes were not saved\.", text), text


def _attendance(store: Store, meeting: uuid.UUID) -> list[tuple[str, str]]:
    with store.unit_of_work() as uow:
        return [(a.name, a.attendance) for a in get_meeting(uow, meeting).attendees]


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


@pytest.fixture
def meeting(store: Store, seeded: Seeded) -> uuid.UUID:
    """A meeting whose list is the PC, the council officer (apologies) and a guest."""
    meeting_id = new_meeting(store, seeded, NOV)
    with store.unit_of_work("officer") as uow:
        set_attendance(uow, meeting_id, [
            AttendeeInput(seeded.pc), AttendeeInput(seeded.officer, attendance="apologies"), GUEST],
            get_meeting(uow, meeting_id).version)
    return meeting_id


def test_a_stale_attendance_list_does_not_bring_back_a_deleted_guest(store: Store, seeded: Seeded,
                                                                     meeting: uuid.UUID) -> None:
    with store.unit_of_work("alice") as uow:
        read = get_meeting(uow, meeting)  # both read the list at the same version
    with store.unit_of_work("alice") as uow:
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc),
                                      AttendeeInput(seeded.officer, attendance="apologies")],
                       read.version)
    ours = _attendance(store, meeting)
    assert ours == [("PC Aisha Rahman", "present"), ("Priya Raman", "apologies")]
    # Bob still has the guest on his screen and marks the officer present after all.
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc), AttendeeInput(seeded.officer),
                                      GUEST], read.version)
    refused_by("alice", "meeting", refused.value)
    assert _attendance(store, meeting) == ours
    # Read again, his list is saved.
    with store.unit_of_work("bob") as uow:
        fresh = get_meeting(uow, meeting)
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc), AttendeeInput(seeded.officer)],
                       fresh.version)
    assert _attendance(store, meeting) == [("PC Aisha Rahman", "present"), ("Priya Raman", "present")]


def test_a_list_saved_while_a_colleague_saves_is_refused_too(store: Store, seeded: Seeded,
                                                             meeting: uuid.UUID) -> None:
    """Bob's check passes on the meeting he holds; Alice commits before he does: the store still
    refuses his list, as the meeting's row is updated only at the version he read."""
    with store.unit_of_work("bob") as bob:
        read = get_meeting(bob, meeting)
        held = bob.get(Meeting, meeting)  # as read: his session does not read it again
        assert held.version == read.version
        with store.unit_of_work("alice") as uow:
            set_attendance(uow, meeting, [AttendeeInput(seeded.pc)], read.version)
        with pytest.raises(ConflictError, match="Someone else changed this record"):
            set_attendance(bob, meeting, [AttendeeInput(seeded.pc), GUEST], read.version)
    assert _attendance(store, meeting) == [("PC Aisha Rahman", "present")]


@pytest.mark.parametrize("change", ["add", "update", "remove"])
def test_any_change_to_the_list_makes_an_older_reading_stale(store: Store, seeded: Seeded,
                                                            meeting: uuid.UUID, change: str) -> None:
    """One attendee added, changed (apologies sent) or removed moves the meeting's version too."""
    with store.unit_of_work("alice") as uow:
        read = get_meeting(uow, meeting)
    officer = read.attendees[1]
    with store.unit_of_work("alice") as uow:
        if change == "add":
            add_attendee(uow, meeting, AttendeeInput(seeded.analyst))
        elif change == "update":
            update_attendee(uow, officer.id, AttendeeInput(seeded.officer, attendance="absent"),
                            officer.version)
        else:
            remove_attendee(uow, read.attendees[2].id, read.attendees[2].version)
    ours = _attendance(store, meeting)
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc),
                                      AttendeeInput(seeded.officer, attendance="apologies"), GUEST],
                       read.version)
    refused_by("alice", "meeting", refused.value)
    assert _attendance(store, meeting) == ours


def test_an_unchanged_list_does_not_move_the_version(store: Store, seeded: Seeded,
                                                    meeting: uuid.UUID) -> None:
    with store.unit_of_work("alice") as uow:
        read = get_meeting(uow, meeting)
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc),
                                      AttendeeInput(seeded.officer, attendance="apologies"), GUEST],
                       read.version)
    with store.unit_of_work("alice") as uow:
        assert get_meeting(uow, meeting).version == read.version


def _agenda(store: Store, meeting: uuid.UUID) -> list[str]:
    with store.unit_of_work() as uow:
        return [item.name for item in get_meeting(uow, meeting).items]


@pytest.mark.parametrize("change", ["move", "add", "delete"])
def test_a_stale_agenda_order_is_refused(store: Store, seeded: Seeded, change: str) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work("officer") as uow:
        for name in ("Matters arising", "Shenley Road parade", "AOB"):
            add_item(uow, meeting, ItemInput(name))
    with store.unit_of_work("alice") as uow:
        read = get_meeting(uow, meeting)
    first, _parade, aob = read.items
    with store.unit_of_work("alice") as uow:
        if change == "move":
            move_item(uow, aob.id, 1, read.version)
        elif change == "add":
            add_item(uow, meeting, ItemInput("Case review"))
        else:
            delete_item(uow, aob.id, aob.version)
    ours = _agenda(store, meeting)
    # Bob drags "Matters arising" to the end of the agenda he read: the agenda is no longer that.
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        move_item(uow, first.id, 3, read.version)
    refused_by("alice", "meeting", refused.value)
    assert _agenda(store, meeting) == ours


def test_a_move_read_afresh_is_saved_and_moves_the_version(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work("officer") as uow:
        items = [add_item(uow, meeting, ItemInput(name)) for name in ("A", "B")]
    with store.unit_of_work("bob") as uow:
        read = get_meeting(uow, meeting)
        move_item(uow, items[1].id, 1, read.version)
    with store.unit_of_work("bob") as uow:
        moved = get_meeting(uow, meeting)
    assert [i.name for i in moved.items] == ["B", "A"]
    assert moved.version == read.version + 1
    with store.unit_of_work("bob") as uow:  # to where it is already: nothing written
        move_item(uow, items[1].id, 1, moved.version)
        assert get_meeting(uow, meeting).version == moved.version


@pytest.mark.parametrize("field", ["agency_ids", "hotspot_ids"])
def test_stale_case_agencies_and_hotspots_are_refused(store: Store, seeded: Seeded,
                                                      field: str) -> None:
    with store.unit_of_work("officer") as uow:
        case = get_case(uow, seeded.case)
        save_case(uow, replace(case.as_input(), agency_ids=(seeded.police, seeded.council),
                               hotspot_ids=(seeded.parade, seeded.park)), case.id, case.version)
    with store.unit_of_work("alice") as uow:
        read = get_case(uow, seeded.case)
    every = {"agency_ids": (seeded.police, seeded.council),
             "hotspot_ids": (seeded.parade, seeded.park, seeded.garages)}[field]
    with store.unit_of_work("alice") as uow:  # one kept, nothing else changed
        save_case(uow, replace(read.as_input(), **{field: every[:1]}), read.id, read.version)
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        save_case(uow, replace(read.as_input(), **{field: every}), read.id, read.version)
    refused_by("alice", "case", refused.value)
    with store.unit_of_work() as uow:
        assert getattr(get_case(uow, seeded.case), field) == every[:1]


def _plan(store: Store) -> plan_rows.PlanDetail:
    with store.unit_of_work("officer") as uow:
        plan = plans.save_plan(uow, plan_rows.PlanInput(2026, "Community Safety Action Plan 2026-2027"))
        for name in ("Reassurance", "Anti-social behaviour"):
            theme = plans.add_theme(uow, plan.id, name)
            for objective in ("First", "Second", "Third"):
                plans.add_item(uow, theme.id, plan_rows.ItemInput(f"{name}: {objective}"))
        return plans.get_plan(uow, plan.id)


def _order(store: Store, plan_id: uuid.UUID) -> list[tuple[str, str]]:
    with store.unit_of_work() as uow:
        return [(item.reference, item.objective) for item in plans.get_plan(uow, plan_id).items()]


@pytest.mark.parametrize("change", ["move item", "delete item", "add item", "move theme"])
def test_a_stale_plan_order_is_refused(store: Store, change: str) -> None:
    read = _plan(store)  # both read the plan at the same version
    reassurance, asb = read.themes
    with store.unit_of_work("alice") as uow:
        if change == "move item":  # the first stays 1.1: its own version does not move
            plans.move_item(uow, reassurance.items[2].id, reassurance.id, 2,
                            reassurance.items[2].version, plan_version=read.version)
        elif change == "delete item":
            plans.delete_item(uow, reassurance.items[2].id, reassurance.items[2].version)
        elif change == "add item":
            plans.add_item(uow, reassurance.id, plan_rows.ItemInput("Reassurance: Fourth"))
        else:
            plans.move_theme(uow, asb.id, 1, asb.version, plan_version=read.version)
    ours = _order(store, read.id)
    # Bob moves the first item to the end of the theme he read.
    first = reassurance.items[0]
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        plans.move_item(uow, first.id, reassurance.id, 3, first.version, plan_version=read.version)
    refused_by("alice", "action plan", refused.value)
    assert _order(store, read.id) == ours
    # Nor may he move a theme on that reading, even with the theme's own version read afresh.
    with store.unit_of_work("bob") as uow:
        theme = next(t for t in plans.get_plan(uow, read.id).themes if t.id == reassurance.id)
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        plans.move_theme(uow, theme.id, 2, theme.version, plan_version=read.version)
    refused_by("alice", "action plan", refused.value)
    assert _order(store, read.id) == ours


def test_a_stale_quarterly_update_is_refused_with_who_and_when(store: Store) -> None:
    plan = _plan(store)
    item = plan.themes[0].items[0]
    with store.unit_of_work("officer") as uow:
        read = plans.set_update(uow, item.id, 1, "amber", "Patrols started", date(2026, 7, 3))
    assert read is not None
    with store.unit_of_work("alice") as uow:
        plans.set_update(uow, item.id, 1, "green", "Patrols in place", date(2026, 7, 3), read.version)
    with store.unit_of_work("bob") as uow, pytest.raises(ConflictError) as refused:
        plans.set_update(uow, item.id, 1, "red", "Patrols stopped", date(2026, 7, 3), read.version)
    refused_by("alice", "quarterly update", refused.value)
