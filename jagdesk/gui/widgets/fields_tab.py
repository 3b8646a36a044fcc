"""A tab of fields saved together: a case's OSARA tabs, a meeting's details, an action plan's item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from jagdesk.gui.dialogs.common.record_dialog import add_form_field, error_label
from jagdesk.gui.widgets.optional_date import OptionalDate


class FieldsTab(QWidget):
    """A tab of fields that are saved together (Save or Ctrl+S), refusals shown at each field."""

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
        """Put a record's values in the fields without counting that as a change."""
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
        """This tab's fields, by name (a case's tab: its CaseInput fields)."""
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
