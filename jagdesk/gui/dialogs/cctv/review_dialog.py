"""A review: its day, who reviewed and the outcome (of a deployment or of an authorisation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_review_dialog import Ui_ReviewDialog


@dataclass(frozen=True)
class ReviewEntry:
    reviewed_on: date
    reviewer: str
    outcome: str


class ReviewDialog(RecordDialog):
    """Record a review of `what`."""

    def __init__(self, save: Save, what: str, today: date, reviewer: str = "",
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ReviewDialog()
        super().__init__(f"Review of {what}", save, parent, ui)
        self.reviewed_on, self.reviewer, self.outcome = ui.reviewed_on, ui.reviewer, ui.outcome
        show_day(self.reviewed_on, today)
        self.reviewer.setText(reviewer)
        self.outcome.setPlaceholderText("Still needed? What it has shown; what happens next")
        self.reviewed_on.setFocus()

    def values(self) -> ReviewEntry:
        return ReviewEntry(picked_day(self.reviewed_on), self.reviewer.text(),
                           self.outcome.toPlainText())
