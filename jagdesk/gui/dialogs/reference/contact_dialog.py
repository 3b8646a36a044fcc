"""A contact's form: a person at a partner agency."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.reference.agencies import AgencyRow, ContactInput, ContactRow


class ContactDialog(RecordDialog):
    """Add or edit a contact at a partner agency."""

    def __init__(self, save: Save, agencies: Sequence[AgencyRow], initial: ContactRow | None = None,
                 agency_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__("Edit contact" if initial else "New contact", save, parent)
        self.agency = QComboBox()
        choices(self.agency, [(a.name, a.id) for a in agencies],
                initial.agency_id if initial else agency_id)
        self.name = QLineEdit(initial.name if initial else "")
        self.role = QLineEdit(initial.role if initial else "")
        self.phone = QLineEdit(initial.phone if initial else "")
        self.email = QLineEdit(initial.email if initial else "")
        self.add_field("name", "&Name:", self.name)
        self.add_field("agency_id", "&Agency:", self.agency)
        self.add_field("role", "&Role:", self.role)
        self.add_field("phone", "&Phone:", self.phone)
        self.add_field("email", "E&mail:", self.email)

    def values(self) -> ContactInput:
        return ContactInput(self.agency.currentData(), self.name.text(), self.role.text(),
                            self.phone.text(), self.email.text())
