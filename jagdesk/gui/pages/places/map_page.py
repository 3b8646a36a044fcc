"""The map page: wards, hotspots, cameras and the crimes of a chosen period and types, offline."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
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
from jagdesk.gui import export_files, prompts
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.places import area_outline
from jagdesk.gui.pages.places.camera_item import camera_tip
from jagdesk.gui.pages.places.hotspots_from_map import HotspotsFromMap
from jagdesk.gui.pages.places.map_view import DENSITY, POINTS, MapView
from jagdesk.gui.widgets.crime_type_picker import CrimeTypePicker
from jagdesk.services.cctv.camera_places import PlacedCamera, placed_cameras
from jagdesk.services.places import map_layers
from jagdesk.services.places.map_layers import (
    CrimePoints,
    HotspotShape,
    MapChoices,
    StreetPoints,
    WardOutline,
)
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
COVERT_TIP = ("OFFICIAL-SENSITIVE: draw the covert cameras. Only for your own screen; they are never "
              "put in an exported picture or any public document.")
DRAWING_HINT = ("Drawing an area: click to add corners ({count} so far); Backspace takes the last "
                "back, Enter or a double-click finishes, Escape cancels.")

Crimes = tuple[CrimePoints, list[StreetPoints]]
Loaded = tuple[MapChoices, list[WardOutline], list[HotspotShape], Crimes]


def _crimes(uow: UnitOfWork, first: str, last: str, types: Sequence[str] | None) -> Crimes:
    """The crimes of the period and types, and the streets they are on."""
    return (map_layers.crime_points(uow, first, last, types),
            map_layers.crime_streets(uow, first, last, types))


def camera_sentence(camera: PlacedCamera) -> str:
    """The camera clicked on, as the status line says it: its tooltip's lines in one sentence."""
    text = html.unescape(re.sub("<[^>]+>", "", camera_tip(camera).replace("<br>", "; ")))
    return f"Selected {text[0].lower()}{text[1:]}."


class MapPage(Page):
    """The offline map with its choices: period, crime types, points or density, outside crimes."""

    title = "Map"
    hotspot_selected = Signal(object)  # the selected hotspot's id, or None

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today  # None: the real today, at each load (which deployments are live)
        self.choices = MapChoices((), ())
        self.points = map_layers.NO_POINTS
        self._stale = True
        self._stamp: object = None  # what the store held at the last load (map_layers.data_stamp)
        self._hotspot_names: dict[object, str] = {}
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
        self.hotspots_from_map = HotspotsFromMap(self)
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
        self.cameras_check = QCheckBox("Cameras")
        self.cameras_check.setChecked(True)
        self.cameras_check.setToolTip("Show the fixed and redeployable CCTV cameras up now")
        # Off whenever the page opens: covert cameras are shown only when asked for, each time.
        self.covert_check = QCheckBox("Covert cameras (OFFICIAL-SENSITIVE)")
        self.covert_check.setChecked(False)
        self.covert_check.setToolTip(COVERT_TIP)
        self.fit_button = QPushButton("&Fit")
        self.fit_button.setToolTip("Show the whole partnership")
        self.export_button = QPushButton("Export &PNG…")
        self.draw_button = QPushButton("&Draw area")
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip("Draw an area on the map, corner by corner, for a hotspot or an ASB "
                                    "power (a PSPO, a dispersal authorisation)")
        # A tool bar, not a row of widgets: in a narrow window what does not fit goes into its » menu.
        self.toolbar = QToolBar("Map")
        for widget in (QLabel("Months "), self.from_month, QLabel(" to "), self.to_month, None,
                       self.types_button, None, self.points_button, self.density_button, None,
                       self.outside_check, None, self.cameras_check, self.covert_check, None,
                       self.draw_button):
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
        self.map.camera_selected.connect(lambda _camera: self._show_status())
        self.cameras_check.toggled.connect(self._on_cameras_toggled)
        self.covert_check.toggled.connect(self._on_cameras_toggled)
        self.draw_button.toggled.connect(self.hotspots_from_map.draw_toggled)
        self.map.drawing_changed.connect(self._on_map_drawing_changed)
        self.map.drawing_ended.connect(self._on_map_drawing_ended)
        self.map.area_refused.connect(lambda reason: prompts.show_error(self, reason))
        self.map.area_drawn.connect(self.hotspots_from_map.area_drawn)
        self.map.point_chosen.connect(self.hotspots_from_map.point_chosen)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the map now if it is on screen, else when it is next shown (it can be big)."""
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def shown(self, spontaneous: bool) -> None:
        if self._stale:
            # Coming back to the page: reload only if files, wards or hotspots changed meanwhile.
            stamp = attempt(self, self.store, map_layers.data_stamp)
            if stamp is None or stamp != self._stamp:
                self.load()
            else:
                self._load_cameras()  # cheap, and the register may have changed meanwhile
            self._stale = False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # Other pages may import crimes or add hotspots meanwhile: reload when shown again.
        self._stale = True
        super().hideEvent(event)

    def save_state(self) -> None:
        state = {"mode": DENSITY if self.density_button.isChecked() else POINTS,
                 "outside": self.outside_check.isChecked(), "cameras": self.cameras_check.isChecked()}
        self.save_options(state)

    def restore_state(self) -> None:
        state = self.load_options()
        (self.density_button if state.get("mode") == DENSITY else self.points_button).setChecked(True)
        self.outside_check.setChecked(bool(state.get("outside", False)))
        self.cameras_check.setChecked(bool(state.get("cameras", True)))

    # Loading -------------------------------------------------------------------------------------
    def load(self) -> None:
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
        self._load_cameras()
        area_outline.show_in_force(self.map, self.store, self.today or date.today())
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

    def _load_cameras(self) -> None:
        """The cameras up now; the covert ones are read only while their toggle is on."""
        covert = self.covert_check.isChecked()
        cameras = attempt(self, self.store, lambda uow: placed_cameras(
            uow, self.today or date.today(), include_covert=covert))
        if cameras is not None:
            self.map.set_cameras(cameras)
            self.map.set_cameras_shown(self.cameras_check.isChecked(), covert)
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
        if self.covert_check.isChecked() and not self.map.cameras.counts()["covert"]:
            sentences.append("No covert camera is up at a place with a location.")
        camera = self.map.selected_camera()
        if camera is not None:
            sentences.append(camera_sentence(camera))
        self.status_label.setText(" ".join(sentences))

    def show_area(self, geojson: str, name: str) -> None:
        """The map fitted to an ASB intervention's drawn area (`name` its reference), outlined."""
        self.status_label.setText(area_outline.show_area(self.map, geojson, name))

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

    def _on_cameras_toggled(self, _checked: bool) -> None:
        self._load_cameras()

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
            return prompts.show_error(self, f"The map could not be saved to {path}.")
        export_files.log_export(self.store, f"Map: {self._caption()}", path)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Saved the map to {path}", 10000)

    def _on_map_drawing_changed(self, _count: int) -> None:
        self._show_status()

    def _on_map_drawing_ended(self) -> None:
        self.draw_button.blockSignals(True)
        self.draw_button.setChecked(False)
        self.draw_button.blockSignals(False)
        self._show_status()
