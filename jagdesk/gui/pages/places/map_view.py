"""The offline map: wards, crimes and hotspots on the National Grid; pan, zoom, select, export."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QMenu, QWidget

from jagdesk.gui.pages.places.area_drawing import DraftItem, area_problem, drawn_area, lon_lat
from jagdesk.gui.pages.places.crime_layer import (
    DENSITY,
    DENSITY_ALPHA,
    DENSITY_COLOURS,
    DOT_CORE,
    DOT_RIM,
    OUTSIDE_CORE,
    OUTSIDE_RIM,
    POINTS,
    CrimeLayer,
)
from jagdesk.gui.pages.places.hotspot_item import HotspotItem
from jagdesk.gui.pages.places.map_items import (
    WARD_FILL,
    WARD_LINE,
    circle_path,
    marker_path,
    rings_path,
    scene_point,
    status_colour,
)
from jagdesk.gui.pages.places.map_label import MapLabel
from jagdesk.gui.pages.places.map_overlay import (
    MARGIN,
    LegendEntry,
    draw_credits,
    draw_legend,
    draw_scale_bar,
    legend_size,
)
from jagdesk.gui.pages.places.street_names import StreetNames
from jagdesk.gui.pages.places.ward_item import WardItem
from jagdesk.services.places.map_layers import (
    CrimePoints,
    HotspotShape,
    StreetPoints,
    WardOutline,
    to_grid,
)

BACKGROUND = QColor("#e3e8ec")
ZOOM_STEP = 1.25
# Pixels per metre: from the whole of southern England down to a street.
MIN_SCALE, MAX_SCALE = 0.0008, 4.0
Z_WARDS, Z_CRIMES, Z_OUTLINES, Z_HOTSPOTS, Z_LABELS, Z_MARKERS, Z_DRAFT = 0, 1, 2, 3, 4, 5, 6
MARKER_HALF = 8.0  # half a hotspot marker's width on the screen, with a pixel to spare

def hotspot_label_places(width: float, height: float) -> list[QPointF]:
    """Where a hotspot's name may go from its marker, best first: right, left, above, below."""
    gap = MARKER_HALF + 3  # clear of the marker, with the 2 pixels kept round every name
    return [QPointF(gap, -height / 2 - 1), QPointF(-gap - width, -height / 2 - 1),
            QPointF(-width / 2, -gap - height), QPointF(-width / 2, gap),
            QPointF(gap, -gap - height), QPointF(gap, gap - 2),
            QPointF(-gap - width, -gap - height), QPointF(-gap - width, gap - 2)]
# Clicks closer than this (pixels) to the last corner add no corner: a double-click's own press.
SAME_CORNER_PX = 3


