"""Names on the map page: hotspots, wards and, zoomed in, streets named beside their own places and
never on top of one another or of a marker; on a real store holding the real Hertsmere wards and
police.uk street months."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from jagdesk.services.places.map_layers import to_grid
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.map_page import add_page_hotspots, open_map
from tests.support.map_seed import Seeded, add_hotspot


@pytest.fixture
def map_store(map_copy: tuple[Store, Seeded]) -> tuple[Store, Seeded, dict[str, uuid.UUID]]:
    store, seeded = map_copy
    return store, seeded, add_page_hotspots(store)


def test_names_on_the_map_never_overlap(qtbot: Any, map_store: Any) -> None:
    store, _seeded, _ = map_store
    # Two hotspots a few doors apart from Darkes Lane, and one where a ward's name is written.
    add_hotspot(store, "Darkes Lane north", -0.1924, 51.6984)
    add_hotspot(store, "Darkes Lane south", -0.1926, 51.6976, status="monitoring")
    window, page = open_map(qtbot, store)
    window.resize(1366, 700)
    QApplication.processEvents()
    ward = max(page.map.wards, key=lambda item: item.boundingRect().width())
    label = page.map.ward_labels[page.map.wards.index(ward)]
    lon, lat = _lon_lat(label.pos())
    add_hotspot(store, "On the ward's name", lon, lat)
    page.refresh()
    QApplication.processEvents()
    shown = page.map.visible_labels()
    names = [name for name, _ in shown]
    # Every hotspot named, each beside its own marker, and no two names on top of one another.
    for name in ("Darkes Lane", "Darkes Lane north", "Darkes Lane south", "On the ward's name"):
        assert name in names
    for number, (name, box) in enumerate(shown):
        for other, other_box in shown[number + 1:]:
            assert not box.intersects(other_box), f"{name} overlaps {other}"
    markers = [page.map._marker_box(item) for item in page.map.hotspots if item.is_marker]
    for name, box in shown:
        assert not any(box.intersects(marker) for marker in markers), f"{name} covers a marker"


def _lon_lat(point: QPointF) -> tuple[float, float]:
    """The longitude and latitude of a scene point (the map's scene is grid metres, north up)."""
    from pyproj import Transformer

    back = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    lon, lat = back.transform(point.x(), -point.y())
    return float(lon), float(lat)


def january_streets(path: Path) -> set[str]:
    """The streets police.uk put January's crimes on, read straight from the file."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["Location"].removeprefix("On or near ") for row in csv.DictReader(handle)}


def test_streets_are_named_when_zoomed_in_clear_of_every_other_name(qtbot: Any, tmp_path: Path,
                                                                    shared_data: Path) -> None:
    from tests.support.map_seed import STREET_FILES, add_street_file, add_wards

    store = open_store(sqlite_location(tmp_path / "january.db"))
    try:
        seeded = Seeded()
        wards = add_wards(store, shared_data, seeded)
        add_street_file(store, shared_data / STREET_FILES[0], wards, seeded)  # January 2021
        add_hotspot(store, "Shenley Road shops", -0.2693, 51.6557, radius_m=150)
        window, page = open_map(qtbot, store)
        window.resize(1366, 700)
        QApplication.processEvents()
        # The whole district: too far out to read streets, so none is named.
        assert not any(label.isVisible() for label in page.map.street_labels)
        x, y = to_grid(np.array([-0.2693]), np.array([51.6557]))  # Borehamwood's Shenley Road
        # At about 0.4 pixels a metre: a 300 m street is over 100 pixels long.
        page.map.fit_rect(QRectF(float(x[0]) - 1000, -float(y[0]) - 700, 2000, 1400))
        QApplication.processEvents()
        window.grab().save(str(tmp_path / "borehamwood.png"))
        shown = page.map.visible_labels()
        names = [name for name, _ in shown]
        streets = [label.text for label in page.map.street_labels if label.isVisible()]
        # January's file has no crime on Shenley Road itself; the streets round it are named.
        assert {"Maxwell Road", "Grosvenor Road", "Hillside Avenue"} <= set(streets), streets
        assert len(streets) >= 15
        assert set(streets) <= january_streets(shared_data / STREET_FILES[0])
        assert "Shenley Road shops" in names  # the hotspot keeps its name beside its marker
        assert "Borehamwood Hillside" in names  # and the wards theirs
        for number, (name, box) in enumerate(shown):
            for other, other_box in shown[number + 1:]:
                assert not box.intersects(other_box), f"{name} overlaps {other}"
        markers = [page.map._marker_box(item) for item in page.map.hotspots if item.is_marker]
        window_box = QRectF(page.map.viewport().rect())
        for name, box in shown:
            assert not any(box.intersects(marker) for marker in markers), f"{name} covers a marker"
        for label in page.map.street_labels:
            if label.isVisible():
                box = label.size().translated(QPointF(page.map.mapFromScene(label.pos())))
                assert window_box.contains(box), f"{label.text} is cut by the edge"
        window.close()
    finally:
        store.close()
