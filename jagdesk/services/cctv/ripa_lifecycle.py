"""An authorisation's life after the application: the magistrate's decision, reviews, renewals
and cancellation, each refused with one sentence when its date breaks a rule (nothing changed)."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import select

from jagdesk.domain.cctv.ripa import decision_problem
from jagdesk.domain.cctv.ripa_refusals import (
    approval_problem,
    cancellation_problem,
    renewal_problem,
    review_problem,
)
from jagdesk.domain.cctv.ripa_rows import AuthorisationRow
from jagdesk.errors import JagdeskError
from jagdesk.services.cctv.authorisations import authorisation_row
from jagdesk.services.common.records import load_for_change, touch
from jagdesk.store.models import AuthorisingOfficer, RipaAuthorisation, RipaRenewal, RipaReview
from jagdesk.store.uow import UnitOfWork


def _refuse(problem: str | None) -> None:
    if problem:
        raise JagdeskError(problem)


def _current(uow: UnitOfWork, record: RipaAuthorisation, today: date) -> AuthorisationRow:
    uow.session.flush()
    return authorisation_row(uow, record.id, today)


def record_decision(uow: UnitOfWork, authorisation_id: uuid.UUID, expected_version: int | None,
                    decision: str, decided_on: date, decided_at: time | None = None,
                    court: str = "", magistrate: str = "", commit: bool = True) -> AuthorisationRow:
    """The magistrate's decision ("approved" or "refused"), its date and time, court and name."""
    record = load_for_change(uow, RipaAuthorisation, authorisation_id, expected_version)
    _refuse(decision_problem(decision)
            or approval_problem(record.authorised_on, decided_on, record.decision))
    record.decision, record.decided_on, record.decided_at = decision, decided_on, decided_at
    record.court, record.magistrate = court.strip(), magistrate.strip()
    if commit:
        uow.commit()
    return authorisation_row(uow, record.id, decided_on)


def add_review(uow: UnitOfWork, authorisation_id: uuid.UUID, expected_version: int | None,
               reviewed_on: date, reviewer: str, outcome: str = "",
               commit: bool = True) -> AuthorisationRow:
    """A review while the authorisation is in force."""
    record = load_for_change(uow, RipaAuthorisation, authorisation_id, expected_version)
    row = _current(uow, record, reviewed_on)
    _refuse(review_problem(row.approved_on, row.ends_on, record.cancelled_on, reviewed_on))
    uow.session.add(RipaReview(authorisation_id=record.id, reviewed_on=reviewed_on,
                               reviewer=reviewer.strip(), outcome=outcome.strip()))
    touch(uow, record)
    if commit:
        uow.commit()
    return authorisation_row(uow, record.id, reviewed_on)


def renew(uow: UnitOfWork, authorisation_id: uuid.UUID, expected_version: int | None,
          approved_on: date, magistrate: str = "", officer_id: uuid.UUID | None = None,
          commit: bool = True) -> AuthorisationRow:
    """A renewal a magistrate approved on `approved_on`, by the last day in force; it runs three
    months beginning with that last day."""
    record = load_for_change(uow, RipaAuthorisation, authorisation_id, expected_version)
    row = _current(uow, record, approved_on)
    _refuse(renewal_problem(row.approved_on, row.ends_on, record.cancelled_on, approved_on))
    if row.renewals and approved_on < row.renewals[-1].approved_on:
        raise JagdeskError("A renewal cannot be approved before the renewal recorded last.")
    officer = uow.session.get(AuthorisingOfficer, officer_id) if officer_id else None
    uow.session.add(RipaRenewal(
        authorisation_id=record.id, approved_on=approved_on, magistrate=magistrate.strip(),
        officer_name=officer.name if officer else record.officer_name,
        officer_grade=officer.grade if officer else record.officer_grade))
    touch(uow, record)
    if commit:
        uow.commit()
    return authorisation_row(uow, record.id, approved_on)


def cancel(uow: UnitOfWork, authorisation_id: uuid.UUID, expected_version: int | None,
           cancelled_on: date, cancelled_by: str, reason: str, cameras_removed: bool = True,
           all_told: bool = True, commit: bool = True) -> AuthorisationRow:
    """Cancel the authorisation as soon as it is no longer needed (a cancellation recorded after
    the last day closes a lapsed one: it stays flagged as lapsed)."""
    record = load_for_change(uow, RipaAuthorisation, authorisation_id, expected_version)
    _refuse(cancellation_problem(record.decided_on if record.decision == "approved" else None,
                                 record.cancelled_on, cancelled_on, reason))
    if record.decision != "approved":
        raise JagdeskError("Only an authorisation a magistrate has approved can be cancelled; "
                           "an application still waiting is withdrawn instead.")
    record.cancelled_on, record.cancelled_by = cancelled_on, cancelled_by.strip()
    record.cancel_reason = reason.strip()
    record.cameras_removed, record.all_told = cameras_removed, all_told
    if commit:
        uow.commit()
    return authorisation_row(uow, record.id, cancelled_on)


def reviews_of(uow: UnitOfWork, authorisation_id: uuid.UUID) -> list[tuple[date, str, str]]:
    """The reviews of an authorisation: (date, reviewer, outcome), oldest first."""
    query = (select(RipaReview.reviewed_on, RipaReview.reviewer, RipaReview.outcome)
             .where(RipaReview.authorisation_id == authorisation_id)
             .order_by(RipaReview.reviewed_on))
    return [(day, reviewer, outcome) for day, reviewer, outcome in uow.session.execute(query)]
