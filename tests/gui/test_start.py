"""Starting the GUI: first start offers the demo or an empty store, encryption, passphrases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jagdesk.gui import app as gui_app
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.admin.start_dialog import StartChoice, StartDialog
from jagdesk.services.reference import agencies
from jagdesk.store.engine import SQLITE_HEADER
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

PASSPHRASE = "correct horse battery"


def answer_start(monkeypatch: pytest.MonkeyPatch, answer: StartChoice | None,
                 asked: list[bool] | None = None) -> None:
    def ask(cls: Any, where: str, new_file: bool, parent: Any = None) -> Any:
        if asked is not None:
            asked.append(new_file)
        return answer

    monkeypatch.setattr(StartDialog, "ask", classmethod(ask))


def test_first_start_can_load_the_demo(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[bool] = []
    answer_start(monkeypatch, StartChoice(demo=True), asked)
    store = gui_app.open_for_gui(str(tmp_path / "new.db"))
    assert store is not None and asked == [True]
    with store, store.unit_of_work() as uow:
        assert len(agencies.list_agencies(uow)) == 11


def test_first_start_can_make_an_encrypted_empty_store(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer_start(monkeypatch, StartChoice(passphrase=PASSPHRASE))
    path = tmp_path / "laptop.db"
    store = gui_app.open_for_gui(str(path))
    assert store is not None and store.encrypted
    with store, store.unit_of_work() as uow:
        assert agencies.list_agencies(uow) == []
    assert path.read_bytes()[:16] != SQLITE_HEADER


def test_cancelling_the_first_start_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer_start(monkeypatch, None)
    assert gui_app.open_for_gui(str(tmp_path / "never.db")) is None
    assert not (tmp_path / "never.db").exists()


def test_an_existing_empty_store_is_offered_the_demo(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "empty.db"
    open_store(sqlite_location(path)).close()
    asked: list[bool] = []
    answer_start(monkeypatch, StartChoice(), asked)
    store = gui_app.open_for_gui(str(path))
    assert store is not None and asked == [False]
    store.close()


def test_wrong_passphrase_is_asked_again_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "secret.db"
    open_store(sqlite_location(path), PASSPHRASE).close()
    answers = ["not the passphrase", PASSPHRASE]
    reasons: list[str] = []

    def ask(cls: Any, where: str, error: str = "", parent: Any = None) -> str | None:
        reasons.append(error)
        return answers.pop(0)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    answer_start(monkeypatch, StartChoice())
    store = gui_app.open_for_gui(str(path))
    assert store is not None
    store.close()
    assert reasons[0] == ""
    assert reasons[1].startswith("The passphrase is wrong")


def test_cancelling_the_passphrase_opens_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "secret.db"
    open_store(sqlite_location(path), PASSPHRASE).close()
    before = path.read_bytes()
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda *a, **k: None))
    assert gui_app.open_for_gui(str(path)) is None
    assert path.read_bytes() == before


def test_a_store_that_cannot_be_opened_is_one_sentence_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(gui_app.prompts, "show_error", lambda _p, text: shown.append(text))
    missing = tmp_path / "no such folder" / "x.db"
    assert gui_app.run_app(str(missing)) == 2
    assert shown == [f"The folder {missing.parent} does not exist."]
    assert not missing.parent.exists()


def test_start_dialog_checks_the_new_passphrase(qtbot: Any) -> None:
    dialog = StartDialog("x.db", new_file=True)
    qtbot.addWidget(dialog)
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("longenough1")
    dialog.repeat.setText("longenough2")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "The two passphrases are not the same."
    dialog.repeat.setText("longenough1")
    dialog.accept()
    assert dialog.values() == StartChoice(demo=True, passphrase="longenough1")


def _backup_of_a_partnership(tmp_path: Path, passphrase: str | None = None) -> Path:
    from jagdesk.services.admin.safekeeping import backup_store

    with open_store(sqlite_location(tmp_path / "office.db"), passphrase) as office:
        with office.unit_of_work() as uow:
            agencies.save_agency(uow, agencies.AgencyInput("Hertsmere Borough Council", "council"))
        return backup_store(office, tmp_path / "office-backup.db")


def test_first_start_can_restore_a_backup(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    backup = _backup_of_a_partnership(tmp_path)
    answer_start(monkeypatch, StartChoice(backup=backup))
    store = gui_app.open_for_gui(str(tmp_path / "laptop.db"))
    assert store is not None
    with store, store.unit_of_work() as uow:
        assert [a.name for a in agencies.list_agencies(uow)] == ["Hertsmere Borough Council"]


def test_an_encrypted_backup_asks_its_passphrase(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    backup = _backup_of_a_partnership(tmp_path, PASSPHRASE)
    asked: list[str] = []
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, where, *a, **k: asked.append(where) or PASSPHRASE))
    answer_start(monkeypatch, StartChoice(backup=backup))
    store = gui_app.open_for_gui(str(tmp_path / "laptop.db"))
    assert store is not None and asked == [str(backup)]
    with store, store.unit_of_work() as uow:
        assert [a.name for a in agencies.list_agencies(uow)] == ["Hertsmere Borough Council"]


def test_start_dialog_asks_for_the_backup_file(qtbot: Any, tmp_path: Path) -> None:
    dialog = StartDialog("x.db", new_file=True)
    qtbot.addWidget(dialog)
    assert not dialog.backup.isEnabled()
    dialog.restore.setChecked(True)
    assert dialog.backup.isEnabled()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "Choose the backup file to restore."
    dialog.backup.setText(str(tmp_path / "gone.db"))
    dialog.accept()
    assert dialog.error.text() == f"There is no file at {tmp_path / 'gone.db'}."
    (tmp_path / "monday.db").write_bytes(b"")
    dialog.backup.setText(str(tmp_path / "monday.db"))
    dialog.accept()
    assert dialog.values() == StartChoice(backup=tmp_path / "monday.db")
