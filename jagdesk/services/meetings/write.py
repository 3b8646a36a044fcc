"""Saving and deleting meetings, and their attendance lists."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, func, select

from jagdesk.domain.meetings.rules import (
    attendance_errors,
    attendee_errors,
    meeting_case_problem,
    meeting_errors,
)
from jagdesk.domain.meetings.vocabulary import INVITED, OPENING_ITEM, ItemKind
from jagdesk.errors import InUseError, ValidationError
from jagdesk.services.common.records import (
    NAMED_USES,
    load_for_change,
    pending_changes,
    touch,
    validated,
)
from jagdesk.services.meetings import items as meeting_items
from jagdesk.services.meetings.read import attendee_rows, get_meeting
from jagdesk.services.meetings.rows import (
    AttendeeInput,
    AttendeeRow,
    ItemInput,
    MeetingDetail,
    MeetingInput,
)
from jagdesk.store.models import (
    Action,
    AgendaItem,
    Contact,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    MeetingType,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


def _meeting_type(uow: UnitOfWork, data: MeetingInput) -> MeetingType:
    """The meeting's type: as chosen, else its series' type."""
    session = uow.session
    type_id = data.meeting_type_id
    if data.series_id is not None:
        series = session.get(MeetingSeries, data.series_id)
        if series is None:
            raise ValidationError({"series_id": "That meeting series is no longer in the store."})
        type_id = type_id or series.meeting_type_id
    if type_id is None:
        raise ValidationError({"meeting_type_id": "Choose the type of meeting."})
    kind = session.get(MeetingType, type_id)
    if kind is None:
        raise ValidationError({"meeting_type_id": "That meeting type is no longer in the store."})
    return kind


def _check_links(uow: UnitOfWork, data: MeetingInput) -> None:
    session = uow.session
    if data.case_id is not None and session.get(ProblemCase, data.case_id) is None:
        raise ValidationError({"case_id": "That case is no longer in the store."})
    for field, contact_id in (("chair_id", data.chair_id), ("minute_taker_id", data.minute_taker_id)):
        if contact_id is not None and session.get(Contact, contact_id) is None:
            raise ValidationError({field: "That contact is no longer in the store."})


def save_meeting(uow: UnitOfWork, data: MeetingInput, record_id: uuid.UUID | None = None,
                 expected_version: int | None = None) -> MeetingDetail:
    """Add a meeting, or change the one with `record_id` as opened at `expected_version`.

    Action references already given keep their month if the meeting's date changes.
    """
    meeting = _stage_meeting(uow, data, record_id, expected_version)
    uow.commit()
    return get_meeting(uow, meeting.id)


def _last_with_members(uow: UnitOfWork, series_id: uuid.UUID | None) -> Meeting | None:
    """The series' latest meeting with anyone on its attendance list."""
    if series_id is None:
        return None
    listed = select(MeetingAttendee.id).where(MeetingAttendee.meeting_id == Meeting.id).exists()
    return uow.session.scalars(select(Meeting).where(Meeting.series_id == series_id, listed)
                               .order_by(Meeting.held_on.desc(), Meeting.created_at.desc())
                               .limit(1)).first()


def new_meeting(uow: UnitOfWork, data: MeetingInput) -> MeetingDetail:
    """Arrange a meeting, in one transaction. A meeting of a series has the members on the list of
    the series' last meeting with a list invited (contacts: guests come once) and opens with the
    welcome, introductions and apologies; a problem-solving meeting's agenda walks the triangle."""
    last = _last_with_members(uow, data.series_id)
    members = [a.contact_id for a in sorted(last.attendees, key=lambda a: a.position)
               if a.contact_id is not None] if last is not None else []
    meeting = _stage_meeting(uow, data, None, None)
    uow.session.flush()
    for position, contact_id in enumerate(members, 1):
        uow.session.add(MeetingAttendee(id=uuid.uuid4(), meeting_id=meeting.id, position=position,
                                        contact_id=contact_id, guest_name="", guest_agency="",
                                        attendance=INVITED))
    if meeting.case_id is not None and meeting_items.is_problem_solving(uow, meeting):
        meeting_items.stage_problem_solving_agenda(uow, meeting)
    elif meeting.series_id is not None:
        meeting_items.stage_item(uow, meeting, ItemInput(OPENING_ITEM, ItemKind.GENERAL.value), 1)
    uow.commit()
    return get_meeting(uow, meeting.id)


