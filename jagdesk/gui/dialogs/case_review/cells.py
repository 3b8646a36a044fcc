"""The parts the case review dialogs build from the data: lists of names to tick, and table rows
of date boxes, choices and text (a complaint, a recommendation)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QListWidget, QListWidgetItem, QTableWidget

from jagdesk.gui.dialogs.common.fields import choices, date_edit, picked_day
from jagdesk.services.case_review.choices import Choice


def fill_ticks(box: QListWidget, items: Sequence[Choice], ticked: set[uuid.UUID]) -> None:
    """A list of names to tick, those in `ticked` ticked."""
    for record_id, name in items:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if record_id in ticked else Qt.CheckState.Unchecked)
        box.addItem(item)


def ticked(box: QListWidget) -> tuple[uuid.UUID, ...]:
    """The ids of the ticked names, in the list's order."""
    return tuple(box.item(n).data(Qt.ItemDataRole.UserRole) for n in range(box.count())
                 if box.item(n).checkState() == Qt.CheckState.Checked)


def tick(box: QListWidget, name: str) -> None:
    """Tick the name that starts with `name` (for tests and keyboard users alike)."""
    for n in range(box.count()):
        if box.item(n).text().startswith(name):
            box.item(n).setCheckState(Qt.CheckState.Checked)
            return
    raise LookupError(name)


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
