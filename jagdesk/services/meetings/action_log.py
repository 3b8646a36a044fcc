"""The action log: every action agreed at meetings and on cases, filtered; and matters arising."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from jagdesk.domain.common.day_text import day_text, uk_day
from jagdesk.domain.common.marking import Marking
from jagdesk.domain.meetings.action_log import ActionLogDocument, LogAction, scope_text
from jagdesk.domain.problem_solving.rules import action_overdue
from jagdesk.domain.problem_solving.vocabulary import ActionStatus, CaseStatus
from jagdesk.errors import ValidationError
from jagdesk.services.common.access import record_export
from jagdesk.services.common.readable import readable, with_linked
from jagdesk.services.problem_solving.actions import ActionInput, ActionRow, latest_updates
from jagdesk.store.models import Action, Agency, AgendaItem, Contact, Meeting, ProblemCase
from jagdesk.store.uow import UnitOfWork

# A log of several meetings' and cases' actions names people: marked as the meetings' papers are.
DEFAULT_MARKING = Marking.OFFICIAL_SENSITIVE.value


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
        return uk_day(self.due_on)

    @property
    def owner_and_agency(self) -> str:
        """"Priya Raman (Hertsmere Borough Council)", or whichever of the two there is."""
        if self.owner and self.agency:
            return f"{self.owner} ({self.agency})"
        return self.owner or self.agency

    @property
    def raised_at(self) -> str:
        """Where the action was agreed: "Hertsmere JAG, January 2021, item 3" or the case reference."""
        if self.meeting:
            number = self.item.split(":", 1)[0]
            return f"{self.meeting}, {number}" if number else self.meeting
        return self.case_reference


def _rows(session: Session, conditions: list[ColumnElement[bool]], today: date) -> list[ActionLogRow]:
    query = (select(Action, Contact.name, Agency.name, AgendaItem, Meeting)
             .outerjoin(Contact, Contact.id == Action.owner_contact_id)
             .outerjoin(Agency, Agency.id == Action.owner_agency_id)
             .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
             .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
             .where(*conditions))
    # A login that may not read cases (a partner) sees the actions without their case's reference.
    found = session.execute(with_linked(session, query, ProblemCase, ProblemCase.id == Action.case_id,
                                        ProblemCase.reference)).all()
    latest = latest_updates(session, [row[0].id for row in found])
    rows = [_row(action, owner, agency, item, meeting, case, latest.get(action.id, ""), today)
            for action, owner, agency, item, meeting, case in found]
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


# New actions from the log ------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionHome:
    """Where a new action can be agreed: at an agenda item of a meeting, or on a case."""

    label: str  # "Hertsmere JAG, January 2021 (26 Jan 2021)" or "PS-2021-002 Drug dealing…"
    meeting_id: uuid.UUID | None = None
    items: tuple[tuple[uuid.UUID, str], ...] = ()  # the meeting's agenda: (id, "3. Shenley Road")
    case_id: uuid.UUID | None = None


def action_homes(uow: UnitOfWork) -> list[ActionHome]:
    """Meetings with an agenda (newest first), then the cases not closed (newest first)."""
    session = uow.session
    meetings = list(session.scalars(select(Meeting).order_by(Meeting.held_on.desc(),
                                                              Meeting.name)))
    agenda: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for item in session.scalars(select(AgendaItem).order_by(AgendaItem.position,
                                                            AgendaItem.created_at)):
        agenda.setdefault(item.meeting_id, []).append((item.id, f"{item.position}. {item.name}"))
    homes = [ActionHome(f"{m.name} ({day_text(m.held_on)})", meeting_id=m.id,
                        items=tuple(agenda[m.id])) for m in meetings if m.id in agenda]
    if not readable(session, ProblemCase):
        return homes  # a login that may not read cases (a partner) adds no action to one
    cases = session.scalars(select(ProblemCase).where(ProblemCase.status != CaseStatus.CLOSED)
                            .order_by(ProblemCase.opened_on.desc(), ProblemCase.reference.desc()))
    homes += [ActionHome(f"{c.reference} {c.name}", case_id=c.id) for c in cases]
    return homes


def add_log_action(uow: UnitOfWork, data: ActionInput, item_id: uuid.UUID | None = None,
                   case_id: uuid.UUID | None = None, today: date | None = None) -> ActionRow:
    """Agree a new action at a meeting's agenda item (JAG-2026-11/03) or on a case (PS-2026-014/03),
    through that place's own use case and its checks."""
    from jagdesk.services.meetings.actions import add_meeting_action
    from jagdesk.services.problem_solving.actions import save_action

    if item_id is not None:
        return add_meeting_action(uow, item_id, data, today)
    if case_id is not None:
        return save_action(uow, case_id, data, today=today)
    raise ValidationError({"home": "Choose the meeting or the case the action was agreed for."})


# The log as a document ---------------------------------------------------------------------------


def log_action(row: ActionLogRow) -> LogAction:
    return LogAction(reference=row.reference, description=row.description, owner=row.owner,
                     agency=row.agency, due_on=row.due_on, status=row.status, overdue=row.overdue,
                     latest_update=row.latest_update, agreed_at=row.raised_at)


def log_document(rows: Sequence[ActionLogRow], scope: str, marking: str = DEFAULT_MARKING,
                 today: date | None = None, one_meeting: bool = False) -> ActionLogDocument:
    """These rows, in this order, as the document to circulate."""
    return ActionLogDocument(scope=scope, marking=marking, printed_on=_today(today),
                             actions=tuple(log_action(r) for r in rows), one_meeting=one_meeting)


def build_action_log_document(uow: UnitOfWork, meeting: str | None = None, overdue_only: bool = False,
                              status: str | None = ActionStatus.OPEN.value,
                              today: date | None = None) -> ActionLogDocument:
    """The log for the command line: open actions (`status` None: every status), of the meeting the
    user names (its date, title or id: the meeting's own marking), overdue only if asked."""
    from jagdesk.services.meetings.read import find_meeting

    found = find_meeting(uow, meeting, today) if meeting is not None else None
    rows = action_log(uow, meeting_id=found.id if found else None, overdue_only=overdue_only,
                      status=None if overdue_only else status, today=today)
    where = f"{found.name} ({day_text(found.held_on)})" if found else ""
    scope = scope_text(status, overdue_only, where)
    return log_document(rows, scope, found.marking if found else DEFAULT_MARKING, today,
                        one_meeting=found is not None)


def export_action_log_document(uow: UnitOfWork, path: Path, meeting: str | None = None,
                               overdue_only: bool = False,
                               status: str | None = ActionStatus.OPEN.value) -> ActionLogDocument:
    """The log to write to `path` (as build_action_log_document), recorded in the access log."""
    document = build_action_log_document(uow, meeting, overdue_only, status)
    record_export(uow, f"Action log: {document.scope}", document.marking, False, path)
    return document
