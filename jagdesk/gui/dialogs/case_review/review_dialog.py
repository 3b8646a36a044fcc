"""The review held: its day, a summary, and the recommendations it agreed, each with an owner and
a due date (each becomes an action of the review meeting in the action log)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from jagdesk.domain.common.day_text import day_text
from jagdesk.gui.dialogs.case_review.cells import (
    add_cells,
    cell_day,
    cell_id,
    cell_text,
    choice_cell,
    day_cell,
    table_columns,
    text_cell,
)
from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_review_dialog import Ui_ReviewDialog
from jagdesk.services.case_review.choices import Choice
from jagdesk.services.case_review.rows import CaseReviewDetail
from jagdesk.services.problem_solving.actions import ActionInput

# A recommendation's due date to start from: four weeks after the review.
DUE_AFTER = timedelta(days=28)


@dataclass(frozen=True)
class ReviewEntry:
    held_on: date
    summary: str
    recommendations: tuple[ActionInput, ...]


class ReviewDialog(RecordDialog):
    """Record the review of `detail`'s application with its recommendations."""

    def __init__(self, save: Save, detail: CaseReviewDetail, contacts: Sequence[Choice], today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ReviewDialog()
        super().__init__(f"Record the review of {detail.reference}", save, parent, ui)
        self.held_on, self.summary, self.table = ui.review_held_on, ui.summary, ui.recommendations
        self.owners: list[tuple[str, object]] = [("(no owner yet)", None), *((n, i) for i, n in contacts)]
        due = next((s.due_on for s in detail.steps if s.step == "review"), None)
        ui.what.setText(f"The review of {detail.reference}"
                        + (f", due by {day_text(due)}." if due else ".")
                        + (f" Recommendations recorded already: {len(detail.recommendations)}."
                           if detail.recommendations else ""))
        show_day(self.held_on, today)
        self.summary.setPlainText(detail.review_summary)
        self.summary.setPlaceholderText("What the panel found")
        table_columns(self.table, ("Recommendation", "Owner", "Due"), (330, 200, 120))
        ui.add_recommendation.clicked.connect(lambda: self.add_recommendation())
        ui.remove_recommendation.clicked.connect(self._on_remove_clicked)
        self.held_on.setFocus()

    def add_recommendation(self, text: str = "", owner: str = "") -> int:
        """A new row of the table; its number."""
        owner_id = next((value for name, value in self.owners if owner and name.startswith(owner)), None)
        row = add_cells(self.table, text_cell(text, "What should be done"),
                        choice_cell(self.owners, owner_id),
                        day_cell(picked_day(self.held_on) + DUE_AFTER))
        widget = self.table.cellWidget(row, 0)
        if widget is not None:
            widget.setFocus()
        return row

    def _on_remove_clicked(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def values(self) -> ReviewEntry:
        table = self.table
        recommendations = tuple(
            ActionInput(cell_text(table, row, 0), owner_contact_id=cell_id(table, row, 1),
                        due_on=cell_day(table, row, 2))
            for row in range(table.rowCount()) if cell_text(table, row, 0).strip())
        return ReviewEntry(picked_day(self.held_on), self.summary.toPlainText(), recommendations)
