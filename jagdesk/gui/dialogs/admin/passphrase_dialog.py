"""The question asked when a store is encrypted: its passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jagdesk.gui.dialogs.common.record_dialog import show_as_error
from jagdesk.gui.forms.admin.ui_passphrase_dialog import Ui_PassphraseDialog


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted store; shows why the last one was refused."""

    def __init__(self, where: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PassphraseDialog()
        ui.setupUi(self)
        self.passphrase = ui.passphrase
        self.error = show_as_error(ui.error, error)
        ui.question.setText(f"{where} is encrypted. Enter its passphrase:")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def values(self) -> str:
        return self.passphrase.text()

    @classmethod
    def ask(cls, where: str, error: str = "", parent: QWidget | None = None) -> str | None:
        """The passphrase entered, or None if the user cancelled."""
        dialog = cls(where, error, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
