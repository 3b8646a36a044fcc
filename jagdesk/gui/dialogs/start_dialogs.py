"""Questions asked when JAGDesk starts: a passphrase for an encrypted store, and how to begin."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.validation import passphrase as passphrase_problem
from jagdesk.gui.dialogs.record_dialog import error_label


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


class StartDialog(QDialog):
    """First start: load the demo partnership or start empty, and (for a new file) encryption."""

    def __init__(self, where: str, new_file: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to JAGDesk")
        self.setMinimumWidth(480)
        self.demo = QRadioButton(
            "Load the &demo partnership (a fictional Hertsmere CSP) to explore"
        )
        self.empty = QRadioButton("Start &empty, to enter our own partnership")
        self.demo.setChecked(True)
        self.encrypt = QCheckBox("E&ncrypt the store with a passphrase (recommended on laptops)")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.repeat.setAccessibleName("Passphrase again")
        self.error = error_label()
        form = QFormLayout()
        form.addRow("&Passphrase:", self.passphrase)
        form.addRow("&Again:", self.repeat)
        self.encryption = QWidget()
        self.encryption.setLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        question = f"The store {where} has no records yet. How would you like to begin?"
        layout.addWidget(QLabel(question, wordWrap=True))
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        if new_file:
            layout.addWidget(self.encrypt)
            layout.addWidget(self.encryption)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self._on_encrypt_toggled(False)

    def _on_encrypt_toggled(self, checked: bool) -> None:
        self.encryption.setEnabled(checked)

    def values(self) -> tuple[bool, str | None]:
        """(load the demo?, passphrase for a new encrypted store or None)."""
        key = self.passphrase.text() if self.encrypt.isChecked() else None
        return self.demo.isChecked(), key

    def accept(self) -> None:
        if self.encrypt.isChecked():
            problem = passphrase_problem(self.passphrase.text(), self.repeat.text())
            if problem:
                self.error.setText(problem)
                self.error.show()
                self.passphrase.setFocus()
                return
        super().accept()

    @classmethod
    def ask(cls, where: str, new_file: bool,
            parent: QWidget | None = None) -> tuple[bool, str | None] | None:
        """(demo?, passphrase) or None if the user cancelled."""
        dialog = cls(where, new_file, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
