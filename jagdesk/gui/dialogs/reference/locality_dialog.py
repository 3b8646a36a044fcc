"""A locality's form."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.reference.localities import LocalityInput, LocalityRow


class LocalityDialog(RecordDialog):
    """Add or edit a locality."""

    def __init__(self, save: Save, initial: LocalityRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit locality" if initial else "New locality", save, parent)
        self.name = QLineEdit(initial.name if initial else "")
        self.description = QPlainTextEdit(initial.description if initial else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.add_field("name", "&Name:", self.name)
        self.add_field("description", "&Description:", self.description)

    def values(self) -> LocalityInput:
        return LocalityInput(self.name.text(), self.description.toPlainText())
