"""A hotspot on the map: its area, or its marker where it has only a point."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle, QStyleOptionGraphicsItem, QWidget

from jagdesk.gui.pages.places.map_items import status_colour


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
