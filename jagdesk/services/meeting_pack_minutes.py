"""The meeting and its agenda for a pack, and the series' earlier actions, read from the store."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import select

from jagdesk.domain.cases import action_overdue, day_text
from jagdesk.domain.meetings import Attendee, MinutesAction, MinutesDocument, MinutesItem
from jagdesk.domain.problem_solving import ActionStatus
from jagdesk.services.action_log import ActionLogRow, action_log
from jagdesk.services.case_actions import latest_updates
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


def _contact_names(uow: UnitOfWork, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, tuple[str, str]]:
    """(name, agency) of each contact."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    query = (select(Contact.id, Contact.name, Agency.name).join(Agency, Agency.id == Contact.agency_id)
             .where(Contact.id.in_(wanted)))
    return {cid: (name, agency) for cid, name, agency in uow.session.execute(query)}


def _item_actions(uow: UnitOfWork, meeting: Meeting, today: date) -> dict[uuid.UUID, list[MinutesAction]]:
    session = uow.session
    query = (select(Action, Contact.name, Agency.name, AgendaItem.position)
             .join(AgendaItem, AgendaItem.id == Action.agenda_item_id)
             .outerjoin(Contact, Contact.id == Action.owner_contact_id)
             .outerjoin(Agency, Agency.id == Action.owner_agency_id)
             .where(AgendaItem.meeting_id == meeting.id).order_by(Action.reference))
    found = session.execute(query).all()
    latest = latest_updates(session, [row[0].id for row in found])
    actions: dict[uuid.UUID, list[MinutesAction]] = defaultdict(list)
    for action, owner, agency, position in found:
        assert action.agenda_item_id is not None
        actions[action.agenda_item_id].append(MinutesAction(
            reference=action.reference, description=action.description, owner=owner or "",
            agency=agency or "", due_on=action.due_on, status=action.status,
            overdue=action_overdue(action.status, action.due_on, today),
            latest_update=latest.get(action.id, ""),
            raised_at=f"{meeting.name} {day_text(meeting.held_on)}, item {position}"))
    return actions


def read_minutes(uow: UnitOfWork, meeting_id: uuid.UUID, today: date) -> MinutesDocument:
    """The meeting as a MinutesDocument, straight from the records."""
    session = uow.session
    meeting = uow.get(Meeting, meeting_id)
    kind = session.get(MeetingType, meeting.meeting_type_id)
    series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
    attendees: list[MeetingAttendee] = list(meeting.attendees)
    people = _contact_names(uow, {meeting.chair_id, meeting.minute_taker_id,
                                  *(a.contact_id for a in attendees)})
    listed = []
    for attendee in attendees:
        if attendee.contact_id is not None:
            name, agency = people.get(attendee.contact_id, ("", ""))
            listed.append(Attendee(name, agency, attendee.attendance))
        else:
            listed.append(Attendee(attendee.guest_name, attendee.guest_agency, attendee.attendance,
                                   guest=True))
    actions = _item_actions(uow, meeting, today)
    items: list[AgendaItem] = list(meeting.items)
    hotspots = {i: n for i, n in session.execute(select(Hotspot.id, Hotspot.name).where(
        Hotspot.id.in_([i.hotspot_id for i in items if i.hotspot_id])))}
    cases = {i: r for i, r in session.execute(select(ProblemCase.id, ProblemCase.reference).where(
        ProblemCase.id.in_([i.case_id for i in items if i.case_id])))}
    return MinutesDocument(
        title=meeting.name, meeting_type=kind.name if kind else "", series=series.name if series else "",
        held_on=meeting.held_on, starts_at=meeting.starts_at, ends_at=meeting.ends_at,
        venue=meeting.venue, chair=people.get(meeting.chair_id, ("", ""))[0] if meeting.chair_id else "",
        minute_taker=(people.get(meeting.minute_taker_id, ("", ""))[0]
                      if meeting.minute_taker_id else ""),
        marking=meeting.marking, attendees=tuple(listed),
        items=tuple(MinutesItem(
            number=number, title=item.name, kind=item.kind, minutes=item.minutes,
            decisions=item.decisions, actions=tuple(actions.get(item.id, ())),
            hotspot=hotspots.get(item.hotspot_id, "") if item.hotspot_id else "",
            case_reference=cases.get(item.case_id, "") if item.case_id else "", side=item.side)
            for number, item in enumerate(items, start=1)),
        next_meeting=meeting.next_meeting, printed_on=today)


def _as_action(row: ActionLogRow) -> MinutesAction:
    return MinutesAction(reference=row.reference, description=row.description, owner=row.owner,
                         agency=row.agency, due_on=row.due_on, status=row.status, overdue=row.overdue,
                         latest_update=row.latest_update, raised_at=row.raised_at)


def previous_actions(uow: UnitOfWork, meeting_id: uuid.UUID, today: date) -> tuple[MinutesAction, ...]:
    """The series' earlier actions a pack reports on: every action of the previous meeting (done,
    cancelled or open) and the still-open actions of the meetings before it, oldest first."""
    meeting = uow.get(Meeting, meeting_id)
    if meeting.series_id is None:
        return ()
    earlier = [row for row in action_log(uow, series_id=meeting.series_id, today=today)
               if row.held_on is not None and row.held_on < meeting.held_on]
    if not earlier:
        return ()
    last = max(row.held_on for row in earlier if row.held_on is not None)
    kept = [row for row in earlier if row.held_on == last or row.status == ActionStatus.OPEN]
    kept.sort(key=lambda r: (r.held_on or date.min, r.reference))
    return tuple(_as_action(row) for row in kept)
