"""The names of the streets on the map: scene items made only once a name is shown (a county has
thousands of streets), placed when zoomed in far enough to read them, clear of every other name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from jagdesk.gui.pages.places.map_items import STREET_TEXT
from jagdesk.gui.pages.places.map_label import MapLabel
from jagdesk.gui.pages.places.map_overlay import MARGIN, legend_size
from jagdesk.services.places.map_layers import BoolArray, FloatArray, StreetPoints, to_grid

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView

# Street names lie on the land, under the crimes: a dot is never hidden by a name.
Z_STREETS = 0.5
# Streets are named from this zoom in (pixels per metre: a 300 m street is 90 pixels long).
STREET_SCALE = 0.3
# A street's name is tried at this many of its points in view, those nearest their middle first.
STREET_TRIES = 12
STREET_GAP = 4.0  # pixels between a street's point and its name, clear of the crime dot there
STREET_ITEMS_KEPT = 300  # street names kept as scene items while hidden, for panning back


def street_label_places(width: float, height: float) -> list[QPointF]:
    """Where a street's name may go from one of its points: just above it, else just below."""
    return [QPointF(-width / 2, -STREET_GAP - height), QPointF(-width / 2, STREET_GAP)]


class StreetNames:
    """The street names of a map view: which to show, where, and the scene items made for them."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.items: dict[int, MapLabel] = {}  # by the street's place in names
        self.names: list[str] = []
        self.streets = _Streets.empty()

    def set_streets(self, streets: list[StreetPoints]) -> None:
        """The streets to name when zoomed in far enough, the busiest first, each at its points.

        A name becomes a scene item only once it is shown: a county has thousands of streets, and
        the scene stays small while the map shows a whole district."""
        for item in self.items.values():
            self.view.scene().removeItem(item)
        self.items = {}
        self.names = [street.name for street in streets]
        self.streets = _Streets.of(streets)

    @property
    def labels(self) -> list[MapLabel]:
        """The street names made so far (shown or hidden)."""
        return list(self.items.values())

    def _label(self, index: int) -> MapLabel:
        label = self.items.get(index)
        if label is None:
            label = MapLabel(self.names[index], STREET_TEXT, italic=True)
            label.setZValue(Z_STREETS)
            label.setVisible(False)
            self.view.scene().addItem(label)
            self.items[index] = label
        return label


    def place(self, window: QRectF, taken: list[QRectF]) -> None:
        """Street names, when zoomed in enough to read streets: the busiest street first, each just
        above (or below) the first of its points in view (nearest their middle first) where it is
        clear of every name and marker already placed and of the legend; a street with no clear
        place is not named. Only the streets of the crimes shown are named."""
        for label in self.items.values():
            label.setVisible(False)
        self._place_visible(window, taken)
        if len(self.items) > STREET_ITEMS_KEPT:  # names panned away from are let go
            for index, label in list(self.items.items()):
                if not label.isVisible():
                    self.view.scene().removeItem(label)
                    del self.items[index]

    def _place_visible(self, window: QRectF, taken: list[QRectF]) -> None:
        streets = self.streets
        if self.view.scale_factor() < STREET_SCALE or not self.names:
            return
        legend = legend_size(self.view.legend_title(), self.view.legend_entries())
        taken = [*taken, QRectF(QPointF(window.right() - MARGIN - legend.width(),
                                        window.top() + MARGIN), legend)]
        view = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        x0, y0, x1, y1 = view.left(), view.top(), view.right(), view.bottom()
        in_view = ((streets.max_x >= x0) & (streets.min_x <= x1)
                   & (streets.max_y >= y0) & (streets.min_y <= y1))
        for index in np.flatnonzero(in_view).tolist():
            x, y, outside = streets.x[index], streets.y[index], streets.outside[index]
            seen = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
            if not self.view.crimes.show_outside:
                seen &= ~outside
            if not seen.any():
                continue
            px, py = x[seen], y[seen]
            order = np.argsort((px - px.mean()) ** 2 + (py - py.mean()) ** 2)[:STREET_TRIES]
            label = self._label(index)
            size = label.size().size()
            places = street_label_places(size.width(), size.height())
            for point in order.tolist():
                if self._place_one(label, QPointF(float(px[point]), float(py[point])), places,
                                      window, taken):
                    break

    def _place_one(self, label: MapLabel, at: QPointF, places: list[QPointF], window: QRectF,
                      taken: list[QRectF]) -> bool:
        """Show the street's name beside this point of it if there is a clear place."""
        screen = QPointF(self.view.mapFromScene(at))
        for offset in places:
            place = QRectF(offset, label.size().size()).translated(screen).adjusted(-3, -1, 3, 1)
            if window.contains(place) and not any(place.intersects(other) for other in taken):
                label.set_offset(offset)
                label.setPos(at)
                label.setVisible(True)
                taken.append(place)
                return True
        return False


class _Streets:
    """The streets' points in scene coordinates, and each street's extent, for finding quickly
    which streets are in view."""

    def __init__(self, x: list[FloatArray], y: list[FloatArray], outside: list[BoolArray]) -> None:
        self.x, self.y, self.outside = x, y, outside
        self.min_x = np.array([a.min() for a in x]) if x else np.empty(0)
        self.max_x = np.array([a.max() for a in x]) if x else np.empty(0)
        self.min_y = np.array([a.min() for a in y]) if y else np.empty(0)
        self.max_y = np.array([a.max() for a in y]) if y else np.empty(0)

    @classmethod
    def empty(cls) -> _Streets:
        return cls([], [], [])

    @classmethod
    def of(cls, streets: list[StreetPoints]) -> _Streets:
        if not streets:
            return cls.empty()
        # One call into PROJ for every point of every street.
        lon = np.concatenate([street.lon for street in streets])
        lat = np.concatenate([street.lat for street in streets])
        east, north = to_grid(lon, lat)
        ends = np.cumsum([len(street.lon) for street in streets])[:-1]
        xs = np.split(east, ends)
        ys = [-part for part in np.split(north, ends)]
        return cls(xs, ys, [street.outside for street in streets])
