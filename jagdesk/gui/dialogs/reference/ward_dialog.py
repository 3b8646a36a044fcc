"""A ward's form, with the locality it is in."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.reference.ui_ward_dialog import Ui_WardDialog
from jagdesk.services.reference.localities import LocalityRow, WardInput, WardRow


class WardDialog(RecordDialog):
    """Add or edit a ward and choose its locality."""

    def __init__(self, save: Save, localities: Sequence[LocalityRow],
                 initial: WardRow | None = None, locality_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = Ui_WardDialog()
        super().__init__("Edit ward" if initial else "New ward", save, parent, self.ui)
        self.code, self.name, self.locality = self.ui.code, self.ui.name, self.ui.locality
        self.code.setText(initial.code if initial else "")
        self.name.setText(initial.name if initial else "")
        choices(self.locality, [("(no locality)", None)] + [(x.name, x.id) for x in localities],
                initial.locality_id if initial else locality_id)

    def values(self) -> WardInput:
        return WardInput(self.code.text(), self.name.text(), self.locality.currentData())
