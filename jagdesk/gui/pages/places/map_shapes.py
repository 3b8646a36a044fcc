"""The scene items a ward or a hotspot is drawn with, at their places and heights on the map, and
how much of the scene the data covers (what 'fit' shows and how far the map pans)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from jagdesk.gui.pages.places.hotspot_item import HotspotItem
from jagdesk.gui.pages.places.map_items import (
    circle_path,
    marker_path,
    rings_path,
    scene_point,
    status_colour,
)
from jagdesk.gui.pages.places.map_label import MapLabel
from jagdesk.gui.pages.places.ward_item import WardItem
from jagdesk.services.places.map_layers import HotspotShape, WardOutline

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView

Z_WARDS, Z_CRIMES, Z_OUTLINES, Z_HOTSPOTS, Z_LABELS, Z_MARKERS = 0, 1, 2, 3, 4, 5


def ward_items(outline: WardOutline) -> tuple[WardItem, MapLabel]:
    """A ward's area (with its outline) and its name."""
    ward = WardItem(outline.name, outline.code, outline.rings)
    ward.setZValue(Z_WARDS)
    ward.outline.setZValue(Z_OUTLINES)
    label = MapLabel(outline.name)
    label.setPos(scene_point(outline.label_lon, outline.label_lat))
    label.setZValue(Z_LABELS)
    return ward, label


def hotspot_items(shape: HotspotShape) -> tuple[list[HotspotItem], MapLabel]:
    """A hotspot's drawn area or radius (if it has one) and its marker, and its name."""
    centre = scene_point(shape.longitude, shape.latitude)
    items = []
    if shape.area:
        items.append(HotspotItem(shape.id, shape.name, shape.status, rings_path(shape.area), marker=False))
    elif shape.radius_m:
        items.append(HotspotItem(shape.id, shape.name, shape.status,
                                 circle_path(centre, shape.radius_m), marker=False))
    for item in items:
        item.setZValue(Z_HOTSPOTS)
    marker = HotspotItem(shape.id, shape.name, shape.status, marker_path(), marker=True)
    marker.setPos(centre)
    marker.setZValue(Z_MARKERS)
    label = MapLabel(shape.name, status_colour(shape.status).darker(130), bold=True, offset=QPointF(9, -8))
    label.setPos(centre)
    label.setZValue(Z_MARKERS)
    return [*items, marker], label


def data_rect(view: MapView) -> QRectF:
    """What 'fit' shows: the wards if there are any, else the crimes and hotspots."""
    rect = QRectF()
    for ward in view.wards:
        rect = rect.united(ward.sceneBoundingRect())
    if rect.isEmpty():
        for item in view.hotspots:
            rect = rect.united(item.sceneBoundingRect() if not item.is_marker
                               else QRectF(item.pos(), item.pos()).adjusted(-200, -200, 200, 200))
        if view.crimes.counts() != (0, 0):
            rect = rect.united(view.crimes.boundingRect())
    return rect


def pan_rect(view: MapView) -> QRectF | None:
    """Room to pan well past the data on every side, at any zoom; None with no data."""
    rect = data_rect(view)
    if view.crimes.counts() != (0, 0):
        rect = rect.united(view.crimes.boundingRect())
    if rect.isEmpty():
        return None
    room = 3 * max(rect.width(), rect.height(), 5000.0)
    return rect.adjusted(-room, -room, room, room)
