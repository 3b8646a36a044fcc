"""The Incidents tab of the hotspots page: the crimes inside a hotspot by month and crime type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from jagdesk.domain.common.periods import MonthRange, month_title
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.hotspots.hotspot_details import extent_words
from jagdesk.gui.widgets.figure_table import FigureTable
from jagdesk.gui.widgets.labels import buddy_label
from jagdesk.services.hotspots.hotspots import HotspotRow, hotspot_incidents
from jagdesk.services.places.crime_stats import MonthlyTable, data_months
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

DEFAULT_MONTHS = 12
NO_DATA = ("No crime data yet: import the police.uk street-level files to see the incidents "
           "at this hotspot month by month.")


def fill_months(combo: QComboBox, months: Sequence[str], current: str) -> None:
    """Offer the months of data, as people read them ("Jan 2021"), with `current` chosen."""
    combo.blockSignals(True)
    combo.clear()
    for month in months:
        combo.addItem(month_title(month), month)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def default_range(months: Sequence[str], length: int) -> tuple[str, str]:
    """The latest `length` months of data (all of them, when there are fewer)."""
    return months[max(0, len(months) - length)], months[-1]


class HotspotIncidents(QWidget):
    """The chosen hotspot's incidents in a chosen period (the latest 12 months of data at first)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.hotspot: HotspotRow | None = None
        self.table_data: MonthlyTable | None = None
        self.from_month = QComboBox()
        self.from_month.setAccessibleName("First month")
        self.to_month = QComboBox()
        self.to_month.setAccessibleName("Last month")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = FigureTable("Incidents by month")
        self.empty_label = QLabel(NO_DATA)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 4px;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.controls = QWidget()
        top = QHBoxLayout(self.controls)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(buddy_label("&Months:", self.from_month))
        top.addWidget(self.from_month)
        top.addWidget(buddy_label("to", self.to_month))
        top.addWidget(self.to_month)
        top.addSpacing(12)
        top.addWidget(self.caption, 1)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.body, 1)
        self.from_month.currentIndexChanged.connect(self._on_from_month_current_index_changed)
        self.to_month.currentIndexChanged.connect(self._on_to_month_current_index_changed)

    def period(self) -> MonthRange | None:
        """The chosen months; None when there is no crime data."""
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if not first or not last:
            return None
        return MonthRange(min(first, last), max(first, last))

    def show_hotspot(self, row: HotspotRow | None) -> None:
        """Count the incidents of this hotspot (None: clear the tab)."""
        self.hotspot = row
        self.load()

    def load(self) -> None:
        """Read the months of data and the hotspot's incidents in the chosen period, in one go."""
        hotspot = self.hotspot

        def read(uow: UnitOfWork) -> tuple[list[str], MonthlyTable | None]:
            months = data_months(uow.session)
            period = self._period_for(months)
            if hotspot is None or period is None:
                return months, None
            return months, hotspot_incidents(uow, hotspot.id, period)

        loaded = attempt(self, self.store, read)
        if loaded is not None:
            self._show(*loaded)

    def _period_for(self, months: list[str]) -> MonthRange | None:
        """The chosen period if it is still in the data; else the default one."""
        if not months:
            return None
        chosen = self.period()
        if chosen is None or chosen.first not in months or chosen.last not in months:
            return MonthRange(*default_range(months, DEFAULT_MONTHS))
        return chosen

    def _show(self, months: list[str], table: MonthlyTable | None) -> None:
        period = self._period_for(months)
        fill_months(self.from_month, months, period.first if period else "")
        fill_months(self.to_month, months, period.last if period else "")
        self.table_data = table
        self.controls.setVisible(bool(months))
        self.body.setCurrentWidget(self.table if months else self.empty_label)
        if table is None:
            self.table.set_table([], [])
            self.caption.setText("")
            return
        self.table.set_table(table.header(), table.body())
        assert self.hotspot is not None
        where = extent_words(self.hotspot)
        if table.total:
            self.caption.setText(f"{table.total:,} incidents {where}, {table.period.title}.")
        else:
            self.caption.setText(f"No incidents {where} in {table.period.title}.")

    def _on_from_month_current_index_changed(self, _index: int) -> None:
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if first and last and first > last:
            self.to_month.blockSignals(True)
            self.to_month.setCurrentIndex(self.from_month.currentIndex())
            self.to_month.blockSignals(False)
        self.load()

    def _on_to_month_current_index_changed(self, _index: int) -> None:
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if first and last and last < first:
            self.from_month.blockSignals(True)
            self.from_month.setCurrentIndex(self.to_month.currentIndex())
            self.from_month.blockSignals(False)
        self.load()
