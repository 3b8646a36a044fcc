"""A partner agency's form."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from jagdesk.domain.reference import AgencyType
from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.reference.agencies import AgencyInput, AgencyRow


class AgencyDialog(RecordDialog):
    """Add or edit a partner agency."""

    def __init__(self, save: Save, initial: AgencyRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit agency" if initial else "New agency", save, parent)
        self.name = QLineEdit(initial.name if initial else "")
        self.agency_type = QComboBox()
        choices(self.agency_type, [(t.label, t.value) for t in AgencyType],
                initial.agency_type if initial else AgencyType.POLICE.value)
        self.active = QCheckBox("Active partner")
        self.active.setChecked(initial.active if initial else True)
        self.add_field("name", "&Name:", self.name)
        self.add_field("agency_type", "&Type:", self.agency_type)
        self.add_field("active", "", self.active)

    def values(self) -> AgencyInput:
        return AgencyInput(self.name.text(), str(self.agency_type.currentData()),
                           self.active.isChecked())
