"""More buttons in a record table's own row of buttons, after New, Edit and Delete."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from jagdesk.gui.widgets.record_table import RecordTable


def add_buttons(table: RecordTable, *buttons: QPushButton) -> None:
    """Put `buttons` in the table's button row, before its closing stretch."""
    outer = table.layout()
    last = outer.itemAt(outer.count() - 1) if outer is not None else None
    row = last.layout() if last is not None else None
    assert isinstance(row, QHBoxLayout)
    for button in buttons:
        row.insertWidget(row.count() - 1, button)
