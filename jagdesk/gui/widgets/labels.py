"""Small labels the pages share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter (the letter after "&") puts the cursor in `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def none_selected_label(text: str, style: str = "color: palette(placeholder-text);") -> QLabel:
    """What a page shows where the selected record would be while none is: centred, wrapped, muted."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def heading_label() -> QLabel:
    """The heading above a selected record: rich text, wrapped."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    """A muted sentence under a field or above a section, saying what it is for."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
