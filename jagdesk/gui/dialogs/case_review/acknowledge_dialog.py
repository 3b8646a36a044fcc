"""The day an application was acknowledged."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.domain.common.day_text import day_text
from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_acknowledge_dialog import Ui_AcknowledgeDialog


class AcknowledgeDialog(RecordDialog):
    """Record the acknowledgement of application `reference`, due by `due_on`."""

    def __init__(self, save: Save, reference: str, due_on: date | None, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_AcknowledgeDialog()
        super().__init__(f"Acknowledge {reference}", save, parent, ui)
        self.acknowledged_on = ui.acknowledged_on
        ui.what.setText(f"Acknowledge the application {reference}"
                        + (f" (due by {day_text(due_on)})." if due_on else "."))
        show_day(self.acknowledged_on, today)
        self.acknowledged_on.setFocus()

    def values(self) -> date:
        return picked_day(self.acknowledged_on)
