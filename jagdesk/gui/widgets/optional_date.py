"""A date field that may be left unset."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

QT_DAY_FORMAT = "dd/MM/yyyy"  # Qt's spelling of the app's day, 10/12/2026 (domain/common/day_text)
# The bottom of the range, shown as "not set": low enough for any real day a record holds (an ASBO
# of the 1990s, a date of birth), so that no day a user means is taken for "not set".
UNSET = QDate(1900, 1, 1)


class OptionalDate(QWidget):
    """A date that may be left unset ("not set"), with a button to clear it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, value: date | None = None,
                 months: bool = False) -> None:
        # The parent first and alone: a form from Qt Designer makes the widget as OptionalDate(parent).
        super().__init__(parent)
        self.months = months  # whole months: shown as "Mar 2026", kept as the first day
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("MMM yyyy" if months else QT_DAY_FORMAT)
        self.edit.setMinimumDate(UNSET)
        self.edit.setSpecialValueText("not set")
        self.edit.setMinimumWidth(130)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self.clear_button.setAccessibleName("Clear the date")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        # A label's Alt+letter only moves to a buddy that takes focus: this field passes it on.
        self.setFocusPolicy(self.edit.focusPolicy())
        self.set_value(value)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        # An unset date's calendar would open in January 1900: open it on this month instead.
        self.edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = date.today()
            self.edit.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        picked = self.edit.date().toPython()
        assert isinstance(picked, date)
        if self.edit.date() == UNSET:
            return None
        return picked.replace(day=1) if self.months else picked

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else UNSET)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
