"""An ASB intervention about an area drawn on the map, through the real map and dialog widgets on
the demo store: the area drawn, a PSPO recorded over it with the area kept as a hotspot's is, the
register opened at it saying so, and the map fitted to it again from there."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.asb.asb_page import AsbPage
from jagdesk.gui.pages.places import area_drawing
from jagdesk.gui.pages.places.area_outline import IN_FORCE, LEGEND, MARGIN_M, MARK
from jagdesk.gui.pages.places.map_items import scene_point
from jagdesk.gui.pages.places.map_page import MapPage
from jagdesk.services.asb.drawn_area import area_km2
from jagdesk.services.asb.interventions import get_intervention_detail, save_intervention
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.types import Filter, InterventionInput
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)  # the demo's day in the tests
# A square round the Shenley Road shops, Borehamwood, corner by corner.
WEST, EAST, SOUTH, NORTH = -0.2720, -0.2670, 51.6540, 51.6570
SQUARE = [(WEST, NORTH), (EAST, NORTH), (EAST, SOUTH), (WEST, SOUTH)]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer "what is this area for?" with the answers queued."""
    answers: list[str] = []
    monkeypatch.setattr(area_drawing, "choose_area_use", lambda _parent, _selected: answers.pop(0))
    return answers


def shown(window: MainWindow, kind: type[Any]) -> Any:
    page = window.page(kind)
    window.show_page(window.pages.index(page))
    return page


def at(page: MapPage, lon: float, lat: float) -> QPoint:
    return page.map.mapFromScene(scene_point(lon, lat))


def drawn_map(window: MainWindow) -> MapPage:
    """The map page, closed in on the square, drawing begun."""
    window.resize(1366, 700)
    page: MapPage = shown(window, MapPage)
    page.today = TODAY
    assert page.map.has_data()
    corners = [scene_point(lon, lat) for lon, lat in SQUARE]
    page.map.fit_rect(QRectF(corners[0], corners[2]).normalized().adjusted(-400, -400, 400, 400))
    page.draw_button.click()
    return page


def click(qtbot: Any, page: MapPage, corners: list[tuple[float, float]]) -> None:
    for lon, lat in corners:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=at(page, lon, lat))


def register(store: Store) -> list[Any]:
    with store.unit_of_work("t") as uow:
        return list_interventions(uow, Filter(), TODAY)


def test_a_pspo_over_a_drawn_area_keeps_the_area_and_is_listed(
        qtbot: Any, window: MainWindow, demo_store: Store, dialogs: Any, asked: list[str]) -> None:
    before = {row.id for row in register(demo_store)}
    page = drawn_map(window)
    click(qtbot, page, SQUARE)
    opened: list[str] = []

    def pspo(dialog: Any) -> None:
        assert dialog.kind().value == "PSPO"
        assert dialog.ui.subject.currentData() == "area"
        assert "Area drawn on the map, 0.12 km²" in dialog.ui.intro.text()
        assert dialog.form.isRowVisible(dialog.ui.place.parentWidget())
        assert not dialog.form.isRowVisible(dialog.ui.person_id.parentWidget())
        opened.append(dialog.ui.kind.currentText())
        dialog.ui.place.setText("Shenley Road shops")
        dialog.ui.summary.setPlainText("Street drinking and begging outside the shops.")

    dialogs.will(pspo)
    asked.append(area_drawing.ASB)
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert opened and not page.map.is_drawing()

    [new] = [row for row in register(demo_store) if row.id not in before]
    assert (new.kind, new.subject, new.subject_name) == ("PSPO", "area", "Shenley Road shops")
    with demo_store.unit_of_work("t") as uow:
        area = get_intervention_detail(uow, new.id, TODAY).data.area
    shape = json.loads(area or "null")
    assert shape["type"] == "Polygon"  # stored as a hotspot's drawn area is
    ring = np.array(shape["coordinates"][0])
    assert len(ring) == 5 and (ring[0] == ring[-1]).all()
    assert np.abs(ring[:4] - np.array(SQUARE)).max() < 3e-5
    assert area_km2(area) == pytest.approx(0.1155, abs=0.002)

    # The register opened at it, saying the area was drawn, with a way back to the map.
    asb: AsbPage = window.page(AsbPage)
    assert window.current_page() is asb and asb.current().id == new.id
    assert "Area drawn on the map, 0.12 km²." in asb.text.toPlainText()
    assert not asb.buttons["show_on_map"].isHidden()
    asb.buttons["show_on_map"].click()
    assert window.current_page() is page
    [outline] = [item for item in page.map.scene().items() if item.data(0) == MARK]
    assert page.map.mapToScene(page.map.viewport().rect()).boundingRect().contains(
        outline.boundingRect())
    assert new.reference in page.status_label.text()


