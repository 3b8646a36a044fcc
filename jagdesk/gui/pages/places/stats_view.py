"""What the statistics page's views share: a table with a note under it, in a view of its own."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from jagdesk.exports.common.csv_export import Table
from jagdesk.gui.models.stats_models import StatsTableModel
from jagdesk.gui.models.totals_last_proxy import TotalsLastProxy
from jagdesk.gui.pages.places.crime_chart import CrimeChart


def table_view(proxy: QAbstractItemModel, name: str) -> QTableView:
    """A sortable, read-only-looking table of figures."""
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by crime type, as reports list them
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    # Figures read best close together, as in a spreadsheet.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(dark);")
    label.hide()
    return label


def show_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class StatsView(QWidget):
    """What the three views share: a model, its sorting proxy, a table view, a chart and a note."""

    kind = ""  # names exported files: "monthly-counts"

    def __init__(self, model: StatsTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(model)
        self.view = table_view(self.proxy, name)
        self.chart = CrimeChart()
        self.note = note_label()
        self._table: Table | None = None

    def table(self) -> Table | None:
        """The table shown, as the CSV export writes it; None when there is none."""
        return self._table

    def _fit_columns(self) -> None:
        """Each column as wide as its cells and heading, no wider.

        Qt would add room for a sort arrow beside every heading; the style draws it above the text.
        """
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            heading = metrics.size(0, self.model.header()[column]).width() + 14
            header.resizeSection(column, max(self.view.sizeHintForColumn(column), heading, 46))
