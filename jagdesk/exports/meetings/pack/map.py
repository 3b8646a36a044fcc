"""A hotspot's map for the printed pack, drawn offline: British National Grid metres, ward outlines,
the hotspot's circle or drawn area, the crimes around it, street and ward names, a scale bar, a
north arrow and a legend saying what each line and marker is.

Street names come from the police.uk locations in the store ("On or near Shenley Road" is a
street at a real point). Labels are placed greedily, busiest street first, at the first of the
street's points where the label's box is clear of the labels already placed, the hotspot, the
scale bar, the north arrow and the legend; a street with no clear place is left off.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from jagdesk.domain.meetings.vocabulary import MapData
from jagdesk.domain.places.bng import to_bng_many
from jagdesk.exports.common.fonts import BASE, FAMILY_FILES, register_fonts

WARD_LINE = colors.HexColor("#7A8694")
STREET_TEXT = colors.HexColor("#2B2F36")
STREET_SIZE, WARD_SIZE = 6.5, 7.0
MAX_STREETS = 14
INSET = 3.0  # labels stay this far inside the frame
# A street whose points are just beyond the frame (this many points) is named at the frame's edge.
BEYOND = 30.0
HOTSPOT = colors.HexColor("#B3261E")
CRIME = colors.HexColor("#1F5F9E")
PAPER = colors.HexColor("#F7F8FA")
# How much ground the map shows around the hotspot's reach (times the reach, each way).
VIEW = 2.3
LEGEND_W, LEGEND_H = 72 * mm, 27.0
NICE_STEPS = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)


def _project(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(lon, lat) points to (easting, northing) metres, in one call into PROJ."""
    if not points:
        return []
    import numpy as np

    lons = np.array([p[0] for p in points], dtype=np.float64)
    lats = np.array([p[1] for p in points], dtype=np.float64)
    east, north = to_bng_many(lats, lons)
    return list(zip(east.tolist(), north.tolist(), strict=True))


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, from the map's lower left


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _meets_circle(box: Box, centre: tuple[float, float], radius: float) -> bool:
    nearest_x = min(max(centre[0], box[0]), box[2])
    nearest_y = min(max(centre[1], box[1]), box[3])
    return math.hypot(nearest_x - centre[0], nearest_y - centre[1]) < radius


@dataclass(frozen=True)
class Label:
    """A name placed on the map: its text, baseline start and the box it covers."""

    text: str
    kind: str  # "street" or "ward"
    x: float
    y: float
    box: Box
    leader: tuple[float, float] | None = None  # the point it names, when set apart from it


def _scale_length(metres_across: float) -> int:
    """A round length about a fifth of the map's width."""
    wanted = metres_across / 5
    return max((s for s in NICE_STEPS if s <= wanted), default=NICE_STEPS[0])


