"""One section of the dashboard: its title, its rows, and a double-click (or Enter) to open one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.models.row_table_model import ROW_ROLE
from jagdesk.gui.models.search_proxy import SearchProxy
from jagdesk.gui.pages.dashboard.section_model import SectionModel, section_column
from jagdesk.services.dashboard import DashboardSection

NARROWER_COLUMN = 220  # pixels: the other columns beside a title or description
WIDEST_COLUMN = 360  # pixels: long descriptions are cut (with "…") rather than pushing columns off


class SectionTable(QWidget):
    """One dashboard section: its title, its table, and what it says when it has no rows."""

    row_opened = Signal(object)

    def __init__(self, section: DashboardSection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = section.key
        self.model = SectionModel([section_column(c.header, c.attribute) for c in section.columns], self)
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
