"""RIPA directed-surveillance authorisations: the application, the list with computed dates and
flags, and one authorisation by its URN."""

from __future__ import annotations

import gc
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, func, select, type_coerce

from jagdesk.domain.cctv.ripa import application_errors, threshold_problem
from jagdesk.domain.cctv.ripa_dates import REVIEW_INTERVAL_DAYS
from jagdesk.domain.cctv.ripa_rows import AuthorisationRow, RawAuthorisation, RawRenewal, compute_row
from jagdesk.errors import JagdeskError, NotFoundError, ValidationError
from jagdesk.services.cctv.officers import find_offence
from jagdesk.services.common.access import OPEN, record_access
from jagdesk.services.common.records import delete_unused, ensure_unique, load_for_change, validated
from jagdesk.services.common.references import next_number
from jagdesk.store.models import (
    AuthorisingOfficer,
    Person,
    RipaAuthorisation,
    RipaRenewal,
    RipaReview,
    RipaSubject,
)
from jagdesk.store.uow import UnitOfWork

RAW_COLUMNS = (
    RipaAuthorisation.id, RipaAuthorisation.urn, RipaAuthorisation.operation,
    RipaAuthorisation.description, RipaAuthorisation.offence, RipaAuthorisation.offence_statute,
    RipaAuthorisation.officer_name, RipaAuthorisation.officer_grade,
    RipaAuthorisation.officer_involved, RipaAuthorisation.confidential_likely,
    RipaAuthorisation.authorised_on, RipaAuthorisation.decision, RipaAuthorisation.decided_on,
    RipaAuthorisation.decided_at, RipaAuthorisation.court, RipaAuthorisation.magistrate,
    RipaAuthorisation.review_interval_days, RipaAuthorisation.cancelled_on,
    RipaAuthorisation.cancelled_by, RipaAuthorisation.cancel_reason, RipaAuthorisation.version,
)


@dataclass(frozen=True)
class ApplicationInput:
    """What an application for directed surveillance says."""

    operation: str
    offence: str  # a name on the partnership's list of offences
    officer_id: uuid.UUID
    urn: str = ""  # "" gives the next RIPA-YYYY-NNN
    description: str = ""
    subjects: tuple[str, ...] = ()
    subject_person_ids: tuple[uuid.UUID, ...] = ()  # people on the register, named as subjects
    necessity: str = ""
    proportionality: str = ""
    collateral_intrusion: str = ""
    confidential_likely: bool = False
    officer_involved: bool = False
    involved_reason: str = ""
    authorised_on: date | None = None
    review_interval_days: int = REVIEW_INTERVAL_DAYS


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a listing is built, then set going as it was.

    A listing makes tens of thousands of small objects that live on (rows, tuples, dates) and
    none with a cycle: each batch of them set off a collection that walked every object already
    made, a third of the listing's processor time on ten thousand authorisations.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _rows(uow: UnitOfWork, today: date, *conditions: ColumnElement[bool]) -> list[AuthorisationRow]:
    with _collector_paused():
        return _read_rows(uow, today, *conditions)


def _read_rows(uow: UnitOfWork, today: date, *conditions: ColumnElement[bool]) -> list[AuthorisationRow]:
    # The authorisation's key as stored (no UUID made from it) joins the children to it: with
    # thousands of rows, making a UUID of every child's key costs more than the dates' rules.
    key = type_coerce(RipaAuthorisation.id, String)
    query = select(key, *RAW_COLUMNS).where(*conditions).order_by(
        RipaAuthorisation.created_at.desc(), RipaAuthorisation.urn.desc())
    # Read through the connection: plain rows, without the ORM's per-row bookkeeping.
    connection = uow.session.connection()
    found = [(row[0], RawAuthorisation._make(row[1:])) for row in connection.execute(query).all()]
    if not found:
        return []
    ids = [raw.id for _, raw in found] if len(found) < 500 else None  # a long list reads them all

    def children(owner: Any, *columns: Any) -> list[tuple[Any, ...]]:
        child_query = select(type_coerce(owner, String), *columns)
        if ids is not None:
            child_query = child_query.where(owner.in_(ids))
        return [tuple(row) for row in connection.execute(child_query).all()]

    subjects: dict[object, list[str]] = defaultdict(list)
    for owner, name in children(RipaSubject.authorisation_id, RipaSubject.name):
        subjects[owner].append(name)
    reviews: dict[object, list[date]] = defaultdict(list)
    for owner, day in children(RipaReview.authorisation_id, RipaReview.reviewed_on):
        reviews[owner].append(day)
    renewals: dict[object, list[RawRenewal]] = defaultdict(list)
    for owner, *values in children(RipaRenewal.authorisation_id, RipaRenewal.approved_on,
                                   RipaRenewal.magistrate, RipaRenewal.officer_name,
                                   RipaRenewal.officer_grade):
        renewals[owner].append(RawRenewal._make(values))
    return [compute_row(raw, subjects.get(stored, ()), reviews.get(stored, ()),
                        renewals.get(stored, ()), today) for stored, raw in found]


