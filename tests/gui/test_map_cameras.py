"""The cameras on the map page, on the demo store: fixed and redeployable cameras drawn each their
own way with a legend line and a toggle, covert ones hidden until their OFFICIAL-SENSITIVE toggle
is turned on and never in an exported picture, and a camera's particulars on hover and click."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.places.camera_item import CameraItem
from jagdesk.gui.pages.places.map_page import MapPage
from jagdesk.services.cctv.cameras import CameraInput, list_cameras, save_camera
from jagdesk.store.opening import Store


def open_map(window: MainWindow) -> MapPage:
    page = window.page(MapPage)
    window.resize(1366, 700)
    window.show_page(window.pages.index(page))
    return page


def drawn(page: MapPage) -> dict[str, list[str]]:
    """The cameras on the map now by kind: what the scene holds and shows, not what was loaded."""
    kinds: dict[str, list[str]] = {"fixed": [], "mobile": [], "covert": []}
    for item in page.map.scene().items():
        if isinstance(item, CameraItem) and item.isVisible():
            kinds[item.camera.kind].append(item.camera.code)
    return {kind: sorted(codes) for kind, codes in kinds.items()}


def legend(page: MapPage) -> list[str]:
    return [entry.label for entry in page.map.legend_entries()]


def put_covert_camera_up(store: Store) -> None:
    """The demo's covert camera deployed at an off-licence on Shenley Road (the demo keeps it in
    store, with no location)."""
    with store.unit_of_work() as uow:
        row = next(c for c in list_cameras(uow) if c.code == "HBC-C01")
        data = CameraInput(**{f.name: getattr(row, f.name) for f in dataclasses.fields(CameraInput)})
        save_camera(uow, row.id, row.version, dataclasses.replace(
            data, state="deployed", place="Off-licence, Shenley Road", longitude=-0.2721, latitude=51.6561))


def test_fixed_and_redeployable_cameras_are_drawn_with_a_legend_line_each(window: MainWindow) -> None:
    page = open_map(window)
    # Four fixed cameras; of the two redeployable ones only HBC-R02 is up (HBC-R01 is in store).
    assert drawn(page) == {"fixed": ["HBC-F01", "HBC-F02", "HBC-F03", "HBC-F04"], "mobile": ["HBC-R02"],
                           "covert": []}
    assert "CCTV, fixed (4)" in legend(page)
    assert "CCTV, redeployable (1)" in legend(page)
    assert not [label for label in legend(page) if "covert" in label]
    shapes = {item.camera.kind: item.path().elementCount() for item in page.map.cameras.items}
    assert shapes["fixed"] != shapes["mobile"]  # a square and a triangle, not one shape twice
    page.cameras_check.setChecked(False)
    assert drawn(page) == {"fixed": [], "mobile": [], "covert": []}
    assert not [label for label in legend(page) if "CCTV" in label]
    page.cameras_check.setChecked(True)
    assert len(drawn(page)["fixed"]) == 4


def test_a_camera_names_itself_its_place_and_its_deployment(window: MainWindow, qtbot: Any) -> None:
    page = open_map(window)
    items = {item.camera.code: item for item in page.map.cameras.items}
    tip = items["HBC-R02"].toolTip()
    for words in ("HBC-R02", "Redeployable camera 2", "redeployable (mobile)",
                  "Shenley Road shopping parade, Borehamwood", "Deployment CCTV-2021-001 since"):
        assert words in tip
    assert "No deployment: a permanent camera" in items["HBC-F04"].toolTip()
    page.map.centerOn(items["HBC-F04"].pos())
    at = page.map.mapFromScene(items["HBC-F04"].pos())
    with qtbot.waitSignal(page.map.camera_selected) as emitted:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert emitted.args[0].code == "HBC-F04"
    assert "Selected camera HBC-F04: Bushey High Street; Type: fixed" in page.status_label.text()


def test_covert_cameras_stay_hidden_until_their_own_toggle_is_turned_on(
        qtbot: Any, demo_store: Store, tmp_path: Path) -> None:
    put_covert_camera_up(demo_store)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = open_map(window)
    assert "OFFICIAL-SENSITIVE" in page.covert_check.text()
    assert not page.covert_check.isChecked()
    assert drawn(page)["covert"] == []
    # Not even loaded: nothing covert is held by the map until the officer asks for it.
    assert not [item for item in page.map.cameras.items if item.camera.kind == "covert"]
    page.map.export_png(tmp_path / "overt.png")
    page.covert_check.setChecked(True)
    assert drawn(page)["covert"] == ["HBC-C01"]
    assert "CCTV, covert: OFFICIAL-SENSITIVE (1)" in legend(page)
    covert = next(item for item in page.map.cameras.items if item.camera.kind == "covert")
    assert "OFFICIAL-SENSITIVE" in covert.toolTip()
    # An exported picture may leave the office: it is the map without the covert camera.
    page.map.export_png(tmp_path / "asked-with-covert.png")
    assert QImage(str(tmp_path / "asked-with-covert.png")) == QImage(str(tmp_path / "overt.png"))
    assert drawn(page)["covert"] == ["HBC-C01"]  # still on the officer's screen
    page.covert_check.setChecked(False)
    assert drawn(page)["covert"] == []
    # The choice is never remembered: the page opens with covert cameras hidden every time.
    page.covert_check.setChecked(True)
    page.save_state()
    again = MapPage(demo_store)
    qtbot.addWidget(again)
    again.restore_state()
    assert not again.covert_check.isChecked()
