"""Requests to view or copy a camera's footage: who asked and why, what was released, and the day
the recording must be deleted by (the camera's retention period after the day recorded)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from jagdesk.domain.cctv.deployments import delete_by
from jagdesk.domain.common.validation import collect, max_length_text, required_text
from jagdesk.errors import JagdeskError
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.store.models import Camera, FootageRequest
from jagdesk.store.uow import UnitOfWork

REMIND_DAYS = 7  # footage due for deletion within this many days is on the dashboard


@dataclass(frozen=True)
class FootageInput:
    camera_id: uuid.UUID
    requested_on: date
    recorded_on: date
    requested_by: str
    agency: str = ""
    reason: str = ""
    police_reference: str = ""
    deployment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class FootageRow:
    id: uuid.UUID
    camera: str
    requested_on: date
    requested_by: str
    agency: str
    reason: str
    police_reference: str
    recorded_on: date
    released: str
    released_on: date | None
    delete_by: date
    deleted_on: date | None
    version: int


def _row(item: FootageRequest, camera: str) -> FootageRow:
    return FootageRow(item.id, camera, item.requested_on, item.requested_by, item.agency,
                      item.reason, item.police_reference, item.recorded_on, item.released,
                      item.released_on, item.delete_by, item.deleted_on, item.version)


def add_footage_request(uow: UnitOfWork, data: FootageInput) -> FootageRow:
    """Record a request; the deletion date follows from the camera's retention days. Commits."""
    validated(collect(requested_by=required_text(data.requested_by, "requester", 200),
                      police_reference=max_length_text(data.police_reference, "police reference", 60)))
    camera = uow.get(Camera, data.camera_id)
    if data.recorded_on > data.requested_on:
        raise JagdeskError("Footage cannot be asked for before it was recorded.")
    item = FootageRequest(
        camera_id=camera.id, deployment_id=data.deployment_id, requested_on=data.requested_on,
        requested_by=data.requested_by.strip(), agency=data.agency.strip(), reason=data.reason.strip(),
        police_reference=data.police_reference.strip(), recorded_on=data.recorded_on,
        delete_by=delete_by(data.recorded_on, camera.retention_days))
    uow.session.add(item)
    uow.commit()
    return _row(item, camera.code)


def record_release(uow: UnitOfWork, request_id: uuid.UUID, expected_version: int | None,
                   released: str, released_on: date) -> FootageRow:
    """What was released to the requester, and when."""
    item = load_for_change(uow, FootageRequest, request_id, expected_version)
    if released_on < item.requested_on:
        raise JagdeskError("Footage cannot be released before it was asked for.")
    item.released, item.released_on = released.strip(), released_on
    uow.commit()
    return _row(item, uow.get(Camera, item.camera_id).code)


def record_deletion(uow: UnitOfWork, request_id: uuid.UUID, expected_version: int | None,
                    deleted_on: date) -> FootageRow:
    """The recording was deleted."""
    item = load_for_change(uow, FootageRequest, request_id, expected_version)
    if deleted_on < item.recorded_on:
        raise JagdeskError("A recording cannot be deleted before it was made.")
    item.deleted_on = deleted_on
    uow.commit()
    return _row(item, uow.get(Camera, item.camera_id).code)


def footage_due(uow: UnitOfWork, today: date, within: int = REMIND_DAYS) -> list[FootageRow]:
    """Recordings not yet deleted whose deletion date is within `within` days (or past)."""
    query = (select(FootageRequest, Camera.code).join(Camera, Camera.id == FootageRequest.camera_id)
             .where(FootageRequest.deleted_on.is_(None),
                    FootageRequest.delete_by <= today + timedelta(days=within))
             .order_by(FootageRequest.delete_by))
    return [_row(item, code) for item, code in uow.session.execute(query)]
