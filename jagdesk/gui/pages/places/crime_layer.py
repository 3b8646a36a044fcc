"""Every crime point of the map in ONE scene item, painted as dots or as a density shading.

One QGraphicsItem per crime would make a month of a county's data (100,000 items) crawl; this
item instead rasterises the visible points with numpy into one image per paint, so a repaint
costs a few passes over arrays, whatever the number of points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from jagdesk.services.places.map_layers import BoolArray, FloatArray

POINTS, DENSITY = "points", "density"
DOT_CORE, DOT_RIM = QColor("#e34a33"), QColor("#7f2704")
OUTSIDE_CORE, OUTSIDE_RIM = QColor("#a3a3a3"), QColor("#5f5f5f")
# Colour classes of the density shading (ColorBrewer YlOrRd without its palest yellow, which
# vanishes on the wards' fill), light to dark, drawn see-through.
DENSITY_COLOURS = [QColor(c) for c in ("#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")]
DENSITY_ALPHA = 200
# Grid squares on whole-metre multiples of the National Grid, the smallest at least MIN_CELL_PX wide.
CELL_SIZES_M = (50, 100, 200, 250, 500, 1000, 2000, 5000)
MIN_CELL_PX = 12
DOT_REACH = 3  # pixels from a point's centre to the edge of its dot's rim

UInt32Array = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class DensityScale:
    """The grid square size and the lower bound of each colour class, for the legend."""

    cell_m: int
    breaks: tuple[int, ...]
    max_count: int

    def class_labels(self) -> list[str]:
        """'1', '2–4', ... '30–57': one label per class."""
        labels = []
        for index, low in enumerate(self.breaks):
            high = self.breaks[index + 1] - 1 if index + 1 < len(self.breaks) else self.max_count
            labels.append(f"{low}" if high <= low else f"{low}–{high}")
        return labels


def _argb(colour: QColor, alpha: int = 255) -> int:
    """The colour as a premultiplied 0xAARRGGBB value, as QImage's ARGB32_Premultiplied stores it."""
    def channel(value: int) -> int:
        return value * alpha // 255
    return (alpha << 24) | (channel(colour.red()) << 16) | (channel(colour.green()) << 8) | channel(
        colour.blue())


def _breaks(max_count: int, classes: int = len(DENSITY_COLOURS)) -> tuple[int, ...]:
    """Class lower bounds from 1 to max_count on a geometric scale: crime piles up on few squares."""
    if max_count <= classes:
        return tuple(range(1, max(max_count, 1) + 1))
    bounds = {1}
    for step in range(1, classes):
        bounds.add(int(round(max_count ** (step / classes))))
    return tuple(sorted(bounds))


def _spread(mask: BoolArray, origin: int, size: int, reach: int, axis: int) -> BoolArray:
    """The mask spread `reach` pixels both ways along `axis`, `size` long, read from `origin` in."""
    out: BoolArray | None = None
    for shift in range(origin - reach, origin + reach + 1):
        part = mask[shift: shift + size] if axis == 0 else mask[:, shift: shift + size]
        out = part.copy() if out is None else out | part
    assert out is not None
    return out


def _dots(hits: BoolArray, height: int, width: int) -> tuple[BoolArray, BoolArray]:
    """The core (a 5-pixel disc) and the rim (one pixel round it) of a dot at every hit pixel."""
    # The core is worked out one pixel wider all round than the area, for the rim to grow from.
    origin, h, w = DOT_REACH - 1, height + 2, width + 2
    # A disc of radius 2 is a 5x3 and a 3x5 rectangle together, and rectangles spread row and
    # column apart: 16 array passes instead of 21 shifted copies.
    tall1, tall2 = _spread(hits, origin, h, 1, 0), _spread(hits, origin, h, 2, 0)
    core = _spread(tall2, origin, w, 1, 1) | _spread(tall1, origin, w, 2, 1)
    rim = core[1:-1, 1:-1].copy()
    for dy, dx in ((0, 1), (2, 1), (1, 0), (1, 2)):
        rim |= core[dy: dy + height, dx: dx + width]
    return core[1:-1, 1:-1], rim


