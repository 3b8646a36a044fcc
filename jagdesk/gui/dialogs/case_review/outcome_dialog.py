"""The outcome of the review sent to the applicant, with the letter in Word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.common.day_text import day_text
from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_outcome_dialog import Ui_OutcomeDialog
from jagdesk.services.case_review.rows import CaseReviewDetail


@dataclass(frozen=True)
class OutcomeEntry:
    sent_on: date
    write_letter: bool


class OutcomeDialog(RecordDialog):
    """Record the day the outcome of `detail`'s review was sent."""

    def __init__(self, save: Save, detail: CaseReviewDetail, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_OutcomeDialog()
        super().__init__(f"Outcome of {detail.reference}", save, parent, ui)
        self.sent_on, self.write_letter = ui.outcome_sent_on, ui.write_letter
        held = day_text(detail.review_held_on) if detail.review_held_on else "not yet"
        due = next((s.due_on for s in detail.steps if s.step == "outcome"), None)
        ui.what.setText(f"The review of {detail.reference} was held {held}; "
                        + (f"its outcome is due by {day_text(due)}." if due else "its outcome is due."))
        show_day(self.sent_on, today)
        self.write_letter.setChecked(True)
        self.sent_on.setFocus()

    def values(self) -> OutcomeEntry:
        return OutcomeEntry(picked_day(self.sent_on), self.write_letter.isChecked())
