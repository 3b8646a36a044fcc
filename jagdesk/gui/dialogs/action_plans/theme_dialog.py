"""A theme of an action plan: its title."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog


class ThemeDialog(RecordDialog):
    """A theme's title ("Anti-social behaviour"); its number comes from its place in the plan."""

    def __init__(self, save: Save, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__("Rename theme" if name else "New theme", save, parent)
        self.name = QLineEdit(name)
        self.add_field("name", "&Theme:", self.name)

    def values(self) -> str:
        return self.name.text()
