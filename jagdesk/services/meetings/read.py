"""Reading meetings: the list, one meeting's detail, and finding a meeting the user names."""

from __future__ import annotations

import re
import uuid
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.meetings.rules import NO_SERIES_PREFIX
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.errors import JagdeskError, NotFoundError
from jagdesk.services.common.readable import with_linked
from jagdesk.services.meetings.rows import AttendeeRow, ItemRow, MeetingDetail, MeetingRow
from jagdesk.services.problem_solving.actions import ActionRow, action_rows
from jagdesk.store.models import (
    Action,
    Agency,
    AgendaItem,
    Contact,
    Hotspot,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    MeetingType,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork

# "Hertsmere JAG 2021-03-04", or just "2021-03-04".
DATED = re.compile(r"^(?P<words>.*?)\s*(?P<day>\d{4}-\d{2}-\d{2})$")


def today_or(today: date | None) -> date:
    return today if today is not None else date.today()


def _open_action_counts(session: Session, meeting_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not meeting_ids:
        return {}
    query = (select(AgendaItem.meeting_id, func.count(Action.id))
             .join(Action, Action.agenda_item_id == AgendaItem.id)
             .where(AgendaItem.meeting_id.in_(meeting_ids), Action.status == ActionStatus.OPEN)
             .group_by(AgendaItem.meeting_id))
    return {meeting_id: count for meeting_id, count in session.execute(query)}


def list_meetings(uow: UnitOfWork, series_id: uuid.UUID | None = None, text: str = "") -> list[MeetingRow]:
    """Meetings, newest first; of one series, or matching text in the title, venue or series."""
    query = with_linked(uow.session, select(Meeting, MeetingType.name, MeetingSeries.name)
                        .join(MeetingType, MeetingType.id == Meeting.meeting_type_id)
                        .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
                        .order_by(Meeting.held_on.desc(), Meeting.starts_at.desc(), Meeting.name),
                        ProblemCase, ProblemCase.id == Meeting.case_id, ProblemCase.reference)
    if series_id is not None:
        query = query.where(Meeting.series_id == series_id)
    words = text.strip().lower()
    if words:
        pattern = f"%{words}%"
        query = query.where(or_(*(func.lower(column).like(pattern) for column in (
            Meeting.name, Meeting.venue, MeetingSeries.name, MeetingType.name))))
    found = uow.session.execute(query).all()
    counts = _open_action_counts(uow.session, [meeting.id for meeting, *_ in found])
    return [MeetingRow(meeting.id, meeting.name, type_name, series or "", meeting.held_on,
                       meeting.starts_at, meeting.venue, meeting.status, meeting.marking,
                       counts.get(meeting.id, 0), meeting.version, meeting.series_id,
                       reference or "")
            for meeting, type_name, series, reference in found]


def attendee_rows(session: Session, meeting_id: uuid.UUID) -> list[AttendeeRow]:
    """The attendance list in order: contacts with their agency, guests with theirs."""
    query = (select(MeetingAttendee, Contact.name, Agency.name)
             .outerjoin(Contact, Contact.id == MeetingAttendee.contact_id)
             .outerjoin(Agency, Agency.id == Contact.agency_id)
             .where(MeetingAttendee.meeting_id == meeting_id)
             .order_by(MeetingAttendee.position))
    rows = []
    for attendee, contact, agency in session.execute(query):
        guest = attendee.contact_id is None
        rows.append(AttendeeRow(
            attendee.id, attendee.contact_id, attendee.guest_name if guest else contact or "",
            attendee.guest_agency if guest else agency or "", attendee.attendance, guest,
            attendee.position, attendee.version))
    return rows


def item_actions(session: Session, item_ids: list[uuid.UUID],
                 today: date) -> dict[uuid.UUID, list[ActionRow]]:
    """The actions agreed at each item, by reference."""
    if not item_ids:
        return {}
    item_of = {action_id: item_id for action_id, item_id in session.execute(
        select(Action.id, Action.agenda_item_id).where(Action.agenda_item_id.in_(item_ids)))}
    found: dict[uuid.UUID, list[ActionRow]] = {item_id: [] for item_id in item_ids}
    if item_of:
        for row in action_rows(session, Action.id.in_(list(item_of)), today):
            item_id = item_of[row.id]
            if item_id is not None:
                found[item_id].append(row)
    return found


def item_rows(session: Session, meeting_id: uuid.UUID, today: date,
              only: uuid.UUID | None = None) -> list[ItemRow]:
    """The agenda in order with links' names and each item's actions (or just item `only`)."""
    query = (select(AgendaItem, Hotspot.name)
             .outerjoin(Hotspot, Hotspot.id == AgendaItem.hotspot_id)
             .where(AgendaItem.meeting_id == meeting_id)
             .order_by(AgendaItem.position, AgendaItem.created_at))
    found = session.execute(with_linked(session, query, ProblemCase,
                                        ProblemCase.id == AgendaItem.case_id,
                                        ProblemCase.reference)).all()
    if only is not None:
        found = [row for row in found if row[0].id == only]
    actions = item_actions(session, [item.id for item, _, _ in found], today)
    return [ItemRow(item.id, item.position, item.position, item.name, item.kind, item.hotspot_id,
                    hotspot or "", item.case_id, reference or "", item.side, item.minutes,
                    item.decisions, actions.get(item.id, []), item.version)
            for item, hotspot, reference in found]


def get_item(uow: UnitOfWork, item_id: uuid.UUID, today: date | None = None) -> ItemRow:
    """One agenda item with its actions."""
    item = uow.get(AgendaItem, item_id)
    return item_rows(uow.session, item.meeting_id, today_or(today), only=item.id)[0]


def get_meeting(uow: UnitOfWork, meeting_id: uuid.UUID, today: date | None = None) -> MeetingDetail:
    """Everything about one meeting."""
    session = uow.session
    chair, taker = aliased(Contact), aliased(Contact)
    query = (select(Meeting, MeetingType, MeetingSeries, chair.name, taker.name)
             .join(MeetingType, MeetingType.id == Meeting.meeting_type_id)
             .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
             .outerjoin(chair, chair.id == Meeting.chair_id)
             .outerjoin(taker, taker.id == Meeting.minute_taker_id)
             .where(Meeting.id == meeting_id))
    # The case a meeting is about stays unnamed for a login that may not read cases (a partner).
    row = session.execute(with_linked(session, query, ProblemCase,
                                      ProblemCase.id == Meeting.case_id, ProblemCase)).first()
    if row is None:
        raise NotFoundError("That meeting is no longer in the store; it may have been deleted.")
    meeting, kind, series, chair_name, taker_name, case = row
    return MeetingDetail(
        id=meeting.id, name=meeting.name, meeting_type_id=kind.id, meeting_type=kind.name,
        is_problem_solving=kind.is_problem_solving, series_id=meeting.series_id,
        series=series.name if series else "",
        action_prefix=series.action_prefix if series else NO_SERIES_PREFIX,
        case_id=meeting.case_id, case_reference=case.reference if case else "",
        case_name=case.name if case else "", held_on=meeting.held_on, starts_at=meeting.starts_at,
        ends_at=meeting.ends_at, venue=meeting.venue, chair_id=meeting.chair_id,
        chair=chair_name or "", minute_taker_id=meeting.minute_taker_id,
        minute_taker=taker_name or "", marking=meeting.marking, status=meeting.status,
        next_meeting=meeting.next_meeting, notes=meeting.notes,
        attendees=attendee_rows(session, meeting.id),
        items=item_rows(session, meeting.id, today_or(today)), version=meeting.version,
    )


def _by_date(uow: UnitOfWork, day: date, words: str) -> list[uuid.UUID]:
    query = (select(Meeting.id, Meeting.name, MeetingSeries.name)
             .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
             .where(Meeting.held_on == day))
    wanted = words.strip().lower()
    return [meeting_id for meeting_id, name, series in uow.session.execute(query)
            if not wanted or wanted in name.lower() or wanted in (series or "").lower()]


def find_meeting(uow: UnitOfWork, text: str, today: date | None = None) -> MeetingDetail:
    """The meeting a user names: its id, "YYYY-MM-DD" (optionally after words of the series'
    name or the title: "Hertsmere JAG 2021-03-04") or its title."""
    wanted = text.strip()
    if not wanted:
        raise JagdeskError("Name the meeting: its date (YYYY-MM-DD), its title or its id.")
    try:
        return get_meeting(uow, uuid.UUID(wanted), today)
    except ValueError:
        pass
    dated = DATED.match(wanted)
    if dated:
        try:
            day = date.fromisoformat(dated["day"])
        except ValueError:
            raise JagdeskError(f"'{dated['day']}' is not a date (YYYY-MM-DD).") from None
        ids = _by_date(uow, day, dated["words"])
        if len(ids) > 1:
            raise JagdeskError(f"{len(ids)} meetings were held on {uk_day(day)}: put the series "
                               f"before the date, for example 'Hertsmere JAG {day.isoformat()}'.")
        if ids:
            return get_meeting(uow, ids[0], today)
    lowered = wanted.lower()
    exact = list(uow.session.scalars(select(Meeting.id).where(func.lower(Meeting.name) == lowered)))
    if not exact:
        exact = list(uow.session.scalars(
            select(Meeting.id).where(func.lower(Meeting.name).like(f"%{lowered}%"))))
    if len(exact) > 1:
        raise JagdeskError(f"{len(exact)} meetings match '{wanted}': give the date (YYYY-MM-DD) "
                           "as well.")
    if not exact:
        raise NotFoundError(f"There is no meeting called or dated '{wanted}'; "
                            "'jagdesk list meetings' shows them.")
    return get_meeting(uow, exact[0], today)
