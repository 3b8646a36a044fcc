"""What a meeting's pack carries from the series' earlier meetings: the last meeting's minutes, for
members to agree, and the earlier actions (matters arising) as they stood on the meeting day."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from jagdesk.domain.meetings.vocabulary import MeetingStatus, MinutesAction, MinutesDocument
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.services.meetings.action_log import action_log
from jagdesk.services.meetings.minutes_document import build_minutes_document, logged_action
from jagdesk.services.meetings.pack.as_of import action_states
from jagdesk.store.models import Meeting
from jagdesk.store.uow import UnitOfWork


def previous_meeting(uow: UnitOfWork, meeting_id: uuid.UUID) -> Meeting | None:
    """The series' last meeting before this one that was not cancelled; None outside a series."""
    meeting = uow.get(Meeting, meeting_id)
    if meeting.series_id is None:
        return None
    return uow.session.scalars(
        select(Meeting).where(Meeting.series_id == meeting.series_id,
                              Meeting.held_on < meeting.held_on,
                              Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.held_on.desc())).first()


def previous_minutes(uow: UnitOfWork, meeting_id: uuid.UUID, upto: date) -> MinutesDocument | None:
    """The minutes of the series' last meeting, for members to agree. Each item keeps only the
    actions agreed at it: the open actions it carried forward, and the progress of every action,
    are printed once, with the earlier actions (previous_actions)."""
    earlier = previous_meeting(uow, meeting_id)
    if earlier is None:
        return None
    document = build_minutes_document(uow, earlier.id, upto)
    own = {row.reference for row in action_log(uow, meeting_id=earlier.id, today=upto)}
    items = tuple(replace(item, actions=tuple(a for a in item.actions if a.reference in own))
                  for item in document.items)
    return replace(document, items=items)


def previous_actions(uow: UnitOfWork, meeting_id: uuid.UUID, upto: date) -> tuple[MinutesAction, ...]:
    """The series' earlier actions a pack reports on, as they stood on `upto`: every action of the
    previous meeting (done, cancelled or open) and the actions of the meetings before it that were
    still open, oldest first. Done after `upto` counts as open; updates are those written by then."""
    meeting = uow.get(Meeting, meeting_id)
    last = previous_meeting(uow, meeting_id)
    if meeting.series_id is None or last is None:
        return ()
    earlier = [row for row in action_log(uow, series_id=meeting.series_id, today=upto)
               if row.held_on is not None and row.held_on < meeting.held_on]
    states = action_states(uow.session, [row.id for row in earlier], meeting.held_on, upto)
    kept = []
    for row in earlier:
        state = states[row.id]
        if not state.known:
            continue
        row = replace(row, status=state.status, overdue=state.overdue, latest_update=state.latest_update)
        if row.meeting_id == last.id or row.status == ActionStatus.OPEN:
            kept.append(row)
    kept.sort(key=lambda r: (r.held_on or date.min, r.reference))
    return tuple(logged_action(row) for row in kept)
