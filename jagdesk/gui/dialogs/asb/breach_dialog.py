"""A breach of an intervention: when, which term, who reported it, the evidence, the action taken
and its result."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from jagdesk.domain.asb.vocabulary import BreachAction
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.asb.ui_breach_dialog import Ui_BreachDialog
from jagdesk.services.asb.types import BreachInput, TermRow


class BreachDialog(RecordDialog):
    """A breach of `what`, one of its `terms` (or none named)."""

    def __init__(self, save: Save, what: str, terms: tuple[TermRow, ...], today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_BreachDialog()
        super().__init__(f"Breach of {what}", save, parent, ui)
        ui.intro.setText(f"A breach of {what}. After saving, the register says what it suggests "
                         "doing next.")
        show_day(ui.breached_on, today)
        choices(ui.term_id, [("(no term named)", None),
                             *((f"{term.term_kind.capitalize()}: {term.text}", term.id) for term in terms)],
                terms[0].id if len(terms) == 1 else None)
        # A long term is cut short in the box (the list shows it whole), not the labels beside it.
        ui.term_id.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.term_id.setMinimumContentsLength(30)
        choices(ui.action, [(action.value.capitalize(), action.value) for action in BreachAction],
                BreachAction.NONE.value)
        ui.evidence.setPlaceholderText("Body-worn video, a witness statement, CCTV...")
        ui.breached_on.setFocus()

    def values(self) -> BreachInput:
        ui = self.ui
        return BreachInput(picked_day(ui.breached_on), ui.term_id.currentData(), ui.reported_by.text(),
                           ui.evidence.toPlainText(), ui.action.currentData(), ui.action_on.value(),
                           ui.result.toPlainText())
