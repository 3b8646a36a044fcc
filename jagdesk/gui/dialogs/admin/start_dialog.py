"""The question asked when a store has no records yet: the demo, an empty store, or a restore from a
backup; for a new file, whether to encrypt it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.gui.dialogs.common.record_dialog import show_as_error
from jagdesk.gui.forms.admin.ui_start_dialog import Ui_StartDialog


@dataclass(frozen=True)
class StartChoice:
    """How the user chose to begin: the demo, an empty store, or a restore from `backup`;
    `passphrase` for a new encrypted store."""

    demo: bool = False
    passphrase: str | None = None
    backup: Path | None = None


class StartDialog(QDialog):
    """First start: load the demo partnership, start empty, or restore a backup (a new computer);
    for a new file, whether to encrypt it."""

    def __init__(self, where: str, new_file: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_StartDialog()
        ui.setupUi(self)
        self.demo, self.empty, self.restore = ui.demo, ui.empty, ui.restore
        self.backup, self.browse, self.backup_choice = ui.backup, ui.browse, ui.backup_choice
        self.encrypt, self.encryption = ui.encrypt, ui.encryption
        self.passphrase, self.repeat = ui.passphrase, ui.repeat
        self.error = show_as_error(ui.error)
        ui.question.setText(f"The store {where} has no records yet. How would you like to begin?")
        if not new_file:  # a store that is there already keeps the encryption it has
            for widget in (self.encrypt, self.encryption):
                ui.frame.removeWidget(widget)
                widget.setParent(None)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._connect_signals()
        self._on_encrypt_toggled(False)
        self._on_restore_toggled(False)

    def _connect_signals(self) -> None:
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self.restore.toggled.connect(self._on_restore_toggled)
        self.browse.clicked.connect(self._on_browse_clicked)

    def _on_encrypt_toggled(self, checked: bool) -> None:
        self.encryption.setEnabled(checked)

    def _on_restore_toggled(self, checked: bool) -> None:
        self.backup_choice.setEnabled(checked)
        if checked:
            self.backup.setFocus()

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Restore from a backup", str(Path.home()),
                                                "JAGDesk store or backup (*.db);;All files (*)")
        if chosen:
            self.backup.setText(chosen)

    def values(self) -> StartChoice:
        """How to begin, as chosen."""
        key = self.passphrase.text() if self.encrypt.isChecked() else None
        backup = Path(self.backup.text().strip()).expanduser() if self.restore.isChecked() else None
        return StartChoice(self.demo.isChecked(), key, backup)

    def accept(self) -> None:
        if self.restore.isChecked():
            backup = Path(self.backup.text().strip()).expanduser()
            if not self.backup.text().strip() or not backup.is_file():
                self.error.setText("Choose the backup file to restore." if not
                                   self.backup.text().strip() else f"There is no file at {backup}.")
                self.error.show()
                self.backup.setFocus()
                return
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
            parent: QWidget | None = None) -> StartChoice | None:
        """How to begin, or None if the user cancelled."""
        dialog = cls(where, new_file, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
