"""A meeting's agenda items in order, reordered by dragging a row or by Ctrl+Up / Ctrl+Down."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
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

from jagdesk.gui.pages.meetings.agenda_model import ROW_ROLE, AgendaModel


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
