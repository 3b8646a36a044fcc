"""Where the cameras are, on the demo store on each backend: the cameras up now with their live
deployment (none in store), the cameras within 200 m of a hotspot, the nearest first, and the
deployments made at or near it; covert ones only for a caller that asks for them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from jagdesk.services.cctv.camera_places import (
    cameras_near,
    distance_m,
    hotspot_deployments,
    placed_cameras,
)
from jagdesk.services.cctv.cameras import list_cameras
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.store.models import Camera, Deployment
from jagdesk.store.opening import Store

DAY = date(2021, 3, 4)  # the demo's story day
PARADE = "Shenley Road shopping parade, Borehamwood"


def _hotspot(store: Store, name: str) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return next(h.id for h in list_hotspots(uow, None) if h.name == name)


def _covert_up_beside_the_parade(store: Store) -> str:
    """Put the demo's covert camera and its deployment 50 m from the parade's point; its reference."""
    with store.unit_of_work() as uow:
        camera = uow.get(Camera, next(c.id for c in list_cameras(uow) if c.code == "HBC-C01"))
        camera.state, camera.longitude, camera.latitude = "deployed", -0.2700, 51.6558
        deployment = uow.session.scalars(select(Deployment).where(Deployment.kind == "covert")).one()
        deployment.longitude, deployment.latitude = -0.2700, 51.6558
        deployment.removed_on = None  # still up
        uow.commit()
        return deployment.reference


def test_the_cameras_up_now_with_their_deployments(demo_on_backend: Store) -> None:
    with demo_on_backend.unit_of_work() as uow:
        placed = {c.code: c for c in placed_cameras(uow, DAY)}
    # HBC-R01 is back in store and HBC-C01 is covert: neither is anywhere on a map.
    assert sorted(placed) == ["HBC-F01", "HBC-F02", "HBC-F03", "HBC-F04", "HBC-R02"]
    assert (placed["HBC-R02"].deployment, placed["HBC-R02"].deployment_site) == ("CCTV-2021-001", PARADE)
    assert placed["HBC-F01"].deployment == ""
    # Before the Shenley Road camera went up its deployment was not live.
    with demo_on_backend.unit_of_work() as uow:
        early = {c.code: c for c in placed_cameras(uow, date(2021, 1, 1))}
    assert early["HBC-R02"].deployment == ""


def test_the_cameras_near_a_hotspot_the_nearest_first(demo_on_backend: Store) -> None:
    parade = _hotspot(demo_on_backend, PARADE)
    with demo_on_backend.unit_of_work() as uow:
        near = cameras_near(uow, parade, DAY)
        wider = cameras_near(uow, parade, DAY, within_m=400)
    assert [(c.code, round(c.distance_m or 0)) for c in near] == [("HBC-R02", 0), ("HBC-F02", 36)]
    assert [c.code for c in wider] == ["HBC-R02", "HBC-F02", "HBC-F01"]  # Station Road, 372 m
    assert round(distance_m(51.655688, -0.269328, 51.65628, -0.27462)) == 372


def test_the_deployments_at_a_hotspot(demo_on_backend: Store) -> None:
    with demo_on_backend.unit_of_work() as uow:
        found = {name: [(d.reference, d.camera, d.stage) for d in hotspot_deployments(uow, h.id)]
                 for h in list_hotspots(uow, None) for name in [h.name]}
    assert found["Bignells Corner lay-bys, South Mimms"] == [("CCTV-2020-001", "HBC-R01", "evaluated")]
    assert found[PARADE] == [("CCTV-2021-001", "HBC-R02", "installed")]
    assert [stage for _r, _c, stage in found["Oakmere Park, Potters Bar"]] == ["refused"]
    assert found["Baldock Way garages, Cowley Hill"] == []


def test_covert_cameras_and_deployments_only_when_asked_for(demo_on_backend: Store) -> None:
    reference = _covert_up_beside_the_parade(demo_on_backend)
    parade = _hotspot(demo_on_backend, PARADE)
    with demo_on_backend.unit_of_work() as uow:
        assert "HBC-C01" not in [c.code for c in placed_cameras(uow, DAY)]
        assert "HBC-C01" not in [c.code for c in cameras_near(uow, parade, DAY)]
        assert reference not in [d.reference for d in hotspot_deployments(uow, parade)]
        assert "HBC-C01" in [c.code for c in placed_cameras(uow, DAY, include_covert=True)]
        near = cameras_near(uow, parade, DAY, include_covert=True)
        covert = next(c for c in near if c.code == "HBC-C01")
        assert covert.deployment == reference and 40 < (covert.distance_m or 0) < 60
        shown = hotspot_deployments(uow, parade, include_covert=True)
        assert next(d for d in shown if d.reference == reference).authorisation.startswith("HBC/RIPA/")
