"""A subject access request: the day it came and the folder the disclosure is written in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.governance.ui_subject_access_dialog import Ui_SubjectAccessDialog


@dataclass(frozen=True)
class AccessEntry:
    """When the request was received and where its files go."""

    received_on: date
    folder: Path


class SubjectAccessDialog(RecordDialog):
    """Record `name`'s subject access request and write what the store holds about them."""

    def __init__(self, save: Save, name: str, today: date, folder: Path,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_SubjectAccessDialog()
        super().__init__(f"Subject access request: {name}", save, parent, ui)
        ui.what.setText(f"{name} asked for what the partnership holds about them.")
        show_day(ui.received_on, today)
        ui.folder.setText(str(folder))
        ui.received_on.setFocus()

    def values(self) -> AccessEntry:
        return AccessEntry(picked_day(self.ui.received_on), Path(self.ui.folder.text().strip()))
