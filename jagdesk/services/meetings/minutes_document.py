"""The minutes of a meeting as the Word writer takes them: a plain MinutesDocument."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from jagdesk.domain.meetings.vocabulary import Attendee, ItemKind, MinutesAction, MinutesDocument, MinutesItem
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.services.common.access import record_export
from jagdesk.services.meetings.action_log import ActionLogRow, action_log
from jagdesk.services.meetings.read import get_meeting, today_or
from jagdesk.services.meetings.rows import MeetingDetail
from jagdesk.services.problem_solving.actions import ActionRow
from jagdesk.store.uow import UnitOfWork


def _own_action(row: ActionRow, raised_at: str) -> MinutesAction:
    return MinutesAction(row.reference, row.description, row.owner_name, row.agency_name, row.due_on,
                         row.status, row.overdue, row.latest_update, raised_at)


def logged_action(row: ActionLogRow) -> MinutesAction:
    """An action of the action log as the minutes and the pack print it."""
    return MinutesAction(row.reference, row.description, row.owner, row.agency, row.due_on,
                         row.status, row.overdue, row.latest_update, row.raised_at)


def carried_forward(uow: UnitOfWork, meeting: MeetingDetail, today: date) -> list[ActionLogRow]:
    """The earlier meetings' actions that were still open when this meeting was held: open now,
    or done on or after its date. (A cancelled action has no date, so only open ones count.)"""
    if meeting.series_id is None:
        return []
    rows = action_log(uow, series_id=meeting.series_id, today=today)
    carried = [row for row in rows
               if row.held_on is not None and row.held_on < meeting.held_on
               and (row.status == ActionStatus.OPEN
                    or (row.status == ActionStatus.DONE and row.completed_on is not None
                        and row.completed_on >= meeting.held_on))]
    carried.sort(key=lambda row: (row.held_on or date.min, row.reference))
    return carried


def build_minutes_document(uow: UnitOfWork, meeting_id: uuid.UUID,
                           today: date | None = None) -> MinutesDocument:
    """Everything the minutes say: attendance with agencies, items numbered 1..n with their
    actions (the matters arising item lists the earlier meetings' actions it reviewed, then its
    own), and the next meeting."""
    day = today_or(today)
    meeting = get_meeting(uow, meeting_id, day)
    attendees = tuple(Attendee(row.name, row.agency, row.attendance, row.guest)
                      for row in meeting.attendees)
    carried: list[MinutesAction] | None = None
    items = []
    for number, item in enumerate(meeting.items, 1):
        actions = [_own_action(row, f"{meeting.name}, item {number}") for row in item.actions]
        if item.kind == ItemKind.MATTERS_ARISING:
            if carried is None:
                carried = [logged_action(row) for row in carried_forward(uow, meeting, day)]
            actions = carried + actions
        items.append(MinutesItem(number, item.name, item.kind, item.minutes, item.decisions,
                                 tuple(actions), item.hotspot, item.case_reference, item.side))
    return MinutesDocument(
        title=meeting.name, meeting_type=meeting.meeting_type, series=meeting.series,
        held_on=meeting.held_on, starts_at=meeting.starts_at, ends_at=meeting.ends_at,
        venue=meeting.venue, chair=meeting.chair, minute_taker=meeting.minute_taker,
        marking=meeting.marking, attendees=attendees, items=tuple(items),
        next_meeting=meeting.next_meeting, printed_on=day,
    )


def export_minutes_document(uow: UnitOfWork, meeting_id: uuid.UUID, path: Path) -> MinutesDocument:
    """The minutes to write to `path`, their export (and marking) recorded in the access log."""
    document = build_minutes_document(uow, meeting_id)
    record_export(uow, f"Minutes of {document.title} {document.held_on.isoformat()}", document.marking,
                  False, path, meeting_id, "meeting")
    return document
