"""The file box of the export dialogs: a path typed or chosen with a button beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


def file_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    """The path box with its Browse button beside it, as one row of a form."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return holder


def typed_path(edit: QLineEdit) -> Path | None:
    """The path typed in the box (~ expanded), or None if it is empty."""
    text = edit.text().strip()
    return Path(text).expanduser() if text else None


def choose_save_path(edit: QLineEdit, title: str, file_filter: str) -> None:
    """Browse…: the file chosen to save as goes into the path box (nothing changes on Cancel)."""
    chosen, _ = QFileDialog.getSaveFileName(edit.window(), title, edit.text(), file_filter)
    if chosen:
        edit.setText(chosen)
