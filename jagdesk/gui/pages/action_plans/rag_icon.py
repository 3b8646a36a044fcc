"""The RAG status of an action plan item, as a coloured dot for the tree and the quarter tabs."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from jagdesk.domain.meetings.vocabulary import RagStatus

RAG_COLOURS = {RagStatus.RED: "#C62828", RagStatus.AMBER: "#F2A900", RagStatus.GREEN: "#2E7D32"}


@cache
def rag_icon(rag: str) -> QIcon:
    """A coloured dot for a RAG status (an empty ring for none yet)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if rag in set(RagStatus):
        colour = QColor(RAG_COLOURS[RagStatus(rag)])
        painter.setPen(colour.darker(130))
        painter.setBrush(colour)
    else:
        painter.setPen(QColor("#9E9E9E"))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)
