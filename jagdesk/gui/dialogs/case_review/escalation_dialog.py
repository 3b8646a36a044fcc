"""The applicant's request for the review to be looked at again, and its outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_escalation_dialog import Ui_EscalationDialog
from jagdesk.services.case_review.rows import CaseReviewDetail


@dataclass(frozen=True)
class EscalationEntry:
    escalated_on: date
    outcome: str
    outcome_on: date | None


class EscalationDialog(RecordDialog):
    """Record the escalation of `detail`'s review and, once decided, its outcome."""

    def __init__(self, save: Save, detail: CaseReviewDetail, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_EscalationDialog()
        super().__init__(f"Escalation of {detail.reference}", save, parent, ui)
        self.escalated_on, self.decided = ui.escalated_on, ui.decided
        self.outcome, self.outcome_on = ui.escalation_outcome, ui.escalation_outcome_on
        ui.what.setText(f"The applicant of {detail.reference} asks for the review to be looked at "
                        "again.")
        show_day(self.escalated_on, detail.escalated_on or today)
        self.outcome.setPlainText(detail.escalation_outcome)
        self.outcome.setPlaceholderText("What the second look found")
        show_day(self.outcome_on, detail.escalation_outcome_on or today)
        self.decided.setChecked(detail.escalation_outcome_on is not None)
        self.decided.toggled.connect(self._on_decided_toggled)
        self._on_decided_toggled(self.decided.isChecked())
        self.escalated_on.setFocus()

    def _on_decided_toggled(self, on: bool) -> None:
        self.outcome.setEnabled(on)
        self.outcome_on.setEnabled(on)

    def values(self) -> EscalationEntry:
        on = self.decided.isChecked()
        # Ticked with no outcome written: the service asks for both.
        return EscalationEntry(picked_day(self.escalated_on), self.outcome.toPlainText() if on else "",
                               picked_day(self.outcome_on) if on else None)
