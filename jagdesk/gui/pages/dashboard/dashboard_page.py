"""The dashboard page: the counts, then one table per list of things needing attention."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day
from jagdesk.gui.models.row_table_model import ROW_ROLE, Column, RowTableModel, SearchProxy
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.services.dashboard import Dashboard, DashboardCounts, DashboardSection, dashboard
from jagdesk.store.opening import Store

OVERDUE_COLOUR = QColor(176, 0, 32)  # a dark red that stays readable on light and alternate rows
NARROWER_COLUMN = 220  # pixels: the other columns beside a title or description
WIDEST_COLUMN = 360  # pixels: long descriptions are cut (with "…") rather than pushing columns off


def _cell(value: Any) -> Any:
    """Dates as people in the UK write them, still sorting as dates."""
    if isinstance(value, date):
        return table_day(value)
    return value


def _column(header: str, attribute: str) -> Column:
    return Column(header, lambda row: _cell(getattr(row, attribute)))


class SectionModel(RowTableModel):
    """A dashboard section's rows; the overdue ones in red."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = super().data(index, ROW_ROLE)
            if getattr(row, "days_overdue", 0) > 0:
                return OVERDUE_COLOUR
            return None
        return super().data(index, role)


class SectionTable(QWidget):
    """One dashboard section: its title, its table, and what it says when it has no rows."""

    row_opened = Signal(object)

    def __init__(self, section: DashboardSection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = section.key
        self.model = SectionModel([_column(c.header, c.attribute) for c in section.columns], self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title_label = QLabel()
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # Unsorted until the user clicks a header: the service lists the longest overdue first.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setAccessibleName(section.title)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: palette(mid); padding: 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        self._connect_signals()
        self.set_section(section)

    def _connect_signals(self) -> None:
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter opens the selected row, as a double-click does."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def set_section(self, section: DashboardSection) -> None:
        """Show the section's latest rows (the table is hidden when there are none)."""
        self.title_label.setText(f"<b>{section.title}</b> ({len(section.rows)})")
        self.model.set_rows(section.rows)
        self.empty_label.setText(section.empty_text)
        self.empty_label.setVisible(not section.rows)
        self.view.setVisible(bool(section.rows))
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(self.model.columnCount())]
        stretch = [n for n, column in enumerate(section.columns) if column.stretch]
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Beside a stretching column the others stay narrower, so that it has room.
            widest = NARROWER_COLUMN if stretch else WIDEST_COLUMN
            header.resizeSection(column, min(width, widest))
        if section.rows:  # a title or a description takes the spare width, else the longest text
            column = stretch[0] if stretch else widths.index(max(widths))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Tall enough for every row, so the page (not each table) scrolls.
        rows_height = sum(self.view.rowHeight(r) for r in range(self.proxy.rowCount()))
        self.view.setFixedHeight(rows_height + header.height() + 2 * self.view.frameWidth() + 2)

    def shown_rows(self) -> list[Any]:
        """The rows in the order the table shows them."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_opened.emit(index.data(ROW_ROLE))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self._open(index)


def _counts_text(counts: DashboardCounts) -> list[tuple[str, int, bool]]:
    """(label, figure, whether it is bad news) for the figures at the top."""
    return [
        ("Open cases", counts.open_cases, False),
        ("Past review", counts.cases_past_review, counts.cases_past_review > 0),
        ("Open actions", counts.open_actions, False),
        ("Overdue actions", counts.overdue_actions, counts.overdue_actions > 0),
    ]


class DashboardPage(Page):
    """What needs attention: cases past their review date and overdue actions, with the counts."""

    title = "Dashboard"
    case_requested = Signal(str)  # a case reference, when the user opens a row
    meeting_requested = Signal(object)  # a meeting's id, for a row with no case

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today  # None: the real today, each time the page loads
        self.current: Dashboard | None = None
        self.as_of_label = QLabel()
        self.count_labels: dict[str, QLabel] = {}
        self.tables: dict[str, SectionTable] = {}
        counts_row = QHBoxLayout()
        for label, _figure, _bad in _counts_text(DashboardCounts(0, 0, 0, 0)):
            figure = QLabel()
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figure.setFrameShape(QFrame.Shape.StyledPanel)
            figure.setMinimumWidth(120)
            figure.setAccessibleName(label)
            self.count_labels[label] = figure
            counts_row.addWidget(figure)
        counts_row.addStretch(1)
        self.sections_box = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.sections_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Dashboard</h2>"))
        layout.addWidget(self.as_of_label)
        layout.addLayout(counts_row)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        """Reload the counts and every section from the store."""
        found = attempt(self, self.store, lambda uow: dashboard(uow, self.today))
        if found is None:
            return
        self.current = found
        self.as_of_label.setText(f"As of {uk_day(found.today)}. Double-click a row, or press "
                                 "Enter, to open its case or meeting.")
        for label, figure, bad in _counts_text(found.counts):
            widget = self.count_labels[label]
            colour = f"color: {OVERDUE_COLOUR.name()};" if bad else ""
            widget.setText(f"<span style='font-size: 20pt; {colour}'>{figure}</span><br>{label}")
        for section in found.sections:
            table = self.tables.get(section.key)
            if table is None:
                table = SectionTable(section)
                table.row_opened.connect(self._on_table_row_opened)
                self.tables[section.key] = table
                self.sections_box.addWidget(table)
                table.show()  # a child added to a page already on screen is shown explicitly
            else:
                table.set_section(section)

    def table(self, key: str) -> SectionTable:
        """The table of the section with this key."""
        return self.tables[key]

    def _on_table_row_opened(self, row: Any) -> None:
        reference = getattr(row, "case_reference", "")
        meeting_id = getattr(row, "meeting_id", None)
        if reference:
            self.case_requested.emit(reference)
        elif meeting_id is not None:
            self.meeting_requested.emit(meeting_id)
