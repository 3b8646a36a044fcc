"""The applicant's request to the Police and Crime Commissioner to review a "threshold not met"
decision, and the PCC's outcome when it comes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.case_review.rules import PccOutcome
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_pcc_dialog import Ui_PccDialog
from jagdesk.services.case_review.rows import CaseReviewDetail


@dataclass(frozen=True)
class PccEntry:
    requested_on: date
    outcome: str  # "" while the PCC has not decided
    outcome_on: date | None


class PccDialog(RecordDialog):
    """Record the request to the PCC about `detail`'s application and any outcome."""

    def __init__(self, save: Save, detail: CaseReviewDetail, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_PccDialog()
        super().__init__(f"PCC review of {detail.reference}", save, parent, ui)
        self.requested_on, self.outcome, self.outcome_on = (ui.pcc_requested_on, ui.pcc_outcome,
                                                            ui.pcc_outcome_on)
        ui.what.setText(f"The applicant of {detail.reference} asks the Police and Crime Commissioner "
                        "to review the decision that the threshold was not met.")
        show_day(self.requested_on, detail.pcc_requested_on or today)
        choices(self.outcome, [("Not decided yet", ""),
                               ("Upheld: the threshold is not met", PccOutcome.UPHELD.value),
                               ("Overturned: the review goes ahead", PccOutcome.OVERTURNED.value)],
                detail.pcc_outcome)
        show_day(self.outcome_on, detail.pcc_outcome_on or today)
        self.outcome.currentIndexChanged.connect(self._on_outcome_changed)
        self._on_outcome_changed()
        self.requested_on.setFocus()

    def _on_outcome_changed(self, _index: int = 0) -> None:
        self.outcome_on.setEnabled(bool(self.outcome.currentData()))

    def values(self) -> PccEntry:
        outcome = str(self.outcome.currentData() or "")
        return PccEntry(picked_day(self.requested_on), outcome,
                        picked_day(self.outcome_on) if outcome else None)
