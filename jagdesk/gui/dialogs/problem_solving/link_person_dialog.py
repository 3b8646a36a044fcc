"""A person from the register linked to a side of a case's triangle, with their part."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.errors import ValidationError
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.problem_solving.ui_link_person_dialog import Ui_LinkPersonDialog
from jagdesk.services.people.people import PersonRow


@dataclass(frozen=True)
class LinkEntry:
    person_id: uuid.UUID
    side: str
    role: str


class LinkPersonDialog(RecordDialog):
    """Pick a person from the register and link them to a side of the triangle, with their part."""

    def __init__(self, save: Save, find: Callable[[str], Sequence[PersonRow]], side: str,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_LinkPersonDialog()
        super().__init__("Link a person to the case", save, parent, ui)
        self._find = find
        self.search, self.people, self.none_found = ui.search, ui.people, ui.none_found
        self.side, self.role = ui.side, ui.role
        # A refusal under the search is about the person chosen in the list.
        self._fields["person_id"] = self.people
        choices(self.side, [(s.label, s.value) for s in Side], side)
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
