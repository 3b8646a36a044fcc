"""A contact's form: a person at a partner agency."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.reference.ui_contact_dialog import Ui_ContactDialog
from jagdesk.services.reference.agencies import AgencyRow, ContactInput, ContactRow


class ContactDialog(RecordDialog):
    """Add or edit a contact at a partner agency."""

    def __init__(self, save: Save, agencies: Sequence[AgencyRow], initial: ContactRow | None = None,
                 agency_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ContactDialog()
        super().__init__("Edit contact" if initial else "New contact", save, parent, ui)
        self.agency, self.name, self.role, self.phone, self.email = (
            ui.agency, ui.name, ui.role, ui.phone, ui.email)
        choices(self.agency, [(a.name, a.id) for a in agencies],
                initial.agency_id if initial else agency_id)
        for box, text in ((self.name, initial.name if initial else ""),
                          (self.role, initial.role if initial else ""),
                          (self.phone, initial.phone if initial else ""),
                          (self.email, initial.email if initial else "")):
            box.setText(text)

    def values(self) -> ContactInput:
        return ContactInput(self.agency.currentData(), self.name.text(), self.role.text(),
                            self.phone.text(), self.email.text())
