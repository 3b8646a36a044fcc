"""A camera taken down, and its signage with it or later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_removal_dialog import Ui_RemovalDialog


@dataclass(frozen=True)
class RemovalEntry:
    removed_on: date
    signage_removed_on: date | None


class RemovalDialog(RecordDialog):
    """Record the removal; the signage's day once it is down (the camera's day by default; a
    covert camera has none)."""

    def __init__(self, save: Save, site: str, today: date, removed_on: date | None = None,
                 covert: bool = False, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_RemovalDialog()
        super().__init__(f"Camera removed from {site}", save, parent, ui)
        self.removed_on, self.signage_removed, self.signage_removed_on = (
            ui.removed_on, ui.signage_removed, ui.signage_removed_on)
        show_day(self.removed_on, removed_on or today)
        show_day(self.signage_removed_on, today)
        self.removed_on.setEnabled(removed_on is None)
        self.signage_removed.setChecked(True)
        self.signage_removed.toggled.connect(self.signage_removed_on.setEnabled)
        if covert:  # a covert camera has no signage
            self.signage_removed.setChecked(False)
            self.drop_row(self.signage_removed)
            self.drop_row(self.signage_removed_on)
        self.removed_on.setFocus()

    def values(self) -> RemovalEntry:
        down = picked_day(self.signage_removed_on) if self.signage_removed.isChecked() else None
        return RemovalEntry(picked_day(self.removed_on), down)