def test_a_record_about_a_person_has_no_area_to_show(window: MainWindow, demo_store: Store) -> None:
    page: AsbPage = shown(window, AsbPage)
    page.today = TODAY
    person = next(row for row in register(demo_store) if row.subject == "person")
    page.show_intervention(person.id)
    assert page.current().id == person.id
    assert "Area drawn" not in page.text.toPlainText()
    assert page.buttons["show_on_map"].isHidden()


def test_an_area_of_two_corners_is_refused_in_one_sentence(
        qtbot: Any, window: MainWindow, demo_store: Store, messages: Any, asked: list[str]) -> None:
    before = len(register(demo_store))
    page = drawn_map(window)
    click(qtbot, page, SQUARE[:2])
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert messages.errors == ["An area needs at least three corners: click on the map to add more."]
    assert page.map.is_drawing() and asked == []  # still drawing: nothing asked, nothing saved
    assert len(register(demo_store)) == before


def test_an_area_in_force_is_outlined_on_the_map_with_its_legend_line(
        qtbot: Any, window: MainWindow, demo_store: Store, dialogs: Any, asked: list[str]) -> None:
    page = drawn_map(window)
    assert LEGEND not in [entry.label for entry in page.map.legend_entries()]
    click(qtbot, page, SQUARE)
    dialogs.will(lambda dialog: dialog.ui.place.setText("Shenley Road shops"))
    asked.append(area_drawing.ASB)
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    asb: AsbPage = window.page(AsbPage)
    asb.today = TODAY
    reference = asb.current().reference
    shown(window, MapPage)
    page.load()
    assert not [item for item in page.map.scene().items() if item.data(0) == IN_FORCE]  # proposed only
    shown(window, AsbPage)
    for step in ("consulted on", "made", "in force"):
        dialogs.will(lambda _dialog: None)
        asb.step_buttons[step].click()
    assert asb.current().status == "in force"
    shown(window, MapPage)
    page.load()
    outlines = [item for item in page.map.scene().items() if item.data(0) == IN_FORCE]
    assert [item.toolTip() for item in outlines] == [f"{reference} Public Spaces Protection Order, in force"]
    assert LEGEND in [entry.label for entry in page.map.legend_entries()]


def test_show_on_map_opens_the_map_fitted_to_the_area(window: MainWindow, demo_store: Store) -> None:
    square = json.dumps({"type": "Polygon", "coordinates": [[*map(list, SQUARE), list(SQUARE[0])]]})
    with demo_store.unit_of_work("t") as uow:
        saved = save_intervention(uow, InterventionInput(
            "dispersal authorisation", "area", TODAY, place="Shenley Road", area=square,
            starts_at=datetime(2021, 3, 4, 18), ends_at=datetime(2021, 3, 5, 18),
            signed_by="Insp. Kaur", signed_rank="inspector"), today=TODAY)
    window.resize(1366, 700)
    asb: AsbPage = shown(window, AsbPage)
    asb.today = TODAY
    asb.show_intervention(saved.id)
    assert "Area drawn on the map, 0.12 km²." in asb.text.toPlainText()
    asb.buttons["show_on_map"].click()
    page = window.current_page()
    assert isinstance(page, MapPage)
    [outline] = [item for item in page.map.scene().items() if item.data(0) == MARK]
    seen = page.map.mapToScene(page.map.viewport().rect()).boundingRect()
    # Fitted to it with its margin (not the whole partnership, kilometres across).
    assert seen.contains(outline.boundingRect())
    assert min(seen.width(), seen.height()) < outline.boundingRect().height() + 2 * MARGIN_M + 50
