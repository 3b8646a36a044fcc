"""Actions agreed at meetings: referenced JAG-2026-11/03 from the series and the meeting's month."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from jagdesk.domain.meetings.rules import (
    NO_SERIES_PREFIX,
    action_series,
    meeting_action_due_problem,
    meeting_action_reference,
)
from jagdesk.domain.problem_solving.rules import action_errors
from jagdesk.domain.problem_solving.vocabulary import ActionStatus
from jagdesk.errors import JagdeskError
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.services.common.references import next_number
from jagdesk.services.meetings.read import today_or
from jagdesk.services.problem_solving.actions import (
    ActionInput,
    ActionRow,
    delete_action,
    fill_action,
    get_action,
    owner_agency,
)
from jagdesk.store.models import Action, AgendaItem, Meeting, MeetingSeries
from jagdesk.store.uow import UnitOfWork


def _meeting_of(uow: UnitOfWork, item: AgendaItem) -> Meeting:
    return uow.get(Meeting, item.meeting_id)


def _prefix(uow: UnitOfWork, meeting: Meeting) -> str:
    if meeting.series_id is None:
        return NO_SERIES_PREFIX
    prefix = uow.session.scalar(select(MeetingSeries.action_prefix)
                                .where(MeetingSeries.id == meeting.series_id))
    return prefix or NO_SERIES_PREFIX


def meeting_action_number(uow: UnitOfWork, meeting: Meeting) -> str:
    """The next action reference for a meeting, taken now (never given out again)."""
    prefix = _prefix(uow, meeting)
    number = next_number(uow.session, action_series(prefix, meeting.held_on))
    return meeting_action_reference(prefix, meeting.held_on, number)


def _checked(uow: UnitOfWork, meeting: Meeting, data: ActionInput,
             today: date) -> tuple[date | None, uuid.UUID | None]:
    """The completion date (today for a done action without one) and the owner agency."""
    completed_on = data.completed_on
    if data.status == ActionStatus.DONE and completed_on is None:
        completed_on = today
    errors = action_errors(data.description, data.side, data.technique, data.status, data.due_on,
                           completed_on, None)
    due = meeting_action_due_problem(data.due_on, meeting.held_on)
    if due and "due_on" not in errors:
        errors["due_on"] = due
    validated(errors)
    return completed_on, owner_agency(uow, data)


def stage_meeting_action(uow: UnitOfWork, item: AgendaItem, data: ActionInput,
                         today: date) -> Action:
    """Check and add an action agreed at an item, leaving the commit to the caller."""
    meeting = _meeting_of(uow, item)
    completed_on, agency_id = _checked(uow, meeting, data, today)
    # A case item's actions are the case's too: they show on its page and its sheet.
    action = Action(id=uuid.uuid4(), reference=meeting_action_number(uow, meeting),
                    agenda_item_id=item.id, case_id=item.case_id)
    fill_action(action, data, completed_on, agency_id)
    uow.session.add(action)
    return action


def add_meeting_action(uow: UnitOfWork, item_id: uuid.UUID, data: ActionInput,
                       today: date | None = None) -> ActionRow:
    """Agree an action at an agenda item; it gets the next reference JAG-2026-11/03.

    The owner's agency follows the owner contact unless another is chosen; a done action
    without a completion date is taken as completed today.
    """
    item = uow.get(AgendaItem, item_id)
    action = stage_meeting_action(uow, item, data, today_or(today))
    uow.commit()
    return get_action(uow, action.id, today)


def save_meeting_action(uow: UnitOfWork, action_id: uuid.UUID, data: ActionInput,
                        expected_version: int | None = None, today: date | None = None) -> ActionRow:
    """Change a meeting action (description, owner, due date, status); its reference stays."""
    action = load_for_change(uow, Action, action_id, expected_version)
    if action.agenda_item_id is None:
        raise JagdeskError(f"The action {action.reference} was not agreed at a meeting; change it "
                           "on its case.")
    meeting = _meeting_of(uow, uow.get(AgendaItem, action.agenda_item_id))
    completed_on, agency_id = _checked(uow, meeting, data, today_or(today))
    fill_action(action, data, completed_on, agency_id)
    uow.commit()
    return get_action(uow, action.id, today)


def delete_meeting_action(uow: UnitOfWork, action_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a meeting action and its updates (its reference is not given out again)."""
    delete_action(uow, action_id, expected_version)
