"""The residents consulted before a mobile camera goes up: letters, responses, objections answered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_consultation_dialog import Ui_ConsultationDialog


@dataclass(frozen=True)
class ConsultationEntry:
    letters_sent_on: date
    responses: int
    objections: str
    answer: str


class ConsultationDialog(RecordDialog):
    """Record the consultation of the residents."""

    def __init__(self, save: Save, site: str, today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ConsultationDialog()
        super().__init__(f"Residents consulted about {site}", save, parent, ui)
        self.letters_sent_on, self.responses, self.objections, self.answer = (
            ui.letters_sent_on, ui.responses, ui.objections, ui.answer)
        show_day(self.letters_sent_on, today)
        self.letters_sent_on.setFocus()

    def values(self) -> ConsultationEntry:
        return ConsultationEntry(picked_day(self.letters_sent_on), self.responses.value(),
                                 self.objections.toPlainText(), self.answer.toPlainText())
