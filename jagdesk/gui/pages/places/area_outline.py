"""ASB interventions' drawn areas on the map: those in force outlined whenever the map is read, and
one asked for from the register outlined with the map fitted to it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QGraphicsScene

from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.places.map_items import scene_point
from jagdesk.services.asb.drawn_area import areas_in_force, drawn_ring

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView
    from jagdesk.store.opening import Store

OUTLINE = QColor("#6a1b9a")  # apart from the hotspots' reds and the draft's pink
Z_OUTLINE = 6  # over the hotspots, under the area being drawn
MARK, IN_FORCE = "asb-area", "asb-in-force"  # the items' data, so the next read replaces them
LEGEND = "Area of an ASB power (PSPO, dispersal)"
MARGIN_M = 300  # room round the area, so its streets can be read


def _outline(scene: QGraphicsScene, ring: list[tuple[float, float]], mark: str, tip: str) -> QPolygonF:
    polygon = QPolygonF([scene_point(lon, lat) for lon, lat in ring])
    item = QGraphicsPolygonItem(polygon)
    pen = QPen(OUTLINE, 3.0, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)  # the same width at every zoom
    item.setPen(pen)
    item.setBrush(QColor(106, 27, 154, 30))
    item.setZValue(Z_OUTLINE)
    item.setData(0, mark)
    item.setToolTip(tip)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go on to the hotspots under it
    scene.addItem(item)
    return polygon


def _remove(scene: QGraphicsScene, mark: str) -> None:
    for item in scene.items():
        if item.data(0) == mark:
            scene.removeItem(item)
    # Counted on the scene for the legend, which is drawn at every paint and must not search it.
    scene.setProperty("asb_areas", any(item.data(0) in (MARK, IN_FORCE) for item in scene.items()))


def has_areas(view: MapView) -> bool:
    """Whether any ASB area is outlined on the map (for its legend)."""
    return bool(view.scene().property("asb_areas"))


def show_in_force(view: MapView, store: Store, today: date) -> None:
    """Outline the areas of the interventions in force today (instead of those outlined before)."""
    powers = attempt(view, store, lambda uow: areas_in_force(uow, today))
    if powers is None:
        return
    scene = view.scene()
    _remove(scene, IN_FORCE)
    for power in powers:
        ring = drawn_ring(power.geojson)
        if len(ring) >= 4:
            _outline(scene, ring, IN_FORCE, f"{power.reference} {power.title}, in force")
    scene.setProperty("asb_areas", has_areas(view) or bool(powers))


def show_area(view: MapView, geojson: str, name: str) -> str:
    """Outline the area of `name` (instead of one shown before) and fit the map to it; the
    sentence that says so, or why it cannot be shown."""
    scene = view.scene()
    _remove(scene, MARK)
    ring = drawn_ring(geojson)
    if len(ring) < 4:
        return f"The area of {name} cannot be read, so it is not shown."
    polygon = _outline(scene, ring, MARK, name)
    scene.setProperty("asb_areas", True)
    view.fit_rect(polygon.boundingRect().adjusted(-MARGIN_M, -MARGIN_M, MARGIN_M, MARGIN_M))
    return f"{name}: its area outlined."
