"""A camera on the map: a marker of its kind's shape and colour, the same size at every zoom, that
names the camera, where it is and the deployment it is on in its tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle, QStyleOptionGraphicsItem, QWidget

from jagdesk.domain.cctv.cameras import CameraKind
from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.marking import Marking
from jagdesk.services.cctv.camera_places import PlacedCamera

# Told apart by shape first and by how dark they print in grey second: a black square, a light
# orange triangle, a white ring with a cross in dark red.
CAMERA_FILL = {CameraKind.FIXED: QColor("#1c1c1c"), CameraKind.MOBILE: QColor("#f2a33a"),
               CameraKind.COVERT: QColor("#ffffff")}
CAMERA_LINE = {CameraKind.FIXED: QColor("#ffffff"), CameraKind.MOBILE: QColor("#5a3200"),
               CameraKind.COVERT: QColor("#9b0020")}
KIND_WORDS = {CameraKind.FIXED: "fixed", CameraKind.MOBILE: "redeployable (mobile)",
              CameraKind.COVERT: "covert"}
CAMERA_RADIUS_PX = 6.0
SELECTED_LINE = QColor("#0a64d6")


def camera_path(kind: str) -> QPainterPath:
    """The marker's shape, centred on (0, 0), CAMERA_RADIUS_PX pixels from centre to edge."""
    r = CAMERA_RADIUS_PX
    path = QPainterPath()
    if kind == CameraKind.MOBILE:
        path.addPolygon(QPolygonF([QPointF(0, -r - 1), QPointF(r + 1, r - 1), QPointF(-r - 1, r - 1)]))
        path.closeSubpath()
    elif kind == CameraKind.COVERT:
        path.addEllipse(QPointF(0, 0), r, r)
        d = r * 0.6
        for start, end in ((QPointF(-d, -d), QPointF(d, d)), (QPointF(-d, d), QPointF(d, -d))):
            path.moveTo(start)
            path.lineTo(end)
    else:
        path.addRect(-r + 1, -r + 1, 2 * r - 2, 2 * r - 2)
    return path


def camera_pen(kind: str, width: float = 1.6) -> QPen:
    pen = QPen(CAMERA_LINE.get(CameraKind(kind), QColor("black")),
               width + 0.8 if kind == CameraKind.COVERT else width)
    pen.setCosmetic(True)
    return pen


def camera_tip(camera: PlacedCamera) -> str:
    """The tooltip: ID, name, kind, where it is now and the deployment it is on, if any."""
    lines = [f"<b>Camera {html.escape(camera.code)}</b>"
             + (f": {html.escape(camera.name)}" if camera.name else ""),
             f"Type: {KIND_WORDS.get(CameraKind(camera.kind), camera.kind)}",
             f"Where now: deployed{' at ' + html.escape(camera.place) if camera.place else ''}"]
    if camera.deployment:
        since = f" since {uk_day(camera.installed_on)}" if camera.installed_on else ""
        until = f", planned to end {uk_day(camera.planned_end_on)}" if camera.planned_end_on else ""
        lines.append(f"Deployment {html.escape(camera.deployment)}{since}{until}")
    else:
        lines.append("No deployment: a permanent camera" if camera.kind == CameraKind.FIXED
                     else "No live deployment recorded")
    if camera.kind == CameraKind.COVERT:
        lines.append(f"<b>{Marking.OFFICIAL_SENSITIVE}</b>: never in a public document")
    return "<br>".join(lines)


class CameraItem(QGraphicsPathItem):
    """A camera's marker (pixels, ignoring the zoom); selectable, to show it in the status line."""

    def __init__(self, camera: PlacedCamera) -> None:
        super().__init__(camera_path(camera.kind))
        self.camera = camera
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setToolTip(camera_tip(camera))
        self.set_highlighted(False)

    def set_highlighted(self, on: bool) -> None:
        """Drawn with a heavier outline while it is the camera selected."""
        pen = camera_pen(self.camera.kind, 3.0 if on else 1.6)
        if on:  # in the selection's blue, which no kind is drawn in
            pen.setColor(SELECTED_LINE)
        self.setPen(pen)
        self.setBrush(QBrush(CAMERA_FILL.get(CameraKind(self.camera.kind), QColor("grey"))))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # Selection is shown by the heavier outline, not Qt's dashed rectangle.
        option.state &= ~QStyle.StateFlag.State_Selected
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        super().paint(painter, option, widget)



