"""A checkable list of a hotspot's issue categories: police.uk crime types, local issues, your own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.hotspots import LOCAL_CATEGORIES, POLICE_UK_CRIME_TYPES, canonical_categories

HEADINGS = ("police.uk crime types", "Local issues", "Your own")


class CategoryList(QWidget):
    """Tick the categories that apply; type any other and press Add to add it, ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName("Issue categories")
        self.list.setMinimumSize(280, 300)
        self.other = QLineEdit(placeholderText="Another category, such as Speeding")
        self.other.setAccessibleName("Another category")
        self.add_button = QPushButton("&Add")
        self.add_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        # Its label's Alt+letter goes to the list, which the whole widget stands for.
        self.setFocusProxy(self.list)
        self.setFocusPolicy(self.list.focusPolicy())
        self._own_heading: QListWidgetItem | None = None
        self._add_heading(HEADINGS[0])
        for name in POLICE_UK_CRIME_TYPES:
            self._add_item(name)
        self._add_heading(HEADINGS[1])
        for name in LOCAL_CATEGORIES:
            self._add_item(name)
        self.other.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.other.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter in the box adds the category; in a dialog it would otherwise press Save."""
        if watched is self.other and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_add_button_clicked()
                return True
        return super().eventFilter(watched, event)

    def _add_heading(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
        self.list.addItem(item)
        return item

    def _add_item(self, name: str, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.text().lower() == name.lower():
                return item
        return None

    def add_category(self, name: str) -> None:
        """Tick a category, adding it under "Your own" if the list does not have it."""
        for text in canonical_categories([name]):
            item = self._item(text)
            if item is None:
                if self._own_heading is None:
                    self._own_heading = self._add_heading(HEADINGS[2])
                item = self._add_item(text)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.scrollToItem(item)

    def set_checked(self, categories: Sequence[str]) -> None:
        """Tick exactly these categories."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Unchecked)
        for name in categories:
            self.add_category(name)
        self.list.scrollToTop()

    def checked(self) -> tuple[str, ...]:
        """The ticked categories, in the list's order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(item.text() for item in items if item.checkState() == Qt.CheckState.Checked
                     and item.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def _on_add_button_clicked(self) -> None:
        if self.other.text().strip():
            self.add_category(self.other.text())
            self.other.clear()
