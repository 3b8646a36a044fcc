"""A name on the map that keeps its size on the screen at every zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jagdesk.gui.pages.places.map_items import LABEL_TEXT


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
