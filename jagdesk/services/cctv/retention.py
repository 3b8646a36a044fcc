"""The central record's retention: which authorisations are due for the destruction review, and
destroying one once its years are up, leaving in the audit trail only its URN, the day, and that
each earlier change happened."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, select

from jagdesk.domain.cctv.ripa_retention import RetentionRow, retention_row
from jagdesk.domain.common.day_text import uk_day
from jagdesk.errors import JagdeskError
from jagdesk.services.cctv.authorisations import authorisation_row, list_authorisations
from jagdesk.services.cctv.settings import cctv_settings
from jagdesk.services.common.records import load_for_change
from jagdesk.store.audit_chain import record_event
from jagdesk.store.audit_redaction import redact_records
from jagdesk.store.models import (
    Deployment,
    DeploymentReview,
    FootageRequest,
    RipaAuthorisation,
    RipaRenewal,
    RipaReview,
    RipaSubject,
)
from jagdesk.store.uow import UnitOfWork

DESTROY = "destroy"  # the audit trail's action for a record destroyed at the end of its retention
DESTROYED = "[destroyed]"  # what the trail keeps of a destroyed record's values


def retention_schedule(uow: UnitOfWork, today: date, due_only: bool = False) -> list[RetentionRow]:
    """Every authorisation's place in the retention schedule (or only those due for review),
    the earliest review first and the open ones last."""
    years = cctv_settings(uow).retention_years
    rows = [retention_row(row, today, years) for row in list_authorisations(uow, today)]
    if due_only:
        rows = [row for row in rows if row.due]
    return sorted(rows, key=lambda r: (r.review_on is None, r.review_on or today, r.urn))


def destroy_authorisation(uow: UnitOfWork, authorisation_id: uuid.UUID, expected_version: int | None,
                          today: date) -> str:
    """Destroy an authorisation due for its destruction review: the record, its subjects, reviews,
    renewals, its covert deployments with their reviews and footage requests, and the values the
    audit trail held of them; one new entry names the URN and the day. Commits; the URN.

    Deleted with plain statements, not through the session, so that no audit entry copies their
    fields (a delete's entry keeps every field, for undo). Their earlier entries stay, with every
    value replaced by "[destroyed]" and the chain re-sealed (store/audit_redaction), or the record
    would live on in the trail. The URN stays used: next_urn never gives it out again.
    """
    record = load_for_change(uow, RipaAuthorisation, authorisation_id, expected_version)
    row = retention_row(authorisation_row(uow, authorisation_id, today), today,
                        cctv_settings(uow).retention_years)
    if not row.due:
        kept = (f"is kept until {uk_day(row.review_on)}" if row.review_on
                else "is not closed yet: it is kept for years after its cancellation or end")
        raise JagdeskError(f"{row.urn} {kept}; nothing was destroyed.")
    urn, session = record.urn, uow.session
    deployments = list(session.scalars(select(Deployment.id).where(
        Deployment.authorisation_id == authorisation_id)))
    owned = [(RipaSubject, RipaSubject.authorisation_id, [authorisation_id]),
             (RipaReview, RipaReview.authorisation_id, [authorisation_id]),
             (RipaRenewal, RipaRenewal.authorisation_id, [authorisation_id]),
             (DeploymentReview, DeploymentReview.deployment_id, deployments),
             (FootageRequest, FootageRequest.deployment_id, deployments)]
    gone = [authorisation_id, *deployments]
    for model, owner, owners in owned:
        if owners:
            gone += session.scalars(select(model.id).where(owner.in_(owners)))
    session.expunge(record)
    for model, owner, owners in owned:
        if owners:
            session.execute(delete(model).where(owner.in_(owners)))
    if deployments:
        session.execute(delete(Deployment).where(Deployment.id.in_(deployments)))
    session.execute(delete(RipaAuthorisation).where(RipaAuthorisation.id == authorisation_id))
    redacted = redact_records(session.connection(), gone, DESTROYED)
    record_event(session.connection(), uow.user, DESTROY, f"authorisation {urn}",
                 {"destroyed_on": [None, today.isoformat()], "entries_redacted": [None, redacted]},
                 table_name=RipaAuthorisation.__tablename__, record_id=authorisation_id)
    uow.commit()
    return urn
