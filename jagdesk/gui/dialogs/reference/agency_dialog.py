"""A partner agency's form."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.domain.reference import AgencyType
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.reference.ui_agency_dialog import Ui_AgencyDialog
from jagdesk.services.reference.agencies import AgencyInput, AgencyRow


class AgencyDialog(RecordDialog):
    """Add or edit a partner agency."""

    def __init__(self, save: Save, initial: AgencyRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = Ui_AgencyDialog()
        super().__init__("Edit agency" if initial else "New agency", save, parent, self.ui)
        self.name, self.agency_type, self.active = self.ui.name, self.ui.agency_type, self.ui.active
        self.name.setText(initial.name if initial else "")
        choices(self.agency_type, [(t.label, t.value) for t in AgencyType],
                initial.agency_type if initial else AgencyType.POLICE.value)
        self.active.setChecked(initial.active if initial else True)

    def values(self) -> AgencyInput:
        return AgencyInput(self.name.text(), str(self.agency_type.currentData()),
                           self.active.isChecked())
