"""Closing a case: the date and the reason, and first what becomes of its open actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from jagdesk import APP_NAME
from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.problem_solving.ui_close_case_dialog import Ui_CloseCaseDialog

# What becomes of a closing case's open actions: the button's text, the service's word.
OPEN_ACTION_BUTTONS = (("Cancel them", "cancel"), ("Mark them done", "done"),
                       ("Leave them open", "leave"))


@dataclass(frozen=True)
class CloseEntry:
    closed_on: date
    reason: str


class CloseCaseDialog(RecordDialog):
    """Close a case: the date and the reason (what was achieved, or why it stops)."""

    def __init__(self, save: Save, title: str, fate: str = "", parent: QWidget | None = None) -> None:
        self.ui = Ui_CloseCaseDialog()
        super().__init__(f"Close {title}", save, parent, self.ui)
        self.closed_on, self.reason = self.ui.closed_on, self.ui.reason
        show_day(self.closed_on)
        self.ui.fate.setText(fate)
        if not fate:
            self.drop_row(self.ui.fate)
        self.reason.setFocus()

    def values(self) -> CloseEntry:
        return CloseEntry(picked_day(self.closed_on), self.reason.toPlainText())



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

