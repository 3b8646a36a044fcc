"""Dialogs for problem-solving cases: a new case, closing and reopening one, and linking a person
to a side of its triangle."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jagdesk import APP_NAME
from jagdesk.domain.problem_solving.vocabulary import CaseStatus, Side
from jagdesk.errors import ValidationError
from jagdesk.gui.dialogs.hotspot_dialogs import Save, choices, date_edit, tab_chain, text_box
from jagdesk.gui.dialogs.record_dialog import RecordDialog
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.services.people.people import PersonRow
from jagdesk.services.problem_solving.cases import CaseInput
from jagdesk.services.reference.agencies import ContactRow

# What becomes of a closing case's open actions: the button's text, the service's word.
OPEN_ACTION_BUTTONS = (("Cancel them", "cancel"), ("Mark them done", "done"),
                       ("Leave them open", "leave"))


def _picked(edit: object) -> date:
    value = edit.date().toPython()  # type: ignore[attr-defined]
    assert isinstance(value, date)
    return value


class NewCaseDialog(RecordDialog):
    """Open a case: its title, the problem statement, when it was opened, the owner, the review."""

    def __init__(self, save: Save, contacts: Sequence[ContactRow], parent: QWidget | None = None) -> None:
        super().__init__("New problem-solving case", save, parent)
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.name.setPlaceholderText("For example: Street drinking at Shenley Road shops")
        self.behaviour = text_box("", 56, "What is happening: the behaviour people complain of")
        self.place = text_box("", 56, "Where exactly: the street, shop, park or block")
        self.time_pattern = text_box("", 56, "When: days, times, season")
        self.opened_on = date_edit()
        self.owner = QComboBox()
        choices(self.owner, [("(no owner yet)", None)]
                + [(f"{c.name}, {c.agency_name}", c.id) for c in contacts], None)
        self.review_on = OptionalDate()
        hint = QLabel("The reference (PS-year-number) is given when you save. The objective, "
                      "scanning, analysis, response and assessment follow on the case's tabs.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(hint)
        self.add_field("name", "&Title:", self.name)
        self.add_field("behaviour", "&Behaviour:", self.behaviour)
        self.add_field("place", "&Place:", self.place)
        self.add_field("time_pattern", "T&ime:", self.time_pattern)
        self.add_field("opened_on", "&Opened on:", self.opened_on)
        self.add_field("owner_id", "O&wner:", self.owner)
        self.add_field("review_on", "&Review on:", self.review_on)
        tab_chain(self.name, self.behaviour, self.place, self.time_pattern, self.opened_on,
                  self.owner, self.review_on.edit)
        self.name.setFocus()

    def values(self) -> CaseInput:
        return CaseInput(name=self.name.text(), opened_on=_picked(self.opened_on),
                         behaviour=self.behaviour.toPlainText(), place=self.place.toPlainText(),
                         time_pattern=self.time_pattern.toPlainText(), owner_id=self.owner.currentData(),
                         review_on=self.review_on.value())


@dataclass(frozen=True)
class CloseEntry:
    closed_on: date
    reason: str


class CloseCaseDialog(RecordDialog):
    """Close a case: the date and the reason (what was achieved, or why it stops)."""

    def __init__(self, save: Save, title: str, fate: str = "", parent: QWidget | None = None) -> None:
        super().__init__(f"Close {title}", save, parent)
        self.closed_on = date_edit()
        self.reason = text_box("", 90, "Resolved, handed to another team, no further reports…")
        self.add_field("closed_on", "&Closed on:", self.closed_on)
        self.add_field("reason", "&Reason:", self.reason)
        if fate:
            note = QLabel(fate)
            note.setWordWrap(True)
            self.form.addRow("", note)
        tab_chain(self.closed_on, self.reason)
        self.reason.setFocus()

    def values(self) -> CloseEntry:
        return CloseEntry(_picked(self.closed_on), self.reason.toPlainText())


@dataclass(frozen=True)
class ReopenEntry:
    reason: str
    status: str


class ReopenDialog(RecordDialog):
    """Reopen a closed case, saying why (new reports, the problem came back)."""

    def __init__(self, save: Save, title: str, parent: QWidget | None = None) -> None:
        super().__init__(f"Reopen {title}", save, parent)
        self.status = QComboBox()
        choices(self.status, [(s.label, s.value) for s in CaseStatus if s != CaseStatus.CLOSED],
                CaseStatus.OPEN.value)
        self.reason = text_box("", 90, "Why the case is opened again")
        self.add_field("status", "&Status:", self.status)
        self.add_field("reason", "&Reason:", self.reason)
        tab_chain(self.status, self.reason)
        self.reason.setFocus()

    def values(self) -> ReopenEntry:
        return ReopenEntry(self.reason.toPlainText(), str(self.status.currentData()))


def ask_open_actions(parent: QWidget | None, count: int) -> str | None:
    """Ask what becomes of a closing case's open actions: "cancel", "done", "leave", or None."""
    many = "actions are" if count != 1 else "action is"
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                      f"{count} {many} still open on this case. What should become of "
                      f"{'them' if count != 1 else 'it'} when the case is closed?", parent=parent)
    buttons = {box.addButton(text, QMessageBox.ButtonRole.AcceptRole): word
               for text, word in OPEN_ACTION_BUTTONS}
    keep = box.addButton("Don't close", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return next((word for button, word in buttons.items() if button is clicked), None)


@dataclass(frozen=True)
class LinkEntry:
    person_id: uuid.UUID
    side: str
    role: str


class LinkPersonDialog(RecordDialog):
    """Pick a person from the register and link them to a side of the triangle, with their part."""

    def __init__(self, save: Save, find: Callable[[str], Sequence[PersonRow]], side: str,
                 parent: QWidget | None = None) -> None:
        super().__init__("Link a person to the case", save, parent)
        self.setMinimumWidth(520)
        self._find = find
        self.search = QLineEdit()
        self.search.setPlaceholderText("Name, alias, postcode or date of birth")
        self.search.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setMinimumHeight(180)
        self.none_found = QLabel()
        self.none_found.setWordWrap(True)
        self.none_found.setStyleSheet("color: palette(placeholder-text);")
        picker = QWidget()
        column = QVBoxLayout(picker)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.people)
        column.addWidget(self.none_found)
        self.side = QComboBox()
        choices(self.side, [(s.label, s.value) for s in Side], side)
        self.role = QLineEdit()
        self.role.setPlaceholderText("For example: shop manager, reported the abuse, ringleader")
        self.add_field("search", "&Find:", picker)
        self._fields["person_id"] = self.people
        self._error_labels["person_id"] = self._error_labels.pop("search")
        self.search.setAccessibleName("Find a person")
        self.people.setAccessibleName("People on the register")
        self.add_field("side", "&Side:", self.side)
        self.add_field("role", "&Role:", self.role)
        tab_chain(self.search, self.people, self.side, self.role)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._on_search_text_changed("")
        self.search.setFocus()

    def _on_search_text_changed(self, text: str) -> None:
        self.people.clear()
        found = self._find(text)
        for row in found:
            born = f", born {row.born_text}" if row.born_text else ""
            flags = f" ({row.flags_text})" if row.flags_text else ""
            item = QListWidgetItem(f"{row.name}{born}{flags}", self.people)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if len(found) == 1:
            self.people.setCurrentRow(0)
        self.none_found.setText("" if found else "No one on the register matches: add them on the "
                                                 "People page first.")
        self.none_found.setVisible(not found)

    def choose(self, name: str) -> bool:
        """Select the person shown as `name` (for the keyboard-less, and tests)."""
        for index in range(self.people.count()):
            if self.people.item(index).text().startswith(name):
                self.people.setCurrentRow(index)
                return True
        return False

    def values(self) -> LinkEntry:
        item = self.people.currentItem()
        if item is None or not item.isSelected():
            raise ValidationError({"person_id": "Choose the person from the list."})
        return LinkEntry(item.data(Qt.ItemDataRole.UserRole), str(self.side.currentData()),
                         self.role.text())
