"""A ward's form, with the locality it is in."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.reference.localities import LocalityRow, WardInput, WardRow


class WardDialog(RecordDialog):
    """Add or edit a ward and choose its locality."""

    def __init__(self, save: Save, localities: Sequence[LocalityRow],
                 initial: WardRow | None = None, locality_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit ward" if initial else "New ward", save, parent)
        self.code = QLineEdit(initial.code if initial else "")
        self.code.setPlaceholderText("ONS code, e.g. E05004746")
        self.name = QLineEdit(initial.name if initial else "")
        self.locality = QComboBox()
        choices(self.locality, [("(no locality)", None)] + [(x.name, x.id) for x in localities],
                initial.locality_id if initial else locality_id)
        self.add_field("name", "&Name:", self.name)
        self.add_field("code", "&Code:", self.code)
        self.add_field("locality_id", "&Locality:", self.locality)

    def values(self) -> WardInput:
        return WardInput(self.code.text(), self.name.text(), self.locality.currentData())
