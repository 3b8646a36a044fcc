"""A backup made by every earlier release restores into a store of this one, on both engines, with
every row it held and the backup file itself left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.admin.safekeeping import restore_store
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store
from tests.support.old_store import EARLIER, read_back
from tests.support.old_templates import EarlierStore


@pytest.mark.parametrize("revision", EARLIER)
def test_a_backup_made_by_an_earlier_release_restores(store: Store, tmp_path: Path, revision: str,
                                                      earlier_store: EarlierStore) -> None:
    old_file = tmp_path / f"backup-{revision}.db"
    before = earlier_store(sqlite_location(old_file), revision)
    old_bytes = old_file.read_bytes()
    restore_store(store, old_file)
    with store.engine.connect() as connection:
        after = read_back(connection, before)
    assert check_store(store).ok
    # The audit trail has the restore itself besides every entry of the backup.
    [restore] = [key for key, row in after["audit_entry"].items() if row["action"] == "restore"]
    del after["audit_entry"][restore]
    assert after == before
    assert old_file.read_bytes() == old_bytes  # the backup itself is never upgraded
