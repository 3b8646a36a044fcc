"""A case's end: closed with what becomes of its open actions, reopened, or deleted with its actions."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jagdesk.domain.problem_solving.rules import (
    cancelled_on_close_note,
    close_errors,
    done_on_close_note,
    open_actions_problem,
    reopen_errors,
    reopen_note,
)
from jagdesk.domain.problem_solving.vocabulary import ActionStatus, CaseStatus
from jagdesk.errors import JagdeskError
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.services.problem_solving.cases import CaseDetail, case_detail
from jagdesk.store.models import (
    Action,
    ActionUpdate,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


def _open_actions(session: Session, case_id: uuid.UUID) -> list[Action]:
    return list(session.scalars(select(Action).where(
        Action.case_id == case_id, Action.status == ActionStatus.OPEN).order_by(Action.reference)))


def close_case(uow: UnitOfWork, case_id: uuid.UUID, expected_version: int | None, closed_on: date,
               reason: str, open_actions: str | None = None) -> CaseDetail:
    """Close a case with a reason; open actions are left ("leave"), cancelled ("cancel") or marked
    done ("done"). With open actions and no choice, JagdeskError says how many there are."""
    case = load_for_change(uow, ProblemCase, case_id, expected_version)
    validated(close_errors(case.status, case.opened_on, closed_on, reason))
    pending = _open_actions(uow.session, case.id)
    problem = open_actions_problem(len(pending), open_actions)
    if problem:
        raise JagdeskError(problem)
    for action in pending:
        if open_actions == "cancel":
            action.status = ActionStatus.CANCELLED
            note = cancelled_on_close_note(reason)
        elif open_actions == "done":
            action.status = ActionStatus.DONE
            action.completed_on = max(closed_on, case.opened_on)
            note = done_on_close_note(reason)
        else:
            continue
        uow.session.add(ActionUpdate(action_id=action.id, written_on=closed_on, text=note))
    case.status = CaseStatus.CLOSED
    case.closed_on = closed_on
    case.closed_reason = reason.strip()
    uow.commit()
    return case_detail(uow, case, None)


def reopen_case(uow: UnitOfWork, case_id: uuid.UUID, expected_version: int | None, reason: str,
                status: str = "open", reopened_on: date | None = None) -> CaseDetail:
    """Reopen a closed case with the reason; the assessment notes keep a dated line saying why and
    what the closure had been (the audit trail keeps every change as well)."""
    case = load_for_change(uow, ProblemCase, case_id, expected_version)
    validated(reopen_errors(case.status, status, reason))
    reopened_on = reopened_on if reopened_on is not None else date.today()
    note = reopen_note(reopened_on, reason, case.closed_on, case.closed_reason)
    case.assessment_notes = "\n".join(part for part in (case.assessment_notes.rstrip(), note) if part)
    case.status = status
    case.closed_on = None
    case.closed_reason = ""
    uow.commit()
    return case_detail(uow, case, None)


# What becomes of a case's open actions when it is closed.
OPEN_ACTION_CHOICES = ("leave", "cancel", "done")


def delete_case(uow: UnitOfWork, case_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a case with its actions and links; its reference is never given out again."""
    case = load_for_change(uow, ProblemCase, case_id, expected_version)
    # Deleted one by one (not left to the database's cascade) so that the audit trail keeps each.
    for action in uow.session.scalars(select(Action).where(Action.case_id == case.id)):
        for update in list(action.updates):
            uow.session.delete(update)
        uow.session.delete(action)
    uow.session.delete(case)
    uow.commit()
