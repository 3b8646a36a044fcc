"""A hotspot's map for the printed pack, drawn offline: British National Grid metres, ward outlines,
the hotspot's circle or drawn area, the crimes around it, a scale bar and a north arrow."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from jagdesk.domain.bng import to_bng_many
from jagdesk.domain.meetings import MapData
from jagdesk.exports.fonts import BASE, FAMILY_FILES

WARD_LINE = colors.HexColor("#7A8694")
HOTSPOT = colors.HexColor("#B3261E")
CRIME = colors.HexColor("#1F5F9E")
PAPER = colors.HexColor("#F7F8FA")
# How much ground the map shows around the hotspot's reach (times the reach, each way).
VIEW = 2.3
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
        c.restoreState()
        self._scale_bar(c)
        self._north_arrow(c)
        self._legend(c)

    def _wards(self, c: Any) -> None:
        c.setStrokeColor(WARD_LINE)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        labels: dict[str, tuple[float, float]] = {}
        for name, ring in self.wards:
            path = c.beginPath()
            for i, point in enumerate(ring):
                x, y = self._xy(point)
                path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
            path.close()
            c.drawPath(path, stroke=1, fill=0)
            inside = [self._xy(p) for p in ring]
            inside = [(x, y) for x, y in inside if 8 < x < self.width - 8 and 8 < y < self.height - 8]
            if inside and name not in labels:
                at = (sum(x for x, _ in inside) / len(inside), sum(y for _, y in inside) / len(inside))
                # A label on top of another one is left off: both would be unreadable.
                if all(abs(at[0] - x) > 70 or abs(at[1] - y) > 10 for x, y in labels.values()):
                    labels[name] = at
        c.setDash()
        c.setFillColor(WARD_LINE)
        c.setFont(FAMILY_FILES[BASE].face(italic=True), 7)
        for name, (x, y) in labels.items():
            c.drawCentredString(x, y, name)

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
        x, y = self.width - 60 * mm, 4 * mm
        c.setFillColor(colors.white, alpha=0.85)
        c.rect(x - 2, y - 2, 58 * mm, 11, stroke=0, fill=1)
        c.setFillColor(CRIME, alpha=0.7)
        c.circle(x + 3, y + 3.5, 2, stroke=0, fill=1)
        c.setFillColor(colors.black, alpha=1)
        c.setFont(BASE, 7)
        total = sum(count for _, count in self.crimes)
        c.drawString(x + 7, y + 1.2, f"{total} crimes nearby")
        c.setStrokeColor(HOTSPOT)
        c.setLineWidth(1.4)
        c.line(x + 30 * mm, y + 3.5, x + 35 * mm, y + 3.5)
        c.drawString(x + 36 * mm, y + 1.2, "hotspot")
