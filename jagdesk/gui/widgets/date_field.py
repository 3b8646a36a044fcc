"""One box for a day, typed as people write it ("10/12/2026", "10 Dec 2026", "10/12") wherever the
cursor is, or picked from a calendar; shown back as dd/mm/yyyy with the day of the week beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from jagdesk.domain.common.day_text import HINT, day_problem, read_day, uk_day

BAD_STYLE = "QLineEdit { border: 1px solid #b00020; }"


class DateField(QWidget):
    """A day in one line of text. date() is the day typed (an invalid QDate while the text names
    none); dateChanged follows the typing as soon as the text names a day."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so the field replaces one

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: dt.date | None = None
        self.line = QLineEdit()
        self.line.setPlaceholderText("dd/mm/yyyy")
        self.line.setToolTip(f"The day: {HINT}, or pick it from the calendar (Alt+Down)")
        self.line.setMaximumWidth(130)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setAccessibleName("Pick the day from a calendar")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.menu = QMenu(self)
        picker = QWidgetAction(self.menu)
        picker.setDefaultWidget(self.calendar)
        self.menu.addAction(picker)
        self.button.setMenu(self.menu)
        self.weekday = QLabel()
        self.weekday.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addWidget(self.weekday)
        row.addStretch(1)
        self.setFocusProxy(self.line)
        # A label's Alt+letter only moves to a buddy that takes focus: this field passes it on.
        self.setFocusPolicy(self.line.focusPolicy())
        self.line.installEventFilter(self)
        self._connect_signals()
        self.set_value(value or dt.date.today())

    def _connect_signals(self) -> None:
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.editingFinished.connect(self._on_line_editing_finished)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)

    # What QDateEdit offers -----------------------------------------------------------------------
    def date(self) -> QDate:
        day = self._day
        return QDate(day.year, day.month, day.day) if day is not None else QDate()

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit's name
        picked = value.toPython() if value.isValid() else None
        self.set_value(picked if isinstance(picked, dt.date) else None)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    # The day ---------------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The day typed, or None while the text names none."""
        return self._day

    def problem(self) -> str:
        """Why the text is not a day ("" when it is one)."""
        return "" if self._day is not None else day_problem(self.line.text() or "(nothing)")

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(uk_day(value) if value is not None else "")
        self._take(value)

    def _take(self, value: dt.date | None) -> None:
        changed = value != self._day
        self._day = value
        self.weekday.setText(f"{value:%A}" if value is not None else "")
        self.line.setStyleSheet("" if value is not None or not self.line.text().strip() else BAD_STYLE)
        if changed and value is not None:
            self.dateChanged.emit(self.date())

    # Slots -----------------------------------------------------------------------------------------
    def _on_line_text_edited(self, text: str) -> None:
        day = read_day(text, dt.date.today())
        if day is None:
            self._day = None  # the text names no day (yet): date() says so
            self.weekday.setText("")
            return
        self._take(day)
        self.line.setStyleSheet("")

    def _on_line_editing_finished(self) -> None:
        if self._day is not None:
            self.line.setText(uk_day(self._day))  # "10 dec" reads back as 10/12/2026
        self.line.setStyleSheet("" if self._day is not None else BAD_STYLE)
        self.weekday.setText(f"{self._day:%A}" if self._day is not None else "not a date")

    def _on_menu_about_to_show(self) -> None:
        day = self._day or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _on_calendar_clicked(self, picked: QDate) -> None:
        self.menu.close()
        value = picked.toPython()
        if isinstance(value, dt.date):
            self.set_value(value)
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.button.showMenu()
                return True
        return super().eventFilter(watched, event)
