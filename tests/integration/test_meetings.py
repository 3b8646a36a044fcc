"""Meetings in a real store (SQLite and PostgreSQL): types, series, meetings, attendance, the
agenda (order, autosaved minutes, deletes), and the references of actions agreed at meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from jagdesk.errors import ConflictError, InUseError, JagdeskError, NotFoundError, ValidationError
from jagdesk.services.meetings import (
    AttendeeInput,
    ItemInput,
    MeetingInput,
    MeetingTypeInput,
    SeriesInput,
    add_attendee,
    add_item,
    add_meeting_action,
    delete_item,
    delete_meeting,
    delete_meeting_action,
    delete_meeting_type,
    delete_series,
    find_meeting,
    get_meeting,
    list_meeting_types,
    list_meetings,
    list_series,
    move_item,
    new_problem_solving_agenda,
    remove_attendee,
    save_meeting,
    save_meeting_action,
    save_meeting_type,
    save_minutes,
    save_series,
    set_attendance,
    update_attendee,
    update_item,
)
from jagdesk.services.problem_solving.actions import ActionInput, add_update, get_action, list_actions
from jagdesk.store.models import AgendaItem, AuditEntry, Meeting, MeetingType
from jagdesk.store.opening import Store
from tests.support.meeting_seed import Seeded, new_meeting, seed

NOV = date(2026, 11, 12)


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


def test_default_meeting_types_are_added_once_and_the_list_is_editable(store: Store) -> None:
    with store.unit_of_work() as uow:
        names = [row.name for row in list_meeting_types(uow)]
        assert names[:2] == ["JAG", "Problem-solving meeting"] and len(names) == 7
        assert [row.name for row in list_meeting_types(uow)] == names  # not added twice
        assert uow.session.scalar(select(func.count()).select_from(MeetingType)) == 7
        added = save_meeting_type(uow, MeetingTypeInput("Night-time economy group"))
        assert added.position == 8
        with pytest.raises(ValidationError, match="There is already a meeting type called 'jag'"):
            save_meeting_type(uow, MeetingTypeInput("jag"))
        save_meeting_type(uow, MeetingTypeInput("RAG", active=False),
                          next(r.id for r in list_meeting_types(uow) if r.name == "RAG"), None)
        assert "RAG" not in {row.name for row in list_meeting_types(uow)}
        assert "RAG" in {row.name for row in list_meeting_types(uow, include_inactive=True)}
        delete_meeting_type(uow, added.id, added.version)
        assert len(list_meeting_types(uow, include_inactive=True)) == 7


def test_series_need_a_name_and_a_prefix_and_are_kept_while_they_have_meetings(
        store: Store, seeded: Seeded) -> None:
    new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        with pytest.raises(ValidationError) as refused:
            save_series(uow, SeriesInput("", seeded.jag_type, action_prefix="jag"))
        assert set(refused.value.errors) == {"name", "action_prefix"}
        crg = save_series(uow, SeriesInput("Borehamwood CRG", seeded.jag_type,
                                           locality_id=seeded.borehamwood, action_prefix="CRG"))
        assert (crg.locality, crg.meeting_type, crg.action_prefix) == ("Borehamwood", "JAG", "CRG")
        assert [row.name for row in list_series(uow)] == ["Borehamwood CRG", "Hertsmere JAG"]
        jag = next(row for row in list_series(uow) if row.name == "Hertsmere JAG")
        with pytest.raises(InUseError, match="cannot be deleted: it is used by 1 meeting"):
            delete_series(uow, jag.id, jag.version)
        delete_series(uow, crg.id, crg.version)


def test_a_meeting_is_saved_listed_found_and_changed(store: Store, seeded: Seeded) -> None:
    first = new_meeting(store, seeded, date(2026, 10, 8))
    second = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        detail = get_meeting(uow, second)
        assert (detail.name, detail.meeting_type, detail.series, detail.chair, detail.minute_taker,
                detail.marking, detail.status, detail.action_prefix) == (
            "Hertsmere JAG, November 2026", "JAG", "Hertsmere JAG", "PC Aisha Rahman",
            "Priya Raman", "OFFICIAL-SENSITIVE", "planned", "JAG")
        assert [row.id for row in list_meetings(uow)] == [second, first]  # newest first
        assert [row.id for row in list_meetings(uow, text="october")] == [first]
        assert [row.id for row in list_meetings(uow, series_id=seeded.series)] == [second, first]
        assert find_meeting(uow, "2026-11-12").id == second
        assert find_meeting(uow, "Hertsmere JAG 2026-10-08").id == first
        assert find_meeting(uow, "hertsmere jag, october 2026").id == first
        assert find_meeting(uow, str(second)).id == second
        with pytest.raises(JagdeskError, match="2 meetings match 'Hertsmere JAG'"):
            find_meeting(uow, "Hertsmere JAG")
        with pytest.raises(NotFoundError, match="There is no meeting called or dated '2026-12-01'"):
            find_meeting(uow, "2026-12-01")
        changed = save_meeting(uow, replace(detail.as_input(), status="held", marking="OFFICIAL",
                                            venue="Council Chamber"), second, detail.version)
        assert (changed.status, changed.marking, changed.venue, changed.version) == (
            "held", "OFFICIAL", "Council Chamber", detail.version + 1)
        with pytest.raises(ConflictError, match="changed this meeting .* after you opened it"):
            save_meeting(uow, detail.as_input(), second, detail.version)


def test_bad_meetings_are_refused_with_nothing_saved(store: Store, seeded: Seeded) -> None:
    with store.unit_of_work() as uow:
        with pytest.raises(ValidationError) as refused:
            save_meeting(uow, MeetingInput("JAG", seeded.jag_type, held_on=NOV, starts_at=time(11),
                                           ends_at=time(10), marking="SECRET"))
        assert set(refused.value.errors) == {"ends_at", "marking"}
        with pytest.raises(ValidationError, match="Choose the type of meeting."):
            save_meeting(uow, MeetingInput("JAG", held_on=NOV))
        with pytest.raises(ValidationError, match="belongs to a case: choose the case"):
            save_meeting(uow, MeetingInput("PSM", seeded.ps_type, held_on=NOV))
        # The type follows the series when none is chosen.
        assert save_meeting(uow, MeetingInput("JAG", series_id=seeded.series,
                                              held_on=NOV)).meeting_type == "JAG"
        assert uow.session.scalar(select(func.count()).select_from(Meeting)) == 1


def test_attendance_contacts_guests_and_apologies(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        rows = set_attendance(uow, meeting, [
            AttendeeInput(seeded.pc), AttendeeInput(seeded.officer, attendance="apologies"),
            AttendeeInput(None, "Cllr Meena Patel", "Cowley Hill ward councillor")],
            get_meeting(uow, meeting).version)
        assert [(r.name, r.agency, r.attendance, r.guest, r.position) for r in rows] == [
            ("PC Aisha Rahman", "Hertfordshire Constabulary", "present", False, 1),
            ("Priya Raman", "Hertsmere Borough Council", "apologies", False, 2),
            ("Cllr Meena Patel", "Cowley Hill ward councillor", "present", True, 3)]
        with pytest.raises(ValidationError, match="PC Aisha Rahman is on the attendance list twice"):
            set_attendance(uow, meeting, [AttendeeInput(seeded.pc), AttendeeInput(seeded.pc)], None)
        with pytest.raises(ValidationError, match="Attendee 1: Enter the guest's name"):
            set_attendance(uow, meeting, [AttendeeInput(None, " ")], None)
        with pytest.raises(ValidationError, match="on the attendance list already"):
            add_attendee(uow, meeting, AttendeeInput(seeded.officer))
        analyst = add_attendee(uow, meeting, AttendeeInput(seeded.analyst, attendance="absent"))
        assert (analyst.name, analyst.position) == ("Ruth Abbott", 4)
        pc = rows[0]
        late = update_attendee(uow, pc.id, AttendeeInput(seeded.pc, attendance="apologies"),
                               pc.version)
        assert late.attendance == "apologies"
        remove_attendee(uow, rows[2].id, rows[2].version)
        # Replacing the list keeps those still on it (their records and audit history).
        again = set_attendance(uow, meeting, [AttendeeInput(seeded.analyst),
                                              AttendeeInput(seeded.pc, attendance="present")],
                               get_meeting(uow, meeting).version)
        assert [r.name for r in again] == ["Ruth Abbott", "PC Aisha Rahman"]
        assert again[1].id == pc.id
        assert [r.name for r in get_meeting(uow, meeting).attendees] == ["Ruth Abbott",
                                                                          "PC Aisha Rahman"]


def test_items_are_added_reordered_and_renumbered(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        ids = [add_item(uow, meeting, ItemInput(title)).id for title in ("A", "B", "C", "D")]
        parade = add_item(uow, meeting, ItemInput("Parade", "hotspot", hotspot_id=seeded.parade))
        assert (parade.number, parade.hotspot) == (5, "Shenley Road parade")
        case = add_item(uow, meeting, ItemInput("Case", "case", case_id=seeded.case))
        assert case.case_reference.startswith("PS-2026-")
        with pytest.raises(ValidationError, match="A hotspot item needs its hotspot"):
            add_item(uow, meeting, ItemInput("Nowhere", "hotspot"))
        with pytest.raises(ValidationError, match="Only a problem-solving meeting's items"):
            add_item(uow, meeting, ItemInput("Victim", "case", case_id=seeded.case, side="victim"))
        rows = move_item(uow, ids[3], 1, get_meeting(uow, meeting).version)
        assert [r.name for r in rows] == ["D", "A", "B", "C", "Parade", "Case"]
        assert [r.position for r in rows] == [r.number for r in rows] == [1, 2, 3, 4, 5, 6]
        rows = move_item(uow, ids[3], 99, get_meeting(uow, meeting).version)  # past the end: last
        assert [r.name for r in rows] == ["A", "B", "C", "Parade", "Case", "D"]
        rows = move_item(uow, ids[0], 3, get_meeting(uow, meeting).version)
        assert [r.name for r in rows] == ["B", "C", "A", "Parade", "Case", "D"]
        b = rows[0]
        renamed = update_item(uow, b.id, ItemInput("B (renamed)"), b.version)
        assert (renamed.name, renamed.number) == ("B (renamed)", 1)
        delete_item(uow, rows[1].id, rows[1].version)
        assert [(r.position, r.name) for r in get_meeting(uow, meeting).items] == [
            (1, "B (renamed)"), (2, "A"), (3, "Parade"), (4, "Case"), (5, "D")]


def test_minutes_autosave_with_a_colleague_s_newer_change_refused(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work("officer") as uow:
        item = add_item(uow, meeting, ItemInput("Parade", "hotspot", hotspot_id=seeded.parade))
    version = item.version
    text = "Minutes with <tags> & \"quotes\", emoji 🚲, عربي, Wiśniewski, ਪੰਜਾਬੀ"
    with store.unit_of_work("officer") as uow:
        version = save_minutes(uow, item.id, version, text, "Keep it active.")
    assert version == item.version + 1
    with store.unit_of_work("officer") as uow:  # nothing typed since: nothing written
        assert save_minutes(uow, item.id, version, text, "Keep it active.") == version
    with store.unit_of_work("colleague") as uow:
        theirs = save_minutes(uow, item.id, version, text + " Their line.", "Keep it active.")
    with store.unit_of_work("officer") as uow, pytest.raises(ConflictError) as refused:
        save_minutes(uow, item.id, version, text + " My line.", "Keep it active.")
    assert str(refused.value).startswith("colleague changed the minutes of 'Parade' at ")
    assert "your latest typing was not saved" in str(refused.value)
    with store.unit_of_work() as uow:
        saved = get_meeting(uow, meeting).items[0]
        updates = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.record_id == item.id, AuditEntry.action == "update"))
    assert (saved.minutes, saved.decisions, saved.version) == (text + " Their line.",
                                                               "Keep it active.", theirs)
    assert updates == 2  # one per save that changed something


def test_items_and_meetings_with_actions_are_not_deleted(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        item = add_item(uow, meeting, ItemInput("Parade", "hotspot", hotspot_id=seeded.parade))
        for text in ("Patrols", "Letters"):
            add_meeting_action(uow, item.id, ActionInput(text, owner_contact_id=seeded.pc))
        item = get_meeting(uow, meeting).items[0]
        with pytest.raises(InUseError, match=r"The item 'Parade' cannot be deleted: 2 actions were "
                                             r"agreed at it \(JAG-2026-11/01, JAG-2026-11/02\)"):
            delete_item(uow, item.id, item.version)
        detail = get_meeting(uow, meeting)
        with pytest.raises(InUseError, match="cannot be deleted: 2 actions were agreed at it"):
            delete_meeting(uow, meeting, detail.version)
        for action in item.actions:
            delete_meeting_action(uow, action.id, action.version)
        set_attendance(uow, meeting, [AttendeeInput(seeded.pc)], detail.version)
        delete_meeting(uow, meeting, get_meeting(uow, meeting).version)
        assert list_meetings(uow) == []
        assert uow.session.scalar(select(func.count()).select_from(AgendaItem)) == 0


def test_meeting_action_references_follow_the_series_and_month_and_are_never_reused(
        store: Store, seeded: Seeded) -> None:
    november = new_meeting(store, seeded, NOV)
    december = new_meeting(store, seeded, date(2026, 12, 10))
    loose = new_meeting(store, seeded, NOV, name="Extra meeting", series=None)
    with store.unit_of_work() as uow:
        nov_item = add_item(uow, november, ItemInput("Parade", "hotspot", hotspot_id=seeded.parade))
        dec_item = add_item(uow, december, ItemInput("AOB", "any other business"))
        loose_item = add_item(uow, loose, ItemInput("General"))
        refs = [add_meeting_action(uow, nov_item.id, ActionInput(f"Nov {n}", owner_contact_id=seeded.pc,
                                                                 due_on=date(2026, 12, 1))).reference
                for n in range(3)]
        assert refs == ["JAG-2026-11/01", "JAG-2026-11/02", "JAG-2026-11/03"]
        third = get_action(uow, next(a.id for a in get_meeting(uow, november).items[0].actions
                                     if a.reference == refs[2]))
        delete_meeting_action(uow, third.id, third.version)
        again = add_meeting_action(uow, nov_item.id, ActionInput("Nov again"))
        assert again.reference == "JAG-2026-11/04"  # /03 is not given out again
        assert add_meeting_action(uow, dec_item.id, ActionInput("Dec")).reference == "JAG-2026-12/01"
        assert add_meeting_action(uow, loose_item.id, ActionInput("Loose")).reference == "MTG-2026-11/01"


def test_meeting_actions_owner_agency_due_date_status_and_updates(store: Store, seeded: Seeded) -> None:
    meeting = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        item = add_item(uow, meeting, ItemInput("Case", "case", case_id=seeded.case))
        action = add_meeting_action(uow, item.id, ActionInput(
            "Visit the parade's traders", owner_contact_id=seeded.officer, due_on=date(2026, 11, 30)),
            today=NOV)
        assert (action.owner_name, action.agency_name, action.status) == (
            "Priya Raman", "Hertsmere Borough Council", "open")
        # A case item's actions are the case's too.
        assert action.id in {row.id for row in list_actions(uow, seeded.case)}
        with pytest.raises(ValidationError, match="due before the meeting it was agreed at"):
            add_meeting_action(uow, item.id, ActionInput("Late", due_on=date(2026, 11, 1)))
        with pytest.raises(ValidationError, match="Enter the description of the action"):
            add_meeting_action(uow, item.id, ActionInput(" "))
        add_update(uow, action.id, date(2026, 11, 20), "Half the shops visited.")
        done = save_meeting_action(uow, action.id, replace(
            ActionInput("Visit the parade's traders", owner_contact_id=seeded.pc,
                        due_on=date(2026, 11, 30)), status="done"), action.version,
            today=date(2026, 11, 25))
        assert (done.owner_name, done.agency_name, done.status, done.completed_on, done.reference) == (
            "PC Aisha Rahman", "Hertfordshire Constabulary", "done", date(2026, 11, 25),
            action.reference)
        assert done.latest_update == "20 Nov 2026: Half the shops visited."
        with pytest.raises(ConflictError):
            save_meeting_action(uow, action.id, ActionInput("Stale"), action.version)


def test_a_problem_solving_meeting_follows_the_triangle(store: Store, seeded: Seeded) -> None:
    with store.unit_of_work() as uow:
        meeting = save_meeting(uow, MeetingInput("Parade problem-solving meeting", seeded.ps_type,
                                                 case_id=seeded.case, held_on=NOV)).id
        add_item(uow, meeting, ItemInput("Offender", "case", case_id=seeded.case, side="offender"))
        rows = new_problem_solving_agenda(uow, meeting)
        assert [(r.name, r.kind, r.side) for r in rows] == [
            ("Offender", "case", "offender"), ("Victim / target", "case", "victim"),
            ("Location", "case", "location"), ("Actions review", "case review", "")]
        assert {r.case_id for r in rows} == {seeded.case}
        assert len(new_problem_solving_agenda(uow, meeting)) == 4  # not added twice
        jag = new_meeting(store, seeded, NOV)
        with pytest.raises(JagdeskError, match="is not a problem-solving meeting"):
            new_problem_solving_agenda(uow, jag)
