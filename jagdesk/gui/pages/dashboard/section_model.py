"""A dashboard section's rows as a table model, overdue rows in red."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jagdesk.gui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from jagdesk.gui.widgets.table_day import table_day

OVERDUE_COLOUR = QColor(176, 0, 32)  # a dark red that stays readable on light and alternate rows


def section_cell(value: Any) -> Any:
    """Dates as people in the UK write them, still sorting as dates."""
    if isinstance(value, date):
        return table_day(value)
    return value


def section_column(header: str, attribute: str) -> Column:
    return Column(header, lambda row: section_cell(getattr(row, attribute)))


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
