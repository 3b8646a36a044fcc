"""The camera register: the list, one camera saved, and the points the map draws (covert cameras
only for a caller that asks for them: never on a public map)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from jagdesk.domain.cctv.cameras import RETENTION_DAYS, CameraKind, CameraState
from jagdesk.domain.common.validation import collect, max_length_text, required_text
from jagdesk.services.common.records import delete_unused, ensure_unique, load_for_change, validated
from jagdesk.store.models import Camera
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class CameraInput:
    """Every field of a camera the user edits."""

    code: str
    name: str = ""
    kind: str = CameraKind.FIXED.value
    asset_tag: str = ""
    owner_agency: str = ""
    make: str = ""
    camera_type: str = ""
    state: str = CameraState.DEPLOYED.value
    place: str = ""
    area: str = ""
    longitude: float | None = None
    latitude: float | None = None
    retention_days: int = RETENTION_DAYS


@dataclass(frozen=True)
class CameraRow:
    """A camera as the register and the command line list it."""

    id: uuid.UUID
    code: str
    name: str
    kind: str
    asset_tag: str
    owner_agency: str
    make: str
    camera_type: str
    state: str
    place: str
    area: str
    longitude: float | None
    latitude: float | None
    retention_days: int
    version: int


@dataclass(frozen=True)
class CameraPoint:
    """A camera on the map: drawn by its kind."""

    code: str
    name: str
    kind: str
    longitude: float
    latitude: float


def _row(camera: Camera) -> CameraRow:
    return CameraRow(camera.id, camera.code, camera.name, camera.kind, camera.asset_tag,
                     camera.owner_agency, camera.make, camera.camera_type, camera.state, camera.place,
                     camera.area, camera.longitude, camera.latitude, camera.retention_days,
                     camera.version)


def list_cameras(uow: UnitOfWork) -> list[CameraRow]:
    """Every camera, by ID."""
    return [_row(camera) for camera in uow.session.scalars(select(Camera).order_by(Camera.code))]


def camera_errors(data: CameraInput) -> dict[str, str]:
    errors = collect(code=required_text(data.code, "camera ID", 40),
                     name=max_length_text(data.name, "camera's name", 200),
                     asset_tag=max_length_text(data.asset_tag, "asset tag", 60))
    if data.kind not in {kind.value for kind in CameraKind}:
        errors["kind"] = f"A camera is fixed, mobile or covert, not '{data.kind}'."
    if data.state not in {state.value for state in CameraState}:
        errors["state"] = f"A camera is in store, deployed or in repair, not '{data.state}'."
    if not 1 <= data.retention_days <= 366:
        errors["retention_days"] = "Footage is kept for 1 to 366 days."
    return errors


def apply_camera(camera: Camera, data: CameraInput) -> None:
    """Copy the input's fields onto the stored camera."""
    for name in ("name", "asset_tag", "owner_agency", "make", "camera_type", "place", "area"):
        setattr(camera, name, getattr(data, name).strip())
    camera.code, camera.kind, camera.state = data.code.strip(), data.kind, data.state
    camera.longitude, camera.latitude = data.longitude, data.latitude
    camera.retention_days = data.retention_days


def save_camera(uow: UnitOfWork, camera_id: uuid.UUID | None, expected_version: int | None,
                data: CameraInput) -> CameraRow:
    """Add a camera (camera_id None) or change one; commits."""
    validated(camera_errors(data))
    ensure_unique(uow.session, Camera.code, data.code, camera_id, "code",
                  f"There is already a camera {data.code.strip()}.")
    if camera_id is None:
        camera = Camera()
        uow.session.add(camera)
    else:
        camera = load_for_change(uow, Camera, camera_id, expected_version)
    apply_camera(camera, data)
    uow.commit()
    return _row(camera)


def camera_by_code(uow: UnitOfWork, code: str) -> Camera | None:
    return uow.session.scalar(select(Camera).where(func.lower(Camera.code) == code.strip().lower()))


def camera_points(uow: UnitOfWork, include_covert: bool = False) -> list[CameraPoint]:
    """The cameras with a location, for the map; covert ones only when asked for (the officer's own
    map), never on a public one."""
    query = select(Camera).where(Camera.longitude.is_not(None), Camera.latitude.is_not(None))
    if not include_covert:
        query = query.where(Camera.kind != CameraKind.COVERT.value)
    return [CameraPoint(c.code, c.name, c.kind, c.longitude, c.latitude)
            for c in uow.session.scalars(query.order_by(Camera.code))
            if c.longitude is not None and c.latitude is not None]


def delete_camera(uow: UnitOfWork, camera_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a camera entered by mistake; one with deployments or footage requests is refused (its
    history stays: set it in store or in repair instead). Commits."""
    delete_unused(uow, Camera, camera_id, expected_version)