def series_defaults(uow: UnitOfWork) -> dict[uuid.UUID, MeetingInput]:
    """What a new meeting of each series starts from: the times, venue, chair and minute-taker of
    the series' last meeting (the rest as a new meeting has them)."""
    found: dict[uuid.UUID, MeetingInput] = {}
    query = (select(Meeting).where(Meeting.series_id.is_not(None))
             .order_by(Meeting.held_on.desc(), Meeting.created_at.desc()))
    for meeting in uow.session.scalars(query):
        if meeting.series_id is not None and meeting.series_id not in found:
            found[meeting.series_id] = MeetingInput(
                name="", series_id=meeting.series_id, starts_at=meeting.starts_at,
                ends_at=meeting.ends_at, venue=meeting.venue, chair_id=meeting.chair_id,
                minute_taker_id=meeting.minute_taker_id, marking=meeting.marking)
    return found


def _stage_meeting(uow: UnitOfWork, data: MeetingInput, record_id: uuid.UUID | None,
                   expected_version: int | None) -> Meeting:
    """Check and write a meeting's fields, leaving the commit to the caller."""
    errors = meeting_errors(data.name, data.held_on, data.starts_at, data.ends_at, data.marking,
                            data.status, data.venue, data.next_meeting, data.notes)
    validated(errors)
    kind = _meeting_type(uow, data)
    problem = meeting_case_problem(kind.is_problem_solving, data.case_id is not None)
    if problem:
        raise ValidationError({"case_id": problem})
    _check_links(uow, data)
    if record_id is None:
        meeting = Meeting(id=uuid.uuid4())
        uow.session.add(meeting)
    else:
        meeting = load_for_change(uow, Meeting, record_id, expected_version)
    assert data.held_on is not None  # meeting_errors refuses a meeting without a date
    meeting.name = data.name.strip()
    meeting.meeting_type_id = kind.id
    meeting.series_id = data.series_id
    meeting.case_id = data.case_id
    meeting.held_on = data.held_on
    meeting.starts_at = data.starts_at
    meeting.ends_at = data.ends_at
    meeting.venue = data.venue.strip()
    meeting.chair_id = data.chair_id
    meeting.minute_taker_id = data.minute_taker_id
    meeting.marking = data.marking
    meeting.status = data.status
    meeting.next_meeting = data.next_meeting.strip()
    meeting.notes = data.notes.strip()
    return meeting


def _references(uow: UnitOfWork, condition: ColumnElement[bool], count: int) -> str:
    """The first references of some actions: "JAG-2021-01/01, JAG-2021-01/02 and 3 more"."""
    named = list(uow.session.scalars(select(Action.reference).where(condition)
                                     .order_by(Action.reference).limit(NAMED_USES)))
    more = f" and {count - len(named)} more" if count > len(named) else ""
    return ", ".join(named) + more


