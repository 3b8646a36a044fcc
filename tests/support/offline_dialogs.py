"""Driving the take-out and check-in dialogs in GUI tests: each modal dialog the flow opens is
answered through its widgets by the next filler given, as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from jagdesk.gui import prompts
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.offline.checkin_dialog import CheckinDialog
from jagdesk.gui.dialogs.offline.conflicts_dialog import ConflictsDialog
from jagdesk.gui.dialogs.offline.takeout_dialog import TakeoutDialog

SHOTS = Path("/tmp/offline-shots")
Filler = Callable[[Any], None]


class Flow:
    """The answers to give, dialog by dialog, and what the user was told."""

    def __init__(self) -> None:
        self.fillers: dict[type, list[Filler]] = {}
        self.told: list[str] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.wipe = False
        self.opened_file: Path | None = None
        self.shown: dict[type, QDialog] = {}

    def will(self, kind: type, filler: Filler) -> None:
        self.fillers.setdefault(kind, []).append(filler)


def press(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    """Click one of the dialog's buttons (its form calls the box `buttons`)."""
    box = dialog.findChild(QDialogButtonBox, "buttons")
    assert box is not None
    button = box.button(which)
    assert button is not None and button.isEnabled(), f"{which} is not enabled"
    button.click()


def drive(monkeypatch: pytest.MonkeyPatch) -> Flow:
    """Replace the modal loops of the offline dialogs and the message boxes with the flow's answers."""
    flow = Flow()

    def exec_(dialog: QDialog) -> int:
        kind = type(dialog)
        flow.shown[kind] = dialog
        fillers = flow.fillers.get(kind) or []
        assert fillers, f"{kind.__name__} opened, and the test gave no answer for it"
        dialog.show()
        dialog.activateWindow()  # the keyboard reaches the dialog as it would the user's
        QTest.qWaitForWindowActive(dialog)
        fillers.pop(0)(dialog)
        result = dialog.result()
        dialog.hide()
        return int(result)

    for kind in (TakeoutDialog, CheckinDialog, ConflictsDialog, PassphraseDialog):
        monkeypatch.setattr(kind, "exec", exec_)
    monkeypatch.setattr(prompts, "inform", lambda _p, text, details="": flow.told.append(text))
    monkeypatch.setattr(prompts, "show_error", lambda _p, text: flow.errors.append(text))

    def confirm(_parent: QWidget | None, question: str, action: str = "Delete") -> bool:
        flow.questions.append(question)
        return flow.wipe

    monkeypatch.setattr(prompts, "confirm", confirm)

    def open_name(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return (str(flow.opened_file) if flow.opened_file else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    return flow


def passphrase(text: str) -> Filler:
    """Type a passphrase into the passphrase dialog and open."""

    def fill(dialog: PassphraseDialog) -> None:
        dialog.passphrase.setText(text)
        press(dialog, QDialogButtonBox.StandardButton.Open)

    return fill


def cancel(dialog: QDialog) -> None:
    dialog.reject()


def boxes_left() -> list[str]:
    """Message boxes still open (none should be: every answer is given through the flow)."""
    from PySide6.QtWidgets import QApplication

    return [w.text() for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]