class MapView(QGraphicsView):
    """The map. Drag to pan, wheel or +/- to zoom about the cursor; click a hotspot to select it."""

    hotspot_selected = Signal(object)  # the hotspot's id, or None when none is selected
    drawing_changed = Signal(int)  # while drawing an area: how many corners it has so far
    area_drawn = Signal(object)  # a finished area (area_drawing.DrawnArea); drawing has ended
    area_refused = Signal(str)  # why the area cannot be finished yet, in one sentence
    drawing_ended = Signal()  # drawing stopped, finished or cancelled
    point_chosen = Signal(object)  # (latitude, longitude) asked for as a new hotspot's point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(BACKGROUND)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The legend and scale bar are fixed to the window, so every pan repaints the whole view.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Map")
        self.crimes = CrimeLayer()
        self.crimes.setZValue(Z_CRIMES)
        self.scene().addItem(self.crimes)
        self.wards: list[WardItem] = []
        self.ward_labels: list[MapLabel] = []
        self.hotspots: list[HotspotItem] = []
        self.hotspot_labels: list[MapLabel] = []
        self.street_names = StreetNames(self)
        self.caption = ""
        self._hotspot_statuses: list[str] = []
        self._selected: uuid.UUID | None = None
        # Until the user moves the map, it keeps the whole partnership in view as the window resizes.
        self._auto_fit = True
        self.draft: DraftItem | None = None  # the area being drawn, while drawing
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.scene().selectionChanged.connect(self._on_scene_selection_changed)

    # What the map shows ------------------------------------------------------------------------
    def set_wards(self, outlines: list[WardOutline]) -> None:
        for item in [*self.wards, *(ward.outline for ward in self.wards), *self.ward_labels]:
            self.scene().removeItem(item)
        self.wards, self.ward_labels = [], []
        for outline in outlines:
            ward = WardItem(outline.name, outline.code, outline.rings)
            ward.setZValue(Z_WARDS)
            ward.outline.setZValue(Z_OUTLINES)
            label = MapLabel(outline.name)
            label.setPos(scene_point(outline.label_lon, outline.label_lat))
            label.setZValue(Z_LABELS)
            for item in (ward, ward.outline, label):
                self.scene().addItem(item)
            self.wards.append(ward)
            self.ward_labels.append(label)
        self._update_scene_rect()
        self._update_labels()

    def set_crimes(self, points: CrimePoints) -> None:
        x, y = to_grid(points.lon, points.lat)
        self.crimes.set_points(x, -y, points.outside.copy())
        self._update_scene_rect()

    def set_streets(self, streets: list[StreetPoints]) -> None:
        """The streets to name when zoomed in far enough, the busiest first, each at its points."""
        self.street_names.set_streets(streets)
        self._update_labels()

    @property
    def street_labels(self) -> list[MapLabel]:
        """The street names made so far (shown or hidden)."""
        return self.street_names.labels

    def set_hotspots(self, shapes: list[HotspotShape]) -> None:
        """Draw these hotspots (instead of any before), keeping the selected one selected."""
        # Quietly: taking the old items away would otherwise report the selection as gone.
        self.scene().blockSignals(True)
        for item in [*self.hotspots, *self.hotspot_labels]:
            self.scene().removeItem(item)
        self.scene().blockSignals(False)
        self.hotspots, self.hotspot_labels = [], []
        for shape in shapes:
            centre = scene_point(shape.longitude, shape.latitude)
            if shape.area:
                self._add_hotspot(HotspotItem(shape.id, shape.name, shape.status,
                                              rings_path(shape.area), marker=False), Z_HOTSPOTS)
            elif shape.radius_m:
                self._add_hotspot(HotspotItem(shape.id, shape.name, shape.status,
                                              circle_path(centre, shape.radius_m), marker=False), Z_HOTSPOTS)
            marker = HotspotItem(shape.id, shape.name, shape.status, marker_path(), marker=True)
            marker.setPos(centre)
            self._add_hotspot(marker, Z_MARKERS)
            label = MapLabel(shape.name, status_colour(shape.status).darker(130), bold=True,
                             offset=QPointF(9, -8))
            label.setPos(centre)
            label.setZValue(Z_MARKERS)
            self.scene().addItem(label)
            self.hotspot_labels.append(label)
        self._hotspot_statuses = sorted({shape.status for shape in shapes})
        self._update_scene_rect()
        self._update_labels()
        if any(shape.id == self._selected for shape in shapes):
            self.select_hotspot(self._selected)
        else:
            self._on_scene_selection_changed()  # it was deleted: nothing is selected now

    def _add_hotspot(self, item: HotspotItem, z: int) -> None:
        item.setZValue(z)
        self.scene().addItem(item)
        self.hotspots.append(item)

    def set_mode(self, mode: str) -> None:
        """POINTS (a dot per crime location) or DENSITY (crimes per grid square)."""
        self.crimes.set_mode(mode)
        self.viewport().update()

    def set_show_outside(self, show: bool) -> None:
        self.crimes.set_show_outside(show)
        self._update_labels()
        self.viewport().update()

    def set_caption(self, text: str) -> None:
        """The legend's title, e.g. the period and crime types shown (it goes into exports too)."""
        self.caption = text
        self.viewport().update()

    def has_data(self) -> bool:
        return bool(self.wards or self.hotspots or self.crimes.counts() != (0, 0))

    # Selecting hotspots ------------------------------------------------------------------------
    def select_hotspot(self, hotspot_id: uuid.UUID | None) -> None:
        """Select the hotspot (its area and marker), or none."""
        self.scene().clearSelection()
        for item in self.hotspots:
            if item.hotspot_id == hotspot_id and item.is_marker:
                item.setSelected(True)

    def selected_hotspot(self) -> uuid.UUID | None:
        return self._selected

    def _on_scene_selection_changed(self) -> None:
        chosen = [item for item in self.scene().selectedItems() if isinstance(item, HotspotItem)]
        selected = chosen[0].hotspot_id if chosen else None
        for item in self.hotspots:
            item.set_highlighted(item.hotspot_id == selected)
        if selected != self._selected:
            self._selected = selected
            self.hotspot_selected.emit(selected)

    # Drawing an area -----------------------------------------------------------------------------
    def start_drawing(self) -> None:
        """Clicks add corners until Enter or a double-click finishes, or Escape cancels."""
        if self.draft is not None:
            return
        self.draft = DraftItem()
        self.draft.setZValue(Z_DRAFT)
        self.scene().addItem(self.draft)
        # No panning by dragging while drawing: a click is a corner; the wheel still zooms.
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setFocus()
        self.drawing_changed.emit(0)

    def is_drawing(self) -> bool:
        return self.draft is not None

    def cancel_drawing(self) -> None:
        """Stop drawing and forget the corners; nothing is changed."""
        if self.draft is None:
            return
        self.scene().removeItem(self.draft)
        self.draft = None
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().unsetCursor()
        self.drawing_ended.emit()

    def finish_drawing(self) -> None:
        """Report the area drawn (area_drawn), or why it cannot be one yet (area_refused)."""
        if self.draft is None:
            return
        corners = list(self.draft.corners)
        problem = area_problem(corners)
        if problem is not None:
            self.area_refused.emit(problem)  # still drawing: the user can take corners back
            return
        self.cancel_drawing()
        self.area_drawn.emit(drawn_area(corners))

    def _add_corner(self, at: QPointF) -> None:
        assert self.draft is not None
        corners = self.draft.corners
        if corners:
            last = QPointF(self.mapFromScene(corners[-1]))
            if (last - at).manhattanLength() <= SAME_CORNER_PX:
                return
        self.draft.set_corners([*corners, self.mapToScene(at.toPoint())], None)
        self.drawing_changed.emit(len(self.draft.corners))

    def _drawing_key(self, key: int) -> bool:
        """Backspace, Escape, Enter while drawing; False for any other key."""
        assert self.draft is not None
        if key == Qt.Key.Key_Backspace:
            self.draft.set_corners(self.draft.corners[:-1], self.draft.pointer)
            self.drawing_changed.emit(len(self.draft.corners))
        elif key == Qt.Key.Key_Escape:
            self.cancel_drawing()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish_drawing()
        else:
            return False
        return True

    # Zoom and pan ------------------------------------------------------------------------------
    def scale_factor(self) -> float:
        """Pixels per metre."""
        return float(self.transform().m11())

    def metres_per_pixel(self) -> float:
        return 1.0 / self.scale_factor()

    def data_rect(self) -> QRectF:
        """What 'fit' shows: the wards if there are any, else the crimes and hotspots."""
        rect = QRectF()
        for ward in self.wards:
            rect = rect.united(ward.sceneBoundingRect())
        if rect.isEmpty():
            for item in self.hotspots:
                rect = rect.united(item.sceneBoundingRect() if not item.is_marker
                                   else QRectF(item.pos(), item.pos()).adjusted(-200, -200, 200, 200))
            if self.crimes.counts() != (0, 0):
                rect = rect.united(self.crimes.boundingRect())
        return rect

    def fit_to_data(self) -> None:
        """Zoom and centre to show the whole partnership (or all the data)."""
        rect = self.data_rect()
        if not rect.isEmpty():
            margin = 0.04 * max(rect.width(), rect.height())
            self.fit_rect(rect.adjusted(-margin, -margin, margin, margin))
            self._auto_fit = True

    def fit_rect(self, rect: QRectF) -> None:
        """Zoom and centre to show `rect` (scene metres) beside the legend, not under it."""
        width, height = self.viewport().width(), self.viewport().height()
        reserve = legend_size(self.legend_title(), self.legend_entries()).width() + 2 * MARGIN
        room = max(width - reserve, width * 0.6)
        scale = min(max(min(room / rect.width(), height / rect.height()), MIN_SCALE), MAX_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center() + QPointF((width - room) / 2 / scale, 0))
        self._auto_fit = False
        self._update_labels()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by `factor`, keeping the scene point under `anchor` (viewport pixels) where it is."""
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_factor()
        if abs(factor - 1) < 1e-9:
            return
        self._auto_fit = False
        at = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(at.toPoint())
        centre = self.mapToScene(self.viewport().rect().center())
        self.scale(factor, factor)
        self.centerOn(fixed + (centre - fixed) / factor)
        self._update_labels()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.draft is not None and self._drawing_key(event.key()):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 1 / ZOOM_STEP if event.key() == Qt.Key.Key_Minus else ZOOM_STEP
            self.zoom_by(factor, self._cursor_anchor())
            event.accept()
            return
        self._auto_fit = False
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._auto_fit = False
        if self.draft is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._add_corner(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        """Right-click (or the Menu key): a new hotspot at that point."""
        if self.draft is not None:
            event.accept()
            return
        menu = QMenu(self)
        new = menu.addAction("&New hotspot here…")
        if menu.exec(event.globalPos()) is new:
            self.new_hotspot_at(event.pos())
        event.accept()

    def new_hotspot_at(self, at: QPoint) -> None:
        """Ask for a new hotspot whose point is the place shown at `at` (viewport pixels)."""
        lon, lat = lon_lat(self.mapToScene(at))
        self.point_chosen.emit((round(lat, 7), round(lon, 7)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.draft is not None:
            self.draft.set_corners(self.draft.corners, self.mapToScene(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.draft is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._add_corner(event.position())  # no-op when the first press added it
                self.finish_drawing()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _cursor_anchor(self) -> QPointF | None:
        """The mouse position if it is over the map (zoom about it), else None (the centre)."""
        at: QPoint = self.viewport().mapFromGlobal(QCursor.pos())
        return QPointF(at) if self.viewport().rect().contains(at) else None

    def _update_scene_rect(self) -> None:
        # Room to pan well past the data on every side, at any zoom.
        rect = self.data_rect()
        if self.crimes.counts() != (0, 0):
            rect = rect.united(self.crimes.boundingRect())
        if rect.isEmpty():
            return
        room = 3 * max(rect.width(), rect.height(), 5000.0)
        self.setSceneRect(rect.adjusted(-room, -room, room, room))

    def _update_labels(self) -> None:
        """Names that never overlap: each hotspot's beside its marker, on whichever side is free
        of other names and markers; then a ward's name where the ward is big enough on the screen
        and nothing is in the way (bigger wards first). A name with no free place is hidden; its
        marker or ward still names it in a tooltip."""
        scale = self.scale_factor()
        window = QRectF(self.viewport().rect())
        taken = [self._marker_box(marker) for marker in self.hotspots if marker.is_marker]
        for label in self.hotspot_labels:
            label.setVisible(False)
            at = QPointF(self.mapFromScene(label.pos()))
            for offset in hotspot_label_places(label.size().width(), label.size().height()):
                place = QRectF(offset, label.size().size()).translated(at).adjusted(-2, -1, 2, 1)
                if window.contains(place) and not any(place.intersects(other) for other in taken):
                    label.set_offset(offset)
                    label.setVisible(True)
                    taken.append(place)
                    break
        pairs = sorted(zip(self.wards, self.ward_labels, strict=True),
                       key=lambda pair: -pair[0].boundingRect().width() * pair[0].boundingRect().height())
        for ward, label in pairs:
            bounds, size = ward.boundingRect(), label.size()
            place = size.translated(QPointF(self.mapFromScene(label.pos()))).adjusted(-4, -2, 4, 2)
            show = (bounds.width() * scale >= size.width() * 0.9
                    and bounds.height() * scale >= size.height() * 1.8
                    and window.contains(place)  # no name cut in half by the edge
                    and not any(place.intersects(other) for other in taken))
            label.setVisible(show)
            if show:
                taken.append(place)
        self.street_names.place(window, taken)

    def _marker_box(self, marker: HotspotItem) -> QRectF:
        """Where a hotspot's marker is on the screen, in the viewport's pixels."""
        centre = QPointF(self.mapFromScene(marker.pos()))
        half = MARKER_HALF
        return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)

    def visible_labels(self) -> list[tuple[str, QRectF]]:
        """Each name shown on the map now, with where it is in the viewport's pixels."""
        shown = []
        for label in [*self.hotspot_labels, *self.ward_labels, *self.street_labels]:
            if label.isVisible():
                shown.append((label.text, label.size().translated(QPointF(self.mapFromScene(label.pos())))))
        return shown

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        super().scrollContentsBy(dx, dy)
        self._update_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_to_data()
        self._update_labels()

    # What stays put over the map ---------------------------------------------------------------
    def legend_title(self) -> str:
        return self.caption or "Map"

    def legend_entries(self) -> list[LegendEntry]:
        """The legend's lines for what is on the map now."""
        entries: list[LegendEntry] = []
        inside, outside = self.crimes.counts()
        if inside + outside and self.crimes.mode == DENSITY:
            scale = self.crimes.density_scale(self.scale_factor())
            entries.append(LegendEntry("none", f"Crimes per {scale.cell_m:,} m square",
                                       QColor(0, 0, 0, 0), QColor(0, 0, 0, 0)))
            for colour, label in zip(DENSITY_COLOURS, scale.class_labels(), strict=False):
                fill = QColor(colour)
                fill.setAlpha(DENSITY_ALPHA)
                entries.append(LegendEntry("square", label, fill, fill))
        elif inside + outside:
            entries.append(LegendEntry("dot", f"Crimes in the partnership ({inside:,})", DOT_CORE, DOT_RIM))
            if outside and self.crimes.show_outside:
                entries.append(LegendEntry("dot", f"Outside the partnership ({outside:,})",
                                           OUTSIDE_CORE, OUTSIDE_RIM))
        for status in self._hotspot_statuses:
            colour = QColor(status_colour(status))
            entries.append(LegendEntry("diamond", f"Hotspot, {status}", colour, colour.darker(140)))
        if self.wards:
            entries.append(LegendEntry("line", "Ward boundary", WARD_FILL, WARD_LINE))
        return entries

    def credits(self) -> str:
        parts = []
        if self.wards:
            parts.append("Contains OS data © Crown copyright and database right")
        if self.crimes.counts() != (0, 0):
            parts.append("Crime data: police.uk, Open Government Licence v3.0")
        return " · ".join(parts)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt API
        if not self.has_data():
            return
        painter.save()
        # From scene coordinates back to the viewport's pixels (keeping any transform of an export).
        painter.setWorldTransform(self.viewportTransform().inverted()[0], True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        viewport = QRectF(self.viewport().rect())
        draw_legend(painter, viewport, self.legend_title(), self.legend_entries())
        draw_scale_bar(painter, viewport, self.metres_per_pixel())
        draw_credits(painter, viewport, self.credits())
        painter.restore()

    # Export --------------------------------------------------------------------------------------
    def export_png(self, path: Path) -> bool:
        """Save what the map shows now, legend and scale bar included, as a PNG of the view's size."""
        return self.viewport().grab().save(str(path), "PNG")


__all__ = ["DENSITY", "POINTS", "MapView"]