class CrimeLayer(QGraphicsItem):
    """The crime points of the map, in scene metres; points or density, outside ones optional."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.mode = POINTS
        self.show_outside = False
        self._x: FloatArray = np.empty(0)
        self._y: FloatArray = np.empty(0)
        self._outside: BoolArray = np.empty(0, dtype=np.bool_)
        self._bounds = QRectF()
        self._scales: dict[tuple[int, bool], DensityScale] = {}
        self._cell_m = CELL_SIZES_M[0]

    # What to draw ------------------------------------------------------------------------------
    def set_points(self, x: FloatArray, y: FloatArray, outside: BoolArray) -> None:
        """The points in scene coordinates (grid easting, minus northing) and their outside flags."""
        self.prepareGeometryChange()
        self._x, self._y, self._outside = x, y, outside
        self._scales.clear()
        if len(x):
            # Room for dots and whole grid squares round the points' own extent.
            margin = CELL_SIZES_M[-1]
            self._bounds = QRectF(float(x.min()) - margin, float(y.min()) - margin,
                                  float(np.ptp(x)) + 2 * margin, float(np.ptp(y)) + 2 * margin)
        else:
            self._bounds = QRectF()
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def set_show_outside(self, show: bool) -> None:
        self.show_outside = show
        self.update()

    def counts(self) -> tuple[int, int]:
        """How many points are inside the partnership and outside it."""
        outside = int(self._outside.sum())
        return len(self._x) - outside, outside

    def shown_count(self) -> int:
        inside, outside = self.counts()
        return inside + outside if self.show_outside else inside

    def cell_size(self, pixels_per_metre: float) -> int:
        """The smallest grid square at least MIN_CELL_PX pixels wide at this zoom."""
        for size in CELL_SIZES_M:
            if size * pixels_per_metre >= MIN_CELL_PX:
                return size
        return CELL_SIZES_M[-1]

    def density_scale(self, pixels_per_metre: float) -> DensityScale:
        """The grid square and colour classes used at this zoom (the same wherever one pans)."""
        cell = self.cell_size(pixels_per_metre)
        key = (cell, self.show_outside)
        if key not in self._scales:
            x, y = self._visible_points()
            most = 0
            if len(x):
                # Counted over ALL points, so that panning never changes what a colour means.
                cells = np.floor(x / cell).astype(np.int64) * 4_000_000 + np.floor(y / cell).astype(
                    np.int64)
                most = int(np.unique(cells, return_counts=True)[1].max())
            self._scales[key] = DensityScale(cell, _breaks(most), most)
        return self._scales[key]

    def _visible_points(self) -> tuple[FloatArray, FloatArray]:
        if self.show_outside:
            return self._x, self._y
        keep = ~self._outside
        return self._x[keep], self._y[keep]

    # Qt's item interface -----------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = _visible(painter, option.exposedRect)
        if not len(self._x) or exposed.isEmpty():
            return
        if self.mode == DENSITY:
            self._paint_density(painter, exposed)
        else:
            self._paint_points(painter, exposed)

    def _paint_points(self, painter: QPainter, exposed: QRectF) -> None:
        # The world transform maps the scene to the painted widget's (or image's) own pixels; the
        # painter may add an offset beyond it (a widget painted inside its window), which drawing
        # with an identity world transform keeps. Dots are rasterised at the device's pixel ratio,
        # so they are 5 real pixels across on any screen and in an export alike.
        world = painter.worldTransform()
        ratio = painter.device().devicePixelRatioF()
        area = world.mapRect(exposed).toAlignedRect()
        width, height = round(area.width() * ratio), round(area.height() * ratio)
        if width <= 0 or height <= 0 or width * height > 40_000_000:
            return
        image: UInt32Array = np.zeros((height, width), dtype=np.uint32)
        layers = [(~self._outside, DOT_CORE, DOT_RIM)]
        if self.show_outside:
            layers.insert(0, (self._outside, OUTSIDE_CORE, OUTSIDE_RIM))
        for keep, core_colour, rim_colour in layers:
            hits = self._hits(world.m11() * ratio, world.m22() * ratio, (world.dx() - area.x()) * ratio,
                              (world.dy() - area.y()) * ratio, keep, width, height)
            if hits is None:
                continue
            core, rim = _dots(hits, height, width)
            image[rim] = _argb(rim_colour)
            image[core] = _argb(core_colour)
        qimage = QImage(image.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
        qimage.setDevicePixelRatio(ratio)
        painter.save()
        painter.resetTransform()
        painter.drawImage(area.topLeft(), qimage)
        painter.restore()

    def _hits(self, sx: float, sy: float, dx: float, dy: float, keep: BoolArray,
              width: int, height: int) -> BoolArray | None:
        """A mask DOT_REACH pixels larger than the area each side, true where a point falls."""
        r = DOT_REACH
        px = self._x[keep] * sx + (dx + r)
        py = self._y[keep] * sy + (dy + r)
        inside = (px >= 0) & (px < width + 2 * r) & (py >= 0) & (py < height + 2 * r)
        if not inside.any():
            return None
        hits = np.zeros((height + 2 * r, width + 2 * r), dtype=np.bool_)
        hits[py[inside].astype(np.intp), px[inside].astype(np.intp)] = True
        return hits

    def _paint_density(self, painter: QPainter, exposed: QRectF) -> None:
        scale = self.density_scale(abs(painter.worldTransform().m11()))
        cell = scale.cell_m
        first_col, last_col = math.floor(exposed.left() / cell), math.floor(exposed.right() / cell)
        first_row, last_row = math.floor(exposed.top() / cell), math.floor(exposed.bottom() / cell)
        cols, rows = last_col - first_col + 1, last_row - first_row + 1
        if cols <= 0 or rows <= 0 or cols * rows > 16_000_000:
            return
        x, y = self._visible_points()
        col = np.floor(x / cell).astype(np.int64) - first_col
        row = np.floor(y / cell).astype(np.int64) - first_row
        inside = (col >= 0) & (col < cols) & (row >= 0) & (row < rows)
        counts = np.bincount(row[inside] * cols + col[inside], minlength=rows * cols)
        classes = np.searchsorted(np.asarray(scale.breaks), counts, side="right")
        palette = np.array([0, *(_argb(c, DENSITY_ALPHA) for c in DENSITY_COLOURS)], dtype=np.uint32)
        image = np.ascontiguousarray(palette[np.minimum(classes, len(DENSITY_COLOURS))].reshape(rows, cols))
        qimage = QImage(image.data, cols, rows, cols * 4, QImage.Format.Format_ARGB32_Premultiplied)
        painter.save()
        # Crisp squares: each grid square is a block of one colour, not a blur.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QRectF(first_col * cell, first_row * cell, cols * cell, rows * cell), qimage)
        painter.restore()


def _visible(painter: QPainter, exposed: QRectF) -> QRectF:
    """The part of `exposed` (scene) that can show: inside the clip and the device.

    Qt may expose the item's whole bounding rectangle (rendering into an image does), and that
    can be thousands of pixels across at a county zoom: only what can show is worth drawing.
    """
    if painter.hasClipping():
        exposed = exposed.intersected(painter.clipBoundingRect())
    inverse, invertible = painter.worldTransform().inverted()
    if invertible:
        # The device in logical pixels: a widget's own size, an image's divided by its pixel ratio.
        device = painter.device()
        ratio = 1.0 if isinstance(device, QWidget) else device.devicePixelRatioF() or 1.0
        exposed = exposed.intersected(inverse.mapRect(QRectF(0, 0, device.width() / ratio,
                                                             device.height() / ratio)))
    return exposed
