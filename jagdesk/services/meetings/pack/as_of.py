"""A pack as its meeting saw it: the crime months before the meeting, and actions, updates, audits
and engagement as they stood on the meeting day (or on the printing day, when that is earlier).

A pack printed after its meeting is the meeting's record of what members read: an update written
or an action done after the meeting is left out or shown as still open, and the crime figures are
those of the months before the meeting, not the newest in the store.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jagdesk.domain.common.periods import MonthRange, add_months
from jagdesk.domain.problem_solving.rules import action_overdue, day_text
from jagdesk.domain.problem_solving.vocabulary import ActionStatus, CaseSheet, SheetAction, Side
from jagdesk.store.models import Action, ActionUpdate, AgendaItem, Meeting

# The crime figures cover this many complete months before the meeting.
PERIOD_MONTHS = 12


def records_to(held_on: date, today: date) -> date:
    """The last day whose records a pack shows: the meeting day, or today when that is earlier."""
    return min(held_on, today)


def crime_period(held_on: date, length: int = PERIOD_MONTHS) -> MonthRange:
    """The last `length` complete months before the meeting (its own month is not over yet)."""
    last = add_months(f"{held_on.year:04d}-{held_on.month:02d}", -1)
    return MonthRange(add_months(last, 1 - length), last)


@dataclass(frozen=True)
class ActionState:
    """An action as it stood on a day: its status, overdue flag and latest update then."""

    status: str
    overdue: bool
    latest_update: str  # "12 Nov 2026: text" or ""
    known: bool  # recorded by that day (agreed at a meeting before it, or written down by then)


def action_states(session: Session, ids: list[uuid.UUID], held_on: date,
                  upto: date) -> dict[uuid.UUID, ActionState]:
    """Each action as it stood on `upto`, for the pack of a meeting held on `held_on`.

    Done counts only when it was completed by `upto` (else the action was still open then); the
    latest update is the newest written by `upto`. An action agreed at a meeting is known when that
    meeting came before this one; any other action when it was entered in the store by `upto`, or
    something about it (an update, its completion) is dated by then.
    """
    if not ids:
        return {}
    rows = session.execute(
        select(Action.id, Action.status, Action.due_on, Action.completed_on, Action.created_at,
               Meeting.held_on)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Action.id.in_(ids))).all()
    latest: dict[uuid.UUID, str] = {}
    for action_id, written_on, text in session.execute(
            select(ActionUpdate.action_id, ActionUpdate.written_on, ActionUpdate.text)
            .where(ActionUpdate.action_id.in_(ids), ActionUpdate.written_on <= upto)
            .order_by(ActionUpdate.written_on, ActionUpdate.created_at)):
        latest[action_id] = f"{day_text(written_on)}: {text}"
    states: dict[uuid.UUID, ActionState] = {}
    for action_id, status, due_on, completed_on, created_at, agreed_on in rows:
        if status != ActionStatus.OPEN and completed_on is not None and completed_on > upto:
            status = ActionStatus.OPEN
        if agreed_on is not None:
            known = agreed_on < held_on and agreed_on <= upto
        else:
            known = (created_at is not None and created_at.date() <= upto) or action_id in latest or (
                completed_on is not None and completed_on <= upto)
        states[action_id] = ActionState(status, action_overdue(status, due_on, upto),
                                        latest.get(action_id, ""), known)
    return states


def case_sheet_as_at(session: Session, sheet: CaseSheet, held_on: date, upto: date) -> CaseSheet:
    """The case's sheet with the actions known on `upto`, each as it stood then, and the
    triangle's action counts to match."""
    found = {reference: action_id for reference, action_id in session.execute(
        select(Action.reference, Action.id).where(
            Action.reference.in_([a.reference for a in sheet.actions])))}
    states = action_states(session, list(found.values()), held_on, upto)
    actions: list[SheetAction] = []
    for action in sheet.actions:
        state = states.get(found.get(action.reference, uuid.uuid4()))
        if state is None or not state.known:
            continue
        actions.append(replace(action, status=state.status, overdue=state.overdue,
                               latest_update=state.latest_update))
    counts = Counter(a.side for a in actions)
    still_open = Counter(a.side for a in actions if a.status == ActionStatus.OPEN)
    triangle = sheet.triangle
    sides = {side.side: replace(side, actions=counts[side.side.value],
                                open_actions=still_open[side.side.value])
             for side in triangle.sides()}
    triangle = replace(triangle, victim=sides[Side.VICTIM], location=sides[Side.LOCATION],
                       offender=sides[Side.OFFENDER])
    return replace(sheet, actions=tuple(actions), triangle=triangle)
