"""Small labels the pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter (the letter after "&") puts the cursor in `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
