"""A hotspot's form: the place and its facts, its issue categories and notes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from jagdesk.domain.hotspots import DEFAULT_RADIUS_M, MAX_RADIUS_M, Priority, Source
from jagdesk.domain.places import postcodes
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.hotspots.ui_hotspot_dialog import Ui_HotspotDialog
from jagdesk.gui.widgets.point_fields import PointFields
from jagdesk.services.hotspots.hotspots import HotspotInput, HotspotRow
from jagdesk.services.places import gazetteer
from jagdesk.services.reference.agencies import ContactRow
from jagdesk.services.reference.localities import LocalityRow, WardRow


@dataclass(frozen=True)
class HotspotEntry:
    """A hotspot as entered, and (for a new one) the date it was proposed."""

    data: HotspotInput
    proposed_on: date | None = None



class HotspotDialog(RecordDialog):
    """Add or edit a hotspot. The place and its facts on the left, its issues and notes on the right."""

    def __init__(self, save: Save, contacts: Sequence[ContactRow], localities: Sequence[LocalityRow],
                 wards: Sequence[WardRow], initial: HotspotRow | None = None,
                 parent: QWidget | None = None, *, area: str | None = None,
                 point: tuple[float, float] | None = None,
                 places: Sequence[gazetteer.Place] = ()) -> None:
        """`area` and `point` (latitude, longitude): a new hotspot's area drawn on the map;
        `places`: the streets, wards and hotspots the point can be found by, by name."""
        self.ui = ui = Ui_HotspotDialog()
        super().__init__("Edit hotspot" if initial else "New hotspot", save, parent, ui)
        self._initial = initial
        self._area = initial.area if initial else area
        self.name, self.description, self.found = ui.name, ui.description, ui.found
        self.found_hint, self.radius, self.keep_area = ui.found_hint, ui.radius, ui.keep_area
        self.priority, self.source, self.owner = ui.priority, ui.source, ui.owner
        self.locality, self.proposed_on = ui.locality, ui.proposed_on
        self.categories, self.notes = ui.categories, ui.notes
        self.name.setText(initial.name if initial else "")
        self.description.setPlainText(initial.description if initial else "")
        self.place = PointFields(ui.latitude, ui.longitude, ui.easting, ui.northing, ui.grid_label)
        start = (initial.latitude, initial.longitude) if initial else point or (None, None)
        self.place.set_point(*start)
        self.places = list(places)
        self.matches: list[gazetteer.Place] = []
        self._match_model = QStringListModel(self)
        self.completer = QCompleter(self._match_model, self)
        # The service ranks the matches: the list shows them as given, not filtered again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.found.setCompleter(self.completer)
        self.radius.setRange(0, MAX_RADIUS_M)
        self.radius.setSpecialValueText(f"None ({DEFAULT_RADIUS_M} m is used)")
        self.radius.setValue((initial.radius_m or 0) if initial else DEFAULT_RADIUS_M)
        has_area = bool(self._area)
        self.keep_area.setChecked(has_area)
        self.radius.setEnabled(not has_area)
        choices(self.priority, [(p.label, p.value) for p in Priority],
                 initial.priority if initial else Priority.MEDIUM.value)
        choices(self.source, [(s.label, s.value) for s in Source],
                 initial.source if initial else Source.POLICE_ANALYSIS.value)
        choices(self.owner, [("(no owner yet)", None)]
                 + [(f"{c.name}, {c.agency_name}", c.id) for c in contacts],
                 initial.owner_id if initial else None)
        choices(self.locality, [("(the ward's locality)", None)]
                 + [(x.name, x.id) for x in localities], self._initial_locality(wards))
        self.categories.set_checked(initial.categories if initial else ())
        self.notes.setPlainText(initial.notes if initial else "")
        show_day(self.proposed_on)
        # The rows asked only sometimes: finding by name when there are places to find, keeping a
        # drawn area when there is one, the day proposed for a new hotspot.
        if not self.places:
            self.drop_row(self.found)
            self.drop_row(self.found_hint)
        if not has_area:
            self.drop_row(self.keep_area)
        if initial is not None:
            self.drop_row(self.proposed_on)
        self.keep_area.toggled.connect(lambda keep: self.radius.setEnabled(not keep))
        self.found.textEdited.connect(self._on_found_text_edited)
        self.completer.activated.connect(self._on_completer_activated)
        self.name.setFocus()

    def _on_found_text_edited(self, text: str) -> None:
        """The places matching what is typed, best first, in the list under the box."""
        self.matches = gazetteer.search(self.places, text)
        self._match_model.setStringList([place.title for place in self.matches])
        if not text.strip():
            self.found_hint.clear()
        elif not self.matches and self._postcode_wanted(text):
            self.found_hint.setText("No postcodes are in the store yet: import them (File, "
                                    "Import postcodes) to find places by postcode. Type the point "
                                    "below instead.")
        elif not self.matches:
            self.found_hint.setText("No street, postcode, ward or hotspot of that name: streets are "
                                    "known from the crimes imported, postcodes from the postcode "
                                    "file. Type the point below instead.")
        else:
            self.found_hint.clear()
            self.completer.complete()

    def _postcode_wanted(self, text: str) -> bool:
        """Whether a postcode is being typed ("WD6 1") and the store holds none to find."""
        typed = postcodes.compact(text)
        return (postcodes.could_start_postcode(text) and any(c.isdigit() for c in typed)
                and not any(place.kind == gazetteer.POSTCODE for place in self.places))

    def _on_completer_activated(self, title: str) -> None:
        self.put_at(gazetteer.find(self.matches, title) or gazetteer.find(self.places, title))

    def put_at(self, place: gazetteer.Place | None) -> None:
        """Put the point at a place found by name; name the hotspot after it if it has no name."""
        if place is None:
            return
        self.place.set_point(place.latitude, place.longitude)
        self.found_hint.setText(f"Put at {place.describe()} Move it by typing the point below.")
        if not self.name.text().strip() and place.kind == gazetteer.STREET:
            self.name.setText(place.name)

    def _initial_locality(self, wards: Sequence[WardRow]) -> uuid.UUID | None:
        """None ("the ward's locality") unless the hotspot was put in another locality by hand."""
        if self._initial is None:
            return None
        ward_locality = next((w.locality_id for w in wards if w.id == self._initial.ward_id), None)
        return None if self._initial.locality_id == ward_locality else self._initial.locality_id

    def values(self) -> HotspotEntry:
        latitude, longitude = self.place.point()
        area = self._area if self.keep_area.isChecked() else None
        data = HotspotInput(
            name=self.name.text(), latitude=latitude, longitude=longitude,
            description=self.description.toPlainText(), radius_m=self.radius.value() or None,
            area=area, categories=self.categories.checked(), priority=self.priority.currentData(),
            source=self.source.currentData(), owner_id=self.owner.currentData(),
            locality_id=self.locality.currentData(), notes=self.notes.toPlainText(),
        )
        return HotspotEntry(data, picked_day(self.proposed_on) if self._initial is None else None)

