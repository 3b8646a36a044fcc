"""Hotspots made on the map page: an area drawn becomes a new hotspot, the area of the one selected or
an ASB intervention's area, and a point chosen by a right-click a new hotspot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
)

from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.hotspots.hotspot_dialog import HotspotDialog, HotspotEntry
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.places import area_drawing, asb_from_map
from jagdesk.gui.pages.places.area_drawing import DrawnArea
from jagdesk.services.hotspots import hotspots as hotspot_service
from jagdesk.services.hotspots.hotspots import HotspotInput, HotspotRow
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.services.reference.localities import list_localities, list_wards

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_page import MapPage


class HotspotsFromMap:
    """Making hotspots from what is drawn or chosen on the page's map."""

    def __init__(self, page: MapPage) -> None:
        self.page = page
        self.target: HotspotRow | None = None  # the selected hotspot as read when drawing began

    def draw_toggled(self, checked: bool) -> None:
        if not checked:
            self.page.map.cancel_drawing()
            return
        selected = self.page.map.selected_hotspot()
        self.target = None
        if selected is not None:
            # Read now, version and all: if a colleague changes it meanwhile, setting its area is refused.
            detail = attempt(self.page, self.page.store,
                             lambda uow: hotspot_service.get_hotspot(uow, selected))
            self.target = detail.hotspot if detail else None
        self.page.map.start_drawing()

    def area_drawn(self, area: DrawnArea) -> None:
        target = self.target
        choice = area_drawing.choose_area_use(self.page, target.name if target else None)
        if choice == area_drawing.NEW:
            saved = self.new_hotspot(area)
        elif choice == area_drawing.SET and target is not None:
            saved = self.set_area(target, area)
        elif choice == area_drawing.ASB:
            asb_from_map.new_intervention(self.page, area)
            return
        else:
            return
        if saved is not None:
            self._show(saved, f"Saved the area of the hotspot '{saved.name}'.")

    def point_chosen(self, point: tuple[float, float]) -> None:
        saved = self.new_hotspot(None, point)
        if saved is not None:
            self._show(saved, f"Saved the new hotspot '{saved.name}'.")

    def _show(self, saved: HotspotRow, message: str) -> None:
        """The map read again with the saved hotspot selected, and what was done said."""
        self.page.load()
        self.page.map.select_hotspot(saved.id)
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10000)

    def new_hotspot(self, area: DrawnArea | None,
                    point: tuple[float, float] | None = None) -> HotspotRow | None:
        """The hotspot dialog, filled in with the area and its centre as the point (or a point)."""
        lists = attempt(self.page, self.page.store, lambda uow: (
            list_contacts(uow), list_localities(uow), list_wards(uow)))
        if lists is None:
            return None

        def save(entry: HotspotEntry) -> HotspotRow:
            return call(self.page.store, lambda uow: hotspot_service.save_hotspot(
                uow, entry.data, proposed_on=entry.proposed_on))

        if area is not None:
            point = (area.latitude, area.longitude)
        dialog = HotspotDialog(save, *lists, None, parent=self.page,
                               area=area.geojson if area is not None else None, point=point)
        saved: HotspotRow | None = dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        return saved

    def set_area(self, row: HotspotRow, area: DrawnArea) -> HotspotRow | None:
        """The hotspot with this area and everything else as it was read (refused if changed since)."""
        data = HotspotInput(
            name=row.name, latitude=row.latitude, longitude=row.longitude,
            description=row.description, radius_m=row.radius_m, area=area.geojson,
            categories=row.categories, priority=row.priority, source=row.source,
            owner_id=row.owner_id, locality_id=row.locality_id, ward_id=row.ward_id, notes=row.notes)
        try:
            return call(self.page.store, lambda uow: hotspot_service.save_hotspot(
                uow, data, row.id, row.version))
        except JagdeskError as exc:
            prompts.show_error(self.page, str(exc))
            return None
