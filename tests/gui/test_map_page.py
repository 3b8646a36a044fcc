"""The map page, driven through its real widgets on a real store holding the real Hertsmere wards
and two police.uk street months."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.places.crime_layer import DENSITY, DOT_CORE, POINTS
from jagdesk.gui.pages.places.hotspot_item import HotspotItem
from jagdesk.gui.pages.places.map_page import EMPTY_TEXT, MapPage
from jagdesk.gui.pages.places.ward_item import WardItem
from jagdesk.services.places.map_layers import to_grid
from jagdesk.store.opening import Store
from tests.support.map_page import add_page_hotspots, open_map
from tests.support.map_seed import Seeded, add_hotspot
from tests.support.stores import open_copy


@pytest.fixture
def map_store(map_copy: tuple[Store, Seeded]) -> tuple[Store, Seeded, dict[str, uuid.UUID]]:
    store, seeded = map_copy
    return store, seeded, add_page_hotspots(store)


def legend(page: MapPage) -> list[str]:
    return [entry.label for entry in page.map.legend_entries()]


def viewport_image(page: MapPage) -> QImage:
    return page.map.viewport().grab().toImage()


def screen_image(window: MainWindow, page: MapPage, spots: list[QPoint]) -> tuple[QImage, list[QPoint]]:
    """The whole window as painted, and where the map's viewport points are in it: the map paints
    inside the window, not alone, and must land in the right place there too."""
    viewport = page.map.viewport()
    return window.grab().toImage(), [viewport.mapTo(window, spot) for spot in spots]


def test_shows_the_wards_and_the_latest_month(qtbot: Any, map_store: Any) -> None:
    store, seeded, _ = map_store
    _, page = open_map(qtbot, store)
    wards = [item for item in page.map.scene().items() if isinstance(item, WardItem)]
    assert sorted(ward.name for ward in wards) == sorted(seeded.ward_names)
    assert len(wards) == 15
    assert any(label.isVisible() for label in page.map.ward_labels)
    # Months as every page writes them, the data's own form behind them.
    assert (page.from_month.currentText(), page.to_month.currentText()) == ("Feb 2021", "Feb 2021")
    assert page.from_month.currentData() == "2021-02"
    inside = seeded.count({"2021-02"}, outside=False)
    outside = seeded.count({"2021-02"}, outside=True)
    assert page.map.crimes.counts() == (inside, outside)
    assert page.map.crimes.shown_count() == inside  # crimes outside the partnership start hidden
    assert f"Crimes in the partnership ({inside:,})" in legend(page)
    assert "Ward boundary" in legend(page)
    assert page.status_label.text().startswith(f"{inside:,} crimes mapped; {outside:,} outside")
    assert f"{seeded.no_location['2021-02']:,} with no location" in page.status_label.text()
    assert page.map.legend_title() == "Crime, Feb 2021 · all crime types"
    # The whole partnership is in view: every ward lies inside what the viewport shows.
    shown = page.map.mapToScene(page.map.viewport().rect()).boundingRect()
    assert all(shown.contains(ward.sceneBoundingRect()) for ward in wards)


def test_choosing_months_and_crime_types(qtbot: Any, map_store: Any) -> None:
    store, seeded, _ = map_store
    _, page = open_map(qtbot, store)
    page.from_month.setCurrentText("Jan 2021")
    assert page.map.crimes.counts()[0] == seeded.count({"2021-01", "2021-02"}, outside=False)
    assert page.map.legend_title() == "Crime, Jan 2021 to Feb 2021 · all crime types"
    page.to_month.setCurrentText("Jan 2021")
    assert page.map.crimes.counts()[0] == seeded.count({"2021-01"}, outside=False)
    page.no_types_button.click()
    assert page.map.crimes.counts() == (0, 0)
    assert page.types_button.text() == "No crime types"
    burglary = page.types_list.findItems("Burglary", Qt.MatchFlag.MatchExactly)[0]
    burglary.setCheckState(Qt.CheckState.Checked)
    assert page.types_button.text() == "Burglary"
    assert page.map.legend_title() == "Crime, Jan 2021 · Burglary"
    assert page.map.crimes.counts()[0] == seeded.count({"2021-01"}, {"Burglary"}, outside=False) > 0
    page.all_types_button.click()
    assert page.types_button.text() == "All crime types"
    # A first month after the last moves the last month with it, and the other way round.
    page.from_month.setCurrentText("Feb 2021")
    assert page.to_month.currentText() == "Feb 2021"


def test_crimes_outside_the_partnership_can_be_shown(qtbot: Any, map_store: Any) -> None:
    store, seeded, _ = map_store
    _, page = open_map(qtbot, store)
    outside = seeded.count({"2021-02"}, outside=True)
    page.outside_check.setChecked(True)
    assert page.map.crimes.shown_count() == seeded.count({"2021-02"})
    assert f"Outside the partnership ({outside:,})" in legend(page)
    assert "hidden" not in page.status_label.text()


def test_points_then_density(qtbot: Any, map_store: Any) -> None:
    store, seeded, _ = map_store
    window, page = open_map(qtbot, store)
    layer = page.map.crimes
    # Where the file puts February's crimes, the screen shows the dots' colour...
    february = [(lon, lat) for month, _t, lon, lat, out in seeded.located if month == "2021-02" and not out]
    x, y = to_grid(np.array([p[0] for p in february]), np.array([p[1] for p in february]))
    image, spots = screen_image(window, page, [
        page.map.mapFromScene(QPointF(a, -b)) for a, b in zip(x[:300], y[:300], strict=True)])
    dots = [spot for spot in spots if image.pixelColor(spot) == DOT_CORE]
    assert len(dots) > 0.6 * len(spots)  # the rest lie under a boundary line or a label
    page.density_button.click()
    assert layer.mode == DENSITY
    # ...and with density shading, the same places are shaded squares instead.
    image = window.grab().toImage()
    assert not any(image.pixelColor(spot) == DOT_CORE for spot in dots)
    shaded = [image.pixelColor(spot) for spot in dots]
    # The yellow-to-red ramp (but for the odd crime within a pixel of an empty square's edge).
    assert sum(colour.red() > colour.blue() + 40 for colour in shaded) > 0.9 * len(dots)
    labels = legend(page)
    assert labels[0].startswith("Crimes per ") and labels[0].endswith(" m square")
    assert labels[1] == "1"
    page.points_button.click()
    assert layer.mode == POINTS


def test_clicking_a_hotspot_selects_it(qtbot: Any, map_store: Any) -> None:
    store, _, hotspots = map_store
    _, page = open_map(qtbot, store)
    markers = {item.name: item for item in page.map.scene().items()
               if isinstance(item, HotspotItem) and item.is_marker}
    assert set(markers) == {"Shenley Road shops", "Darkes Lane"}
    at = page.map.mapFromScene(markers["Darkes Lane"].pos())
    with qtbot.waitSignal(page.hotspot_selected) as emitted:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert emitted.args == [hotspots["Darkes Lane"]]
    assert "Selected hotspot: Darkes Lane" in page.status_label.text()
    assert "Hotspot, proposed" in legend(page)
    with qtbot.waitSignal(page.hotspot_selected) as emitted:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 200))
    assert emitted.args == [None]


def drag(view: Any, start: QPoint, end: QPoint) -> None:
    """Press, move with the button held, release: a real drag (qtbot cannot hold a button)."""
    viewport = view.viewport()
    for kind, at, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                              (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                              (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, QPointF(at), QPointF(viewport.mapToGlobal(at)),
                            Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def test_pan_by_dragging_and_zoom_about_a_point(qtbot: Any, map_store: Any) -> None:
    store, _, _ = map_store
    _, page = open_map(qtbot, store)
    view = page.map
    before = view.mapToScene(QPoint(300, 300))
    drag(view, QPoint(300, 300), QPoint(200, 250))
    # The ground that was under the mouse followed it.
    after = view.mapToScene(QPoint(200, 250))
    assert abs(after.x() - before.x()) < 2 / view.scale_factor()
    assert abs(after.y() - before.y()) < 2 / view.scale_factor()
    scale = view.scale_factor()
    anchor = QPointF(150, 120)
    fixed = view.mapToScene(anchor.toPoint())
    view.zoom_by(2.0, anchor)
    assert view.scale_factor() == pytest.approx(scale * 2)
    moved = view.mapToScene(anchor.toPoint())
    assert abs(moved.x() - fixed.x()) < 2 / view.scale_factor() + 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(scale * 2 / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(scale * 2)
    page.fit_button.click()
    assert view.scale_factor() == pytest.approx(scale)


def test_export_writes_the_view_as_a_png(qtbot: Any, map_store: Any, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store, _, _ = map_store
    window, page = open_map(qtbot, store)
    target = tmp_path / "meeting pack map"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    page.export_button.click()
    saved = QImage(str(target) + ".png")
    assert not saved.isNull()
    assert (saved.width(), saved.height()) == (page.map.viewport().width(), page.map.viewport().height())
    # What was saved is what the map shows, legend and all.
    assert saved.convertToFormat(QImage.Format.Format_RGB32) == viewport_image(page).convertToFormat(
        QImage.Format.Format_RGB32)
    assert "Saved the map to" in window.statusBar().currentMessage()


def test_refresh_shows_a_new_hotspot_and_keeps_the_place_and_selection(qtbot: Any, map_store: Any) -> None:
    store, _, hotspots = map_store
    window, page = open_map(qtbot, store)
    page.map.select_hotspot(hotspots["Darkes Lane"])
    page.map.zoom_by(2.0)
    place = page.map.mapToScene(page.map.viewport().rect()).boundingRect()
    add_hotspot(store, "Watling Street", -0.28, 51.66, radius_m=150, status="monitoring")
    with qtbot.assertNotEmitted(page.hotspot_selected):
        window.refresh_action.trigger()
    names = {item.name for item in page.map.hotspots}
    assert names == {"Shenley Road shops", "Darkes Lane", "Watling Street"}
    assert "Hotspot, monitoring" in legend(page)
    assert page.map.selected_hotspot() == hotspots["Darkes Lane"]
    assert page.map.mapToScene(page.map.viewport().rect()).boundingRect() == place
    window.new_action.trigger()  # nothing to add on the map: nothing happens
    window.find_action.trigger()


def test_coming_back_to_the_page_shows_changes_made_elsewhere(qtbot: Any, map_store: Any) -> None:
    store, _, _ = map_store
    window, page = open_map(qtbot, store)
    here = window.pages.index(page)
    drawn = list(page.map.wards)
    window.show_page(0)
    window.show_page(here)
    assert page.map.wards == drawn  # nothing changed meanwhile: nothing read again
    window.show_page(0)
    add_hotspot(store, "Watling Street", -0.28, 51.66, radius_m=150)
    window.show_page(here)
    assert "Watling Street" in {item.name for item in page.map.hotspots}


def test_an_empty_store_says_what_to_do(qtbot: Any, tmp_path: Path, empty_template: Path) -> None:
    store = open_copy(empty_template, tmp_path / "empty.db")
    try:
        _, page = open_map(qtbot, store)
        assert page.body.currentWidget() is page.empty_label
        assert page.empty_label.text() == EMPTY_TEXT
        assert "jagdesk import boundaries FILE" in EMPTY_TEXT
        assert not page.export_button.isEnabled()
        assert not page.from_month.isEnabled()
    finally:
        store.close()


def test_mode_and_outside_choice_are_remembered(qtbot: Any, map_store: Any) -> None:
    store, _, _ = map_store
    window, page = open_map(qtbot, store)
    page.density_button.click()
    page.outside_check.setChecked(True)
    window.close()
    _, again = open_map(qtbot, store)
    assert again.density_button.isChecked()
    assert again.outside_check.isChecked()
    assert again.map.crimes.mode == DENSITY


def test_the_map_holds_every_crime_in_one_item(qtbot: Any, map_store: Any) -> None:
    store, seeded, _ = map_store
    _, page = open_map(qtbot, store)
    page.from_month.setCurrentText("Jan 2021")
    page.outside_check.setChecked(True)
    # Thousands of crimes, yet the scene holds only the wards, labels and hotspots besides them.
    assert page.map.crimes.shown_count() == len(seeded.located) > 10_000
    assert len(page.map.scene().items()) < 60


LONG_PAN = """
import numpy as np
from PySide6.QtWidgets import QApplication
from jagdesk.gui.pages.places.map_view import MapView
from jagdesk.services.places.map_layers import CrimePoints
app = QApplication([])
view = MapView()
view.resize(400, 300)
view.show()
rng = np.random.default_rng(7)
view.set_crimes(CrimePoints(rng.uniform(-0.4, -0.1, 2000), rng.uniform(51.6, 51.75, 2000),
                            np.zeros(2000, dtype=bool), 0))
view.fit_to_data()
app.processEvents()
bar = view.horizontalScrollBar()
for step in range(400):
    bar.setValue(bar.value() + (5 if step % 2 else -5))
    view.viewport().repaint()
print("panned")
"""


def test_a_long_pan_does_not_end_the_app(tmp_path: Path) -> None:
    # PySide6 6.12.0 loses a reference to None on each call that returns nothing; a repaint makes
    # dozens, and with that build Python stops with a fatal error long before 400 repaints.
    done = subprocess.run([sys.executable, "-c", LONG_PAN], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "JAGDESK_DATA_DIR": str(tmp_path)})
    assert (done.returncode, done.stdout.strip()) == (0, "panned"), done.stderr[-500:]
