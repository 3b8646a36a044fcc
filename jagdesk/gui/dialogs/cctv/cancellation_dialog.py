"""The cancellation of an authorisation as soon as it is no longer needed: who, when, why, the
cameras down and everyone told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_cancellation_dialog import Ui_CancellationDialog


@dataclass(frozen=True)
class CancellationEntry:
    cancelled_on: date
    cancelled_by: str
    reason: str
    cameras_removed: bool
    all_told: bool


class CancellationDialog(RecordDialog):
    """Cancel the authorisation `urn`."""

    def __init__(self, save: Save, urn: str, officer: str, today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_CancellationDialog()
        super().__init__(f"Cancel {urn}", save, parent, ui)
        self.cancelled_on, self.cancelled_by, self.reason = ui.cancelled_on, ui.cancelled_by, ui.reason
        self.cameras_removed, self.all_told = ui.cameras_removed, ui.all_told
        show_day(self.cancelled_on, today)
        self.cancelled_by.setText(officer)
        self.cameras_removed.setChecked(True)
        self.all_told.setChecked(True)
        self.reason.setPlaceholderText("Why the surveillance is no longer needed")
        self.reason.setFocus()

    def values(self) -> CancellationEntry:
        return CancellationEntry(picked_day(self.cancelled_on), self.cancelled_by.text(),
                                 self.reason.toPlainText(), self.cameras_removed.isChecked(),
                                 self.all_told.isChecked())
