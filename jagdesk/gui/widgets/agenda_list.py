"""A meeting's agenda items in order, reordered by dragging a row or by Ctrl+Up / Ctrl+Down."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.domain.problem_solving.vocabulary import Side

AnyIndex = QModelIndex | QPersistentModelIndex
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


class AgendaList(QWidget):
    """The agenda: items in order with Add, Edit, Delete, Build agenda… and moves up and down."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    build_requested = Signal()
    item_moved = Signal(object, int)  # (item id, new 0-based place)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setAccessibleName("Agenda items")
        self.view.setToolTip("Drag an item, or press Ctrl+Up / Ctrl+Down, to move it.")
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(3, 280)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 4px;")
        # Few mnemonics: Alt+N and Alt+P belong to the minutes mode beside this tab.
        self.add_button = QPushButton("Add &item…")
        self.edit_button = QPushButton("Edit item…")
        self.edit_button.setToolTip("Enter, or double-click the item")
        self.delete_button = QPushButton("Delete item")
        self.delete_button.setToolTip("Delete")
        self.up_button = QPushButton("Move &up")
        self.up_button.setToolTip("Ctrl+Up")
        self.down_button = QPushButton("Move down")
        self.down_button.setToolTip("Ctrl+Down")
        self.build_button = QPushButton("&Build agenda…")
        self.build_button.setToolTip("Items proposed from the store: matters arising, hotspots, "
                                     "cases due for review, new hotspots")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.build_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        # What each does is its whatsThis: Help, Keyboard shortcuts lists them from there.
        keys: list[tuple[str, Callable[[], object], str]] = [
            ("Ctrl+Up", lambda: self.move_current(-1), "Agenda: move the item up"),
            ("Ctrl+Down", lambda: self.move_current(1), "Agenda: move the item down"),
            ("Return", lambda: self._emit_current(self.edit_requested), "Agenda: edit the item"),
            ("Enter", lambda: self._emit_current(self.edit_requested), ""),
            ("Delete", lambda: self._emit_current(self.delete_requested), "Agenda: delete the item")]
        for sequence, slot, what in keys:
            shortcut = QShortcut(QKeySequence(sequence), self.view, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(what)
        self._connect_signals()
        self.set_rows([])

    def _connect_signals(self) -> None:
        self.model.item_moved.connect(self.item_moved)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self._emit_current(self.edit_requested))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.build_button.clicked.connect(self.build_requested)

    def set_rows(self, rows: Sequence[Any], select_id: uuid.UUID | None = None,
                 empty_text: str = "No items on the agenda yet: press Build agenda… for the "
                                   "items the store suggests, or Add item…") -> None:
        keep = select_id or getattr(self.current_row(), "id", None)
        self.model.set_rows(rows)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not rows)
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def select_id(self, item_id: uuid.UUID) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def current_row(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() and self.view.selectionModel().hasSelection() \
            else None

    def move_current(self, step: int) -> bool:
        """Move the selected item one place up (-1) or down (1), keeping it selected."""
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        row = index.row()
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return False
        item_id = self.model.rows()[row].id
        moved = self.model.moveRows(QModelIndex(), row, 1, QModelIndex(),
                                    target if step < 0 else target + 1)
        self.select_id(item_id)
        return moved

    def _emit_current(self, signal: Any) -> None:
        row = self.current_row()
        if row is not None:
            signal.emit(row)

    def _update_buttons(self) -> None:
        index = self.view.currentIndex()
        selected = self.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.up_button.setEnabled(selected and index.row() > 0)
        self.down_button.setEnabled(selected and index.row() < self.model.rowCount() - 1)
