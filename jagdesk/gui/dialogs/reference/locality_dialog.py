"""A locality's form."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.reference.ui_locality_dialog import Ui_LocalityDialog
from jagdesk.services.reference.localities import LocalityInput, LocalityRow


class LocalityDialog(RecordDialog):
    """Add or edit a locality."""

    def __init__(self, save: Save, initial: LocalityRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.ui = Ui_LocalityDialog()
        super().__init__("Edit locality" if initial else "New locality", save, parent, self.ui)
        self.name, self.description = self.ui.name, self.ui.description
        self.name.setText(initial.name if initial else "")
        self.description.setPlainText(initial.description if initial else "")

    def values(self) -> LocalityInput:
        return LocalityInput(self.name.text(), self.description.toPlainText())
