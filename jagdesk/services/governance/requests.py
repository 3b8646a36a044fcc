"""Subject access requests: recorded when they come, due one calendar month later, shown on the
dashboard until the disclosure is marked sent."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jagdesk.domain.governance import month_after
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import load_for_change
from jagdesk.store.models import Person, SubjectAccessRequest
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class RequestRow:
    """A subject access request as the dashboard and the person page show it."""

    id: uuid.UUID
    person_id: uuid.UUID | None
    name: str
    received_on: date
    due_on: date
    sent_on: date | None
    days_overdue: int  # 0 unless past its due date and not sent
    version: int

    @property
    def reference(self) -> str:
        """What the dashboard's first column shows."""
        return "Subject access"

    @property
    def case_reference(self) -> str:
        """A request opens no case."""
        return ""


def _row(request: SubjectAccessRequest, today: date) -> RequestRow:
    late = (today - request.due_on).days if request.sent_on is None and request.due_on < today else 0
    return RequestRow(request.id, request.person_id, request.person_name, request.received_on,
                      request.due_on, request.sent_on, late, request.version)


def record_request(uow: UnitOfWork, person_id: uuid.UUID, received_on: date | None,
                   today: date) -> RequestRow:
    """Record that the person asked for what the store holds about them; due one calendar month
    after it was received. Commits."""
    if received_on is None:
        raise ValidationError({"received_on": "Give the date the request was received."})
    if received_on > today:
        raise ValidationError({"received_on": "A request cannot be received after today."})
    person = uow.get(Person, person_id)
    request = SubjectAccessRequest(person_id=person.id, person_name=person.title(), received_on=received_on,
                                   due_on=month_after(received_on))
    uow.session.add(request)
    uow.commit()
    return _row(request, today)


def open_requests(uow: UnitOfWork, today: date) -> list[RequestRow]:
    """The requests not yet answered, the soonest due first."""
    return [_row(request, today) for request in uow.session.scalars(
        select(SubjectAccessRequest).where(SubjectAccessRequest.sent_on.is_(None))
        .order_by(SubjectAccessRequest.due_on, SubjectAccessRequest.person_name))]


def person_requests(uow: UnitOfWork, person_id: uuid.UUID, today: date) -> list[RequestRow]:
    """The person's requests, the latest first."""
    return [_row(request, today) for request in uow.session.scalars(
        select(SubjectAccessRequest).where(SubjectAccessRequest.person_id == person_id)
        .order_by(SubjectAccessRequest.received_on.desc()))]


def mark_sent(uow: UnitOfWork, request_id: uuid.UUID, sent_on: date | None, expected_version: int | None,
              today: date) -> RequestRow:
    """Record the day the disclosure was sent; the request leaves the dashboard. Commits."""
    request = load_for_change(uow, SubjectAccessRequest, request_id, expected_version)
    if sent_on is None or sent_on < request.received_on or sent_on > today:
        raise ValidationError({"sent_on": "The day it was sent is between the day it came and today."})
    request.sent_on = sent_on
    uow.commit()
    return _row(request, today)
