"""The map page: wards, hotspots and the crimes of a chosen period and types, offline."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.periods import MonthRange, month_title
from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts, settings
from jagdesk.gui.dialogs.hotspots.hotspot_dialog import HotspotDialog, HotspotEntry
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.base import Page
from jagdesk.gui.widgets import area_drawing
from jagdesk.gui.widgets.area_drawing import DrawnArea
from jagdesk.gui.widgets.crime_type_picker import CrimeTypePicker
from jagdesk.gui.widgets.map_view import DENSITY, POINTS, MapView
from jagdesk.services.hotspots import hotspots as hotspot_service
from jagdesk.services.hotspots.hotspots import HotspotInput, HotspotRow
from jagdesk.services.places import map_layers
from jagdesk.services.places.map_layers import (
    CrimePoints,
    HotspotShape,
    MapChoices,
    StreetPoints,
    WardOutline,
)
from jagdesk.services.reference.agencies import list_contacts
from jagdesk.services.reference.localities import list_localities, list_wards
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

EMPTY_TEXT = (
    "<p style='font-size: 13pt'><b>Nothing to map yet</b></p>"
    "<p>The map shows the partnership's wards, its hotspots and the crimes from police.uk.<br>"
    "Import the ward boundaries (ONS GeoJSON) and the police.uk street-level files first:</p>"
    "<p><code>jagdesk import boundaries FILE</code><br>"
    "<code>jagdesk import police-uk FILE…</code></p>"
    "<p>or drop police.uk files on this window. Then come back to this page.</p>"
)
NO_CRIMES = "No crime data yet: import police.uk street-level files to map crimes."
NO_WARDS = "No ward boundaries yet: import them (jagdesk import boundaries FILE) to draw the wards."
DRAWING_HINT = ("Drawing an area: click to add corners ({count} so far); Backspace takes the last "
                "back, Enter or a double-click finishes, Escape cancels.")

Crimes = tuple[CrimePoints, list[StreetPoints]]
Loaded = tuple[MapChoices, list[WardOutline], list[HotspotShape], Crimes]


def _crimes(uow: UnitOfWork, first: str, last: str, types: Sequence[str] | None) -> Crimes:
    """The crimes of the period and types, and the streets they are on."""
    return (map_layers.crime_points(uow, first, last, types),
            map_layers.crime_streets(uow, first, last, types))


class MapPage(Page):
    """The offline map with its choices: period, crime types, points or density, outside crimes."""

    title = "Map"
    hotspot_selected = Signal(object)  # the selected hotspot's id, or None

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.choices = MapChoices((), ())
        self.points = map_layers.NO_POINTS
        self._stale = True
        self._stamp: object = None  # what the store held at the last load (map_layers.data_stamp)
        self._hotspot_names: dict[object, str] = {}
        self._target: HotspotRow | None = None  # the selected hotspot as read when drawing began
        self.map = MapView()
        self._build_toolbar()
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QStackedWidget()
        self.body.addWidget(self.map)
        self.body.addWidget(self.empty_label)
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: palette(dark); padding: 2px;")
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.fit_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)
        self._connect_signals()

    def _build_toolbar(self) -> None:
        self.from_month = QComboBox()
        self.from_month.setAccessibleName("First month")
        self.to_month = QComboBox()
        self.to_month.setAccessibleName("Last month")
        self.types_button = CrimeTypePicker()
        # The picker's parts, by the names the page has always given them.
        self.types_list = self.types_button.types_list
        self.all_types_button = self.types_button.all_button
        self.no_types_button = self.types_button.none_button
        # Push buttons, not tool buttons: a tool bar draws tool buttons flat, like plain text.
        self.points_button = QPushButton()
        self.density_button = QPushButton()
        self.mode_group = QButtonGroup(self)
        for button, text, tip in (
            (self.points_button, "Points", "A dot wherever police.uk places crimes"),
            (self.density_button, "Density", "Crimes per grid square, shaded"),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.points_button.setChecked(True)
        self.outside_check = QCheckBox("Outside the partnership")
        self.outside_check.setChecked(False)
        self.outside_check.setToolTip("Show crimes outside every ward of the partnership, in grey")
        self.fit_button = QPushButton("&Fit")
        self.fit_button.setToolTip("Show the whole partnership")
        self.export_button = QPushButton("Export &PNG…")
        self.draw_button = QPushButton("&Draw area")
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip("Draw a hotspot's area on the map, corner by corner")
        # A tool bar, not a row of widgets: in a narrow window what does not fit goes into its » menu.
        self.toolbar = QToolBar("Map")
        for widget in (QLabel("Months "), self.from_month, QLabel(" to "), self.to_month, None,
                       self.types_button, None, self.points_button, self.density_button, None,
                       self.outside_check, None, self.draw_button):
            if widget is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addWidget(widget)

    def _connect_signals(self) -> None:
        self.from_month.currentIndexChanged.connect(self._on_from_month_current_index_changed)
        self.to_month.currentIndexChanged.connect(self._on_to_month_current_index_changed)
        self.types_button.changed.connect(self._load_crimes)
        self.mode_group.buttonToggled.connect(self._on_mode_group_button_toggled)
        self.outside_check.toggled.connect(self._on_outside_check_toggled)
        self.fit_button.clicked.connect(self.map.fit_to_data)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.map.hotspot_selected.connect(self._on_map_hotspot_selected)
        self.draw_button.toggled.connect(self._on_draw_button_toggled)
        self.map.drawing_changed.connect(self._on_map_drawing_changed)
        self.map.drawing_ended.connect(self._on_map_drawing_ended)
        self.map.area_refused.connect(lambda reason: prompts.show_error(self, reason))
        self.map.area_drawn.connect(self._on_map_area_drawn)
        self.map.point_chosen.connect(self._on_map_point_chosen)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the map now if it is on screen, else when it is next shown (it can be big)."""
        if self.isVisible():
            self._load()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            # Coming back to the page: reload only if files, wards or hotspots changed meanwhile.
            stamp = attempt(self, self.store, map_layers.data_stamp)
            if stamp is None or stamp != self._stamp:
                self._load()
            self._stale = False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # Other pages may import crimes or add hotspots meanwhile: reload when shown again.
        self._stale = True
        super().hideEvent(event)

    def save_state(self) -> None:
        state = {"mode": DENSITY if self.density_button.isChecked() else POINTS,
                 "outside": self.outside_check.isChecked()}
        settings.save_bytes("MapPage/options", QByteArray(json.dumps(state).encode()))

    def restore_state(self) -> None:
        saved = settings.load_bytes("MapPage/options")
        try:
            state = json.loads(bytes(saved.data()).decode()) if saved is not None else {}
        except ValueError:
            state = {}
        if not isinstance(state, dict):
            return
        (self.density_button if state.get("mode") == DENSITY else self.points_button).setChecked(True)
        self.outside_check.setChecked(bool(state.get("outside", False)))

    # Loading -------------------------------------------------------------------------------------
    def _load(self) -> None:
        """Everything the map shows, in one unit of work."""
        def read(uow: UnitOfWork) -> Loaded:
            choices = map_layers.map_choices(uow)
            first, last = self._period(choices.months)
            types = self.types_button.chosen()
            crimes = _crimes(uow, first, last, types) if choices.months else (map_layers.NO_POINTS, [])
            self._stamp = map_layers.data_stamp(uow)
            return choices, map_layers.ward_outlines(uow), map_layers.hotspot_shapes(uow), crimes

        loaded = attempt(self, self.store, read)
        if loaded is None:
            return
        self._stale = False
        choices, wards, hotspots, crimes = loaded
        self._show_choices(choices)
        self._hotspot_names = {shape.id: shape.name for shape in hotspots}
        had_data = self.map.has_data()
        self.map.set_wards(wards)
        self.map.set_hotspots(hotspots)
        self._show_points(crimes)
        if not had_data:
            self.map.fit_to_data()
        self.body.setCurrentWidget(self.map if self.map.has_data() else self.empty_label)
        for widget in (self.from_month, self.to_month, self.types_button, self.points_button,
                       self.density_button, self.outside_check):
            widget.setEnabled(bool(choices.months))
        self.fit_button.setEnabled(self.map.has_data())
        self.export_button.setEnabled(self.map.has_data())
        self.draw_button.setEnabled(self.map.has_data())
        self._show_status()

    def _load_crimes(self) -> None:
        """The crimes again, after a change of period or types."""
        if not self.choices.months:
            return
        first, last = self._period(self.choices.months)
        types = self.types_button.chosen()
        crimes = attempt(self, self.store, lambda uow: _crimes(uow, first, last, types))
        if crimes is not None:
            self._show_points(crimes)

    def _show_points(self, crimes: Crimes) -> None:
        points, streets = crimes
        self.points = points
        self.map.set_crimes(points)
        self.map.set_streets(streets)
        self.map.set_caption(self._caption())
        self._show_status()

    def _period(self, months: Sequence[str]) -> tuple[str, str]:
        """The chosen first and last months; the latest month when nothing (valid) is chosen yet."""
        first, last = str(self.from_month.currentData()), str(self.to_month.currentData())
        if first not in months or last not in months:
            latest = months[-1] if months else ""
            return latest, latest
        return min(first, last), max(first, last)

    def _show_choices(self, choices: MapChoices) -> None:
        first, last = self._period(choices.months)
        self.choices = choices
        for combo, month in ((self.from_month, first), (self.to_month, last)):
            combo.blockSignals(True)
            combo.clear()
            for item in choices.months:  # as every page shows a month: "Feb 2021"
                combo.addItem(month_title(item), item)
            combo.setCurrentIndex(max(combo.findData(month), 0))
            combo.blockSignals(False)
        # Types unticked before stay unticked; types new to the data come ticked.
        self.types_button.set_types(choices.crime_types)

    def _caption(self) -> str:
        if not self.choices.months:
            return "Wards and hotspots"
        first, last = self._period(self.choices.months)
        period = MonthRange(first, last).title
        types = self.types_button.text()
        return f"Crime, {period} · {types[0].lower() + types[1:] if types.startswith('All') else types}"

    def _show_status(self) -> None:
        if self.map.draft is not None:
            self.status_label.setText(DRAWING_HINT.format(count=len(self.map.draft.corners)))
            return
        sentences = []
        if self.choices.months:
            inside, outside = self.map.crimes.counts()
            shown = inside + outside if self.outside_check.isChecked() else inside
            parts = [f"{shown:,} crimes mapped"]
            if outside and not self.outside_check.isChecked():
                parts.append(f"{outside:,} outside the partnership hidden")
            if self.points.no_location:
                parts.append(f"{self.points.no_location:,} with no location, not mapped")
            sentences.append("; ".join(parts) + ".")
        if self.map.has_data():  # an empty map says what to do in the middle of the page instead
            if not self.choices.months:
                sentences.append(NO_CRIMES)
            if not self.map.wards:
                sentences.append(NO_WARDS)
        selected = self.map.selected_hotspot()
        if selected is not None:
            sentences.append(f"Selected hotspot: {self._hotspot_names.get(selected, '')}.")
        self.status_label.setText(" ".join(sentences))

    # Slots ---------------------------------------------------------------------------------------
    def _on_from_month_current_index_changed(self, _index: int) -> None:
        if str(self.from_month.currentData()) > str(self.to_month.currentData()):
            self.to_month.blockSignals(True)
            self.to_month.setCurrentIndex(self.from_month.currentIndex())
            self.to_month.blockSignals(False)
        self._load_crimes()

    def _on_to_month_current_index_changed(self, _index: int) -> None:
        if str(self.to_month.currentData()) < str(self.from_month.currentData()):
            self.from_month.blockSignals(True)
            self.from_month.setCurrentIndex(self.to_month.currentIndex())
            self.from_month.blockSignals(False)
        self._load_crimes()

    def _on_mode_group_button_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.map.set_mode(DENSITY if button is self.density_button else POINTS)

    def _on_outside_check_toggled(self, checked: bool) -> None:
        self.map.set_show_outside(checked)
        self._show_status()

    def _on_map_hotspot_selected(self, hotspot_id: object) -> None:
        self._show_status()
        self.hotspot_selected.emit(hotspot_id)

    def _on_export_button_clicked(self) -> None:
        first, last = self._period(self.choices.months)
        name = "jagdesk-map" + (f"-{first}" if first else "") + (f"-to-{last}" if last != first else "")
        target, _ = QFileDialog.getSaveFileName(
            self, "Export the map as a picture", str(Path.home() / f"{name}.png"), "PNG image (*.png)")
        if not target:
            return
        path = Path(target) if target.lower().endswith(".png") else Path(f"{target}.png")
        if not self.map.export_png(path):
            prompts.show_error(self, f"The map could not be saved to {path}.")
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Saved the map to {path}", 10000)

    # Drawing a hotspot's area ----------------------------------------------------------------------
    def _on_draw_button_toggled(self, checked: bool) -> None:
        if not checked:
            self.map.cancel_drawing()
            return
        selected = self.map.selected_hotspot()
        self._target = None
        if selected is not None:
            # Read now, version and all: if a colleague changes it meanwhile, setting its area is refused.
            detail = attempt(self, self.store, lambda uow: hotspot_service.get_hotspot(uow, selected))
            self._target = detail.hotspot if detail else None
        self.map.start_drawing()

    def _on_map_drawing_changed(self, _count: int) -> None:
        self._show_status()

    def _on_map_drawing_ended(self) -> None:
        self.draw_button.blockSignals(True)
        self.draw_button.setChecked(False)
        self.draw_button.blockSignals(False)
        self._show_status()

    def _on_map_area_drawn(self, area: DrawnArea) -> None:
        target = self._target
        choice = area_drawing.choose_area_use(self, target.name if target else None)
        if choice == area_drawing.NEW:
            saved = self._new_hotspot(area)
        elif choice == area_drawing.SET and target is not None:
            saved = self._set_area(target, area)
        else:
            return
        if saved is None:
            return
        self._load()
        self.map.select_hotspot(saved.id)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Saved the area of the hotspot '{saved.name}'.", 10000)

    def _on_map_point_chosen(self, point: tuple[float, float]) -> None:
        saved = self._new_hotspot(None, point)
        if saved is None:
            return
        self._load()
        self.map.select_hotspot(saved.id)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Saved the new hotspot '{saved.name}'.", 10000)

    def _new_hotspot(self, area: DrawnArea | None,
                     point: tuple[float, float] | None = None) -> HotspotRow | None:
        """The hotspot dialog, filled in with the area and its centre as the point (or a point)."""
        lists = attempt(self, self.store, lambda uow: (
            list_contacts(uow), list_localities(uow), list_wards(uow)))
        if lists is None:
            return None

        def save(entry: HotspotEntry) -> HotspotRow:
            return call(self.store, lambda uow: hotspot_service.save_hotspot(
                uow, entry.data, proposed_on=entry.proposed_on))

        if area is not None:
            point = (area.latitude, area.longitude)
        dialog = HotspotDialog(save, *lists, None, parent=self,
                               area=area.geojson if area is not None else None, point=point)
        saved: HotspotRow | None = dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        return saved

    def _set_area(self, row: HotspotRow, area: DrawnArea) -> HotspotRow | None:
        """The hotspot with this area and everything else as it was read (refused if changed since)."""
        data = HotspotInput(
            name=row.name, latitude=row.latitude, longitude=row.longitude,
            description=row.description, radius_m=row.radius_m, area=area.geojson,
            categories=row.categories, priority=row.priority, source=row.source,
            owner_id=row.owner_id, locality_id=row.locality_id, ward_id=row.ward_id, notes=row.notes)
        try:
            return call(self.store, lambda uow: hotspot_service.save_hotspot(
                uow, data, row.id, row.version))
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return None
