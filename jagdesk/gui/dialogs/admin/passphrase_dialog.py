"""The question asked when a store is encrypted: its passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from jagdesk.gui.dialogs.common.record_dialog import error_label


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted store; shows why the last one was refused."""

    def __init__(self, where: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Encrypted store")
        self.setMinimumWidth(440)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.error = error_label(error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{where} is encrypted. Enter its passphrase:", wordWrap=True))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> str:
        return self.passphrase.text()

    @classmethod
    def ask(cls, where: str, error: str = "", parent: QWidget | None = None) -> str | None:
        """The passphrase entered, or None if the user cancelled."""
        dialog = cls(where, error, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
