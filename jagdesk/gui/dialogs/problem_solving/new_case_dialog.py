"""A new problem-solving case: its title, the problem, when it was opened, the owner, the review."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.problem_solving.ui_new_case_dialog import Ui_NewCaseDialog
from jagdesk.services.problem_solving.cases import CaseInput
from jagdesk.services.reference.agencies import ContactRow


class NewCaseDialog(RecordDialog):
    """Open a case: its title, the problem statement, when it was opened, the owner, the review."""

    def __init__(self, save: Save, contacts: Sequence[ContactRow], parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_NewCaseDialog()
        super().__init__("New problem-solving case", save, parent, ui)
        self.name, self.behaviour, self.place = ui.name, ui.behaviour, ui.place
        self.time_pattern, self.opened_on = ui.time_pattern, ui.opened_on
        self.owner, self.review_on = ui.owner, ui.review_on
        show_day(self.opened_on)
        choices(self.owner, [("(no owner yet)", None)]
                + [(f"{c.name}, {c.agency_name}", c.id) for c in contacts], None)
        self.name.setFocus()

    def values(self) -> CaseInput:
        return CaseInput(name=self.name.text(), opened_on=picked_day(self.opened_on),
                         behaviour=self.behaviour.toPlainText(), place=self.place.toPlainText(),
                         time_pattern=self.time_pattern.toPlainText(), owner_id=self.owner.currentData(),
                         review_on=self.review_on.value())
