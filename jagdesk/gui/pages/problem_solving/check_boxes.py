"""Check boxes for choosing some of many on a case's tabs: a list of them, or two columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QVBoxLayout,
)


def check_list(name: str, items: Sequence[tuple[str, Any]], checked: Sequence[Any],
               height: int = 110) -> QListWidget:
    """A list of check boxes, for choosing some of many (agencies, hotspots)."""
    from PySide6.QtWidgets import QListWidgetItem

    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMaximumHeight(height)
    for text, value in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
    return widget


def checked_values(widget: QListWidget) -> tuple[Any, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def set_checked(widget: QListWidget, checked: Sequence[Any]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def boxes(parent_layout: QVBoxLayout, items: Sequence[tuple[str, str]]) -> dict[str, QCheckBox]:
    """Check boxes in two columns, by key."""
    from PySide6.QtWidgets import QGridLayout

    grid = QGridLayout()
    found: dict[str, QCheckBox] = {}
    for index, (key, text) in enumerate(items):
        box = QCheckBox(text)
        grid.addWidget(box, index // 2, index % 2)
        found[key] = box
    parent_layout.addLayout(grid)
    return found
