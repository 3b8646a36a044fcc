"""Drawing a hotspot's area on the map, through the real map widgets, on a real SQLite store holding
the real Hertsmere wards and two police.uk street months."""

from __future__ import annotations

import json
import uuid
from typing import Any

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QApplication, QMessageBox

from jagdesk.domain.common.periods import MonthRange
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.places import area_drawing
from jagdesk.gui.pages.places.area_drawing import DRAFT_LINE
from jagdesk.gui.pages.places.map_items import scene_point
from jagdesk.gui.pages.places.map_page import MapPage
from jagdesk.services.hotspots.hotspots import HotspotInput, get_hotspot, hotspot_incidents, save_hotspot
from jagdesk.store.opening import Store
from tests.support.map_page import open_map as open_page_map
from tests.support.map_seed import Seeded, add_hotspot

SHOPS = (-0.2693, 51.6557)  # Shenley Road shops, Borehamwood: busy in both months
# A square (in lon/lat) over part of the shops' 300 m circle, corner by corner round it.
WEST, EAST, SOUTH, NORTH = -0.2720, -0.2670, 51.6540, 51.6570
SQUARE = [(WEST, NORTH), (EAST, NORTH), (EAST, SOUTH), (WEST, SOUTH)]
BOW_TIE = [(WEST, NORTH), (EAST, SOUTH), (EAST, NORTH), (WEST, SOUTH)]
BOTH_MONTHS = MonthRange("2021-01", "2021-02")


