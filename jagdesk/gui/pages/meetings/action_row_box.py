"""An action agreed at an item, in the minutes mode: its description, owner and due date, added
without leaving the keyboard."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.dialogs.common.record_dialog import ERROR_STYLE
from jagdesk.gui.widgets.optional_date import QT_DAY_FORMAT


class ActionRowBox(QFrame):
    """Description, owner (type-ahead over the contacts) and due date; Enter saves, Esc cancels."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._owners: list[tuple[str, uuid.UUID, str]] = []
        self.description = QLineEdit(placeholderText="New action: what will be done")
        self.description.setAccessibleName("New action")
        self.owner = QLineEdit(placeholderText="Owner: type a name")
        self.owner.setAccessibleName("Owner")
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(self.completer)
        self.due = QDateEdit()
        self.due.setDisplayFormat(QT_DAY_FORMAT)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName("Due by")
        self.hint = QLabel("Enter saves · Esc cancels")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        fields = QHBoxLayout()
        fields.addWidget(self.description, 5)
        fields.addWidget(self.owner, 3)
        fields.addWidget(QLabel("Due:"))
        fields.addWidget(self.due)
        fields.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        for widget in (self.description, self.owner, self.due):
            widget.installEventFilter(self)
        QWidget.setTabOrder(self.description, self.owner)
        QWidget.setTabOrder(self.owner, self.due)
        self.hide()

    def set_owners(self, owners: list[tuple[str, uuid.UUID, str]]) -> None:
        self._owners = owners
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([text for text, _id, _name in owners])

    def open(self, due: QDate) -> None:
        self.description.clear()
        self.owner.clear()
        self.due.setDate(due)
        self.error.hide()
        self.show()
        self.description.setFocus()

    def close_row(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        self.hide()

    def due_on(self) -> date:
        picked = self.due.date().toPython()
        assert isinstance(picked, date)
        return picked

    def owner_id(self) -> tuple[uuid.UUID | None, str]:
        """The contact typed in Owner (None when left empty), or the reason it is not one."""
        text = " ".join(self.owner.text().split()).casefold()
        if not text:
            return None, ""
        for matches in (lambda offer, name: offer.casefold() == text or name.casefold() == text,
                        lambda offer, _name: text in offer.casefold()):
            found = {contact_id for offer, contact_id, name in self._owners if matches(offer, name)}
            if len(found) == 1:
                return found.pop(), ""
            if len(found) > 1:
                return None, f"More than one contact matches '{self.owner.text().strip()}': pick one " \
                             "from the list."
        return None, f"No contact matches '{self.owner.text().strip()}': pick one from the list, or " \
                     "add them on the Agencies page."

    def field_for(self, name: str) -> QWidget:
        return {"owner_contact_id": self.owner, "due_on": self.due}.get(name, self.description)

    def show_error(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel_requested.emit()
                return True
        return super().eventFilter(watched, event)
