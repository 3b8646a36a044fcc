"""The minutes document built from a real store: attendance with agencies, numbered items with
their actions (owner and agency), matters arising as they stood at the meeting, next meeting."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from sqlalchemy import select

from jagdesk.domain.meetings.vocabulary import Attendee
from jagdesk.services.meetings import (
    AttendeeInput,
    ItemInput,
    add_item,
    add_meeting_action,
    get_item,
    get_meeting,
    move_item,
    save_meeting_action,
    save_minutes,
    set_attendance,
)
from jagdesk.services.meetings.minutes_document import build_minutes_document
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.store.audit_text import apply_edits
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store
from tests.support.meeting_seed import Seeded, new_meeting, seed

OCT, NOV = date(2026, 10, 8), date(2026, 11, 12)


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


def test_the_minutes_hold_everything_a_reader_looks_for(store: Store, seeded: Seeded) -> None:
    october = new_meeting(store, seeded, OCT)
    november = new_meeting(store, seeded, NOV, next_meeting="Thursday 10 December 2026, 10:00")
    with store.unit_of_work() as uow:
        old = add_item(uow, october, ItemInput("Parade", "hotspot", hotspot_id=seeded.parade))
        done = add_meeting_action(uow, old.id, ActionInput("Patrols", owner_contact_id=seeded.pc,
                                                           due_on=date(2026, 10, 30)))
        add_meeting_action(uow, old.id, ActionInput("Letters", owner_contact_id=seeded.officer,
                                                    due_on=date(2026, 11, 1)))
        early = add_meeting_action(uow, old.id, ActionInput("Signs", owner_contact_id=seeded.pc))
        # Done before November: not a matter arising then. Done after: it was, and still shows.
        save_meeting_action(uow, early.id, ActionInput("Signs", owner_contact_id=seeded.pc,
                                                       status="done", completed_on=date(2026, 10, 20)),
                            early.version)
        save_meeting_action(uow, done.id, ActionInput("Patrols", owner_contact_id=seeded.pc,
                                                      due_on=date(2026, 10, 30), status="done",
                                                      completed_on=date(2026, 11, 20)), done.version)
        set_attendance(uow, november, [
            AttendeeInput(seeded.pc), AttendeeInput(seeded.officer, attendance="apologies"),
            AttendeeInput(None, "Cllr Meena Patel", "Cowley Hill ward councillor")],
            get_meeting(uow, november).version)
        parade = add_item(uow, november, ItemInput("Shenley Road parade", "hotspot",
                                                   hotspot_id=seeded.parade))
        arising = add_item(uow, november, ItemInput("Matters arising", "matters arising"))
        move_item(uow, arising.id, 1, get_meeting(uow, november).version)
        save_minutes(uow, parade.id, parade.version + 1, "Reports <down> & steady 🚲.", "Stays active.")
        add_meeting_action(uow, parade.id, ActionInput("Analyse December", owner_contact_id=seeded.analyst,
                                                       due_on=date(2026, 12, 10)))
        doc = build_minutes_document(uow, november, today=date(2026, 11, 25))
    assert (doc.title, doc.meeting_type, doc.series, doc.held_on, doc.starts_at, doc.ends_at) == (
        "Hertsmere JAG, November 2026", "JAG", "Hertsmere JAG", NOV, time(10), time(12))
    assert (doc.chair, doc.minute_taker, doc.marking, doc.next_meeting, doc.printed_on) == (
        "PC Aisha Rahman", "Priya Raman", "OFFICIAL-SENSITIVE", "Thursday 10 December 2026, 10:00",
        date(2026, 11, 25))
    assert doc.attendees == (
        Attendee("PC Aisha Rahman", "Hertfordshire Constabulary", "present"),
        Attendee("Priya Raman", "Hertsmere Borough Council", "apologies"),
        Attendee("Cllr Meena Patel", "Cowley Hill ward councillor", "present", guest=True))
    assert [(i.number, i.title, i.kind) for i in doc.items] == [
        (1, "Matters arising", "matters arising"), (2, "Shenley Road parade", "hotspot")]
    arising_item, parade_item = doc.items
    assert [(a.reference, a.owner, a.agency, a.status, a.overdue) for a in arising_item.actions] == [
        ("JAG-2026-10/01", "PC Aisha Rahman", "Hertfordshire Constabulary", "done", False),
        ("JAG-2026-10/02", "Priya Raman", "Hertsmere Borough Council", "open", True)]
    assert arising_item.actions[0].raised_at == "Hertsmere JAG, October 2026, item 1"
    assert (parade_item.minutes, parade_item.decisions, parade_item.hotspot) == (
        "Reports <down> & steady 🚲.", "Stays active.", "Shenley Road parade")
    assert [(a.reference, a.description, a.owner, a.agency, a.due_on, a.raised_at)
            for a in parade_item.actions] == [
        ("JAG-2026-11/01", "Analyse December", "Ruth Abbott", "Hertfordshire Constabulary",
         date(2026, 12, 10), "Hertsmere JAG, November 2026, item 2")]


def test_autosaves_of_a_long_item_keep_edits_in_the_trail(store: Store, seeded: Seeded) -> None:
    """Each pause in typing saves; the trail grows by the edit, and still holds every version."""
    november = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        item = add_item(uow, november, ItemInput("Review of the year", "general"))
    paragraph = "The group heard from each agency about the parade since the last meeting. " * 3
    versions = ["\n".join(f"{n}. {paragraph}" for n in range(n_paragraphs))
                for n_paragraphs in range(100, 130)]
    version = item.version
    for text in versions:
        with store.unit_of_work() as uow:
            version = save_minutes(uow, item.id, version, text, "")
    with store.unit_of_work() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == item.id).order_by(AuditEntry.at)).all()
        inserted = json.loads(entries[0].changes)["minutes"][1]
        updates = [json.loads(entry.changes)["minutes"] for entry in entries[1:]]
        saved = get_item(uow, item.id).minutes
    assert saved == versions[-1] and len(updates) == len(versions)
    assert sum(len(json.dumps(change)) for change in updates) < 4 * len(versions[-1])
    text = inserted
    for change, expected in zip(updates, versions, strict=True):
        text = apply_edits(text, change["edits"])
        assert text == expected
