"""Dialogs for actions: the action itself (side, technique, owner, agency, due date, status), a new
one from the action log (at a meeting's agenda item or on a case), and a dated update on one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from jagdesk.domain.problem_solving.vocabulary import (
    TECHNIQUE_HEADINGS,
    TECHNIQUES_BY_KEY,
    ActionStatus,
    Side,
)
from jagdesk.gui.dialogs.hotspot_dialogs import Save, choices, date_edit, tab_chain, text_box
from jagdesk.gui.dialogs.record_dialog import RecordDialog
from jagdesk.gui.operations import call
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.services.meetings.action_log import ActionHome
from jagdesk.services.problem_solving.actions import ActionInput, ActionRow, UpdateRow, add_update
from jagdesk.services.reference.agencies import AgencyRow, ContactRow
from jagdesk.store.opening import Store

NO_TECHNIQUE = "(none fits)"


def technique_combo(current: str) -> QComboBox:
    """The 25 techniques under their five headings (the headings cannot be chosen)."""
    combo = QComboBox()
    model = QStandardItemModel(combo)
    none = QStandardItem(NO_TECHNIQUE)
    none.setData("", Qt.ItemDataRole.UserRole)
    model.appendRow(none)
    bold = QFont()
    bold.setBold(True)
    for heading, titles in TECHNIQUE_HEADINGS.items():
        head = QStandardItem(heading)
        head.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
        head.setFont(bold)
        model.appendRow(head)
        for title in titles:
            key = next(k for k, t in TECHNIQUES_BY_KEY.items() if t.title == title)
            item = QStandardItem(f"    {title}")
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setToolTip(f"{heading}: {title}")
            model.appendRow(item)
    combo.setModel(model)
    combo.setMaxVisibleItems(16)
    index = next((i for i in range(model.rowCount())
                  if model.item(i).data(Qt.ItemDataRole.UserRole) == current), 0)
    combo.setCurrentIndex(index)
    return combo


class ActionDialog(RecordDialog):
    """Add or edit an action on a case: what, on which side, by which technique, who, by when.

    Given `agencies`, the agency is a choice for an action that no one person owns yet; otherwise
    it is shown, following the owner."""

    def __init__(self, save: Save, contacts: Sequence[ContactRow], initial: ActionRow | None = None,
                 side: str = "", agencies: Sequence[AgencyRow] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(f"Edit action {initial.reference}" if initial else "New action", save, parent)
        self.setMinimumWidth(560)
        self._contacts = {c.id: c for c in contacts}
        self._agency_id = initial.owner_agency_id if initial else None
        self.agency_choice: QComboBox | None = None
        self.description = text_box(initial.description if initial else "", 70,
                                    "What will be done, and where")
        self.side = QComboBox()
        choices(self.side, [("(no side)", "")] + [(s.label, s.value) for s in Side],
                initial.side if initial else side)
        self.technique = technique_combo(initial.technique if initial else "")
        self.owner = QComboBox()
        choices(self.owner, [("(no owner yet)", None)]
                + [(f"{c.name} — {c.role}" if c.role else c.name, c.id) for c in contacts],
                initial.owner_contact_id if initial else None)
        self.agency = QLabel()
        self.agency.setAccessibleName("Agency")
        self.due_on = OptionalDate(initial.due_on if initial else None)
        self.status = QComboBox()
        choices(self.status, [(s.label, s.value) for s in ActionStatus],
                initial.status if initial else ActionStatus.OPEN.value)
        self.completed_on = date_edit(initial.completed_on if initial else None)
        self.add_field("description", "&Action:", self.description)
        self.add_field("side", "&Side:", self.side)
        self.add_field("technique", "&Technique:", self.technique)
        self.add_field("owner_contact_id", "&Owner:", self.owner)
        if agencies:
            self.agency_choice = QComboBox()
            choices(self.agency_choice, [("(no agency yet)", None)]
                    + [(a.name, a.id) for a in agencies], self._agency_id)
            self.add_field("owner_agency_id", "A&gency:", self.agency_choice)
        else:
            self.form.addRow("Agency:", self.agency)
        self.add_field("due_on", "&Due by:", self.due_on)
        self.add_field("status", "Stat&us:", self.status)
        self.add_field("completed_on", "&Completed on:", self.completed_on)
        tab_chain(self.description, self.side, self.technique, self.owner,
                  *([self.agency_choice] if self.agency_choice is not None else []),
                  self.due_on.edit, self.status, self.completed_on)
        self.owner.currentIndexChanged.connect(self._on_owner_current_index_changed)
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self._on_owner_current_index_changed()
        self._on_status_current_index_changed()
        self.description.setFocus()

    def _on_owner_current_index_changed(self, _index: int = 0) -> None:
        # The agency follows the owner: the action is the agency's, whoever holds it there.
        contact = self._contacts.get(self.owner.currentData())
        if contact is not None:
            self._agency_id = contact.agency_id
        self.agency.setText(contact.agency_name if contact else "(the owner's agency)")
        if self.agency_choice is not None:
            # With an owner the agency is theirs; without one, the agency that will see it done.
            if contact is not None:
                choices_select(self.agency_choice, contact.agency_id)
            self.agency_choice.setEnabled(contact is None)

    def _on_status_current_index_changed(self, _index: int = 0) -> None:
        done = self.status.currentData() == ActionStatus.DONE
        self.completed_on.setEnabled(done)
        holder = self.completed_on.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, done)

    def values(self) -> ActionInput:
        done = self.status.currentData() == ActionStatus.DONE
        completed = self.completed_on.date().toPython() if done else None
        assert completed is None or isinstance(completed, date)
        owner: uuid.UUID | None = self.owner.currentData()
        agency = self.agency_choice.currentData() if self.agency_choice is not None else self._agency_id
        return ActionInput(
            description=self.description.toPlainText(), side=str(self.side.currentData()),
            technique=str(self.technique.currentData() or ""), owner_contact_id=owner,
            owner_agency_id=agency if owner is None else None,
            due_on=self.due_on.value(), status=str(self.status.currentData()), completed_on=completed)


def choices_select(combo: QComboBox, value: object) -> None:
    """Show the item whose value is `value` (UUIDs compared in Python, as choices() does)."""
    index = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
    if index >= 0:
        combo.setCurrentIndex(index)


@dataclass(frozen=True)
class LogActionEntry:
    """A new action from the action log: where it was agreed, and the action."""

    item_id: uuid.UUID | None  # the meeting's agenda item
    case_id: uuid.UUID | None
    data: ActionInput


class LogActionDialog(ActionDialog):
    """A new action from the action log: first where it was agreed (a meeting, at one of its agenda
    items, or a case), then the action as on a case."""

    def __init__(self, save: Save, homes: Sequence[ActionHome], contacts: Sequence[ContactRow],
                 agencies: Sequence[AgencyRow] = (), meeting_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, contacts, None, "", agencies, parent)
        self.setWindowTitle("New action")
        self._homes = list(homes)
        self.home = QComboBox()
        self.home.setMaxVisibleItems(20)
        self.home.setMinimumContentsLength(40)
        self.home.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        model = QStandardItemModel(self.home)
        bold = QFont()
        bold.setBold(True)
        for heading, wanted in (("Meetings", True), ("Cases", False)):
            group = [h for h in self._homes if (h.meeting_id is not None) == wanted]
            if not group:
                continue
            head = QStandardItem(heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice
            head.setFont(bold)
            model.appendRow(head)
            for home in group:
                item = QStandardItem(f"    {home.label}")
                item.setData(self._homes.index(home), Qt.ItemDataRole.UserRole)
                item.setToolTip(home.label)
                model.appendRow(item)
        self.home.setModel(model)
        self.item = QComboBox()
        self.item.setMinimumContentsLength(30)
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_field("home", "Agreed &for:", self.home)
        self.add_field("item_id", "Agenda &item:", self.item)
        # Where the action belongs comes first in the form, as the officer thinks of it.
        for widget in (self.item, self.home):
            holder = widget.parentWidget()
            assert holder is not None
            row, _role = cast(tuple[int, object], self.form.getWidgetPosition(holder))
            taken = self.form.takeRow(row)
            label, field = taken.labelItem.widget(), taken.fieldItem.widget()
            assert label is not None and field is not None
            self.form.insertRow(0, label, field)
        first = next((i for i in range(model.rowCount())
                      if model.item(i).data(Qt.ItemDataRole.UserRole) is not None
                      and (meeting_id is None
                           or self._homes[model.item(i).data(Qt.ItemDataRole.UserRole)].meeting_id
                           == meeting_id)), 0)
        self.home.setCurrentIndex(first)
        self.home.currentIndexChanged.connect(self._on_home_current_index_changed)
        self._on_home_current_index_changed()
        tab_chain(self.home, self.item, self.description)
        self.home.setFocus()

    def current_home(self) -> ActionHome | None:
        index = self.home.currentData(Qt.ItemDataRole.UserRole)
        return self._homes[index] if isinstance(index, int) else None

    def _on_home_current_index_changed(self, _index: int = 0) -> None:
        home = self.current_home()
        self.item.clear()
        for item_id, text in home.items if home is not None else ():
            self.item.addItem(text, item_id)
        holder = self.item.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, bool(home is not None and home.meeting_id))

    def values(self) -> LogActionEntry:  # type: ignore[override]
        home = self.current_home()
        item_id = self.item.currentData() if home is not None and home.meeting_id else None
        return LogActionEntry(item_id, home.case_id if home is not None else None, super().values())


@dataclass(frozen=True)
class UpdateEntry:
    written_on: date
    text: str


class UpdateDialog(RecordDialog):
    """A dated note of progress on an action."""

    def __init__(self, save: Save, action: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(f"Update on {action.reference}", save, parent)
        about = QLabel(action.description)
        about.setWordWrap(True)
        self.form.addRow("Action:", about)
        self.written_on = date_edit()
        self.text = text_box("", 110, "What has been done, what is next, any problems")
        self.add_field("written_on", "&Date:", self.written_on)
        self.add_field("text", "&Update:", self.text)
        tab_chain(self.written_on, self.text)
        self.text.setFocus()

    def values(self) -> UpdateEntry:
        on = self.written_on.date().toPython()
        assert isinstance(on, date)
        return UpdateEntry(on, self.text.toPlainText())

    @classmethod
    def add_to(cls, parent: QWidget | None, store: Store, action: ActionRow) -> UpdateRow | None:
        """Ask for a dated update on `action` and add it to the store (its own unit of work); the
        update added, or None if the user cancelled."""
        def save(entry: UpdateEntry) -> UpdateRow:
            return call(store, lambda uow: add_update(uow, action.id, entry.written_on, entry.text))

        added: UpdateRow | None = cls.ask(parent, save, action)
        return added
