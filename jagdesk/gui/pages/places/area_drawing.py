"""Drawing an area on the map (for a hotspot or an ASB power): the corners so far, the rubber band, and
the finished polygon."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QMessageBox,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jagdesk import APP_NAME

if TYPE_CHECKING:
    from pyproj import Transformer

DRAFT_LINE = QColor("#c2185b")
DRAFT_FILL = QColor(194, 24, 91, 50)
HANDLE_PX = 4.0  # half the side of a corner's square, in pixels
NEW, SET, ASB = "new", "set", "asb"


@dataclass(frozen=True)
class DrawnArea:
    """A finished drawing: the GeoJSON Polygon (lon/lat) and its centroid."""

    geojson: str
    longitude: float
    latitude: float


@lru_cache(maxsize=1)
def _to_lon_lat() -> Transformer:
    # The inverse of map_layers.to_grid: scene metres (grid eastings, -northings) back to lon/lat.
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)


def lon_lat(point: QPointF) -> tuple[float, float]:
    """The longitude and latitude of a scene point (grid metres, y down)."""
    lon, lat = _to_lon_lat().transform(point.x(), -point.y())
    return float(lon), float(lat)


def area_problem(corners: list[QPointF]) -> str | None:
    """Why these corners (scene metres) do not make an area, in one sentence; None if they do."""
    from shapely.geometry import Polygon

    if len(corners) < 3:
        return "An area needs at least three corners: click on the map to add more."
    polygon = Polygon([(p.x(), p.y()) for p in corners])
    if not polygon.is_valid:
        return ("The area's edges cross each other: press Backspace to take corners back, "
                "then go round the area in order.")
    if polygon.area < 1.0:
        return "The area is too small: its corners must not lie on one line."
    return None


def drawn_area(corners: list[QPointF]) -> DrawnArea:
    """The corners (a valid area, see area_problem) as a GeoJSON Polygon with its centroid."""
    from shapely.geometry import Polygon

    ring = [lon_lat(p) for p in corners]
    ring.append(ring[0])
    coordinates = [[round(lon, 7), round(lat, 7)] for lon, lat in ring]
    centre = Polygon([(p.x(), p.y()) for p in corners]).centroid  # in metres: a true centre
    lon, lat = lon_lat(QPointF(centre.x, centre.y))
    return DrawnArea(json.dumps({"type": "Polygon", "coordinates": [coordinates]}),
                     round(lon, 7), round(lat, 7))


class DraftItem(QGraphicsItem):
    """The area being drawn: its corners, the edges between them and the edge to the pointer."""

    def __init__(self) -> None:
        super().__init__()
        self.corners: list[QPointF] = []
        self.pointer: QPointF | None = None

    def set_corners(self, corners: list[QPointF], pointer: QPointF | None) -> None:
        self.prepareGeometryChange()
        self.corners, self.pointer = list(corners), pointer
        self.update()

    def _points(self) -> list[QPointF]:
        return self.corners + ([self.pointer] if self.pointer is not None else [])

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        points = self._points()
        if not points:
            return QRectF()
        rect = QPolygonF(points).boundingRect()
        # Room for the corners' squares, drawn in pixels, at any zoom out to the whole county.
        return rect.adjusted(-200, -200, 200, 200)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        points = self._points()
        if not points:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(DRAFT_LINE, 2.0)
        pen.setCosmetic(True)
        if len(points) >= 3:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(DRAFT_FILL))
            painter.drawPolygon(QPolygonF(points))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        if len(points) >= 3:  # the edge that finishing will add, dashed
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(points[-1], points[0])
        scale = painter.worldTransform().m11() or 1.0
        half = HANDLE_PX / abs(scale)
        painter.setPen(QPen(DRAFT_LINE, 1.5 / abs(scale)))
        painter.setBrush(QColor("white"))
        for corner in self.corners:
            painter.drawRect(QRectF(corner.x() - half, corner.y() - half, 2 * half, 2 * half))


def choose_area_use(parent: QWidget | None, selected_name: str | None) -> str:
    """Ask what the finished area is for: NEW, SET (the selected hotspot's area), ASB (a new
    intervention about it, a PSPO say) or '' to drop it."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, "What is this area for?", parent=parent)
    new = box.addButton("&New hotspot…", QMessageBox.ButtonRole.AcceptRole)
    set_area = None
    if selected_name is not None:
        set_area = box.addButton(f"&Set as the area of {selected_name}", QMessageBox.ButtonRole.AcceptRole)
        box.setInformativeText(f"Make a new hotspot with it, make it the area of {selected_name} "
                               "(selected on the map), or record an ASB power over it.")
    else:
        box.setInformativeText("Make a new hotspot with it, or record an ASB power over it (a PSPO, "
                               "a dispersal authorisation). To give an existing hotspot this area, "
                               "select it on the map before drawing.")
    asb = box.addButton("New &ASB intervention for this area…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new:
        return NEW
    if clicked is asb:
        return ASB
    return SET if set_area is not None and clicked is set_area else ""
