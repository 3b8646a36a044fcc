"""A hotspot's form: the place and its facts, its issue categories and notes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.hotspots import DEFAULT_RADIUS_M, MAX_RADIUS_M, Priority, Source
from jagdesk.domain.places import postcodes
from jagdesk.gui.dialogs.common.fields import Save, choices, date_edit, picked_day, tab_chain, text_box
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.widgets.category_list import CategoryList
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
        super().__init__("Edit hotspot" if initial else "New hotspot", save, parent)
        self._initial = initial
        self._area = initial.area if initial else area
        self.setMinimumWidth(860)
        self._two_columns()
        self.name = QLineEdit(initial.name if initial else "")
        self.description = text_box(initial.description if initial else "", 80,
                                    "What happens there, when, and who it affects")
        self.place = PointFields()
        start = (initial.latitude, initial.longitude) if initial else point or (None, None)
        self.place.set_point(*start)
        self.places = list(places)
        self.matches: list[gazetteer.Place] = []
        self.found = QLineEdit()
        self.found.setAccessibleName("Street or place")
        self.found.setPlaceholderText("A street, postcode, ward or hotspot, as Shenley Road or "
                                      "WD6 1AA")
        self.found.setToolTip("Type a street, postcode, ward or hotspot and choose it from the "
                              "list: the point is put there. Latitude and longitude can still be "
                              "typed.")
        self._match_model = QStringListModel(self)
        self.completer = QCompleter(self._match_model, self)
        # The service ranks the matches: the list shows them as given, not filtered again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.found.setCompleter(self.completer)
        self.found_hint = QLabel()
        self.found_hint.setWordWrap(True)
        self.found_hint.setStyleSheet("color: palette(mid);")
        self.radius = QSpinBox()
        self.radius.setRange(0, MAX_RADIUS_M)
        self.radius.setSingleStep(10)
        self.radius.setSuffix(" m")
        self.radius.setMaximumWidth(240)
        self.radius.setSpecialValueText(f"None ({DEFAULT_RADIUS_M} m is used)")
        self.radius.setValue((initial.radius_m or 0) if initial else DEFAULT_RADIUS_M)
        self.keep_area = QCheckBox("Count incidents inside the drawn area, not the radius")
        has_area = bool(self._area)
        self.keep_area.setChecked(has_area)
        self.radius.setEnabled(not has_area)
        self.priority = QComboBox()
        choices(self.priority, [(p.label, p.value) for p in Priority],
                 initial.priority if initial else Priority.MEDIUM.value)
        self.source = QComboBox()
        choices(self.source, [(s.label, s.value) for s in Source],
                 initial.source if initial else Source.POLICE_ANALYSIS.value)
        self.owner = QComboBox()
        choices(self.owner, [("(no owner yet)", None)]
                 + [(f"{c.name}, {c.agency_name}", c.id) for c in contacts],
                 initial.owner_id if initial else None)
        self.locality = QComboBox()
        choices(self.locality, [("(the ward's locality)", None)]
                 + [(x.name, x.id) for x in localities], self._initial_locality(wards))
        self.categories = CategoryList()
        self.categories.set_checked(initial.categories if initial else ())
        self.notes = text_box(initial.notes if initial else "", 110)
        self.add_field("name", "&Name:", self.name)
        self.add_field("description", "&Description:", self.description)
        if self.places:
            self.add_field("place", "Street or pl&ace:", self.found)
            self.form.addRow("", self.found_hint)
        self.add_field("latitude", "&Latitude, longitude:", self.place.lat_lon_row)
        self.add_field("easting", "&Easting, northing:", self.place.grid_row)
        hint = QLabel("The ward is found from the point when you save.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.form.addRow("", hint)
        self.add_field("radius_m", "&Radius:", self.radius)
        if has_area:
            self.add_field("area", "", self.keep_area)
        self.add_field("priority", "&Priority:", self.priority)
        self.add_field("source", "&Source:", self.source)
        self.add_field("owner_id", "&Owner:", self.owner)
        self.add_field("locality_id", "L&ocality:", self.locality)
        self.proposed_on = date_edit()
        if initial is None:
            self.add_field("proposed_on", "Pr&oposed on:", self.proposed_on)
        self._add_side_field("categories", "Issue &categories:", self.categories)
        self._add_side_field("notes", "No&tes:", self.notes)
        self.keep_area.toggled.connect(lambda keep: self.radius.setEnabled(not keep))
        self.found.textEdited.connect(self._on_found_text_edited)
        self.completer.activated.connect(self._on_completer_activated)
        tab_chain(self.name, self.description, *([self.found] if self.places else []),
                  *self.place.widgets(), self.radius,
                  *([self.keep_area] if has_area else []), self.priority, self.source, self.owner,
                  self.locality, *([self.proposed_on] if initial is None else []),
                  self.categories.list, self.categories.other, self.categories.add_button,
                  self.notes)
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

    def _two_columns(self) -> None:
        """A second form beside the first: the dialog is too tall for a laptop as one column."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        self.form.setParent(None)  # taken out, to go in a row of two
        self.side_form = QFormLayout()
        self.side_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addSpacing(12)
        columns.addLayout(self.side_form, 2)
        outer.insertLayout(0, columns)

    def _add_side_field(self, name: str, label: str, widget: QWidget) -> None:
        left, self.form = self.form, self.side_form
        try:
            self.add_field(name, label, widget)
        finally:
            self.form = left

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

