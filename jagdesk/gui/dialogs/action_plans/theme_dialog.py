"""A theme of an action plan: its title."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.action_plans.ui_theme_dialog import Ui_ThemeDialog


class ThemeDialog(RecordDialog):
    """A theme's title ("Anti-social behaviour"); its number comes from its place in the plan."""

    def __init__(self, save: Save, name: str = "",
                 parent: QWidget | None = None) -> None:
        self.ui = Ui_ThemeDialog()
        super().__init__("Rename theme" if name else "New theme", save, parent, self.ui)
        self.name = self.ui.name
        self.name.setText(name)

    def values(self) -> str:
        return self.name.text()