@pytest.fixture
def map_store(map_copy: tuple[Store, Seeded]) -> tuple[Store, Seeded, uuid.UUID]:
    store, seeded = map_copy
    shops = add_hotspot(store, "Shenley Road shops", *SHOPS, radius_m=300)
    add_hotspot(store, "Darkes Lane", -0.1925, 51.6980, status="proposed")
    return store, seeded, shops


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Answer "what is this area for?" with the first answer queued; record who was offered."""
    answers: list[Any] = []

    def choose(_parent: Any, selected_name: str | None) -> str:
        answers.append(selected_name)
        return str(answers.pop(0))

    monkeypatch.setattr(area_drawing, "choose_area_use", choose)
    return answers


def open_map(qtbot: Any, store: Store) -> tuple[MainWindow, MapPage]:
    window, page = open_page_map(qtbot, store)
    # Close in on the square, as the officer would before drawing.
    corners = [scene_point(lon, lat) for lon, lat in SQUARE]
    rect = QRectF(corners[0], corners[2]).normalized()
    page.map.fit_rect(rect.adjusted(-400, -400, 400, 400))
    return window, page


def at(page: MapPage, lon: float, lat: float) -> QPoint:
    return page.map.mapFromScene(scene_point(lon, lat))


def select_shops(qtbot: Any, page: MapPage) -> None:
    with qtbot.waitSignal(page.hotspot_selected):
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=at(page, *SHOPS))


def click_corners(qtbot: Any, page: MapPage, corners: list[tuple[float, float]]) -> None:
    for lon, lat in corners:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=at(page, lon, lat))


def stored_area(store: Store, hotspot_id: uuid.UUID) -> str | None:
    with store.unit_of_work() as uow:
        return get_hotspot(uow, hotspot_id).hotspot.area


def incidents(store: Store, hotspot_id: uuid.UUID) -> int:
    with store.unit_of_work() as uow:
        return hotspot_incidents(uow, hotspot_id, BOTH_MONTHS).total


def test_a_drawn_square_becomes_the_selected_hotspots_area(qtbot: Any, map_store: Any,
                                                           asked: list[Any]) -> None:
    store, seeded, shops = map_store
    window, page = open_map(qtbot, store)
    select_shops(qtbot, page)
    in_circle = incidents(store, shops)
    page.draw_button.click()
    assert page.map.is_drawing()
    click_corners(qtbot, page, SQUARE[:3])
    assert "3 so far" in page.status_label.text()
    # The last corner by double-click, which also finishes.
    asked.append(area_drawing.SET)
    qtbot.mouseDClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=at(page, *SQUARE[3]))
    assert asked == ["Shenley Road shops"]
    assert not page.map.is_drawing() and not page.draw_button.isChecked()

    area = json.loads(stored_area(store, shops) or "null")
    assert area["type"] == "Polygon"
    ring = np.array(area["coordinates"][0])
    assert len(ring) == 5 and (ring[0] == ring[-1]).all()
    # Each corner where it was clicked, to within a pixel or two (about a metre here).
    assert np.abs(ring[:4] - np.array(SQUARE)).max() < 3e-5
    polygon = shapely.from_geojson(json.dumps(area))
    inside = sum(1 for month, _kind, lon, lat, _out in seeded.located
                 if month in {"2021-01", "2021-02"} and shapely.contains_xy(polygon, lon, lat))
    assert 0 < inside != in_circle
    assert incidents(store, shops) == inside
    with store.unit_of_work() as uow:
        row = get_hotspot(uow, shops).hotspot
    assert (row.radius_m, row.latitude, row.longitude) == (300, SHOPS[1], SHOPS[0])  # the rest as it was

    # The map shows the new area (not the circle), still selected, and the hotspot page says so.
    shapes = [item for item in page.map.hotspots if item.hotspot_id == shops and not item.is_marker]
    assert len(shapes) == 1
    drawn = QPolygonF([scene_point(lon, lat) for lon, lat in SQUARE]).boundingRect()
    bounds = shapes[0].path().boundingRect()
    assert abs(bounds.width() - drawn.width()) < 5 and abs(bounds.height() - drawn.height()) < 5
    assert page.map.selected_hotspot() == shops
    window.show_page(window.pages.index(window.hotspots_page))
    assert window.hotspots_page.list.current_row().id == shops
    assert window.hotspots_page.details.values["extent"].text() == "Inside the drawn area"


def test_a_drawn_area_makes_a_new_hotspot_at_its_centre(qtbot: Any, map_store: Any, asked: list[Any],
                                                        dialogs: Any) -> None:
    store, _, _ = map_store
    _, page = open_map(qtbot, store)
    page.draw_button.click()
    click_corners(qtbot, page, SQUARE)
    asked.append(area_drawing.NEW)
    dialogs.will(lambda dialog: dialog.name.setText("Shenley Road square"))
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert asked == [None]  # nothing was selected: only a new hotspot is offered
    dialog = dialogs.opened[0]
    assert dialog.keep_area.isChecked()
    new_id = page.map.selected_hotspot()
    assert new_id is not None
    with store.unit_of_work() as uow:
        row = get_hotspot(uow, new_id).hotspot
    assert row.name == "Shenley Road square" and row.status == "proposed"
    assert row.area is not None and row.ward_name
    # The point is the square's centre.
    assert abs(row.longitude - (WEST + EAST) / 2) < 3e-5 and abs(row.latitude - (SOUTH + NORTH) / 2) < 3e-5
    assert any(item.hotspot_id == new_id and not item.is_marker for item in page.map.hotspots)


def test_a_self_crossing_area_is_refused_and_escape_changes_nothing(
        qtbot: Any, map_store: Any, asked: list[Any], messages: Any) -> None:
    store, _, shops = map_store
    _, page = open_map(qtbot, store)
    select_shops(qtbot, page)
    page.draw_button.click()
    click_corners(qtbot, page, BOW_TIE)
    # The drawing is on the screen as the user makes it.
    image = page.map.viewport().grab().toImage()
    spot = at(page, *BOW_TIE[0])
    near = [image.pixelColor(spot.x() + dx, spot.y() + dy) for dx in range(-4, 5) for dy in range(-4, 5)]
    assert any(abs(c.red() - DRAFT_LINE.red()) < 30 and abs(c.green() - DRAFT_LINE.green()) < 30
               and abs(c.blue() - DRAFT_LINE.blue()) < 30 for c in near)
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert len(messages.errors) == 1 and "cross" in messages.errors[0]
    assert messages.errors[0].count(".") == 1
    assert page.map.is_drawing() and asked == []  # still drawing, to take corners back
    qtbot.keyClick(page.map, Qt.Key.Key_Backspace)
    assert "3 so far" in page.status_label.text()
    qtbot.keyClick(page.map, Qt.Key.Key_Escape)
    assert not page.map.is_drawing() and not page.draw_button.isChecked()
    assert asked == [] and stored_area(store, shops) is None
    assert page.map.selected_hotspot() == shops
    assert not any(isinstance(item, area_drawing.DraftItem) for item in page.map.scene().items())
    # After drawing, a click selects again rather than adding a corner.
    with qtbot.waitSignal(page.hotspot_selected):
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 200))


def test_too_few_corners_are_refused(qtbot: Any, map_store: Any, asked: list[Any], messages: Any) -> None:
    store, _, _ = map_store
    _, page = open_map(qtbot, store)
    page.draw_button.click()
    click_corners(qtbot, page, SQUARE[:2])
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert messages.errors == ["An area needs at least three corners: click on the map to add more."]
    assert page.map.is_drawing() and asked == []


def test_a_colleagues_change_meanwhile_is_not_overwritten(qtbot: Any, map_store: Any, asked: list[Any],
                                                          messages: Any) -> None:
    store, _, shops = map_store
    _, page = open_map(qtbot, store)
    select_shops(qtbot, page)
    page.draw_button.click()
    click_corners(qtbot, page, SQUARE)
    with store.unit_of_work() as uow:  # a colleague renames it while the officer draws
        row = get_hotspot(uow, shops).hotspot
        save_hotspot(uow, HotspotInput(name="Shenley Road parade", latitude=row.latitude,
                                       longitude=row.longitude, radius_m=row.radius_m),
                     shops, row.version)
    asked.append(area_drawing.SET)
    qtbot.keyClick(page.map, Qt.Key.Key_Enter)
    assert len(messages.errors) == 1
    with store.unit_of_work() as uow:
        row = get_hotspot(uow, shops).hotspot
    assert (row.name, row.area) == ("Shenley Road parade", None)


def test_the_question_offers_the_selected_hotspot(qtbot: Any) -> None:
    """The real question box: its buttons, and the answer each gives."""
    def answer_with(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        offered.append([button.text() for button in box.buttons()])
        next(button for button in box.buttons() if button.text() == text).click()

    offered: list[list[str]] = []
    for text, expected in (("&Set as the area of Darkes Lane", area_drawing.SET),
                           ("&New hotspot…", area_drawing.NEW), ("Cancel", ""),
                           ("New &ASB intervention for this area…", area_drawing.ASB)):
        QTimer.singleShot(0, lambda text=text: answer_with(text))
        assert area_drawing.choose_area_use(None, "Darkes Lane") == expected
    asb = "New &ASB intervention for this area…"
    assert sorted(offered[0]) == sorted(["&New hotspot…", "&Set as the area of Darkes Lane", asb, "Cancel"])
    QTimer.singleShot(0, lambda: answer_with("&New hotspot…"))
    assert area_drawing.choose_area_use(None, None) == area_drawing.NEW
    assert sorted(offered[-1]) == sorted(["&New hotspot…", asb, "Cancel"])


def test_a_new_hotspot_can_be_placed_by_a_click_on_the_map(qtbot: Any, map_store: Any,
                                                            dialogs: Any) -> None:
    """Right-click (or the Menu key) on the map: New hotspot here, with the point filled in."""
    store, _, _ = map_store
    _, page = open_map(qtbot, store)
    dialogs.will(lambda dialog: dialog.name.setText("Corner by the shops"))
    page.map.new_hotspot_at(at(page, EAST, NORTH))
    new_id = page.map.selected_hotspot()
    assert new_id is not None
    with store.unit_of_work() as uow:
        row = get_hotspot(uow, new_id).hotspot
    assert row.name == "Corner by the shops" and row.area is None and row.ward_name
    assert abs(row.longitude - EAST) < 3e-5 and abs(row.latitude - NORTH) < 3e-5
