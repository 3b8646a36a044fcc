"""What a locked window shows instead of its pages: no data, a sentence saying what unlocks it, the
passphrase or password field (or, for an unencrypted store, a button), and why an attempt failed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ASKS = {
    "passphrase": "Type the store's passphrase to go on.",
    "password": "Type your password for the server to go on.",
    "confirm": "The store is not encrypted: press Unlock to go on.",
}


class LockScreen(QWidget):
    """The lock screen; `unlock_requested` carries what was typed (empty for an unencrypted store)."""

    unlock_requested = Signal(str)

    def __init__(self, kind: str, keyring_refusal: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        title = QLabel("<h2>JAGDesk is locked</h2>")
        hidden = QLabel("Nothing of the store is shown while the window is locked.")
        ask = QLabel(ASKS[kind])
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName("Server password" if kind == "password" else "Passphrase")
        self.secret.setPlaceholderText("Password" if kind == "password" else "Passphrase")
        self.secret.setVisible(kind != "confirm")
        self.remember = QCheckBox("&Remember the passphrase in this computer's credential store")
        self.remember.setVisible(kind == "passphrase")
        self.remember.setEnabled(keyring_refusal is None)
        self.remember_why = QLabel(keyring_refusal or "")
        self.remember_why.setWordWrap(True)
        self.remember_why.setVisible(kind == "passphrase" and keyring_refusal is not None)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName("Why it is still locked")
        self.unlock_button = QPushButton("&Unlock")
        self.unlock_button.setDefault(True)
        box = QWidget()
        box.setFixedWidth(520)  # a fixed width: the wrapped sentences get their full height
        column = QVBoxLayout(box)
        for widget in (title, hidden, ask, self.secret, self.remember, self.remember_why, self.error,
                       self.unlock_button):
            column.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.secret.returnPressed.connect(self._on_unlock)
        self.unlock_button.clicked.connect(self._on_unlock)

    def _on_unlock(self) -> None:
        self.unlock_requested.emit(self.secret.text())

    def refused(self, sentence: str) -> None:
        """Say why the window is still locked, and clear the field for the next try."""
        self.error.setText(sentence)
        self.secret.clear()
        self.secret.setFocus()
