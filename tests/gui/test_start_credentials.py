"""At start the system's credential store is asked for an encrypted store's passphrase once, and
not at all for a plain store: asking it may be slow, or ask the user for a password of their own.

A credential store of the test's own, installed through keyring's own API, counts the questions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from jagdesk.gui import app as gui_app
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.admin.start_dialog import StartDialog
from jagdesk.services.admin import credentials
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

PASSPHRASE = "correct horse battery"


class Counting:
    """What the test's credential store was asked."""

    def __init__(self) -> None:
        self.asked = 0


@pytest.fixture
def counting_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counting]:
    """A credential store in memory counting how often a password is asked for, installed for
    the test alone. keyring registers every backend class as it is defined, as a candidate for
    the system's store: the class is made here and struck off the register afterwards."""
    monkeypatch.delenv("JAGDESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    counting = Counting()

    class CountingKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            counting.asked += 1
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    keyring.set_keyring(CountingKeyring())
    try:
        yield counting
    finally:
        keyring.set_keyring(previous)
        KeyringBackend._classes.discard(CountingKeyring)  # type: ignore[attr-defined]


def _refuse_to_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    def ask(*_args: object, **_kwargs: object) -> str | None:
        raise AssertionError("the passphrase was asked for although it is remembered")

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    # The new store is empty: the start dialog's offer of the demo is declined.
    monkeypatch.setattr(StartDialog, "ask", classmethod(lambda *_args, **_kwargs: None))


def test_a_remembered_passphrase_is_read_once_and_opens_the_store(
        counting_keyring: Counting, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    location = sqlite_location(tmp_path / "secret.db")
    open_store(location, PASSPHRASE).close()
    credentials.remember(location.describe(), PASSPHRASE)
    _refuse_to_ask(monkeypatch)
    key = gui_app.known_passphrase(location)
    assert not gui_app.asks_before_opening(location, key)  # the frame paints first
    store = gui_app.open_location(location, key)
    assert store is not None and store.encrypted
    store.close()
    assert counting_keyring.asked == 1


def test_a_plain_store_opens_without_asking_the_credential_store(
        counting_keyring: Counting, demo_template: Path, tmp_path: Path) -> None:
    location = sqlite_location(tmp_path / "demo.db")
    (tmp_path / "demo.db").write_bytes(demo_template.read_bytes())
    store = gui_app.open_for_gui(str(location.path))
    assert store is not None and not store.encrypted
    store.close()
    assert counting_keyring.asked == 0
