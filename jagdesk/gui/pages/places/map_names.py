"""Where the map's names go: each hotspot's beside its marker, then the wards' and the streets',
never over one another nor over a marker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView

MARKER_HALF = 8.0  # half a hotspot marker's width on the screen, with a pixel to spare


def hotspot_label_places(width: float, height: float) -> list[QPointF]:
    """Where a hotspot's name may go from its marker, best first: right, left, above, below."""
    gap = MARKER_HALF + 3  # clear of the marker, with the 2 pixels kept round every name
    return [QPointF(gap, -height / 2 - 1), QPointF(-gap - width, -height / 2 - 1),
            QPointF(-width / 2, -gap - height), QPointF(-width / 2, gap),
            QPointF(gap, -gap - height), QPointF(gap, gap - 2),
            QPointF(-gap - width, -gap - height), QPointF(-gap - width, gap - 2)]


def marker_box(view: MapView, marker: QGraphicsItem) -> QRectF:
    """Where a marker (a hotspot's or a camera's) is on the screen, in the viewport's pixels."""
    centre = QPointF(view.mapFromScene(marker.pos()))
    half = MARKER_HALF
    return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)


def place_names(view: MapView) -> None:
    """Names that never overlap: each hotspot's beside its marker, on whichever side is free
    of other names and markers; then a ward's name where the ward is big enough on the screen
    and nothing is in the way (bigger wards first). A name with no free place is hidden; its
    marker or ward still names it in a tooltip."""
    scale = view.scale_factor()
    window = QRectF(view.viewport().rect())
    taken = [marker_box(view, marker) for marker in view.hotspots if marker.is_marker]
    taken += [marker_box(view, camera) for camera in view.cameras.shown()]
    for label in view.hotspot_labels:
        label.setVisible(False)
        at = QPointF(view.mapFromScene(label.pos()))
        for offset in hotspot_label_places(label.size().width(), label.size().height()):
            place = QRectF(offset, label.size().size()).translated(at).adjusted(-2, -1, 2, 1)
            if window.contains(place) and not any(place.intersects(other) for other in taken):
                label.set_offset(offset)
                label.setVisible(True)
                taken.append(place)
                break
    pairs = sorted(zip(view.wards, view.ward_labels, strict=True),
                   key=lambda pair: -pair[0].boundingRect().width() * pair[0].boundingRect().height())
    for ward, label in pairs:
        bounds, size = ward.boundingRect(), label.size()
        place = size.translated(QPointF(view.mapFromScene(label.pos()))).adjusted(-4, -2, 4, 2)
        show = (bounds.width() * scale >= size.width() * 0.9
                and bounds.height() * scale >= size.height() * 1.8
                and window.contains(place)  # no name cut in half by the edge
                and not any(place.intersects(other) for other in taken))
        label.setVisible(show)
        if show:
            taken.append(place)
    view.street_names.place(window, taken)


def visible_labels(view: MapView) -> list[tuple[str, QRectF]]:
    """Each name shown on the map now, with where it is in the viewport's pixels."""
    shown = []
    for label in [*view.hotspot_labels, *view.ward_labels, *view.street_labels]:
        if label.isVisible():
            shown.append((label.text, label.size().translated(QPointF(view.mapFromScene(label.pos())))))
    return shown
