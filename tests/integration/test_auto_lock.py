"""What unlocks a locked window, tried as the store is opened: an encrypted file's passphrase
through a new SQLCipher connection, the server password of the login through a new login, and
nothing for an unencrypted file."""

from __future__ import annotations

from pathlib import Path

from jagdesk.services.admin.unlock import CONFIRM, PASSPHRASE, PASSWORD, unlock_kind, unlocks
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import Store, open_store
from tests.integration import test_security_roles
from tests.integration.test_security_roles import Secured
from tests.support.role_logins import PASSWORD as SERVER_PASSWORD
from tests.support.stores import PASSPHRASE as STORE_PASSPHRASE
from tests.support.stores import open_copy

secured = test_security_roles.secured  # the demo store after setup, one login per role


def test_the_passphrase_of_an_encrypted_file_unlocks(encrypted_demo_template: Path,
                                                     tmp_path: Path, demo_store: Store) -> None:
    with open_copy(encrypted_demo_template, tmp_path / "secret.db", STORE_PASSPHRASE) as store:
        assert unlock_kind(store) == PASSPHRASE
        assert unlocks(store, STORE_PASSPHRASE)
        for wrong in ("", "correct horse", STORE_PASSPHRASE.upper()):
            assert not unlocks(store, wrong)
    assert unlock_kind(demo_store) == CONFIRM
    assert unlocks(demo_store, "")


def test_the_logins_server_password_unlocks(secured: Secured) -> None:
    # The test server trusts every login; this one must give its password, as on a real server.
    hba = secured.server.data / "pg_hba.conf"
    rules = hba.read_text()
    officer = secured.logins["officer"]
    hba.write_text(f"host all {officer} 127.0.0.1/32 scram-sha-256\n{rules}")
    secured.server.admin("SELECT pg_reload_conf()")
    try:
        with open_store(resolve_location(secured.url("officer"))) as store:
            assert unlock_kind(store) == PASSWORD
            assert unlocks(store, SERVER_PASSWORD)
            assert not unlocks(store, "not the password")
            assert not unlocks(store, "")
    finally:
        hba.write_text(rules)
        secured.server.admin("SELECT pg_reload_conf()")
