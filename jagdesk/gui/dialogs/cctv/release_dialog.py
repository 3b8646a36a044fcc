"""What footage was released to the requester, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_release_dialog import Ui_ReleaseDialog


@dataclass(frozen=True)
class ReleaseEntry:
    released: str
    released_on: date


class ReleaseDialog(RecordDialog):
    """Record the release of footage asked for by `requester`."""

    def __init__(self, save: Save, requester: str, today: date, released: str = "",
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ReleaseDialog()
        super().__init__(f"Footage released to {requester}", save, parent, ui)
        self.released, self.released_on = ui.released, ui.released_on
        self.released.setPlainText(released)
        self.released.setPlaceholderText("Which camera and times, the medium (such as a USB copy "
                                         "of 14:00-16:00), or viewing only")
        show_day(self.released_on, today)
        self.released.setFocus()

    def values(self) -> ReleaseEntry:
        return ReleaseEntry(self.released.toPlainText(), picked_day(self.released_on))
