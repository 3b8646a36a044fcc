"""What the tabs of a case share: a form of case fields saved together, dates that may be unset,
whole months, and tables that show late things in red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.rules import day_text
from jagdesk.gui.dialogs.common.record_dialog import add_form_field, error_label
from jagdesk.gui.models.row_table_model import AnyIndex, Column, RowTableModel
from jagdesk.gui.widgets.record_table import RecordTable

LATE = QColor("#b00020")
UNSET = QDate(2000, 1, 1)  # the bottom of the range, shown as "not set"


def day(value: date | None) -> str:
    """A date as people in the UK write it ('' when there is none)."""
    return f"{value:%d/%m/%Y}" if value else ""


class Day(date):
    """A date that a table shows day first but sorts as a date."""

    def __str__(self) -> str:
        return self.strftime("%d/%m/%Y")


def table_day(value: date | None) -> Day | None:
    return Day(value.year, value.month, value.day) if value else None


class ShortDay(date):
    """A date that a table shows as the app's short date (1 Dec 2026) but sorts as a date."""

    def __str__(self) -> str:
        return day_text(self)


def short_day(value: date | None) -> ShortDay | None:
    return ShortDay(value.year, value.month, value.day) if value else None


class OptionalDate(QWidget):
    """A date that may be left unset ("not set"), with a button to clear it."""

    changed = Signal()

    def __init__(self, value: date | None = None, months: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = months  # whole months: shown as "Mar 2026", kept as the first day
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("MMM yyyy" if months else "dd/MM/yyyy")
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
        self.set_value(value)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        # An unset date's calendar would open in January 2000: open it on this month instead.
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


class LateModel(RowTableModel):
    """Rows whose `late(row)` is true are shown in red (an overdue review or action)."""

    def __init__(self, columns: Sequence[Column], late: Callable[[Any], bool], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._late = late

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = super().data(index, Qt.ItemDataRole.UserRole + 1)
            return LATE if row is not None and self._late(row) else None
        return super().data(index, role)


def late_table(title: str, noun: str, columns: Sequence[Column], late: Callable[[Any], bool]) -> RecordTable:
    """A RecordTable whose late rows are red."""
    table = RecordTable(title, noun, columns)
    table.model = LateModel(columns, late, table)
    table.proxy.setSourceModel(table.model)
    return table


class CaseTab(QWidget):
    """A tab of case fields that are saved together (Save or Ctrl+S), refusals shown at each field."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.save_button = QPushButton("&Save")
        self.save_button.setToolTip("Save this tab (Ctrl+S)")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_requested.emit)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def save_row(self) -> QHBoxLayout:
        """The row at the foot of the tab: the general refusal, then Save."""
        row = QHBoxLayout()
        row.addWidget(self.general_error, 1)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return row

    def add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        """A labelled field with room under it for the reason its value is refused."""
        self._errors[name] = add_form_field(form, label, widget)
        self._fields[name] = widget
        self.watch(widget)

    def watch(self, widget: QWidget) -> None:
        """Mark the tab changed when the user changes `widget`."""
        mark = self.mark_dirty
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(mark)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(mark)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(mark)
        elif isinstance(widget, OptionalDate):
            widget.changed.connect(mark)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(mark)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(mark)

    def mark_dirty(self, *_args: object) -> None:
        if not getattr(self, "_loading", False):
            self.dirty = True
            self.save_button.setEnabled(True)

    def fill(self, fill: Callable[[], None]) -> None:
        """Put a case's values in the fields without counting that as a change."""
        self._loading = True
        try:
            fill()
        finally:
            self._loading = False
        self.saved()

    def saved(self) -> None:
        self.dirty = False
        self.save_button.setEnabled(False)
        self.show_errors({})

    def values(self) -> dict[str, Any]:
        """This tab's CaseInput fields, by name."""
        raise NotImplementedError

    def field_error(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each reason at its field (others under the form); the cursor to the first refused field."""
        for label in (*self._errors.values(), self.general_error):
            label.hide()
        first: QWidget | None = None
        for name, reason in errors.items():
            label = self._errors.get(name, self.general_error)
            label.setText(reason if label is not self.general_error or not label.isVisible()
                          else f"{label.text()} {reason}")
            label.show()
            if name in self._fields:
                first = first or self._fields[name]
        if first is not None:
            first.setFocus()


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
