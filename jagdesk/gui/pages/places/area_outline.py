"""An ASB intervention's drawn area shown on the map: outlined, with the map fitted to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem

from jagdesk.gui.pages.places.map_items import scene_point
from jagdesk.services.asb.drawn_area import drawn_ring

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView

OUTLINE = QColor("#6a1b9a")  # apart from the hotspots' reds and the draft's pink
Z_OUTLINE = 6  # over the hotspots, under the area being drawn
MARK = "asb-area"  # the item's data, so the next area shown replaces it
MARGIN_M = 300  # room round the area, so its streets can be read


def show_area(view: MapView, geojson: str) -> bool:
    """Outline the area (instead of one shown before) and fit the map to it; False when it cannot
    be read."""
    for item in view.scene().items():
        if item.data(0) == MARK:
            view.scene().removeItem(item)
    ring = drawn_ring(geojson)
    if len(ring) < 4:
        return False
    polygon = QPolygonF([scene_point(lon, lat) for lon, lat in ring])
    item = QGraphicsPolygonItem(polygon)
    pen = QPen(OUTLINE, 3.0, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)  # the same width at every zoom
    item.setPen(pen)
    item.setBrush(QColor(106, 27, 154, 30))
    item.setZValue(Z_OUTLINE)
    item.setData(0, MARK)
    view.scene().addItem(item)
    view.fit_rect(polygon.boundingRect().adjusted(-MARGIN_M, -MARGIN_M, MARGIN_M, MARGIN_M))
    return True
