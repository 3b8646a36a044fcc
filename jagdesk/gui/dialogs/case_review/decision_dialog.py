"""The decision on the threshold: the result the complaints give, with its reasoning, and where
they do not meet it the officer's choice to find it met on other grounds, with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtWidgets import QWidget

from jagdesk.domain.case_review.rules import other_grounds_problem
from jagdesk.errors import ValidationError
from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_decision_dialog import Ui_DecisionDialog
from jagdesk.services.case_review.rows import CaseReviewDetail


@dataclass(frozen=True)
class DecisionEntry:
    decided_on: date
    other_grounds: str  # "" unless met on other grounds


class DecisionDialog(RecordDialog):
    """Decide on the threshold of `detail`'s application."""

    def __init__(self, save: Save, detail: CaseReviewDetail, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_DecisionDialog()
        super().__init__(f"Decide on the threshold of {detail.reference}", save, parent, ui)
        self.decided_on, self.reasoning = ui.decided_on, ui.reasoning
        self.on_other_grounds, self.other_grounds = ui.on_other_grounds, ui.other_grounds
        threshold = detail.threshold
        # The complaints' own result: a decision made before shows it met on other grounds.
        computed = "met" if threshold.computed else "not met"
        lines = "".join(f"<li>{escape(check.why)}</li>" for check in threshold.checks)
        self.reasoning.setHtml(f"<p><b>The complaints: threshold {computed}</b> "
                               f"({threshold.counted} of {threshold.needed} qualifying incidents).</p>"
                               f"<p>{escape(threshold.summary)}</p><ul>{lines}</ul>")
        show_day(self.decided_on, today)
        self.other_grounds.setPlainText(detail.other_grounds)
        self.other_grounds.setPlaceholderText("Why the threshold is met although the complaints "
                                              "alone do not meet it")
        self.on_other_grounds.setChecked(bool(detail.other_grounds))
        self.on_other_grounds.setEnabled(not threshold.computed)
        self.on_other_grounds.toggled.connect(self.other_grounds.setEnabled)
        self.other_grounds.setEnabled(self.on_other_grounds.isChecked())
        self.decided_on.setFocus()

    def values(self) -> DecisionEntry:
        reason = self.other_grounds.toPlainText() if self.on_other_grounds.isChecked() else ""
        # Ticked with no reason: refused here, as the service would take it for no other grounds.
        problem = other_grounds_problem(reason) if self.on_other_grounds.isChecked() else None
        if problem:
            raise ValidationError({"other_grounds": problem})
        return DecisionEntry(picked_day(self.decided_on), reason)
