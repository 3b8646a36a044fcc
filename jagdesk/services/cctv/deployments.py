"""Camera deployments: a request for a mobile (overt) camera, or a covert deployment under a RIPA
authorisation, and the list with each one's stage and what needs doing."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jagdesk.domain.cctv.deployments import next_review, stage_of
from jagdesk.domain.common.validation import collect, max_length_text, required_text
from jagdesk.errors import JagdeskError
from jagdesk.services.cctv.lists import criteria_in_use
from jagdesk.services.common.readable import with_linked
from jagdesk.services.common.records import delete_unused, load_for_change, validated
from jagdesk.services.common.references import next_number
from jagdesk.store.models import (
    Camera,
    Deployment,
    DeploymentCriterion,
    DeploymentReview,
    Hotspot,
    RipaAuthorisation,
)
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class DeploymentRequest:
    """Who asked for a camera where, and why."""

    requested_on: date
    site: str
    requested_by: str = ""
    requesting_agency: str = ""
    problem: str = ""
    incidents: str = ""
    hotspot_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    latitude: float | None = None  # the hotspot's point when not given
    longitude: float | None = None
    kind: str = "mobile"  # or "covert", under `authorisation_id`
    authorisation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DeploymentRow:
    """A deployment as the list and the command line see it."""

    id: uuid.UUID
    reference: str
    kind: str
    stage: str  # domain.cctv.deployments.Stage value
    site: str
    hotspot: str
    camera: str
    authorisation: str  # the URN of a covert deployment's authorisation
    requested_on: date
    decision: str
    decision_reasons: str
    criteria_met: tuple[str, ...]
    signage_up_on: date | None
    installed_on: date | None
    planned_end_on: date | None
    removed_on: date | None
    signage_removed_on: date | None
    next_review_on: date | None
    past_planned_end: bool
    review_due: bool
    signage_to_remove: bool
    evaluation: str  # the evaluation's sentence, once evaluated
    version: int


def list_criteria(uow: UnitOfWork) -> list[str]:
    """The partnership's deployment checklist in use, or the shipped one while it has none of its
    own."""
    return criteria_in_use(uow)


def set_criteria(uow: UnitOfWork, names: list[str], today: date | None = None) -> list[str]:
    """Make the checklist in use exactly `names`, in order; a line left out is retired (the
    deployments checked against it keep it). Commits."""
    wanted = list(dict.fromkeys(" ".join(name.split()) for name in names if name.strip()))
    validated(collect(**{f"criterion_{n}": max_length_text(name, "criterion", 200)
                         for n, name in enumerate(wanted)}))
    existing = {c.name: c for c in uow.session.scalars(select(DeploymentCriterion))}
    for position, name in enumerate(wanted):
        item = existing.pop(name, None) or DeploymentCriterion(name=name)
        item.position, item.retired_on = position, None
        uow.session.add(item)
    for left_out in existing.values():
        left_out.position = len(wanted) + left_out.position
        left_out.retired_on = left_out.retired_on or today or date.today()
    uow.commit()
    return list_criteria(uow)


def request_deployment(uow: UnitOfWork, data: DeploymentRequest) -> DeploymentRow:
    """Record a request (the first step: the criteria and the decision follow); commits."""
    validated(collect(site=required_text(data.site, "site or address", 200),
                      requested_by=max_length_text(data.requested_by, "requester", 200)))
    latitude, longitude = data.latitude, data.longitude
    if data.hotspot_id is not None:
        hotspot = uow.get(Hotspot, data.hotspot_id)
        if latitude is None or longitude is None:
            latitude, longitude = hotspot.latitude, hotspot.longitude
    if data.authorisation_id is not None:
        uow.get(RipaAuthorisation, data.authorisation_id)
    series = f"CCTV-{data.requested_on.year}"
    record = Deployment(
        reference=f"{series}-{next_number(uow.session, series):03d}", kind=data.kind,
        authorisation_id=data.authorisation_id, hotspot_id=data.hotspot_id, case_id=data.case_id,
        site=data.site.strip(), latitude=latitude, longitude=longitude,
        requested_on=data.requested_on, requested_by=data.requested_by.strip(),
        requesting_agency=data.requesting_agency.strip(), problem=data.problem.strip(),
        incidents=data.incidents.strip())
    uow.session.add(record)
    uow.commit()
    return deployment_row(uow, record.id)


def _row(record: Deployment, hotspot: str, camera: str, urn: str, reviews: list[date],
         today: date) -> DeploymentRow:
    due = next_review(record.installed_on, record.removed_on, reviews, record.review_interval_days)
    figures = json.loads(record.evaluation) if record.evaluation else {}
    return DeploymentRow(
        id=record.id, reference=record.reference, kind=record.kind,
        stage=stage_of(record.decision, record.installed_on, record.removed_on,
                       record.evaluated_on).value,
        site=record.site, hotspot=hotspot, camera=camera, authorisation=urn,
        requested_on=record.requested_on, decision=record.decision,
        decision_reasons=record.decision_reasons,
        criteria_met=tuple(json.loads(record.criteria_met or "[]")),
        signage_up_on=record.signage_up_on, installed_on=record.installed_on,
        planned_end_on=record.planned_end_on, removed_on=record.removed_on,
        signage_removed_on=record.signage_removed_on, next_review_on=due,
        past_planned_end=(record.removed_on is None and record.planned_end_on is not None
                          and record.planned_end_on < today),
        review_due=due is not None and due <= today,
        signage_to_remove=(record.kind == "mobile" and record.removed_on is not None
                           and record.signage_removed_on is None),
        evaluation=str(figures.get("sentence", "")), version=record.version)


def list_deployments(uow: UnitOfWork, today: date | None = None,
                     deployment_id: uuid.UUID | None = None) -> list[DeploymentRow]:
    """Every deployment (or the one asked for), the newest request first."""
    day = today or date.today()
    # A login that may not read covert work (an officer) sees no authorisation's URN.
    query = with_linked(uow.session, select(Deployment, Hotspot.name, Camera.code)
                        .outerjoin(Hotspot, Hotspot.id == Deployment.hotspot_id)
                        .outerjoin(Camera, Camera.id == Deployment.camera_id)
                        .order_by(Deployment.requested_on.desc(), Deployment.reference.desc()),
                        RipaAuthorisation, RipaAuthorisation.id == Deployment.authorisation_id,
                        RipaAuthorisation.urn)
    if deployment_id is not None:
        query = query.where(Deployment.id == deployment_id)
    found = uow.session.execute(query).all()
    reviews: dict[uuid.UUID, list[date]] = defaultdict(list)
    for owner, day_reviewed in uow.session.execute(
            select(DeploymentReview.deployment_id, DeploymentReview.reviewed_on)):
        reviews[owner].append(day_reviewed)
    return [_row(record, hotspot or "", camera or "", urn or "", reviews[record.id], day)
            for record, hotspot, camera, urn in found]


def deployment_row(uow: UnitOfWork, deployment_id: uuid.UUID, today: date | None = None) -> DeploymentRow:
    """One deployment, or NotFoundError."""
    uow.get(Deployment, deployment_id)
    return list_deployments(uow, today, deployment_id)[0]


def count_covert(uow: UnitOfWork, today: date) -> int:
    """How many covert deployments have a camera up on `today` (a public document's only mention)."""
    return uow.session.scalar(select(func.count()).select_from(Deployment).where(
        Deployment.kind == "covert", Deployment.installed_on <= today,
        (Deployment.removed_on.is_(None)) | (Deployment.removed_on >= today))) or 0


def delete_deployment(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None) -> str:
    """Delete a deployment entered by mistake, with its reviews, unless its camera is still up or a
    footage request names it. Commits; its reference (never given out again)."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    if record.installed_on is not None and record.removed_on is None:
        raise JagdeskError(f"The camera of {record.reference} is still up at {record.site}: record "
                           "its removal before deleting the deployment.")
    # One by one (not the database's cascade): the audit trail keeps each, and Ctrl+Z brings them back.
    for review in uow.session.scalars(select(DeploymentReview).where(
            DeploymentReview.deployment_id == record.id)):
        uow.session.delete(review)
    reference = record.reference
    delete_unused(uow, Deployment, deployment_id, expected_version)
    return reference
