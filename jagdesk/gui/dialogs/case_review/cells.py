"""The parts the case review dialogs build from the data: table rows of date boxes, choices and
text (a complaint, a recommendation)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QTableWidget

from jagdesk.gui.dialogs.common.fields import choices, date_edit, picked_day


def table_columns(table: QTableWidget, headers: Sequence[str], widths: Sequence[int]) -> None:
    """Give a table of entered rows its headers and widths, the last column stretched."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()


def add_cells(table: QTableWidget, *cells: QDateEdit | QComboBox | QLineEdit) -> int:
    """A new row of the table made of `cells`; its number."""
    row = table.rowCount()
    table.insertRow(row)
    for column, cell in enumerate(cells):
        table.setCellWidget(row, column, cell)
    table.setCurrentCell(row, 0)
    return row


def day_cell(value: date) -> QDateEdit:
    edit = date_edit(value)
    edit.setMaximumWidth(16777215)
    return edit


def choice_cell(items: Sequence[tuple[str, object]], current: object = None) -> QComboBox:
    combo = QComboBox()
    choices(combo, items, current)
    return combo


def text_cell(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


def cell_day(table: QTableWidget, row: int, column: int) -> date:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QDateEdit)
    return picked_day(widget)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QLineEdit)
    return widget.text()


def cell_id(table: QTableWidget, row: int, column: int) -> uuid.UUID | None:
    """The record chosen in a cell's list (None: none)."""
    widget = table.cellWidget(row, column)
    assert isinstance(widget, QComboBox)
    value = widget.currentData()
    return value if isinstance(value, uuid.UUID) else None
