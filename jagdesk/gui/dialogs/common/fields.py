"""The fields the record dialogs and the case tabs share: choices, days, text boxes, and the order
Tab moves through them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QSizePolicy, QWidget

Save = Callable[[Any], Any]


def choices(combo: QComboBox, items: Sequence[tuple[str, Any]], current: Any) -> None:
    """Fill a combo box with (text, value) items and show the one whose value is `current`."""
    for text, data in items:
        combo.addItem(text, data)
    # findData() cannot match Python objects such as UUIDs, so compare the items' data here.
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == current), 0))


def date_edit(value: date | None = None) -> QDateEdit:
    """A day/month/year box with a calendar, showing `value` (else today)."""
    edit = QDateEdit()
    show_day(edit, value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMaximumWidth(170)
    return edit


def show_day(edit: QDateEdit, value: date | None = None) -> None:
    """Show `value` (else today) in a date box of a form."""
    value = value or date.today()
    edit.setDate(QDate(value.year, value.month, value.day))


def picked_day(edit: QDateEdit) -> date:
    """The day a date box shows."""
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def text_box(text: str = "", height: int = 70, placeholder: str = "") -> QPlainTextEdit:
    """A box for a few lines of text, left with Tab like the other fields."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    # Fixed, or a form with spare height would pad the box's row instead of leaving it at the bottom.
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setPlaceholderText(placeholder)
    return box


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through `widgets` in this order, down the form as the user reads it."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
