"""The widgets of the minutes-taking mode: its layout, and the one-line new action."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jagdesk.gui.dialogs.common.record_dialog import ERROR_STYLE
from jagdesk.services.reference.agencies import ContactRow

MATTER_ROWS = 4  # the matters arising shown at once at 1366 x 700
KEYS_HINT = ("Ctrl+PgDn or Alt+N: next item  ·  Ctrl+PgUp or Alt+P: previous  ·  "
             "Ctrl+Shift+A: new action  ·  saved as you type")


@dataclass(frozen=True)
class Matter:
    """An open action of an earlier meeting of the series, as the matters-arising item shows it."""

    id: uuid.UUID
    reference: str
    description: str
    owner: str  # "Priya Raman (Hertsmere Borough Council)", or whichever there is
    due_on: date | None
    status: str  # ActionStatus value
    latest_update: str  # "12 Nov 2026: text" or ""
    version: int


def owner_choices(contacts: Sequence[ContactRow]) -> list[tuple[str, uuid.UUID, str]]:
    """(what the completer offers, contact id, name) for each contact."""
    return [(f"{c.name} — {c.agency_name}" if c.agency_name else c.name, c.id, c.name)
            for c in contacts]


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
        self.due.setDisplayFormat("dd/MM/yyyy")
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


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    return box


class MinutesLayout:
    """Builds the minutes mode's widgets on `owner` and keeps them by name."""

    def __init__(self, owner: QWidget) -> None:
        self.previous_button = QPushButton("‹ Previous")
        self.previous_button.setToolTip("Previous item (Ctrl+PgUp or Alt+P)")
        self.next_button = QPushButton("Next ›")
        self.next_button.setToolTip("Next item (Ctrl+PgDn or Alt+N)")
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do this; Tab stays in the text
        self.position = QLabel()
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Save status")
        self.keep_button = QPushButton("Keep my text")
        self.keep_button.setToolTip("Save the text shown here over the other change")
        self.keep_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.position)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.keep_button)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setStyleSheet("color: palette(placeholder-text);")
        self.minutes_box = _text_box("Minutes", "What was said: type the minutes of this item here")
        self.decisions_box = _text_box("Decisions", "What the meeting decided")
        self.decisions_box.setFixedHeight(90)
        self.action_button = QPushButton("New action (Ctrl+Shift+A)")
        self.action_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.actions_view = QTreeWidget()
        self.actions_view.setRootIsDecorated(False)
        self.actions_view.setHeaderLabels(["Ref", "Action", "Owner", "Due"])
        self.actions_view.setAccessibleName("Actions agreed at this item")
        self.actions_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.actions_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.actions_view.setMaximumHeight(110)
        header = self.actions_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.no_actions = QLabel("No actions at this item yet.")
        self.no_actions.setStyleSheet("color: palette(placeholder-text);")
        self.matters_view = QTreeWidget()
        self.matters_view.setRootIsDecorated(False)
        self.matters_view.setHeaderLabels(["Ref", "Action", "Owner", "Due", "Status",
                                           "Latest update"])
        self.matters_view.setAccessibleName("Matters arising: open actions of earlier meetings")
        self.matters_view.setAlternatingRowColors(True)
        self.matters_view.setUniformRowHeights(True)
        header = self.matters_view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)  # the owner's name and agency: the tooltip has it whole
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.update_button = QPushButton("Add &update…")
        self.update_button.setToolTip("A dated update on the selected action (Enter on it)")
        self.done_button = QPushButton("Mark d&one")
        self.done_button.setToolTip("The selected action is done: closed today")
        self.matters_label = QLabel("<b>Matters arising</b>: the open actions of earlier meetings")
        matters_head = QHBoxLayout()
        matters_head.addWidget(self.matters_label)
        matters_head.addStretch(1)
        matters_head.addWidget(self.update_button)
        matters_head.addWidget(self.done_button)
        self.matters = QWidget()
        matters_box = QVBoxLayout(self.matters)
        matters_box.setContentsMargins(0, 0, 0, 0)
        matters_box.setSpacing(2)
        matters_box.addLayout(matters_head)
        matters_box.addWidget(self.matters_view)
        self.matters.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.matters.hide()
        self.action_row = ActionRowBox()
        self.hint = QLabel(KEYS_HINT)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)
        minutes_label = QLabel("Minutes:")  # no Alt+M: that is the Minutes tab's
        decisions_label = QLabel("De&cisions:")
        decisions_label.setBuddy(self.decisions_box)
        actions_head = QHBoxLayout()
        actions_head.addWidget(QLabel("<b>Actions agreed at this item</b>"))
        actions_head.addStretch(1)
        actions_head.addWidget(self.action_button)
        layout = QVBoxLayout(owner)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addWidget(self.matters)
        layout.addWidget(minutes_label)
        layout.addWidget(self.minutes_box, 1)  # the room left goes to the minutes
        layout.addWidget(decisions_label)
        layout.addWidget(self.decisions_box)
        layout.addLayout(actions_head)
        layout.addWidget(self.actions_view)
        layout.addWidget(self.no_actions)
        layout.addWidget(self.action_row)
        layout.addWidget(self.hint)

    def show_item(self, title: str, about: str, position: str) -> None:
        self.title.setText(title)
        self.about.setText(about)
        self.about.setVisible(bool(about))
        self.position.setText(position)

    def show_matters(self, matters: Sequence[Matter] | None) -> None:
        """The matters arising under a matters-arising item (None: another kind of item)."""
        self.matters.setVisible(matters is not None)
        current = self.matters_view.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.matters_view.clear()
        if matters is None:
            return
        self.matters_label.setText(
            f"<b>Matters arising</b>: {len(matters)} action{'s' if len(matters) != 1 else ''} of "
            "earlier meetings" if matters else "<b>Matters arising</b>: no open actions from "
            "earlier meetings")
        for matter in matters:
            due = f"{matter.due_on:%d/%m/%Y}" if matter.due_on else ""
            item = QTreeWidgetItem([matter.reference, matter.description, matter.owner, due,
                                    matter.status.capitalize(), matter.latest_update])
            item.setData(0, Qt.ItemDataRole.UserRole, matter.id)
            for column in (1, 2, 5):
                item.setToolTip(column, item.text(column))
            self.matters_view.addTopLevelItem(item)
            if matter.id == keep:
                self.matters_view.setCurrentItem(item)
        # As tall as its rows, up to MATTER_ROWS (then it scrolls): the minutes keep their room.
        rows = min(max(len(matters), 1), MATTER_ROWS)
        row_height = self.matters_view.sizeHintForRow(0) if matters else 22
        self.matters_view.setFixedHeight(self.matters_view.header().sizeHint().height()
                                         + rows * max(row_height, 18) + 2 * self.matters_view.frameWidth()
                                         + 2)
        first = self.matters_view.topLevelItem(0)
        if self.matters_view.currentItem() is None and first is not None:
            self.matters_view.setCurrentItem(first)

    def show_actions(self, actions: Sequence[Any]) -> None:
        self.actions_view.clear()
        for action in actions:
            owner = action.owner_name or action.agency_name
            due = f"{action.due_on:%d/%m/%Y}" if action.due_on else ""
            item = QTreeWidgetItem([action.reference, action.description, owner, due])
            item.setToolTip(1, action.description)
            self.actions_view.addTopLevelItem(item)
        self.actions_view.setVisible(bool(actions))
        self.no_actions.setVisible(not actions)
