"""The magistrate's decision on an authorisation: approved or refused, when, where and by whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_approval_dialog import Ui_ApprovalDialog


@dataclass(frozen=True)
class ApprovalEntry:
    decision: str
    decided_on: date
    decided_at: time
    court: str
    magistrate: str


class ApprovalDialog(RecordDialog):
    """Record the magistrate's decision; the authorisation takes effect on an approval."""

    def __init__(self, save: Save, urn: str, today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ApprovalDialog()
        super().__init__(f"Magistrate's decision on {urn}", save, parent, ui)
        self.decision, self.decided_on, self.decided_at = ui.decision, ui.decided_on, ui.decided_at
        self.court, self.magistrate = ui.court, ui.magistrate
        choices(self.decision, [("Approved", "approved"), ("Refused", "refused")], "approved")
        show_day(self.decided_on, today)
        self.decided_at.setTime(QTime(10, 0))
        self.decision.setFocus()

    def values(self) -> ApprovalEntry:
        at = self.decided_at.time().toPython()
        assert isinstance(at, time)
        return ApprovalEntry(str(self.decision.currentData()), picked_day(self.decided_on), at,
                             self.court.text(), self.magistrate.text())
