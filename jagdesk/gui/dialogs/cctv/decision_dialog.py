"""The decision on a request for a camera, approved or refused, with the reasons (a refusal is kept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_decision_dialog import Ui_DecisionDialog


@dataclass(frozen=True)
class DecisionEntry:
    decision: str
    decided_on: date
    decided_by: str
    reasons: str


class DecisionDialog(RecordDialog):
    """Approve or refuse a request."""

    def __init__(self, save: Save, site: str, today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_DecisionDialog()
        super().__init__(f"Decision on {site}", save, parent, ui)
        self.decision, self.decided_on, self.decided_by, self.reasons = (
            ui.decision, ui.decided_on, ui.decided_by, ui.reasons)
        choices(self.decision, [("Approved", "approved"), ("Refused", "refused")], "approved")
        show_day(self.decided_on, today)
        self.decided_by.setText("Joint Action Group")
        self.reasons.setPlaceholderText("Why: the evidence, the criteria met or not, other options")
        self.decision.setFocus()

    def values(self) -> DecisionEntry:
        return DecisionEntry(str(self.decision.currentData()), picked_day(self.decided_on),
                             self.decided_by.text(), self.reasons.toPlainText())
