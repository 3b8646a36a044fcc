"""A searchable, sortable table of records with New, Edit and Delete buttons."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.models.late_model import LateModel
from jagdesk.gui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from jagdesk.gui.models.search_proxy import SearchProxy


class RecordTable(QWidget):
    """One kind of record in a table: search box, sortable view, and buttons to change them."""

    new_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    current_changed = Signal(object)

    def __init__(self, title: str, noun: str, columns: Sequence[Column],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self._empty_text = f"No {noun}s yet: press New {noun} to add the first."
        self.model = RowTableModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title_label = QLabel(f"<b>{title}</b>")
        self.search = QLineEdit(placeholderText=f"Search {title.lower()} (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(f"Search {title.lower()}")
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setAccessibleName(title)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: palette(mid); padding: 4px;")
        self.new_button = QPushButton(f"&New {noun}…")
        self.edit_button = QPushButton("&Edit…")
        self.delete_button = QPushButton("&Delete")

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.top_row = top  # the title and the search box: a page may put its filters before the search
        self.button_row = buttons  # a page may add its own buttons to New, Edit and Delete
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter edits and Delete deletes the selected record, as in a spreadsheet list."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_edit_button_clicked()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self._on_delete_button_clicked()
                return True
        return super().eventFilter(watched, event)

    def set_rows(self, rows: Sequence[Any], select_id: uuid.UUID | None = None) -> None:
        """Show these rows, keeping (or moving) the selection to the record with `select_id`."""
        keep = select_id or getattr(self.current_row(), "id", None)
        self.model.set_rows(rows)
        self.empty_label.setText(self._empty_text)
        self.empty_label.setVisible(not rows)
        if keep is not None:
            self.select_id(keep)
        if self.current_row() is None:
            self.current_changed.emit(None)
        self._update_buttons()
        self.view.resizeColumnsToContents()

    def set_empty_text(self, text: str) -> None:
        """What the table says when it has no rows (why, and what to do)."""
        self._empty_text = text
        self.empty_label.setText(text)

    def select_id(self, record_id: uuid.UUID) -> bool:
        """Select the row of the record with this id, if it is shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == record_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return True
        return False

    def current_row(self) -> Any:
        """The selected record's row, or None."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_beside_search(self, *widgets: QWidget) -> None:
        """Put widgets (a filter and its label) in the top row, just before the search box."""
        at = self.top_row.indexOf(self.search)
        for widget in reversed(widgets):
            self.top_row.insertWidget(at, widget)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_buttons(self) -> None:
        selected = self.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def _on_view_double_clicked(self, _index: Any) -> None:
        self._on_edit_button_clicked()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current_row())

    def _on_edit_button_clicked(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_requested.emit(row)

    def _on_delete_button_clicked(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_requested.emit(row)


def late_table(title: str, noun: str, columns: Sequence[Column], late: Callable[[Any], bool]) -> RecordTable:
    """A RecordTable whose late rows are red."""
    table = RecordTable(title, noun, columns)
    table.model = LateModel(columns, late, table)
    table.proxy.setSourceModel(table.model)
    return table


def fit_columns(view: QTableView, stretch: int, widths: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, but `stretch` takes the room left (no sideways scrolling);
    columns in `widths` keep that width."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        if column == stretch:
            mode = QHeaderView.ResizeMode.Stretch
        elif widths and column in widths:
            mode = QHeaderView.ResizeMode.Interactive
            header.resizeSection(column, widths[column])
        header.setSectionResizeMode(column, mode)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
