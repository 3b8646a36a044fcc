"""The map's scene items: ward outlines, labels that keep their size, and hotspots."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle, QStyleOptionGraphicsItem, QWidget

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


class WardItem(QGraphicsPathItem):
    """A ward, filled lightly so the partnership stands out from the land around it.

    Its boundary line is a second item (`outline`), drawn above the crimes so that dots and
    density squares never hide where one ward ends.
    """

    def __init__(self, name: str, code: str, rings: Sequence[FloatArray]) -> None:
        super().__init__(rings_path(rings))
        self.name = name
        self.code = code
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(WARD_FILL)
        self.setToolTip(f"{name} ({code})")
        self.outline = QGraphicsPathItem(self.path())
        pen = QPen(WARD_LINE, 1.3)
        pen.setCosmetic(True)  # the same width in pixels at every zoom
        self.outline.setPen(pen)
        self.outline.setBrush(Qt.BrushStyle.NoBrush)


class MapLabel(QGraphicsItem):
    """Text centred on a scene point, the same size at every zoom, with a halo to read over points."""

    def __init__(self, text: str, colour: QColor = LABEL_TEXT, bold: bool = False,
                 offset: QPointF | None = None, italic: bool = False) -> None:
        super().__init__()
        self.text = text
        self.colour = colour
        self.font = QFont()
        self.font.setPointSizeF(8.0 if italic else 8.5)
        self.font.setBold(bold)
        self.font.setItalic(italic)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # Filling text outlines costs far more than copying a picture of them: paint once, reuse.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._offset: tuple[float, float] | None = (-1.0, -1.0)  # none yet
        self.set_offset(offset)

    def set_offset(self, offset: QPointF | None) -> None:
        """Where the text's top left corner sits from the item's point, in pixels (None: centred)."""
        wanted = None if offset is None else (offset.x(), offset.y())
        if wanted == self._offset:
            return
        self._offset = wanted
        metrics = QFontMetricsF(self.font)
        width, height = metrics.horizontalAdvance(self.text), metrics.height()
        dx, dy = (offset.x(), offset.y()) if offset else (-width / 2, -height / 2)
        self.prepareGeometryChange()
        self._rect = QRectF(dx, dy, width, height)
        self._baseline = QPointF(dx, dy + metrics.ascent())
        path = QPainterPath()
        path.addText(self._baseline, self.font, self.text)
        stroker = QPainterPathStroker()
        stroker.setWidth(3.0)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._halo = stroker.createStroke(path)
        self._path = path
        self.update()

    def size(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(self._halo, QColor(255, 255, 255, 220))
        painter.fillPath(self._path, self.colour)


class HotspotItem(QGraphicsPathItem):
    """A hotspot's radius or drawn area (scene metres), or its marker (pixels); selectable."""

    def __init__(self, hotspot_id: uuid.UUID, name: str, status: str, path: QPainterPath,
                 marker: bool) -> None:
        super().__init__(path)
        self.hotspot_id = hotspot_id
        self.name = name
        self.status = status
        self.is_marker = marker
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if marker:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setToolTip(f"Hotspot: {name} ({status})")
        self.set_highlighted(False)

    def set_highlighted(self, on: bool) -> None:
        """Drawn heavier while this hotspot is the selected one (on its area and its marker)."""
        colour = status_colour(self.status)
        pen = QPen(colour.darker(140) if on else colour, 3.0 if on else 1.8)
        pen.setCosmetic(True)
        if self.status == "proposed":
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(255 if self.is_marker else 90 if on else 45)
        self.setBrush(QBrush(fill))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # Selection is shown by the heavier outline, not Qt's dashed rectangle.
        option.state &= ~QStyle.StateFlag.State_Selected
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        super().paint(painter, option, widget)


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
