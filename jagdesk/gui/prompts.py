"""Message boxes the GUI asks and tells through: one place, so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from jagdesk import APP_NAME


def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the user, in one sentence, why something could not be done."""
    QMessageBox.warning(parent, APP_NAME, message)


def confirm(parent: QWidget | None, question: str, action: str = "Delete") -> bool:
    """Ask before something that cannot simply be taken back; No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget | None, message: str, details: str = "") -> None:
    """Tell the user what was done; longer details (such as rejected rows) behind a button."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, message, parent=parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def warn(parent: QWidget | None, message: str) -> None:
    """Warn the user of something wrong that did not stop the work (a damaged store)."""
    QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent).exec()
