"""A table model that shows late rows (an overdue review or action) in red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from jagdesk.gui.models.row_table_model import AnyIndex, Column, RowTableModel

LATE = QColor("#b00020")


class LateModel(RowTableModel):
    """Rows whose `late(row)` is true are shown in red (an overdue review or action)."""

    def __init__(self, columns: Sequence[Column], late: Callable[[Any], bool], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._late = late

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = super().data(index, Qt.ItemDataRole.UserRole + 1)
            return LATE if row is not None and self._late(row) else None
        return super().data(index, role)