def list_authorisations(uow: UnitOfWork, today: date | None = None) -> list[AuthorisationRow]:
    """Every authorisation, the newest application first, with its dates and flags as of today."""
    return _rows(uow, _today(today))


def authorisation_row(uow: UnitOfWork, authorisation_id: uuid.UUID,
                      today: date | None = None) -> AuthorisationRow:
    """One authorisation with its dates and flags."""
    found = _rows(uow, _today(today), RipaAuthorisation.id == authorisation_id)
    if not found:
        raise NotFoundError("That authorisation is no longer in the store.")
    return found[0]


def find_authorisation(uow: UnitOfWork, urn: str, today: date | None = None) -> AuthorisationRow:
    """The authorisation with this URN (any case of letters), or NotFoundError."""
    wanted = urn.strip().upper()
    found = _rows(uow, _today(today), func.upper(RipaAuthorisation.urn) == wanted)
    if not found:
        raise NotFoundError(f"There is no authorisation {wanted or '(no URN given)'}.")
    return found[0]


def next_urn(uow: UnitOfWork, year: int) -> str:
    """The next unused URN of the year, RIPA-2026-001 (numbers are never given out twice)."""
    while True:
        urn = f"RIPA-{year}-{next_number(uow.session, f'RIPA-{year}'):03d}"
        if not uow.session.scalar(select(func.count()).where(RipaAuthorisation.urn == urn)):
            return urn


def add_application(uow: UnitOfWork, data: ApplicationInput, commit: bool = True) -> AuthorisationRow:
    """Record an application authorised by a designated officer, refused below the crime
    threshold; it takes effect only once a magistrate approves it."""
    officer = uow.session.get(AuthorisingOfficer, data.officer_id)
    if officer is None:
        raise ValidationError({"officer_id": "Choose an authorising officer from the list."})
    offence = find_offence(uow, data.offence)
    problem = threshold_problem(offence)
    if problem:
        raise JagdeskError(problem)
    urn = data.urn.strip() or next_urn(uow, (data.authorised_on or date.today()).year)
    validated(application_errors(urn, data.operation, data.description, data.necessity,
                                 data.proportionality, data.officer_involved, data.involved_reason,
                                 data.review_interval_days))
    ensure_unique(uow.session, RipaAuthorisation.urn, urn, None, "urn",
                  f"The URN {urn} is already used; a URN is never used twice.")
    record = RipaAuthorisation(
        urn=urn, operation=data.operation.strip(), description=data.description.strip(),
        offence=offence.name, offence_statute=offence.statute,
        offence_max_months=offence.max_months, offence_underage_sale=offence.underage_sale,
        necessity=data.necessity.strip(), proportionality=data.proportionality.strip(),
        collateral_intrusion=data.collateral_intrusion.strip(),
        confidential_likely=data.confidential_likely, officer_id=officer.id,
        officer_name=officer.name, officer_grade=officer.grade,
        officer_involved=data.officer_involved,
        officer_involved_reason=data.involved_reason.strip() if data.officer_involved else "",
        authorised_on=data.authorised_on, review_interval_days=data.review_interval_days)
    uow.session.add(record)
    uow.session.flush()
    names = [name.strip() for name in data.subjects if name.strip()]
    for person_id in data.subject_person_ids:
        person = uow.get(Person, person_id)
        uow.session.add(RipaSubject(authorisation_id=record.id, person_id=person.id,
                                    name=person.title()))
    uow.session.add_all(RipaSubject(authorisation_id=record.id, name=name) for name in names)
    if commit:
        uow.commit()
    return authorisation_row(uow, record.id)


def delete_authorisation(uow: UnitOfWork, authorisation_id: uuid.UUID,
                         expected_version: int | None) -> str:
    """Delete an application the magistrate has not approved (one entered by mistake), with its
    subjects, reviews and renewals; the URN is never given out again. Commits; the URN.

    A granted authorisation is refused: the central record must keep every authorisation given
    for the Commissioner's inspection, so one no longer needed is cancelled instead.
    """
    record = load_for_change(uow, RipaAuthorisation, authorisation_id, expected_version)
    if record.decision == "approved":
        raise JagdeskError(f"{record.urn} was approved by a magistrate, so it cannot be deleted: the "
                           "central record must keep every authorisation granted for inspection; "
                           "cancel it instead.")
    # Deleted one by one (not left to the database's cascade) so that the audit trail keeps each,
    # and Ctrl+Z brings them back with it.
    for model in (RipaSubject, RipaReview, RipaRenewal):
        for part in uow.session.scalars(select(model).where(model.authorisation_id == record.id)):
            uow.session.delete(part)
    urn = record.urn
    delete_unused(uow, RipaAuthorisation, authorisation_id, expected_version)
    return urn


def open_authorisation(uow: UnitOfWork, row: AuthorisationRow) -> AuthorisationRow:
    """The authorisation whose detail is shown, the look recorded in the access log."""
    record_access(uow, OPEN, "ripa_authorisation", f"{row.urn} {row.operation}", row.id)
    return row
