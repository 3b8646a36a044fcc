"""Reopening a closed case, saying why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QWidget

from jagdesk.domain.problem_solving.vocabulary import CaseStatus
from jagdesk.gui.dialogs.common.fields import Save, choices, tab_chain, text_box
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog


@dataclass(frozen=True)
class ReopenEntry:
    reason: str
    status: str


class ReopenDialog(RecordDialog):
    """Reopen a closed case, saying why (new reports, the problem came back)."""

    def __init__(self, save: Save, title: str, parent: QWidget | None = None) -> None:
        super().__init__(f"Reopen {title}", save, parent)
        self.status = QComboBox()
        choices(self.status, [(s.label, s.value) for s in CaseStatus if s != CaseStatus.CLOSED],
                CaseStatus.OPEN.value)
        self.reason = text_box("", 90, "Why the case is opened again")
        self.add_field("status", "&Status:", self.status)
        self.add_field("reason", "&Reason:", self.reason)
        tab_chain(self.status, self.reason)
        self.reason.setFocus()

    def values(self) -> ReopenEntry:
        return ReopenEntry(self.reason.toPlainText(), str(self.status.currentData()))

