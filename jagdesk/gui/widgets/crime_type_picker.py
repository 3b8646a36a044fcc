"""A button that drops down a ticked list of crime types, with All and None."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)


class CrimeTypePicker(QPushButton):
    """Says what is chosen ("All crime types", "Burglary", "3 crime types"); `changed` on every tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("All crime types", parent)
        self.setAccessibleName("Crime types")
        self.types_list = QListWidget()
        self.types_list.setAccessibleName("Crime types")
        self.types_list.setMinimumSize(280, 330)
        self.all_button = QPushButton("All")
        self.none_button = QPushButton("None")
        popup = QWidget()
        layout = QVBoxLayout(popup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.types_list)
        # A list inside the menu, so that ticking one type does not close it.
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(popup)
        menu.addAction(action)
        self.setMenu(menu)
        self.types_list.itemChanged.connect(self._on_types_list_item_changed)
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button.clicked.connect(lambda: self.check_all(False))

    def set_types(self, names: Sequence[str]) -> None:
        """Offer these types; those unticked before stay unticked, new ones come ticked."""
        unticked = self.unticked()
        self.types_list.blockSignals(True)
        self.types_list.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if name in unticked else Qt.CheckState.Checked)
            self.types_list.addItem(item)
        self.types_list.blockSignals(False)
        self._show_text()

    def offered(self) -> list[str]:
        return [self.types_list.item(row).text() for row in range(self.types_list.count())]

    def unticked(self) -> set[str]:
        items = (self.types_list.item(row) for row in range(self.types_list.count()))
        return {item.text() for item in items if item.checkState() != Qt.CheckState.Checked}

    def chosen(self) -> list[str] | None:
        """The ticked types; None when every type is ticked (no need to filter)."""
        unticked = self.unticked()
        ticked = [name for name in self.offered() if name not in unticked]
        return None if len(ticked) == self.types_list.count() else ticked

    def set_checked(self, name: str, checked: bool) -> None:
        """Tick or untick one type, as a click on it would."""
        for item in self.types_list.findItems(name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.types_list.blockSignals(True)
        for row in range(self.types_list.count()):
            self.types_list.item(row).setCheckState(state)
        self.types_list.blockSignals(False)
        self._show_text()
        self.changed.emit()

    def _show_text(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            text = "All crime types"
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = f"{len(chosen)} crime types" if chosen else "No crime types"
        self.setText(text)

    def _on_types_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._show_text()
        self.changed.emit()
