"""Actions on a problem-solving case: add, change, delete, and their dated updates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.problem_solving.rules import action_errors, action_overdue, update_errors
from jagdesk.domain.problem_solving.vocabulary import TECHNIQUES_BY_KEY, ActionStatus
from jagdesk.errors import JagdeskError, NotFoundError, ValidationError
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.services.common.references import case_action_reference
from jagdesk.store.models import Action, ActionUpdate, Agency, Contact, ProblemCase
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class ActionRow:
    """An action as the case page, the sheet and the command line see it."""

    id: uuid.UUID
    reference: str
    description: str
    side: str  # Side value or ""
    technique: str  # technique key or ""
    technique_title: str  # technique title or ""
    owner_contact_id: uuid.UUID | None
    owner_name: str
    owner_agency_id: uuid.UUID | None
    agency_name: str
    due_on: date | None
    status: str  # ActionStatus value
    completed_on: date | None
    overdue: bool
    latest_update: str  # "12 Nov 2026: text" or ""
    version: int


@dataclass(frozen=True)
class ActionInput:
    """What the user enters for an action. owner_agency_id None = the owner contact's agency."""

    description: str
    side: str = ""
    technique: str = ""
    owner_contact_id: uuid.UUID | None = None
    owner_agency_id: uuid.UUID | None = None
    due_on: date | None = None
    status: str = "open"
    completed_on: date | None = None


@dataclass(frozen=True)
class UpdateRow:
    """A dated note of progress on an action."""

    id: uuid.UUID
    written_on: date
    text: str
    version: int


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def latest_updates(session: Session, action_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The newest update of each action, as "12 Nov 2026: text"."""
    latest: dict[uuid.UUID, str] = {}
    if not action_ids:
        return latest
    query = (select(ActionUpdate).where(ActionUpdate.action_id.in_(action_ids))
             .order_by(ActionUpdate.written_on, ActionUpdate.created_at))
    for update in session.scalars(query):
        latest[update.action_id] = f"{day_text(update.written_on)}: {update.text}"
    return latest


def action_rows(session: Session, condition: ColumnElement[bool], today: date) -> list[ActionRow]:
    """Actions matching `condition` with their owner, agency, latest update and overdue flag."""
    query = (select(Action, Contact.name, Agency.name)
             .outerjoin(Contact, Contact.id == Action.owner_contact_id)
             .outerjoin(Agency, Agency.id == Action.owner_agency_id)
             .where(condition)
             .order_by(Action.reference))
    found = session.execute(query).all()
    latest = latest_updates(session, [action.id for action, _, _ in found])
    return [_row(action, contact or "", agency or "", latest.get(action.id, ""), today)
            for action, contact, agency in found]


def _row(action: Action, owner_name: str, agency_name: str, latest: str, today: date) -> ActionRow:
    technique = TECHNIQUES_BY_KEY.get(action.technique)
    return ActionRow(
        id=action.id, reference=action.reference, description=action.description,
        side=action.side, technique=action.technique,
        technique_title=technique.title if technique else "",
        owner_contact_id=action.owner_contact_id, owner_name=owner_name,
        owner_agency_id=action.owner_agency_id, agency_name=agency_name, due_on=action.due_on,
        status=action.status, completed_on=action.completed_on,
        overdue=action_overdue(action.status, action.due_on, today), latest_update=latest,
        version=action.version,
    )


def list_actions(uow: UnitOfWork, case_id: uuid.UUID, today: date | None = None) -> list[ActionRow]:
    """The case's actions, by reference."""
    return action_rows(uow.session, Action.case_id == case_id, _today(today))


def get_action(uow: UnitOfWork, action_id: uuid.UUID, today: date | None = None) -> ActionRow:
    """One action."""
    rows = action_rows(uow.session, Action.id == action_id, _today(today))
    if not rows:
        raise NotFoundError("That action is no longer in the store; it may have been deleted.")
    return rows[0]


def owner_agency(uow: UnitOfWork, data: ActionInput) -> uuid.UUID | None:
    """The agency that owns the action: as chosen, else the owner contact's agency."""
    if data.owner_contact_id is not None:
        contact = uow.session.get(Contact, data.owner_contact_id)
        if contact is None:
            raise ValidationError({"owner_contact_id": "That contact is no longer in the store."})
        if data.owner_agency_id is None:
            return contact.agency_id
    if data.owner_agency_id is not None and uow.session.get(Agency, data.owner_agency_id) is None:
        raise ValidationError({"owner_agency_id": "That agency is no longer in the store."})
    return data.owner_agency_id


def fill_action(action: Action, data: ActionInput, completed_on: date | None,
                agency_id: uuid.UUID | None) -> None:
    """Write what an action form holds onto the action (a case's or a meeting's)."""
    action.description = data.description.strip()
    action.side = data.side
    action.technique = data.technique
    action.owner_contact_id = data.owner_contact_id
    action.owner_agency_id = agency_id
    action.due_on = data.due_on
    action.status = data.status
    action.completed_on = completed_on


def save_action(uow: UnitOfWork, case_id: uuid.UUID, data: ActionInput,
                record_id: uuid.UUID | None = None, expected_version: int | None = None,
                today: date | None = None) -> ActionRow:
    """Add an action to a case (it gets the next reference PS-2026-014/03), or change one.

    A done action with no completion date is taken as completed today.
    """
    case = uow.get(ProblemCase, case_id)
    completed_on = data.completed_on
    if data.status == ActionStatus.DONE and completed_on is None:
        completed_on = _today(today)
    validated(action_errors(data.description, data.side, data.technique, data.status,
                            data.due_on, completed_on, case.opened_on))
    agency_id = owner_agency(uow, data)
    if record_id is None:
        action = Action(case_id=case.id,
                        reference=case_action_reference(uow.session, case.reference))
        uow.session.add(action)
    else:
        action = load_for_change(uow, Action, record_id, expected_version)
        if action.case_id != case.id:
            raise JagdeskError(f"The action {action.reference} belongs to another case.")
    fill_action(action, data, completed_on, agency_id)
    uow.commit()
    return get_action(uow, action.id, today)


def delete_action(uow: UnitOfWork, action_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete an action and its updates (its reference is not given out again)."""
    action = load_for_change(uow, Action, action_id, expected_version)
    for update in list(action.updates):
        uow.session.delete(update)  # one by one, so that the audit trail keeps each
    uow.session.delete(action)
    uow.commit()


def add_update(uow: UnitOfWork, action_id: uuid.UUID, written_on: date, text: str) -> UpdateRow:
    """Add a dated note of progress to an action."""
    action = uow.get(Action, action_id)
    case = uow.session.get(ProblemCase, action.case_id) if action.case_id else None
    validated(update_errors(written_on, text, case.opened_on if case else None))
    update = ActionUpdate(action_id=action.id, written_on=written_on, text=text.strip())
    uow.session.add(update)
    uow.commit()
    return UpdateRow(update.id, update.written_on, update.text, update.version)


def list_updates(uow: UnitOfWork, action_id: uuid.UUID) -> list[UpdateRow]:
    """An action's updates, newest first."""
    query = (select(ActionUpdate).where(ActionUpdate.action_id == action_id)
             .order_by(ActionUpdate.written_on.desc(), ActionUpdate.created_at.desc()))
    return [UpdateRow(u.id, u.written_on, u.text, u.version) for u in uow.session.scalars(query)]


def delete_update(uow: UnitOfWork, update_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete an update written in error."""
    update = load_for_change(uow, ActionUpdate, update_id, expected_version)
    uow.session.delete(update)
    uow.commit()
