"""A new action from the action log: where it was agreed (a meeting, at one of its agenda items, or a
case), then the action as on a case."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from jagdesk.gui.dialogs.common.fields import Save, tab_chain
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.services.meetings.action_log import ActionHome
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.services.reference.agencies import AgencyRow, ContactRow


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

