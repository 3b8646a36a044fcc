"""A dated note of progress on an action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.problem_solving.ui_update_dialog import Ui_UpdateDialog
from jagdesk.gui.operations import call
from jagdesk.services.problem_solving.actions import ActionRow, UpdateRow, add_update
from jagdesk.store.opening import Store


@dataclass(frozen=True)
class UpdateEntry:
    written_on: date
    text: str


class UpdateDialog(RecordDialog):
    """A dated note of progress on an action."""

    def __init__(self, save: Save, action: ActionRow, parent: QWidget | None = None) -> None:
        self.ui = Ui_UpdateDialog()
        super().__init__(f"Update on {action.reference}", save, parent, self.ui)
        self.written_on, self.text = self.ui.written_on, self.ui.text
        self.ui.about.setText(action.description)
        show_day(self.written_on)
        self.text.setFocus()

    def values(self) -> UpdateEntry:
        return UpdateEntry(picked_day(self.written_on), self.text.toPlainText())

    @classmethod
    def add_to(cls, parent: QWidget | None, store: Store, action: ActionRow) -> UpdateRow | None:
        """Ask for a dated update on `action` and add it to the store (its own unit of work); the
        update added, or None if the user cancelled."""
        def save(entry: UpdateEntry) -> UpdateRow:
            return call(store, lambda uow: add_update(uow, action.id, entry.written_on, entry.text))

        added: UpdateRow | None = cls.ask(parent, save, action)
        return added
