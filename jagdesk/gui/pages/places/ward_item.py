"""A ward on the map: its land, and its outline drawn above the crimes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QPen,
)
from PySide6.QtWidgets import QGraphicsPathItem

from jagdesk.gui.pages.places.map_items import WARD_FILL, WARD_LINE, rings_path
from jagdesk.services.places.map_layers import FloatArray


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
