"""Lists of names to tick (the records a form links to): filled from (id, name) pairs, read back
as the ids ticked."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

Choice = tuple[uuid.UUID, str]


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