class MapFlowable(Flowable):  # type: ignore[misc]
    """The map, `width` x `height` points, centred on the hotspot."""

    def __init__(self, data: MapData, width: float, height: float) -> None:
        super().__init__()
        self.data, self.width, self.height = data, width, height
        (cx, cy), = _project([data.centre])
        self.centre = (cx, cy)
        self.area = _project(list(data.area)) if data.area else []
        reach = data.radius_m or 0.0
        if self.area:
            reach = max(math.hypot(x - cx, y - cy) for x, y in self.area)
        self.reach = max(reach, 50.0)
        # Metres per point: the reach times VIEW each way fits the shorter side.
        self.scale = (2 * VIEW * self.reach) / min(width, height)
        # Police.uk snaps crimes to a few points: draw each point once, sized by its count.
        counts = Counter(data.crimes)
        spots = list(counts)
        self.crimes = list(zip(_project(spots), (counts[s] for s in spots), strict=True))
        self.wards = [(name, _project(list(ring))) for name, ring in data.wards]
        self.streets = [(name, _project(list(points))) for name, points in data.streets[:MAX_STREETS * 3]]
        self._labels: list[Label] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def _xy(self, point: tuple[float, float]) -> tuple[float, float]:
        return (self.width / 2 + (point[0] - self.centre[0]) / self.scale,
                self.height / 2 + (point[1] - self.centre[1]) / self.scale)

    def draw(self) -> None:
        c: Any = self.canv
        w, h = self.width, self.height
        c.saveState()
        c.setFillColor(PAPER)
        c.setStrokeColor(colors.HexColor("#B8BEC6"))
        c.rect(0, 0, w, h, stroke=1, fill=1)
        clip = c.beginPath()
        clip.rect(0, 0, w, h)
        c.clipPath(clip, stroke=0, fill=0)
        self._wards(c)
        self._crimes(c)
        self._hotspot(c)
        self._names(c)
        c.restoreState()
        self._scale_bar(c)
        self._north_arrow(c)
        self._legend(c)

    # Where things are, for placing the names clear of them ------------------------------------
    def scale_bar_box(self) -> Box:
        metres = _scale_length(self.width * self.scale)
        x, y = 6 * mm, 5 * mm
        return (x - 2, y - 3, x + metres / self.scale + 2 + 24, y + 9)

    def north_arrow_box(self) -> Box:
        x, y = self.width - 8 * mm, self.height - 14 * mm
        return (x - 6, y - 5, x + 6, y + 20)

    def legend_box(self) -> Box:
        x, y = self.width - LEGEND_W - 2 * mm, 2 * mm
        return (x, y, x + LEGEND_W, y + LEGEND_H)

    def hotspot_box(self) -> Box:
        if self.area:
            points = [self._xy(p) for p in self.area]
            return (min(x for x, _ in points), min(y for _, y in points),
                    max(x for x, _ in points), max(y for _, y in points))
        r = self.reach / self.scale
        cx, cy = self.width / 2, self.height / 2
        return (cx - r, cy - r, cx + r, cy + r)

    def obstacles(self) -> list[Box]:
        return [self.scale_bar_box(), self.north_arrow_box(), self.legend_box()]

    def _clear(self, box: Box, taken: list[Box]) -> bool:
        if box[0] < INSET or box[1] < INSET or box[2] > self.width - INSET or box[3] > self.height - INSET:
            return False
        if any(overlaps(box, other) for other in taken):
            return False
        if self.area:
            return not overlaps(box, self.hotspot_box())
        return not _meets_circle(box, (self.width / 2, self.height / 2), self.reach / self.scale + 2)

    def labels(self) -> list[Label]:
        """The street names (busiest first) and then the ward names, each where it is clear of
        everything placed before it; those with no clear place are left off."""
        if self._labels is not None:
            return self._labels
        register_fonts()
        taken = self.obstacles()
        placed: list[Label] = []
        street_font = FAMILY_FILES[BASE].face()
        for name, points in self.streets:
            if len([p for p in placed if p.kind == "street"]) >= MAX_STREETS:
                break
            label = self._place(name, "street", self._near_frame(points), street_font,
                                STREET_SIZE, taken)
            if label is not None:
                placed.append(label)
                taken.append(label.box)
        ward_font = FAMILY_FILES[BASE].face(italic=True)
        for name, ring in self.wards:
            if any(p.text == name for p in placed):
                continue
            inside = [self._xy(p) for p in ring]
            inside = [(x, y) for x, y in inside if 0 < x < self.width and 0 < y < self.height]
            if not inside:
                continue
            middle = (sum(x for x, _ in inside) / len(inside), sum(y for _, y in inside) / len(inside))
            label = self._place(name, "ward", [middle], ward_font, WARD_SIZE, taken, spread=True)
            if label is not None:
                placed.append(label)
                taken.append(label.box)
        self._labels = placed
        return placed

    def _near_frame(self, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """The points on the map, those inside the frame first; those just beyond it moved to its
        edge (a street just off the map is named where it leaves it)."""
        inside, edge = [], []
        for point in points:
            x, y = self._xy(point)
            if 0 <= x <= self.width and 0 <= y <= self.height:
                inside.append((x, y))
            elif -BEYOND < x < self.width + BEYOND and -BEYOND < y < self.height + BEYOND:
                edge.append((min(max(x, 2 * INSET), self.width - 2 * INSET),
                             min(max(y, 2 * INSET), self.height - 4 * INSET)))
        return inside + edge

    def _place(self, text: str, kind: str, points: list[tuple[float, float]], font: str,
               size: float, taken: list[Box], spread: bool = False) -> Label | None:
        """The label at the first point (and offset from it) where its box is clear."""
        width = stringWidth(text, font, size)
        height = size * 1.15
        steps = (0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0) if spread else (0.0,)
        for px, py in points:
            for step in steps:
                for dx, dy in ((0.0, 2.5), (0.0, -height - 1.5), (width / 2 + 3, -height / 2),
                               (-width / 2 - 3, -height / 2)):
                    x = px + dx - width / 2
                    y = py + dy + step * height * 1.2
                    box = (x - 1, y - size * 0.25, x + width + 1, y + size * 0.9)
                    if self._clear(box, taken):
                        return Label(text, kind, x, y, box)
        if kind != "street":
            return None
        # No room beside any of its points (a street under the hotspot): near its first point,
        # set apart and joined to it by a thin line.
        for px, py in points[:2]:
            for distance in (16.0, 28.0, 40.0, 52.0, 64.0):
                for turn in range(12):
                    angle = math.radians(90 + 30 * turn)
                    x = px + distance * math.cos(angle) - width / 2
                    y = py + distance * math.sin(angle) - size * 0.3
                    box = (x - 1, y - size * 0.25, x + width + 1, y + size * 0.9)
                    if self._clear(box, taken):
                        return Label(text, kind, x, y, box, leader=(px, py))
        return None

    def _wards(self, c: Any) -> None:
        c.setStrokeColor(WARD_LINE)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        for _, ring in self.wards:
            path = c.beginPath()
            for i, point in enumerate(ring):
                x, y = self._xy(point)
                path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
            path.close()
            c.drawPath(path, stroke=1, fill=0)
        c.setDash()

    def _names(self, c: Any) -> None:
        for label in self.labels():
            x0, y0, x1, y1 = label.box
            if label.leader is not None:
                px, py = label.leader
                c.setStrokeColor(STREET_TEXT, alpha=0.8)
                c.setLineWidth(0.4)
                c.line(px, py, min(max(px, x0), x1), min(max(py, y0), y1))
                c.setFillColor(STREET_TEXT, alpha=1)
                c.circle(px, py, 0.9, stroke=0, fill=1)
            c.setFillColor(colors.white, alpha=0.75)
            c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
            if label.kind == "street":
                c.setFillColor(STREET_TEXT, alpha=1)
                c.setFont(FAMILY_FILES[BASE].face(), STREET_SIZE)
            else:
                c.setFillColor(WARD_LINE, alpha=1)
                c.setFont(FAMILY_FILES[BASE].face(italic=True), WARD_SIZE)
            c.drawString(label.x, label.y, label.text)

    def _crimes(self, c: Any) -> None:
        c.setFillColor(CRIME, alpha=0.55)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.3)
        for point, count in self.crimes:
            x, y = self._xy(point)
            c.circle(x, y, 1.4 + 0.9 * math.sqrt(count - 1), stroke=1, fill=1)

    def _hotspot(self, c: Any) -> None:
        c.setStrokeColor(HOTSPOT)
        c.setFillColor(HOTSPOT, alpha=0.08)
        c.setLineWidth(1.6)
        if self.area:
            path = c.beginPath()
            for i, point in enumerate(self.area):
                x, y = self._xy(point)
                path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        else:
            c.circle(self.width / 2, self.height / 2, self.reach / self.scale, stroke=1, fill=1)
        c.setFillColor(HOTSPOT, alpha=1)
        c.circle(self.width / 2, self.height / 2, 2, stroke=0, fill=1)

    def _scale_bar(self, c: Any) -> None:
        metres = _scale_length(self.width * self.scale)
        length = metres / self.scale
        x, y = 6 * mm, 5 * mm
        c.setFillColor(colors.white, alpha=0.8)
        c.rect(x - 2, y - 3, length + 4 + 24, 12, stroke=0, fill=1)
        c.setFillColor(colors.black, alpha=1)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        c.line(x, y, x + length, y)
        c.line(x, y - 2, x, y + 2)
        c.line(x + length, y - 2, x + length, y + 2)
        c.setFont(BASE, 7)
        label = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres} m"
        c.drawString(x + length + 3, y - 2.3, label)

    def _north_arrow(self, c: Any) -> None:
        x, y = self.width - 8 * mm, self.height - 14 * mm
        c.setFillColor(colors.black)
        path = c.beginPath()
        path.moveTo(x, y + 9)
        path.lineTo(x - 4, y - 3)
        path.lineTo(x, y)
        path.lineTo(x + 4, y - 3)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFont(FAMILY_FILES[BASE].face(bold=True), 8)
        c.drawCentredString(x, y + 11, "N")

    def _legend(self, c: Any) -> None:
        """What each marker and line is: crimes, the hotspot, ward boundaries, street names."""
        x0, y0, x1, y1 = self.legend_box()
        c.setFillColor(colors.white, alpha=0.9)
        c.setStrokeColor(colors.HexColor("#B8BEC6"), alpha=1)
        c.setLineWidth(0.5)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=1)
        c.setFont(BASE, 6.5)
        row = (y1 - y0) / 3
        left, right = x0 + 3, x0 + LEGEND_W / 2 + 2
        top = y1 - row + 2.5
        # crimes
        c.setFillColor(CRIME, alpha=0.7)
        c.circle(left + 3, top + 2.2, 2, stroke=0, fill=1)
        c.setFillColor(colors.black, alpha=1)
        total = sum(count for _, count in self.crimes)
        c.drawString(left + 8, top, f"{total} crimes nearby")
        # the hotspot
        c.setStrokeColor(HOTSPOT)
        c.setLineWidth(1.4)
        c.line(right, top + 2.2, right + 7, top + 2.2)
        c.setFillColor(HOTSPOT, alpha=1)
        c.circle(right + 3.5, top + 2.2, 1.2, stroke=0, fill=1)
        c.setFillColor(colors.black, alpha=1)
        c.drawString(right + 10, top, "hotspot " + ("area" if self.area else "reach") + " and point")
        # wards
        middle = top - row
        c.setStrokeColor(WARD_LINE)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.line(left, middle + 2.2, left + 7, middle + 2.2)
        c.setDash()
        c.drawString(left + 10, middle, "ward boundary")
        c.setFillColor(WARD_LINE)
        c.setFont(FAMILY_FILES[BASE].face(italic=True), 6.5)
        c.drawString(right, middle, "Ward name")
        # streets
        bottom = middle - row
        c.setFillColor(STREET_TEXT)
        c.setFont(BASE, 6.5)
        c.drawString(left, bottom, "Street name")
        c.setFillColor(colors.black)
        c.drawString(right, bottom, "at a police.uk crime location")
        c.setFillColor(colors.black)
