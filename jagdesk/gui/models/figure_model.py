"""A table model of figures: a header row and rows of counts, shown as text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from jagdesk.gui.models.row_table_model import AnyIndex


def _text(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


class FigureModel(QAbstractTableModel):
    """Cells as a statistics service gives them: `header()` and `body()`; numbers to the right."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._body: list[list[object]] = []
        self._bold_last = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, header: Sequence[str], body: Sequence[Sequence[object]],
                  bold_last: bool = True) -> None:
        """Show these cells; `bold_last` sets the last row apart as the totals."""
        self.beginResetModel()
        self._header = list(header)
        self._body = [list(row) for row in body]
        self._bold_last = bold_last
        self.endResetModel()

    def cell(self, row: int, column: int) -> object:
        """The value (not its text) in a cell."""
        return self._body[row][column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._body)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._body):
            return None
        value = self._body[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._bold_last and index.row() == len(self._body) - 1:
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._header):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # The first column names the rows; the others hold figures, aligned under their heads.
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None
