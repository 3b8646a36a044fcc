"""The offline map: wards, crimes, hotspots and cameras on the National Grid; pan, zoom, select,
export. Its names are placed by map_names, its legend said by map_legend, an area drawn by
area_drawer, the cameras kept by camera_layer."""

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

from jagdesk.gui.pages.places.area_drawer import AreaDrawer
from jagdesk.gui.pages.places.area_drawing import DraftItem, lon_lat
from jagdesk.gui.pages.places.camera_item import CameraItem
from jagdesk.gui.pages.places.camera_layer import CameraLayer
from jagdesk.gui.pages.places.crime_layer import DENSITY, POINTS, CrimeLayer
from jagdesk.gui.pages.places.hotspot_item import HotspotItem
from jagdesk.gui.pages.places.map_label import MapLabel
from jagdesk.gui.pages.places.map_legend import credits, legend_entries
from jagdesk.gui.pages.places.map_names import marker_box, place_names, visible_labels
from jagdesk.gui.pages.places.map_overlay import (
    MARGIN,
    LegendEntry,
    draw_credits,
    draw_legend,
    draw_scale_bar,
    legend_size,
)
from jagdesk.gui.pages.places.map_shapes import Z_CRIMES, data_rect, hotspot_items, pan_rect, ward_items
from jagdesk.gui.pages.places.street_names import StreetNames
from jagdesk.gui.pages.places.ward_item import WardItem
from jagdesk.services.cctv.camera_places import PlacedCamera
from jagdesk.services.places.map_layers import CrimePoints, HotspotShape, StreetPoints, WardOutline, to_grid

BACKGROUND = QColor("#e3e8ec")
ZOOM_STEP = 1.25
# Pixels per metre: from the whole of southern England down to a street.
MIN_SCALE, MAX_SCALE = 0.0008, 4.0


class MapView(QGraphicsView):
    """The map. Drag to pan, wheel or +/- to zoom about the cursor; click a hotspot to select it."""

    hotspot_selected = Signal(object)  # the hotspot's id, or None when none is selected
    drawing_changed = Signal(int)  # while drawing an area: how many corners it has so far
    area_drawn = Signal(object)  # a finished area (area_drawing.DrawnArea); drawing has ended
    area_refused = Signal(str)  # why the area cannot be finished yet, in one sentence
    drawing_ended = Signal()  # drawing stopped, finished or cancelled
    point_chosen = Signal(object)  # (latitude, longitude) asked for as a new hotspot's point
    camera_selected = Signal(object)  # the camera clicked (PlacedCamera), or None

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
        self.hotspot_statuses: list[str] = []
        self.cameras = CameraLayer(self)
        self._selected: uuid.UUID | None = None
        self._camera: PlacedCamera | None = None
        # Until the user moves the map, it keeps the whole partnership in view as the window resizes.
        self._auto_fit = True
        self.draft: DraftItem | None = None  # the area being drawn, while drawing
        self.drawer = AreaDrawer(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.scene().selectionChanged.connect(self._on_scene_selection_changed)

    # What the map shows ------------------------------------------------------------------------
    def set_wards(self, outlines: list[WardOutline]) -> None:
        for item in [*self.wards, *(ward.outline for ward in self.wards), *self.ward_labels]:
            self.scene().removeItem(item)
        self.wards, self.ward_labels = [], []
        for outline in outlines:
            ward, label = ward_items(outline)
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
            items, label = hotspot_items(shape)
            for item in [*items, label]:
                self.scene().addItem(item)
            self.hotspots += items
            self.hotspot_labels.append(label)
        self.hotspot_statuses = sorted({shape.status for shape in shapes})
        self._update_scene_rect()
        self._update_labels()
        if any(shape.id == self._selected for shape in shapes):
            self.select_hotspot(self._selected)
        else:
            self._on_scene_selection_changed()  # it was deleted: nothing is selected now

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
        cameras = [item for item in self.scene().selectedItems() if isinstance(item, CameraItem)]
        for camera_item in self.cameras.items:
            camera_item.set_highlighted(camera_item.isSelected())
        camera = cameras[0].camera if cameras else None
        if selected != self._selected:
            self._selected = selected
            self.hotspot_selected.emit(selected)
        if camera != self._camera:
            self._camera = camera
            self.camera_selected.emit(camera)

    def selected_camera(self) -> PlacedCamera | None:
        return self._camera

    # Cameras -------------------------------------------------------------------------------------
    def set_cameras(self, cameras: list[PlacedCamera]) -> None:
        """Draw these cameras (instead of any before), each kind as its toggle says."""
        self.cameras.set_cameras(cameras)
        self._on_scene_selection_changed()
        self._update_labels()
        self.viewport().update()

    def set_cameras_shown(self, overt: bool, covert: bool) -> None:
        """Whether the fixed and redeployable cameras are drawn, and the covert ones."""
        self.cameras.set_shown(overt, covert)
        self._update_labels()
        self.viewport().update()

    # Drawing an area (area_drawer) -------------------------------------------------------------
    def start_drawing(self) -> None:
        """Clicks add corners until Enter or a double-click finishes, or Escape cancels."""
        self.drawer.start()

    def is_drawing(self) -> bool:
        return self.draft is not None

    def cancel_drawing(self) -> None:
        """Stop drawing and forget the corners; nothing is changed."""
        self.drawer.cancel()

    def finish_drawing(self) -> None:
        """Report the area drawn (area_drawn), or why it cannot be one yet (area_refused)."""
        self.drawer.finish()

    # Zoom and pan ------------------------------------------------------------------------------
    def scale_factor(self) -> float:
        """Pixels per metre."""
        return float(self.transform().m11())

    def metres_per_pixel(self) -> float:
        return 1.0 / self.scale_factor()

    def data_rect(self) -> QRectF:
        """What 'fit' shows: the wards if there are any, else the crimes and hotspots."""
        return data_rect(self)

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
        if self.draft is not None and self.drawer.key(event.key()):
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
                self.drawer.add_corner(event.position())
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
                self.drawer.add_corner(event.position())  # no-op when the first press added it
                self.finish_drawing()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _cursor_anchor(self) -> QPointF | None:
        """The mouse position if it is over the map (zoom about it), else None (the centre)."""
        at: QPoint = self.viewport().mapFromGlobal(QCursor.pos())
        return QPointF(at) if self.viewport().rect().contains(at) else None

    def _update_scene_rect(self) -> None:
        rect = pan_rect(self)
        if rect is not None:
            self.setSceneRect(rect)

    def _update_labels(self) -> None:
        place_names(self)

    def _marker_box(self, marker: HotspotItem) -> QRectF:
        """Where a hotspot's marker is on the screen, in the viewport's pixels."""
        return marker_box(self, marker)

    def visible_labels(self) -> list[tuple[str, QRectF]]:
        """Each name shown on the map now, with where it is in the viewport's pixels."""
        return visible_labels(self)

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
        return legend_entries(self)

    def credits(self) -> str:
        return credits(self)

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
        # A picture may leave the office: covert cameras are never in one.
        covert = self.cameras.hide_covert_while()
        saved = self.viewport().grab().save(str(path), "PNG")
        if covert:
            self.set_cameras_shown(self.cameras.show_overt, True)
        return saved


__all__ = ["DENSITY", "POINTS", "MapView"]
