"""Where the cameras are: the cameras up now with the deployment each is on, for the map, and the
cameras and deployments at or near a hotspot, for its page. Covert cameras only for a caller that
asks for them (the officer's own screens, once told they are OFFICIAL-SENSITIVE); never public."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
from sqlalchemy import or_, select

from jagdesk.domain.cctv.cameras import CameraKind, CameraState
from jagdesk.domain.cctv.deployments import stage_of
from jagdesk.domain.places.bng import to_bng, to_bng_many
from jagdesk.services.common.readable import readable, with_linked
from jagdesk.store.models import Camera, Deployment, Hotspot, RipaAuthorisation
from jagdesk.store.uow import UnitOfWork

# A camera this close to a hotspot's point watches it: about a street's length either way, the
# distance a redeployable camera on a column covers and the radius most hotspots are drawn with.
NEAR_HOTSPOT_M = 200


@dataclass(frozen=True)
class PlacedCamera:
    """A camera up at a place now, with the deployment it is on (reference "" for none: a fixed
    camera, or a mobile one put up without a deployment recorded)."""

    id: uuid.UUID
    code: str
    name: str
    kind: str
    state: str
    place: str
    longitude: float
    latitude: float
    deployment: str = ""
    deployment_site: str = ""
    installed_on: date | None = None
    planned_end_on: date | None = None
    distance_m: float | None = None  # from the hotspot asked about, if any


@dataclass(frozen=True)
class HotspotDeployment:
    """A deployment at or near a hotspot, for its page's history."""

    id: uuid.UUID
    reference: str
    kind: str
    camera: str
    site: str
    stage: str
    requested_on: date
    installed_on: date | None
    removed_on: date | None
    authorisation: str  # the URN a covert deployment is under
    distance_m: float | None


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Metres between two points, on the National Grid (true to a metre across a district)."""
    e1, n1 = to_bng(lat1, lon1)
    e2, n2 = to_bng(lat2, lon2)
    return math.hypot(e1 - e2, n1 - n2)


def _live(deployment: Deployment, today: date) -> bool:
    return (deployment.installed_on is not None and deployment.installed_on <= today
            and (deployment.removed_on is None or deployment.removed_on >= today))


def placed_cameras(uow: UnitOfWork, today: date, include_covert: bool = False) -> list[PlacedCamera]:
    """The cameras up at a place now (deployed, with a location), each with its live deployment;
    covert ones only when asked for. Cameras in store or in repair are nowhere on a map."""
    query = select(Camera).where(Camera.state == CameraState.DEPLOYED.value)
    if not include_covert:
        query = query.where(Camera.kind != CameraKind.COVERT.value)
    cameras = list(uow.session.scalars(query.order_by(Camera.code)))
    live: dict[uuid.UUID, Deployment] = {}
    for deployment in uow.session.scalars(select(Deployment).where(
            Deployment.camera_id.in_([c.id for c in cameras])).order_by(Deployment.installed_on)):
        if deployment.camera_id is not None and _live(deployment, today):
            live[deployment.camera_id] = deployment
    placed = []
    for camera in cameras:
        on = live.get(camera.id)
        lon = camera.longitude if camera.longitude is not None else on.longitude if on else None
        lat = camera.latitude if camera.latitude is not None else on.latitude if on else None
        if lon is None or lat is None:
            continue
        placed.append(PlacedCamera(
            camera.id, camera.code, camera.name, camera.kind, camera.state, camera.place, lon, lat,
            on.reference if on else "", on.site if on else "", on.installed_on if on else None,
            on.planned_end_on if on else None))
    return placed


def cameras_near(uow: UnitOfWork, hotspot_id: uuid.UUID, today: date, include_covert: bool = False,
                 within_m: float = NEAR_HOTSPOT_M) -> list[PlacedCamera]:
    """The cameras up now within `within_m` of the hotspot's point, the nearest first (none for a
    login that may not read cameras: a partner)."""
    if not readable(uow.session, Camera):
        return []
    hotspot = uow.get(Hotspot, hotspot_id)
    cameras = placed_cameras(uow, today, include_covert)
    if not cameras:
        return []
    # One call into PROJ for every camera: a county's register is a thousand cameras or more.
    eastings, northings = to_bng_many(np.array([c.latitude for c in cameras]),
                                      np.array([c.longitude for c in cameras]))
    east, north = to_bng(hotspot.latitude, hotspot.longitude)
    metres = np.hypot(eastings - east, northings - north)
    near = [replace(camera, distance_m=float(away))
            for camera, away in zip(cameras, metres.tolist(), strict=True) if away <= within_m]
    return sorted(near, key=lambda c: (c.distance_m or 0.0, c.code))


def hotspot_deployments(uow: UnitOfWork, hotspot_id: uuid.UUID, include_covert: bool = False,
                        within_m: float = NEAR_HOTSPOT_M) -> list[HotspotDeployment]:
    """The deployments made for the hotspot or placed within `within_m` of its point, refused ones
    too, the newest request first; covert ones only when asked for. None for a login that may
    not read deployments (a partner); no authorisation's URN for one that may not read covert work."""
    if not readable(uow.session, Deployment):
        return []
    hotspot = uow.get(Hotspot, hotspot_id)
    query = with_linked(uow.session, select(Deployment, Camera.code)
                        .outerjoin(Camera, Camera.id == Deployment.camera_id)
                        .where(or_(Deployment.hotspot_id == hotspot.id,
                                   Deployment.latitude.is_not(None) & Deployment.longitude.is_not(None)))
                        .order_by(Deployment.requested_on.desc(), Deployment.reference.desc()),
                        RipaAuthorisation, RipaAuthorisation.id == Deployment.authorisation_id,
                        RipaAuthorisation.urn)
    if not include_covert:
        query = query.where(Deployment.kind != CameraKind.COVERT.value)
    found = []
    for record, camera, urn in uow.session.execute(query):
        metres = None
        if record.latitude is not None and record.longitude is not None:
            metres = distance_m(hotspot.latitude, hotspot.longitude, record.latitude, record.longitude)
        if record.hotspot_id != hotspot.id and (metres is None or metres > within_m):
            continue
        found.append(HotspotDeployment(
            record.id, record.reference, record.kind, camera or "", record.site,
            stage_of(record.decision, record.installed_on, record.removed_on, record.evaluated_on).value,
            record.requested_on, record.installed_on, record.removed_on, urn or "", metres))
    return found