def delete_meeting(uow: UnitOfWork, meeting_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a meeting with its attendance and agenda, refused while actions were agreed at it."""
    meeting = load_for_change(uow, Meeting, meeting_id, expected_version)
    condition = Action.agenda_item_id.in_(
        select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id))
    count = uow.session.scalar(select(func.count(Action.id)).where(condition)) or 0
    if count:
        actions = "1 action was" if count == 1 else f"{count} actions were"
        raise InUseError(
            f"The meeting '{meeting.title()}' cannot be deleted: {actions} agreed at it "
            f"({_references(uow, condition, count)}); delete those actions first.")
    uow.session.delete(meeting)  # its attendees and items go with it, each audited
    uow.commit()


# --- Attendance ------------------------------------------------------------------------------------


def _contact_names(uow: UnitOfWork, entries: list[AttendeeInput]) -> dict[uuid.UUID, str]:
    ids = {entry.contact_id for entry in entries if entry.contact_id is not None}
    if not ids:
        return {}
    names = {contact_id: name for contact_id, name in uow.session.execute(
        select(Contact.id, Contact.name).where(Contact.id.in_(ids)))}
    if len(names) < len(ids):
        raise ValidationError({"attendees": "A contact on the list is no longer in the store."})
    return names


def _fill(attendee: MeetingAttendee, entry: AttendeeInput) -> None:
    attendee.contact_id = entry.contact_id
    attendee.guest_name = "" if entry.contact_id else entry.guest_name.strip()
    attendee.guest_agency = "" if entry.contact_id else entry.guest_agency.strip()
    attendee.attendance = entry.attendance


def set_attendance(uow: UnitOfWork, meeting_id: uuid.UUID, entries: list[AttendeeInput],
                   expected_version: int | None) -> list[AttendeeRow]:
    """Replace the meeting's attendance list with `entries`, in that order, as read with the
    meeting at `expected_version`: refused (ConflictError saying who and when) if anyone changed
    the meeting since, its list included, so that an older list never overwrites a newer one.

    People already on the list keep their record (only what changed is written to the audit trail);
    a list that changes moves the meeting's version on.
    """
    meeting = load_for_change(uow, Meeting, meeting_id, expected_version)
    names = _contact_names(uow, entries)
    validated(attendance_errors(
        [(e.contact_id, e.guest_name, e.guest_agency, e.attendance) for e in entries],
        {key: value for key, value in names.items()}))
    current = list(meeting.attendees)
    by_contact = {a.contact_id: a for a in current if a.contact_id is not None}
    guests = [a for a in current if a.contact_id is None]
    kept: list[MeetingAttendee] = []
    for position, entry in enumerate(entries, 1):
        if entry.contact_id is not None and entry.contact_id in by_contact:
            attendee = by_contact.pop(entry.contact_id)
        elif entry.contact_id is None and guests:
            attendee = guests.pop(0)
        else:
            attendee = MeetingAttendee(id=uuid.uuid4(), meeting_id=meeting.id)
            uow.session.add(attendee)
        _fill(attendee, entry)
        attendee.position = position
        kept.append(attendee)
    for attendee in [*by_contact.values(), *guests]:
        uow.session.delete(attendee)
    if pending_changes(uow.session):
        touch(uow, meeting)
    uow.commit()
    return attendee_rows(uow.session, meeting.id)


def _one_attendee(uow: UnitOfWork, attendee: MeetingAttendee) -> AttendeeRow:
    return next(row for row in attendee_rows(uow.session, attendee.meeting_id) if row.id == attendee.id)


def _listed_already(uow: UnitOfWork, meeting_id: uuid.UUID, contact_id: uuid.UUID | None,
                    other_than: uuid.UUID | None) -> None:
    if contact_id is None:
        return
    query = select(MeetingAttendee.id).where(MeetingAttendee.meeting_id == meeting_id,
                                            MeetingAttendee.contact_id == contact_id)
    if other_than is not None:
        query = query.where(MeetingAttendee.id != other_than)
    if uow.session.scalar(query.limit(1)) is not None:
        name = uow.session.scalar(select(Contact.name).where(Contact.id == contact_id))
        raise ValidationError({"attendees": f"{name} is on the attendance list already."})


def add_attendee(uow: UnitOfWork, meeting_id: uuid.UUID, entry: AttendeeInput) -> AttendeeRow:
    """Add someone to the end of the attendance list (the meeting's version moves on)."""
    meeting = uow.get(Meeting, meeting_id)
    validated(attendee_errors(entry.contact_id, entry.guest_name, entry.guest_agency, entry.attendance))
    _contact_names(uow, [entry])
    _listed_already(uow, meeting.id, entry.contact_id, None)
    last = uow.session.scalar(select(func.max(MeetingAttendee.position))
                              .where(MeetingAttendee.meeting_id == meeting.id)) or 0
    attendee = MeetingAttendee(id=uuid.uuid4(), meeting_id=meeting.id, position=last + 1)
    _fill(attendee, entry)
    uow.session.add(attendee)
    touch(uow, meeting)
    uow.commit()
    return _one_attendee(uow, attendee)


def update_attendee(uow: UnitOfWork, attendee_id: uuid.UUID, entry: AttendeeInput,
                    expected_version: int | None = None) -> AttendeeRow:
    """Change an attendee (most often: present / apologies / absent); a change moves the meeting's
    version on, as its list changed."""
    attendee = load_for_change(uow, MeetingAttendee, attendee_id, expected_version)
    validated(attendee_errors(entry.contact_id, entry.guest_name, entry.guest_agency, entry.attendance))
    _contact_names(uow, [entry])
    _listed_already(uow, attendee.meeting_id, entry.contact_id, attendee.id)
    _fill(attendee, entry)
    if uow.session.is_modified(attendee):
        touch(uow, uow.get(Meeting, attendee.meeting_id))
    uow.commit()
    return _one_attendee(uow, attendee)


def remove_attendee(uow: UnitOfWork, attendee_id: uuid.UUID, expected_version: int | None = None) -> None:
    """Take someone off the attendance list (the others keep their order; the meeting's version
    moves on)."""
    attendee = load_for_change(uow, MeetingAttendee, attendee_id, expected_version)
    touch(uow, uow.get(Meeting, attendee.meeting_id))
    uow.session.delete(attendee)
    uow.commit()
