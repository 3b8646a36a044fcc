"""The crime statistics page: an area, months and crime types; monthly counts, year on year, baseline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.periods import month_title
from jagdesk.errors import JagdeskError
from jagdesk.exports.common.csv_export import write_table
from jagdesk.gui import export_files, prompts
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.places.baseline_view import BaselineView
from jagdesk.gui.pages.places.monthly_view import MonthlyView
from jagdesk.gui.pages.places.stats_choice import (
    AreaKey,
    Choice,
    Tables,
    area_key,
    baseline_months,
    choose,
    read_baseline,
    read_tables,
)
from jagdesk.gui.pages.places.stats_view import StatsView
from jagdesk.gui.pages.places.year_on_year_view import YearOnYearView
from jagdesk.gui.widgets.crime_type_picker import CrimeTypePicker
from jagdesk.services.places import crime_stats
from jagdesk.services.places.crime_areas import AreaKind, AreaRef, list_areas
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

EMPTY_TEXT = (
    "<p style='font-size: 13pt'><b>No crime data yet</b></p>"
    "<p>This page counts the police.uk crimes and anti-social behaviour in the partnership's<br>"
    "wards, localities and hotspots, month by month and against a year before.</p>"
    "<p>Import the police.uk street-level files first:</p>"
    "<p><code>jagdesk import police-uk FILE…</code></p>"
    "<p>or drop the files on this window. Then come back to this page.</p>"
)
STATE_SETTING = "state"  # kept as StatsPage/state


@dataclass(frozen=True)
class Loaded:
    """What the page reads when it (re)opens: the choices there are, the choice and its tables."""

    areas: list[AreaRef]
    types: list[str]
    choice: Choice | None  # None: no crime data at all
    tables: Tables | None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class StatsPage(Page):
    """Crime figures for an area: monthly counts and chart, year on year, baseline and target."""

    title = "Crime statistics"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.months: list[str] = []
        self.targets: dict[str, float] = {}
        self._baseline_first: str | None = None  # the user's choice; None: the page's default
        self._wanted_area: AreaKey | None = None
        self._stale = True
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName("Area")
        # Narrow enough for a small laptop beside the sidebar; wider where there is room.
        self.area_combo.setMinimumContentsLength(18)
        self.area_combo.setMaximumWidth(340)
        self.area_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.from_month = QComboBox()
        self.from_month.setAccessibleName("First month")
        self.to_month = QComboBox()
        self.to_month.setAccessibleName("Last month")
        self.types_picker = CrimeTypePicker()
        self.types_picker.setMinimumWidth(150)
        area_label = QLabel("&Area")
        area_label.setBuddy(self.area_combo)
        controls = QHBoxLayout()
        controls.addWidget(area_label)
        controls.addWidget(self.area_combo, 1)
        controls.addSpacing(8)
        controls.addWidget(QLabel("Months"))
        controls.addWidget(self.from_month)
        controls.addWidget(QLabel("to"))
        controls.addWidget(self.to_month)
        controls.addSpacing(8)
        controls.addWidget(self.types_picker)
        controls.addStretch(1)
        self.monthly = MonthlyView()
        self.year_on_year = YearOnYearView()
        self.baseline = BaselineView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.monthly, "Monthly counts")
        self.tabs.addTab(self.year_on_year, "Year on year")
        self.tabs.addTab(self.baseline, "Baseline and target")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: palette(dark); padding: 2px;")
        self.export_button = QPushButton("Export &CSV…")
        self.export_button.setToolTip("Save the table of this tab as a CSV file for a spreadsheet")
        self.chart_button = QPushButton("Save chart &image…")
        self.chart_button.setToolTip("Save the chart of this tab as a PNG picture for a meeting pack")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.chart_button)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(controls)
        content_layout.addWidget(self.tabs, 1)
        content_layout.addLayout(bottom)
        self.content = content
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self.body.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)

    def _connect_signals(self) -> None:
        self.area_combo.currentIndexChanged.connect(self._on_area_combo_current_index_changed)
        self.from_month.currentIndexChanged.connect(self._on_from_month_current_index_changed)
        self.to_month.currentIndexChanged.connect(self._on_to_month_current_index_changed)
        self.types_picker.changed.connect(self._reload)
        self.baseline.baseline_changed.connect(self._on_baseline_baseline_changed)
        self.baseline.baseline_model.target_changed.connect(self._on_baseline_target_changed)
        self.tabs.currentChanged.connect(lambda _index: self._update_buttons())
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.chart_button.clicked.connect(self._on_chart_button_clicked)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload now if on screen, else when next shown (imports elsewhere change the figures)."""
        if self.isVisible():
            self._load()
        else:
            self._stale = True

    def shown(self, spontaneous: bool) -> None:
        if self._stale:
            self._load()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self._stale = True
        super().hideEvent(event)

    def focus_search(self) -> None:
        """Ctrl+F: choose the area (typing its first letters finds it)."""
        self.area_combo.setFocus()

    def save_state(self) -> None:
        area = self.current_area()
        state = {"area": list(area_key(area)) if area else None, "tab": self.tabs.currentIndex(),
                 "chart": self.monthly.chart_choice.currentData(), "targets": self.targets}
        self.save_options(state, STATE_SETTING)

    def restore_state(self) -> None:
        state = self.load_options(STATE_SETTING)
        area = state.get("area")
        if isinstance(area, list) and len(area) == 2:
            self._wanted_area = (str(area[0]), None if area[1] is None else str(area[1]))
        targets = state.get("targets")
        if isinstance(targets, dict):
            self.targets = {str(k): float(v) for k, v in targets.items()
                            if isinstance(v, int | float) and 0 <= v <= 100}
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        chart = self.monthly.chart_choice.findData(state.get("chart"))
        if chart >= 0:
            self.monthly.chart_choice.setCurrentIndex(chart)

    # What is chosen ------------------------------------------------------------------------------
    def current_area(self) -> AreaRef | None:
        area = self.area_combo.currentData()
        return area if isinstance(area, AreaRef) else None

    def current_view(self) -> StatsView:
        view = self.tabs.currentWidget()
        assert isinstance(view, StatsView)
        return view

    def _choose(self, months: list[str], areas: list[AreaRef], types: list[str]) -> Choice:
        """The choice on the page, kept where the new months, areas and types allow."""
        current = self.current_area()
        return choose(months, areas, types,
                      area=area_key(current) if current is not None else self._wanted_area,
                      first=self.from_month.currentData(), last=self.to_month.currentData(),
                      unticked=self.types_picker.unticked(), baseline_first=self._baseline_first)

    def _current_choice(self) -> Choice | None:
        if self.current_area() is None or not self.months:
            return None
        return self._choose(self.months, [self.area_combo.itemData(i) for i in range(
            self.area_combo.count()) if isinstance(self.area_combo.itemData(i), AreaRef)],
            self.types_picker.offered())

    def _load(self) -> None:
        """The choices there are, and every table, in one unit of work."""
        def read(uow: UnitOfWork) -> tuple[list[str], Loaded]:
            months = crime_stats.data_months(uow.session)
            if not months:
                return months, Loaded([], [], None, None)
            areas, types = list_areas(uow.session), crime_stats.crime_types(uow.session)
            choice = self._choose(months, areas, types)
            return months, Loaded(areas, types, choice, read_tables(uow, choice, self.targets))

        read_back = attempt(self, self.store, read)
        if read_back is None:
            return
        self._stale = False
        self.months, loaded = read_back
        self.body.setCurrentWidget(self.content if loaded.choice else self.empty_label)
        if loaded.choice is None or loaded.tables is None:
            self._update_buttons()
            return
        self._show_choices(loaded, loaded.choice)
        self._show_tables(loaded.choice, loaded.tables)

    def _reload(self) -> None:
        """Every table again, after a change of area, months or types."""
        choice = self._current_choice()
        if choice is None:
            return
        tables = attempt(self, self.store, lambda uow: read_tables(uow, choice, self.targets))
        if tables is not None:
            self._show_tables(choice, tables)

    def _reload_baseline(self) -> None:
        """The baseline table again, after a change of its first month."""
        choice = self._current_choice()
        if choice is None or choice.types == []:
            return
        found = attempt(self, self.store, lambda uow: read_baseline(uow, choice, self.targets))
        if found is not None:
            self.baseline.set_months(baseline_months(self.months, choice.period), self.months,
                                     choice.baseline_first, choice.period.length)
            self.baseline.show_table(*found)
            self._update_buttons()

    # Showing -------------------------------------------------------------------------------------
    def _show_choices(self, loaded: Loaded, choice: Choice) -> None:
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        for number, area in enumerate(loaded.areas):
            if number and area.kind != loaded.areas[number - 1].kind:
                self.area_combo.insertSeparator(self.area_combo.count())
            self.area_combo.addItem(area.title, area)
            if area_key(area) == area_key(choice.area):
                self.area_combo.setCurrentIndex(self.area_combo.count() - 1)
        self.area_combo.blockSignals(False)
        for combo, month in ((self.from_month, choice.period.first), (self.to_month, choice.period.last)):
            combo.blockSignals(True)
            combo.clear()
            for item in choice.data_months:
                combo.addItem(month_title(item), item)
            combo.setCurrentIndex(combo.findData(month))
            combo.blockSignals(False)
        self.types_picker.blockSignals(True)
        self.types_picker.set_types(loaded.types)
        self.types_picker.blockSignals(False)

    def _show_tables(self, choice: Choice, tables: Tables) -> None:
        self.monthly.show_table(tables.monthly, tables.reason)
        self.year_on_year.show_table(tables.year_on_year, tables.year_on_year_note or tables.reason)
        self.baseline.set_months(baseline_months(self.months, choice.period), self.months,
                                 choice.baseline_first, choice.period.length)
        self.baseline.show_table(tables.baseline, tables.baseline_note or tables.reason)
        if tables.monthly is None:
            self.status_label.clear()
        else:
            where = ("Counted inside the hotspot's radius or drawn area."
                     if choice.area.kind == AreaKind.HOTSPOT else
                     "Crimes with no location, or outside the partnership's wards, are not counted.")
            self.status_label.setText(f"{tables.monthly.total:,} crimes and incidents in "
                                      f"{choice.area.title}, {choice.period.title}. {where}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self.current_view()
        has_table = bool(self.months) and view.table() is not None
        self.export_button.setEnabled(has_table)
        self.chart_button.setEnabled(has_table and not view.chart.message)

    def _file_name(self, view: StatsView, suffix: str) -> str:
        choice = self._current_choice()
        if choice is None:
            return f"{view.kind}{suffix}"
        period = choice.period.first + ("" if choice.period.length == 1 else f"-to-{choice.period.last}")
        return f"{view.kind}-{slug(choice.area.name)}-{period}{suffix}"

    # Slots ---------------------------------------------------------------------------------------
    def _on_area_combo_current_index_changed(self, _index: int) -> None:
        self._reload()

    def _on_from_month_current_index_changed(self, _index: int) -> None:
        if str(self.from_month.currentData()) > str(self.to_month.currentData()):
            self.to_month.blockSignals(True)
            self.to_month.setCurrentIndex(self.from_month.currentIndex())
            self.to_month.blockSignals(False)
        self._reload()

    def _on_to_month_current_index_changed(self, _index: int) -> None:
        if str(self.to_month.currentData()) < str(self.from_month.currentData()):
            self.from_month.blockSignals(True)
            self.from_month.setCurrentIndex(self.to_month.currentIndex())
            self.from_month.blockSignals(False)
        self._reload()

    def _on_baseline_baseline_changed(self, first: str) -> None:
        self._baseline_first = first
        self._reload_baseline()

    def _on_baseline_target_changed(self, crime_type: str, target: float) -> None:
        self.targets[crime_type] = target

    def _on_export_button_clicked(self) -> None:
        view = self.current_view()
        table = view.table()
        if table is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, "Export the table as CSV", str(Path.home() / self._file_name(view, ".csv")),
            "CSV file (*.csv)")
        if not target:
            return
        path = Path(target) if target.lower().endswith(".csv") else Path(f"{target}.csv")
        try:
            write_table(path, table)
            export_files.log_export(self.store, f"Crime statistics table {self._file_name(view, '')}", path)
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return
        self.tell(f"Saved the table to {path}")

    def _on_chart_button_clicked(self) -> None:
        view = self.current_view()
        target, _ = QFileDialog.getSaveFileName(
            self, "Save the chart as a picture", str(Path.home() / self._file_name(view, ".png")),
            "PNG image (*.png)")
        if not target:
            return
        path = Path(target) if target.lower().endswith(".png") else Path(f"{target}.png")
        if not view.chart.save_png(path):
            prompts.show_error(self, f"The chart could not be saved to {path}.")
            return
        export_files.log_export(self.store, f"Crime statistics chart {self._file_name(view, '')}", path)
        self.tell(f"Saved the chart to {path}")
