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


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def save_discard_cancel(parent: QWidget | None, question: str) -> str:
    """Ask what to do with unsaved changes before leaving them: SAVE (the default), DISCARD or
    CANCEL (stay where they are)."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, parent=parent)
    save = box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard changes", QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def offer_open(parent: QWidget | None, message: str) -> bool:
    """Say a file was written and offer to open it; whether the user wants it opened."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, message, parent=parent)
    open_button = box.addButton("&Open it", QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton("Close", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is open_button
