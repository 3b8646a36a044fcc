"""Who checked an entry in is part of its hash: an entry no one checked in hashes exactly as entries
always have (so every chain written before check-ins keeps its hashes), and `jagdesk check` names
a checked-in entry whose checker was changed, or removed to pass it off as written on the server.
And a take-out file, once checked in, can be wiped: overwritten with zeros, then deleted."""

from __future__ import annotations

import sqlite3
from hashlib import sha256
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.services.offline.checkin import check_in
from jagdesk.services.offline.laptop_file import wipe_file
from jagdesk.store.audit_chain import GENESIS, READ_ACCESS_CHAIN, READ_CHAIN
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store, backup_series, open_store
from tests.support.checkin_story import open_laptop, work_on_both_sides
from tests.support.command_line import Capsys, run
from tests.support.stores import PASSPHRASE


def _as_always(previous: str, row: tuple[object, ...]) -> str:
    """The hash as it was before check-ins: the content fields joined by the unit separator."""
    seq, entry_id, at, user, action, table_name, record_id, title, changes = (str(v) for v in row[:9])
    return sha256("\x1f".join((previous, seq, entry_id, at, action, table_name, record_id,
                               str(len(user)), str(len(title)), user, title, changes)).encode()).hexdigest()


def _checked_in_store(taken: tuple[Store, Path]) -> Store:
    """The store with the laptop's week of work checked in."""
    store, file = taken
    with open_laptop(file) as laptop:
        story = work_on_both_sides(store, laptop, file)
        check_in(store, laptop, story.resolutions)
    return store


def test_entries_no_one_checked_in_keep_the_hash_they_always_had(
        borehamwood_store: tuple[Store, Path]) -> None:
    demo_store = _checked_in_store(borehamwood_store)
    path = demo_store.location.path
    demo_store.close()
    with sqlite3.connect(path) as raw:
        for read in (READ_CHAIN, READ_ACCESS_CHAIN):
            previous, checked_in = GENESIS, 0
            for row in raw.execute(read):
                if row[10] is None:
                    assert row[9] == _as_always(previous, row)
                else:
                    assert row[9] != _as_always(previous, row)  # the checker is hashed too
                    checked_in += 1
                previous = row[9]
            assert checked_in > 0 or read == READ_ACCESS_CHAIN


@pytest.mark.parametrize("checker", ["'mallory'", "NULL"])
def test_check_names_a_checked_in_entry_whose_checker_was_changed(
        borehamwood_store: tuple[Store, Path], capsys: Capsys, checker: str) -> None:
    demo_store = _checked_in_store(borehamwood_store)
    with demo_store.unit_of_work() as uow:
        seq = uow.session.scalars(select(AuditEntry.seq).where(AuditEntry.checked_in_by.is_not(None))
                                  .order_by(AuditEntry.seq)).first()
    path = demo_store.location.path
    demo_store.close()
    assert run(capsys, "--db", str(path), "check")[0] == 0
    with sqlite3.connect(path) as raw:
        raw.execute(f"UPDATE audit_entry SET checked_in_by = {checker} WHERE seq = {seq}")
    status, out, _err = run(capsys, "--db", str(path), "check")
    assert status == 1
    assert f"audit entry {seq} (" in out
    assert out.rstrip().endswith("does not fit the chain: it was changed after it was written")


def test_a_checked_in_file_is_wiped_with_zeros_then_deleted(borehamwood_store: tuple[Store, Path],
                                                            tmp_path: Path) -> None:
    demo_store, file = borehamwood_store
    with open_laptop(file) as laptop:
        check_in(demo_store, laptop, {})
    # Opened in the app on the laptop, the file got the day's automatic backup in the backups folder.
    open_store(sqlite_location(file), PASSPHRASE, create=False).close()
    wal = file.with_name(file.name + "-wal")
    wal.write_bytes(b"left over")
    # A second name for each file's bytes shows what was written over them before they went.
    seen = tmp_path / "seen"
    seen.mkdir()
    for name in (file, wal):
        (seen / name.name).hardlink_to(name)
    size = file.stat().st_size
    backups = backup_series(sqlite_location(file)).files()
    assert backups
    wipe_file(file)
    assert not file.exists() and not wal.exists()
    assert not any(backup.exists() for backup in backups)
    assert list(tmp_path.glob("borehamwood*")) == []
    assert (seen / file.name).read_bytes() == bytes(size)
    assert (seen / wal.name).read_bytes() == bytes(len(b"left over"))
