"""A designated authorising officer of the partnership: name and grade."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.cctv.ui_officer_dialog import Ui_OfficerDialog
from jagdesk.services.cctv.officers import OfficerRow


@dataclass(frozen=True)
class OfficerEntry:
    name: str
    grade: str
    active: bool


class OfficerDialog(RecordDialog):
    """Add an authorising officer to the partnership's list, or change one (`officer`)."""

    def __init__(self, save: Save, officer: OfficerRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_OfficerDialog()
        title = f"Authorising officer {officer.name}" if officer else "New authorising officer"
        super().__init__(title, save, parent, ui)
        self.name, self.grade, self.active = ui.name, ui.grade, ui.active
        self.grade.setPlaceholderText("Director, Head of Service, Service Manager or equivalent")
        self.active.setChecked(officer.active if officer else True)
        if officer is not None:
            self.name.setText(officer.name)
            self.grade.setText(officer.grade)
        self.name.setFocus()

    def values(self) -> OfficerEntry:
        return OfficerEntry(self.name.text(), self.grade.text(), self.active.isChecked())
