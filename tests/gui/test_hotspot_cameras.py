"""A hotspot's Cameras tab on the demo store: the cameras up within 200 m and the deployments made
there, a deployment opened on its CCTV page, covert ones only behind their own toggle."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.cctv.deployments_page import DeploymentsPage
from jagdesk.gui.pages.cctv.ripa_page import RipaPage
from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
from jagdesk.services.cctv.camera_places import NEAR_HOTSPOT_M
from jagdesk.services.cctv.cameras import CameraInput, list_cameras, save_camera
from jagdesk.services.cctv.deployments import list_deployments
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.store.models import Deployment
from jagdesk.store.opening import Store


def hotspot_tab(window: MainWindow, store: Store, name: str) -> HotspotsPage:
    page = window.page(HotspotsPage)
    window.show_page(window.pages.index(page))
    with store.unit_of_work() as uow:
        hotspot = next(h for h in list_hotspots(uow, None) if h.name == name)
    assert page.show_hotspot(hotspot.id)
    page.tabs.setCurrentWidget(page.cameras)
    return page


def codes(page: HotspotsPage) -> list[str]:
    """The cameras' IDs in the order the table shows them."""
    table = page.cameras.cameras
    return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]


def references(page: HotspotsPage) -> list[str]:
    return [row.reference for row in page.cameras.deployments.model.rows()]


def test_a_hotspot_lists_the_cameras_near_it_and_its_deployments(window: MainWindow,
                                                                  demo_store: Store) -> None:
    page = hotspot_tab(window, demo_store, "Shenley Road shopping parade, Borehamwood")
    # The redeployable camera at the parade and the fixed one 36 m along Shenley Road, the nearest
    # first; not the fixed camera at Station Road, 370 m away.
    assert NEAR_HOTSPOT_M == 200
    assert codes(page) == ["HBC-R02", "HBC-F02"]
    assert page.tabs.tabText(page.tabs.indexOf(page.cameras)) == "&Cameras (2)"
    assert references(page) == ["CCTV-2021-001"]
    rows = {row.code: row for row in page.cameras.cameras.model.rows()}
    assert rows["HBC-R02"].deployment == "CCTV-2021-001" and rows["HBC-F02"].deployment == ""
    assert 30 < (rows["HBC-F02"].distance_m or 0) < 45
    # Bignells Corner: no camera there now, the deployment that was (evaluated) in its history.
    page = hotspot_tab(window, demo_store, "Bignells Corner lay-bys, South Mimms")
    assert codes(page) == []
    assert page.cameras.cameras.empty_label.text() == "No camera is up within 200 m of this hotspot."
    assert [(row.reference, row.camera, row.stage) for row in page.cameras.deployments.model.rows()] == [
        ("CCTV-2020-001", "HBC-R01", "evaluated")]
    # Oakmere: the request that was refused is in its history too.
    page = hotspot_tab(window, demo_store, "Oakmere Park, Potters Bar")
    assert [(row.camera, row.stage) for row in page.cameras.deployments.model.rows()] == [("", "refused")]


def test_a_deployment_opens_on_the_mobile_cctv_page(window: MainWindow, demo_store: Store,
                                                     qtbot: Any) -> None:
    page = hotspot_tab(window, demo_store, "Bignells Corner lay-bys, South Mimms")
    table = page.cameras.deployments
    table.view.selectRow(0)
    qtbot.mouseClick(table.edit_button, Qt.MouseButton.LeftButton)
    deployments = window.current_page()
    assert isinstance(deployments, DeploymentsPage)
    assert deployments.table.current_row().reference == "CCTV-2020-001"


def test_covert_cameras_and_deployments_only_behind_their_own_toggle(
        window: MainWindow, demo_store: Store, qtbot: Any) -> None:
    # The demo's covert camera up at an off-licence beside the parade, its deployment placed there.
    with demo_store.unit_of_work() as uow:
        row = next(c for c in list_cameras(uow) if c.code == "HBC-C01")
        data = CameraInput(**{f.name: getattr(row, f.name) for f in dataclasses.fields(CameraInput)})
        save_camera(uow, row.id, row.version, dataclasses.replace(
            data, state="deployed", place="Off-licence", longitude=-0.2700, latitude=51.6558))
        covert = next(d for d in list_deployments(uow) if d.kind == "covert")
        record = uow.get(Deployment, covert.id)
        record.longitude, record.latitude = -0.2700, 51.6558
        uow.commit()
    page = hotspot_tab(window, demo_store, "Shenley Road shopping parade, Borehamwood")
    assert "OFFICIAL-SENSITIVE" in page.cameras.covert_check.text()
    assert not page.cameras.covert_check.isChecked()
    assert "HBC-C01" not in codes(page) and covert.reference not in references(page)
    assert page.tabs.tabText(page.tabs.indexOf(page.cameras)) == "&Cameras (2)"
    page.cameras.covert_check.setChecked(True)
    assert "HBC-C01" in codes(page) and covert.reference in references(page)
    assert page.tabs.tabText(page.tabs.indexOf(page.cameras)) == "&Cameras (3)"
    # A covert deployment opens under its authorisation on the RIPA page.
    table = page.cameras.deployments
    table.select_id(covert.id)
    qtbot.mouseClick(table.edit_button, Qt.MouseButton.LeftButton)
    ripa = window.current_page()
    assert isinstance(ripa, RipaPage)
    assert ripa.table.current_row().urn == covert.authorisation
