"""The series' earlier actions a meeting's pack reports on."""

from __future__ import annotations

import uuid
from datetime import date

from jagdesk.domain.meetings import MinutesAction
from jagdesk.domain.problem_solving import ActionStatus
from jagdesk.services.action_log import action_log
from jagdesk.services.minutes_document import logged_action
from jagdesk.store.models import Meeting
from jagdesk.store.uow import UnitOfWork


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
    return tuple(logged_action(row) for row in kept)
