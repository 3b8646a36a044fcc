"""An action on a case: what, on which side of the triangle, by which technique, who, by when."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from jagdesk.domain.problem_solving.vocabulary import (
    TECHNIQUE_HEADINGS,
    TECHNIQUES_BY_KEY,
    ActionStatus,
    Side,
)
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.problem_solving.ui_action_dialog import Ui_ActionDialog
from jagdesk.services.problem_solving.actions import ActionInput, ActionRow
from jagdesk.services.reference.agencies import AgencyRow, ContactRow

NO_TECHNIQUE = "(none fits)"


def fill_techniques(combo: QComboBox, current: str) -> None:
    """The 25 techniques under their five headings (the headings cannot be chosen), `current` shown."""
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
    index = next((i for i in range(model.rowCount())
                  if model.item(i).data(Qt.ItemDataRole.UserRole) == current), 0)
    combo.setCurrentIndex(index)


class ActionDialog(RecordDialog):
    """Add or edit an action on a case: what, on which side, by which technique, who, by when.

    Given `agencies`, the agency is a choice for an action that no one person owns yet; otherwise
    it is shown, following the owner."""

    def __init__(self, save: Save, contacts: Sequence[ContactRow], initial: ActionRow | None = None,
                 side: str = "", agencies: Sequence[AgencyRow] = (),
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ActionDialog()
        super().__init__(f"Edit action {initial.reference}" if initial else "New action", save, parent,
                         ui)
        self._contacts = {c.id: c for c in contacts}
        self._agency_id = initial.owner_agency_id if initial else None
        self.description, self.side, self.technique = ui.description, ui.side, ui.technique
        self.owner, self.agency, self.due_on = ui.owner, ui.agency, ui.due_on
        self.status, self.completed_on = ui.status, ui.completed_on
        self.agency_choice: QComboBox | None = ui.agency_choice
        self.description.setPlainText(initial.description if initial else "")
        choices(self.side, [("(no side)", "")] + [(s.label, s.value) for s in Side],
                initial.side if initial else side)
        fill_techniques(self.technique, initial.technique if initial else "")
        choices(self.owner, [("(no owner yet)", None)]
                + [(f"{c.name} — {c.role}" if c.role else c.name, c.id) for c in contacts],
                initial.owner_contact_id if initial else None)
        self.due_on.set_value(initial.due_on if initial else None)
        choices(self.status, [(s.label, s.value) for s in ActionStatus],
                initial.status if initial else ActionStatus.OPEN.value)
        show_day(self.completed_on, initial.completed_on if initial else None)
        if agencies:
            choices(ui.agency_choice, [("(no agency yet)", None)]
                    + [(a.name, a.id) for a in agencies], self._agency_id)
            self.drop_row(ui.agency)
        else:  # the agency is shown, following the owner, not chosen
            self.drop_row(ui.agency_choice)
            self.agency_choice = None
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
        completed = picked_day(self.completed_on) if done else None
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

