"""What stays put over the map while it pans: the legend, the scale bar, north and the credits."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from jagdesk.gui.pages.places.camera_item import camera_path, camera_pen

PANEL = QColor(255, 255, 255, 232)
PANEL_LINE = QColor("#9aa5ae")
INK = QColor("#26323c")
MARGIN = 10.0
PAD = 8.0


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: a symbol ("dot", "square", "line", "circle", "diamond", a camera's
    "camera-<kind>", or "none" for a heading) and a label."""

    symbol: str
    label: str
    fill: QColor
    line: QColor


def nice_length(max_metres: float) -> float:
    """The longest 1, 2 or 5 x 10^n metres not above `max_metres` (a scale bar's length)."""
    if max_metres <= 0 or not math.isfinite(max_metres):
        return 0.0
    power = 10 ** math.floor(math.log10(max_metres))
    return float(next(step * power for step in (5, 2, 1) if step * power <= max_metres))


def distance_text(metres: float) -> str:
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _panel(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(QPen(PANEL_LINE, 1))
    painter.setBrush(PANEL)
    painter.drawRoundedRect(rect, 4, 4)


def _symbol(painter: QPainter, entry: LegendEntry, centre: QPointF) -> None:
    painter.setPen(QPen(entry.line, 1.5))
    painter.setBrush(entry.fill)
    x, y = centre.x(), centre.y()
    if entry.symbol == "dot":
        painter.drawEllipse(centre, 3.5, 3.5)
    elif entry.symbol == "circle":
        painter.drawEllipse(centre, 7, 7)
    elif entry.symbol == "diamond":
        path = QPainterPath(QPointF(x, y - 6))
        for point in (QPointF(x + 6, y), QPointF(x, y + 6), QPointF(x - 6, y)):
            path.lineTo(point)
        path.closeSubpath()
        painter.drawPath(path)
    elif entry.symbol.startswith("camera-"):
        kind = entry.symbol.removeprefix("camera-")
        painter.setPen(camera_pen(kind))
        painter.drawPath(camera_path(kind).translated(centre))
    elif entry.symbol == "line":
        painter.drawRect(QRectF(x - 9, y - 6, 18, 12))
    elif entry.symbol != "none":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(x - 9, y - 6, 18, 12))


def _legend_fonts() -> tuple[QFont, QFont]:
    return _font(9, bold=True), _font(8.5)


def legend_size(title: str, entries: list[LegendEntry]) -> QSizeF:
    """How much room the legend takes, in pixels."""
    title_font, font = _legend_fonts()
    title_metrics, metrics = QFontMetricsF(title_font), QFontMetricsF(font)
    row = max(metrics.height(), 16.0) + 2
    width = max([title_metrics.horizontalAdvance(title)]
                + [(0 if e.symbol == "none" else 26) + metrics.horizontalAdvance(e.label) for e in entries])
    return QSizeF(width + 2 * PAD, title_metrics.height() + len(entries) * row + 2 * PAD + 2)


def draw_legend(painter: QPainter, viewport: QRectF, title: str, entries: list[LegendEntry]) -> QRectF:
    """The legend in the top right corner; returns where it went."""
    title_font, font = _legend_fonts()
    title_metrics, metrics = QFontMetricsF(title_font), QFontMetricsF(font)
    row = max(metrics.height(), 16.0) + 2
    size = legend_size(title, entries)
    rect = QRectF(QPointF(viewport.right() - MARGIN - size.width(), viewport.top() + MARGIN), size)
    _panel(painter, rect)
    painter.setFont(title_font)
    painter.setPen(INK)
    top = rect.top() + PAD
    painter.drawText(QPointF(rect.left() + PAD, top + title_metrics.ascent()), title)
    top += title_metrics.height() + 2
    painter.setFont(font)
    for entry in entries:
        _symbol(painter, entry, QPointF(rect.left() + PAD + 9, top + row / 2))
        painter.setPen(INK)
        baseline = top + (row - metrics.height()) / 2 + metrics.ascent()
        indent = 0 if entry.symbol == "none" else 26
        painter.drawText(QPointF(rect.left() + PAD + indent, baseline), entry.label)
        top += row
    return rect


def draw_scale_bar(painter: QPainter, viewport: QRectF, metres_per_pixel: float) -> None:
    """Grid north and a scale bar of a round length, in the bottom left corner."""
    length_m = nice_length(120 * metres_per_pixel)
    if length_m <= 0:
        return
    length_px = length_m / metres_per_pixel
    font = _font(8.5)
    metrics = QFontMetricsF(font)
    label = distance_text(length_m)
    north_width = 14.0
    bar_left_offset = PAD + north_width + 12
    width = bar_left_offset + length_px + metrics.horizontalAdvance(label) / 2 + PAD
    height = metrics.height() + 4 + 6 + 2 * PAD
    rect = QRectF(viewport.left() + MARGIN, viewport.bottom() - MARGIN - height, width, height)
    _panel(painter, rect)
    # Grid north: the map is drawn on the National Grid, north up. An "N" over an arrowhead.
    painter.setFont(font)
    painter.setPen(INK)
    centre_x = rect.left() + PAD + north_width / 2
    painter.drawText(QPointF(centre_x - metrics.horizontalAdvance("N") / 2, rect.top() + PAD
                             + metrics.ascent() - 2), "N")
    tip, base = rect.top() + PAD + metrics.height() - 2, rect.bottom() - PAD
    path = QPainterPath(QPointF(centre_x, tip))
    path.lineTo(centre_x + 5, base)
    path.lineTo(centre_x, base - 3)
    path.lineTo(centre_x - 5, base)
    path.closeSubpath()
    painter.setBrush(INK)
    painter.drawPath(path)
    # The bar: two halves, dark and light, as on a printed map, with 0 and the length above.
    left, bar_top = rect.left() + bar_left_offset, rect.bottom() - PAD - 6
    painter.setPen(QPen(INK, 1))
    for half in range(2):
        painter.setBrush(INK if half == 0 else QColor("white"))
        painter.drawRect(QRectF(left + half * length_px / 2, bar_top, length_px / 2, 6))
    baseline = bar_top - 4 - metrics.descent()
    painter.drawText(QPointF(left - metrics.horizontalAdvance("0") / 2, baseline), "0")
    painter.drawText(QPointF(left + length_px - metrics.horizontalAdvance(label) / 2, baseline), label)


def draw_credits(painter: QPainter, viewport: QRectF, text: str) -> None:
    """The data's attribution, small, in the bottom right corner (the licences ask for it)."""
    if not text:
        return
    font = _font(7)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 8
    rect = QRectF(viewport.right() - width - 2, viewport.bottom() - metrics.height() - 4,
                  width, metrics.height() + 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 190))
    painter.drawRect(rect)
    painter.setFont(font)
    painter.setPen(QColor("#55616b"))
    painter.drawText(QPointF(rect.left() + 4, rect.top() + 1 + metrics.ascent()), text)
