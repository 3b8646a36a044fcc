"""What the map's scene items share: their colours, where a place is in the scene, and the shapes
they are drawn with."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QPainterPath,
    QPolygonF,
)

from jagdesk.services.places.map_layers import FloatArray, to_grid

WARD_FILL = QColor("#fdfcf8")
WARD_LINE = QColor("#4a5560")
LABEL_TEXT = QColor("#26323c")
STREET_TEXT = QColor("#5b4636")
STATUS_COLOURS = {
    "proposed": QColor("#7b3fa0"),
    "active": QColor("#1f4e9c"),
    "monitoring": QColor("#138a72"),
    "closed": QColor("#6b6b6b"),
}
MARKER_RADIUS_PX = 6.0


def status_colour(status: str) -> QColor:
    return STATUS_COLOURS.get(status, QColor("#1f4e9c"))


def scene_point(lon: float, lat: float) -> QPointF:
    """Where a lon/lat point is in the scene: grid metres, with y down (so north is up)."""
    x, y = to_grid(np.array([lon]), np.array([lat]))
    return QPointF(float(x[0]), -float(y[0]))


def rings_path(rings: Sequence[FloatArray]) -> QPainterPath:
    """One path of every ring, filled even-odd so that holes stay holes."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        x, y = to_grid(ring[:, 0], ring[:, 1])
        path.addPolygon(QPolygonF([QPointF(a, -b) for a, b in zip(x.tolist(), y.tolist(), strict=True)]))
        path.closeSubpath()
    return path


def circle_path(centre: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(centre, radius, radius)
    return path


def marker_path() -> QPainterPath:
    """A diamond, centred on the item's position, MARKER_RADIUS_PX pixels from centre to tip."""
    r = MARKER_RADIUS_PX
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
    path.closeSubpath()
    return path
