"""The statistics page's Monthly tab: counts by crime type and month, as a table and a chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.periods import month_title
from jagdesk.gui.models.stats_models import (
    StatsTableModel,
    monthly_cells,
    monthly_header,
)
from jagdesk.gui.pages.places.crime_chart import month_labels
from jagdesk.gui.pages.places.stats_view import StatsView
from jagdesk.services.places.crime_stats import (
    ALL_TYPES,
    MonthlyTable,
)

CHART_TOTAL, CHART_TYPES = "total", "types"


class MonthlyView(StatsView):
    """Crimes by type and month: a chart above the table."""

    kind = "monthly-counts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(StatsTableModel(), "Monthly counts", parent)
        self.chart_choice = QComboBox()
        self.chart_choice.setAccessibleName("Chart")
        self.chart_choice.addItem("All crime by month (line)", CHART_TOTAL)
        self.chart_choice.addItem("By crime type (stacked bars)", CHART_TYPES)
        self._reason = ""
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QLabel("Chart:"))
        top.addWidget(self.chart_choice)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.view)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.chart_choice.currentIndexChanged.connect(lambda _i: self._draw())

    def show_table(self, table: MonthlyTable | None, reason: str = "") -> None:
        """Show the table; without one, the chart says `reason`."""
        self._table = table
        self._reason = reason
        if table is None:
            self.model.set_cells([], [])
        else:
            header = monthly_header(table, month_labels([month_title(m) for m in table.months], "\n"))
            self.model.set_cells(header, monthly_cells(table), totals=1)
            self._fit_columns()
        self._draw()

    def _draw(self) -> None:
        table = self._table
        if not isinstance(table, MonthlyTable):
            self.chart.show_message("Monthly counts", self._reason)
            return
        titles = [month_title(m) for m in table.months]
        what = "by crime type" if self.chart_choice.currentData() == CHART_TYPES else "by month"
        title = f"Crimes and incidents {what}, {table.period.title}\n{table.area.title}"
        if table.total == 0:
            self.chart.show_message(title, "No crimes of the chosen types in this area and period.")
        elif self.chart_choice.currentData() == CHART_TYPES:
            self.chart.show_stacked(title, titles, [(r.crime_type, r.counts) for r in table.rows])
        else:
            self.chart.show_line(title, titles, ALL_TYPES, table.totals)
