"""Reopening a closed case, saying why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from jagdesk.domain.problem_solving.vocabulary import CaseStatus
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.problem_solving.ui_reopen_dialog import Ui_ReopenDialog


@dataclass(frozen=True)
class ReopenEntry:
    reason: str
    status: str


class ReopenDialog(RecordDialog):
    """Reopen a closed case, saying why (new reports, the problem came back)."""

    def __init__(self, save: Save, title: str, parent: QWidget | None = None) -> None:
        self.ui = Ui_ReopenDialog()
        super().__init__(f"Reopen {title}", save, parent, self.ui)
        self.status, self.reason = self.ui.status, self.ui.reason
        choices(self.status, [(s.label, s.value) for s in CaseStatus if s != CaseStatus.CLOSED],
                CaseStatus.OPEN.value)
        self.reason.setFocus()

    def values(self) -> ReopenEntry:
        return ReopenEntry(self.reason.toPlainText(), str(self.status.currentData()))

