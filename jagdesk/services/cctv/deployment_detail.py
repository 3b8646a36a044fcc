"""What the deployments page shows of one deployment beyond its list row (who asked and why, the
decision, the residents consulted, the reviews, the evaluation's figures), and every footage
request with its deletion date."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jagdesk.services.cctv.deployments import DeploymentRow, deployment_row
from jagdesk.services.cctv.footage import FootageRow
from jagdesk.store.models import Camera, Deployment, DeploymentReview, FootageRequest
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class DeploymentDetail:
    """A deployment's row and every step's particulars."""

    row: DeploymentRow
    requested_by: str
    requesting_agency: str
    problem: str
    incidents: str
    decided_on: date | None
    decided_by: str
    letters_sent_on: date | None
    responses: int
    objections: str
    objections_answer: str
    reviews: tuple[tuple[date, str, str], ...]  # (day, reviewer, outcome), oldest first
    before: int | None  # the evaluation's counts, once evaluated
    during: int | None
    after: int | None
    radius_m: int | None


def deployment_detail(uow: UnitOfWork, deployment_id: uuid.UUID,
                      today: date | None = None) -> DeploymentDetail:
    """One deployment with its steps' particulars, or NotFoundError."""
    record = uow.get(Deployment, deployment_id)
    reviews = tuple((day, reviewer, outcome) for day, reviewer, outcome in uow.session.execute(
        select(DeploymentReview.reviewed_on, DeploymentReview.reviewer, DeploymentReview.outcome)
        .where(DeploymentReview.deployment_id == record.id).order_by(DeploymentReview.reviewed_on)))
    figures = json.loads(record.evaluation) if record.evaluation else {}
    return DeploymentDetail(
        deployment_row(uow, record.id, today), record.requested_by, record.requesting_agency,
        record.problem, record.incidents, record.decided_on, record.decided_by,
        record.letters_sent_on, record.responses, record.objections, record.objections_answer,
        reviews, figures.get("before"), figures.get("during"), figures.get("after"),
        record.evaluation_radius_m if figures else None)


def footage_requests(uow: UnitOfWork) -> list[FootageRow]:
    """Every footage request, the first to be deleted first (those deleted already last)."""
    query = (select(FootageRequest, Camera.code).join(Camera, Camera.id == FootageRequest.camera_id)
             .order_by(FootageRequest.deleted_on.is_not(None), FootageRequest.delete_by))
    return [FootageRow(item.id, code, item.requested_on, item.requested_by, item.agency,
                       item.reason, item.police_reference, item.recorded_on, item.released,
                       item.released_on, item.delete_by, item.deleted_on, item.version)
            for item, code in uow.session.execute(query)]
