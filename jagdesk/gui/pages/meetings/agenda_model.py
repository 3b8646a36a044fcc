"""The agenda as a table model: its items in order, dragged to a new place or moved by the keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.gui.models.row_table_model import AnyIndex


class AgendaModel(QAbstractTableModel):
    """Agenda rows (services' ItemRow) in order; a move is a drag-and-drop or moveRows()."""

    # (item id, its new 0-based place in the list), emitted after the rows have moved here
    item_moved = Signal(object, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The number is the place in the list: it follows a move before the store answers.
            values = (str(index.row() + 1), row.name, kind_label(row.kind), linked_text(row))
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # Moving --------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802 - Qt API
                     column: int, parent: AnyIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode() or -1)
        if not 0 <= source < len(self._rows):
            return False
        # Dropped onto a row: before it; below the last row: at the end.
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        # The view then asks removeRows() to take the dragged row away; this model moved it itself
        # and does not remove rows, so nothing is lost.
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), target)

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int,  # noqa: N802 - Qt API
                 destination_parent: AnyIndex, destination_child: int) -> bool:
        """Move one row so that it lands before `destination_child` (Qt's convention)."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        if not 0 <= source_row < len(self._rows) or not 0 <= destination_child <= len(self._rows):
            return False
        if destination_child in (source_row, source_row + 1):
            return False  # where it is already
        if not self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(),
                                  destination_child):
            return False
        moved = self._rows.pop(source_row)
        new_place = destination_child if destination_child < source_row else destination_child - 1
        self._rows.insert(new_place, moved)
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.item_moved.emit(moved.id, new_place)
        return True


ROW_ROLE = Qt.ItemDataRole.UserRole + 1


MIME_TYPE = "application/x-jagdesk-agenda-row"


HEADERS = ("No.", "Item", "Kind", "About")


def kind_label(kind: str) -> str:
    return ItemKind(kind).label if kind in set(ItemKind) else kind.capitalize()


def linked_text(row: Any) -> str:
    """What an item is about: its hotspot, its case, its side of the triangle."""
    parts = []
    if row.hotspot:
        parts.append(f"Hotspot: {row.hotspot}")
    if row.case_reference:
        parts.append(f"Case {row.case_reference}")
    if row.side:
        parts.append(Side(row.side).label if row.side in set(Side) else row.side)
    return " · ".join(parts)
