"""The action log: every action agreed at meetings and on cases, filtered; and matters arising."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from jagdesk.domain.cases import action_overdue
from jagdesk.domain.problem_solving import ActionStatus
from jagdesk.services.case_actions import latest_updates
from jagdesk.store.models import Action, Agency, AgendaItem, Contact, Meeting, ProblemCase
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class ActionLogRow:
    """An action as the action log shows it, with where it was agreed."""

    id: uuid.UUID
    reference: str
    description: str
    owner: str  # the owner contact's name, "" when only an agency owns it
    agency: str
    due_on: date | None
    status: str  # ActionStatus value
    overdue: bool
    latest_update: str  # "12 Nov 2026: text" or ""
    meeting_id: uuid.UUID | None
    meeting: str  # the meeting's title, "" for a case action
    held_on: date | None
    case_reference: str  # or ""
    version: int
    owner_contact_id: uuid.UUID | None = None
    owner_agency_id: uuid.UUID | None = None
    item: str = ""  # "item 3: Shenley Road parade" or ""
    completed_on: date | None = None

    @property
    def due(self) -> str:
        """The due date as a listing prints it (dd/mm/yyyy, or nothing)."""
        return f"{self.due_on:%d/%m/%Y}" if self.due_on else ""

    @property
    def raised_at(self) -> str:
        """Where the action was agreed: "Hertsmere JAG, January 2021, item 3" or the case reference."""
        if self.meeting:
            number = self.item.split(":", 1)[0]
            return f"{self.meeting}, {number}" if number else self.meeting
        return self.case_reference


def _rows(session: Session, conditions: list[ColumnElement[bool]], today: date) -> list[ActionLogRow]:
    query = (select(Action, Contact.name, Agency.name, AgendaItem, Meeting, ProblemCase.reference)
             .outerjoin(Contact, Contact.id == Action.owner_contact_id)
             .outerjoin(Agency, Agency.id == Action.owner_agency_id)
             .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
             .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
             .outerjoin(ProblemCase, ProblemCase.id == Action.case_id)
             .where(*conditions))
    found = session.execute(query).all()
    latest = latest_updates(session, [row[0].id for row in found])
    rows = [_row(*row, latest.get(row[0].id, ""), today) for row in found]
    # Soonest due first, undated last; SQLite and PostgreSQL sort nulls differently, so sort here.
    rows.sort(key=lambda r: (r.due_on is None, r.due_on or date.max, r.reference))
    return rows


def _row(action: Action, owner: str | None, agency: str | None, item: AgendaItem | None,
         meeting: Meeting | None, case_reference: str | None, latest: str, today: date) -> ActionLogRow:
    return ActionLogRow(
        id=action.id, reference=action.reference, description=action.description,
        owner=owner or "", agency=agency or "", due_on=action.due_on, status=action.status,
        overdue=action_overdue(action.status, action.due_on, today), latest_update=latest,
        meeting_id=meeting.id if meeting else None, meeting=meeting.name if meeting else "",
        held_on=meeting.held_on if meeting else None, case_reference=case_reference or "",
        version=action.version, owner_contact_id=action.owner_contact_id,
        owner_agency_id=action.owner_agency_id,
        item=f"item {item.position}: {item.name}" if item else "",
        completed_on=action.completed_on,
    )


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def action_log(uow: UnitOfWork, owner_contact_id: uuid.UUID | None = None,
               agency_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None,
               series_id: uuid.UUID | None = None, overdue_only: bool = False,
               status: str | None = None, today: date | None = None) -> list[ActionLogRow]:
    """Every action (agreed at meetings and on cases) matching the filters, soonest due first
    (undated last) then by reference. Overdue = open and past its due date on `today`."""
    day = _today(today)
    conditions: list[ColumnElement[bool]] = []
    filters: list[tuple[Any, Any]] = [
        (owner_contact_id, Action.owner_contact_id), (agency_id, Action.owner_agency_id),
        (meeting_id, AgendaItem.meeting_id), (series_id, Meeting.series_id), (status, Action.status),
    ]
    for value, column in filters:
        if value is not None:
            conditions.append(column == value)
    if overdue_only:
        conditions += [Action.status == ActionStatus.OPEN, Action.due_on < day]
    return _rows(uow.session, conditions, day)


def matters_arising(uow: UnitOfWork, meeting_id: uuid.UUID,
                    today: date | None = None) -> list[ActionLogRow]:
    """Open actions agreed at the series' earlier meetings: they carry forward to every later
    meeting until they are done or cancelled (they are shown, not copied). None outside a series."""
    meeting = uow.get(Meeting, meeting_id)
    if meeting.series_id is None:
        return []
    earlier = select(Meeting.id).where(Meeting.series_id == meeting.series_id,
                                       Meeting.held_on < meeting.held_on)
    conditions: list[ColumnElement[bool]] = [AgendaItem.meeting_id.in_(earlier),
                                             Action.status == ActionStatus.OPEN]
    rows = _rows(uow.session, conditions, _today(today))
    # Oldest meeting first, then in reference order: the way the officer reads them out.
    rows.sort(key=lambda r: (r.held_on or date.min, r.reference))
    return rows
