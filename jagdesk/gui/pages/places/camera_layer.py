"""The cameras drawn on a map view: fixed and redeployable cameras behind one toggle, covert ones
behind their own (OFFICIAL-SENSITIVE: off until the officer turns them on, never exported)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from jagdesk.domain.cctv.cameras import CameraKind
from jagdesk.domain.common.marking import Marking
from jagdesk.gui.pages.places.camera_item import CAMERA_FILL, CAMERA_LINE, CameraItem
from jagdesk.gui.pages.places.map_items import scene_point
from jagdesk.gui.pages.places.map_overlay import LegendEntry
from jagdesk.services.cctv.camera_places import PlacedCamera

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView

Z_CAMERAS = 6  # over the hotspots' markers, under an area being drawn
LEGEND_WORDS = {CameraKind.FIXED: "CCTV, fixed", CameraKind.MOBILE: "CCTV, redeployable",
                CameraKind.COVERT: f"CCTV, covert: {Marking.OFFICIAL_SENSITIVE}"}


class CameraLayer:
    """The camera markers of a map view and which kinds are shown."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.items: list[CameraItem] = []
        self.show_overt = True
        self.show_covert = False

    def set_cameras(self, cameras: list[PlacedCamera]) -> None:
        """Draw these cameras instead of any before (covert ones stay hidden unless turned on)."""
        scene = self.view.scene()
        scene.blockSignals(True)  # taking the old items away is no change of the hotspot chosen
        for item in self.items:
            scene.removeItem(item)
        scene.blockSignals(False)
        self.items = []
        for camera in cameras:
            item = CameraItem(camera)
            item.setPos(scene_point(camera.longitude, camera.latitude))
            item.setZValue(Z_CAMERAS)
            scene.addItem(item)
            self.items.append(item)
        self._apply()

    def set_shown(self, overt: bool, covert: bool) -> None:
        self.show_overt, self.show_covert = overt, covert
        self._apply()

    def _apply(self) -> None:
        for item in self.items:
            covert = item.camera.kind == CameraKind.COVERT
            item.setVisible(self.show_covert if covert else self.show_overt)

    def shown(self) -> list[CameraItem]:
        """The markers on the map now."""
        return [item for item in self.items if item.isVisible()]

    def counts(self) -> dict[str, int]:
        """How many cameras of each kind are drawn now."""
        counts = {kind.value: 0 for kind in CameraKind}
        for item in self.shown():
            counts[item.camera.kind] = counts.get(item.camera.kind, 0) + 1
        return counts

    def legend_entries(self) -> list[LegendEntry]:
        """A line for each kind drawn now, with how many."""
        return [LegendEntry(f"camera-{kind.value}", f"{LEGEND_WORDS[kind]} ({count})",
                            QColor(CAMERA_FILL[kind]), QColor(CAMERA_LINE[kind]))
                for kind in CameraKind if (count := self.counts()[kind.value])]

    def hide_covert_while(self) -> bool:
        """Hide the covert cameras (for an export); whether they were shown, to put them back."""
        was = self.show_covert
        if was:
            self.set_shown(self.show_overt, False)
        return was
