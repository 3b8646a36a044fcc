"""Restores keep what they restore from, back up what they replace, and are in the audit trail;
a backup of a damaged store says so."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from jagdesk.cli import main
from jagdesk.errors import StoreError
from jagdesk.services.admin.safekeeping import backup_store, restore_store
from jagdesk.services.reference.agencies import AgencyInput, list_agencies, save_agency
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AuditEntry
from jagdesk.store.opening import Store, backup_series, open_store

DAY = 24 * 60 * 60
Capsys = pytest.CaptureFixture[str]


def _add(store: Store, name: str) -> None:
    with store.unit_of_work() as uow:
        save_agency(uow, AgencyInput(name, "council"))


def _names(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return sorted(row.name for row in list_agencies(uow))


def _ten_daily_backups(path: Path) -> list[Path]:
    """Eleven days of use: each day an agency added and the day's automatic backup taken (none
    the first day: a new store has nothing to back up), the newest ten kept."""
    for day in range(11):
        with open_store(sqlite_location(path)) as store:
            _add(store, f"Agency of day {day}")
        series = backup_series(sqlite_location(path))
        for backup in series.files():  # as if the day had passed
            stamp = backup.stat().st_mtime - DAY - 60
            os.utime(backup, (stamp, stamp))
    found = sorted(backup_series(sqlite_location(path)).files(), key=lambda p: p.stat().st_mtime)
    assert len(found) == 10
    return found


def test_restoring_the_oldest_automatic_backup_keeps_it(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "csp.db"
    oldest = _ten_daily_backups(path)[0]
    # A daily backup is due when the restore opens the store, and the restore itself backs up:
    # both used to prune the oldest file, the very one being restored.
    code = main(["--db", str(path), "restore", str(oldest), "--yes"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert oldest.exists()
    with open_store(sqlite_location(path)) as store:
        assert _names(store) == ["Agency of day 0"]  # as it was on the second day
    assert oldest in backup_series(sqlite_location(path)).files()


def _audit(store: Store) -> list[tuple[object, str, str, str]]:
    """(id, action, record title, changes) of every audit entry."""
    with store.unit_of_work() as uow:
        return [(e.id, e.action, e.record_title, e.changes)
                for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.at))]


def test_a_restore_is_audited_and_keeps_the_replaced_audit_trail(store: Store,
                                                                 tmp_path: Path) -> None:
    _add(store, "Before the backup")
    saved = backup_store(store, tmp_path / "monday.db")
    _add(store, "After the backup")
    trail_before = {entry[0] for entry in _audit(store)}

    restore_store(store, saved)

    assert _names(store) == ["Before the backup"]
    entries = _audit(store)
    assert trail_before <= {entry[0] for entry in entries}  # nothing of the trail is lost
    [(_, _, title, restore_changes)] = [entry for entry in entries if entry[1] == "restore"]
    assert title == "Restored from monday.db"
    changes = json.loads(restore_changes)
    assert changes["restored_from"][1] == str(saved)
    before_restore = Path(changes["backup_before_restore"][1])
    assert before_restore.is_file()
    # The copy taken before the restore holds what the restore replaced, on either engine.
    with open_store(sqlite_location(before_restore), create=False, lock=False) as copy:
        assert _names(copy) == ["After the backup", "Before the backup"]


def test_a_postgresql_restore_makes_a_safety_copy(pg_url: str, tmp_path: Path) -> None:
    from jagdesk.store.location import resolve_location

    location = resolve_location(pg_url)
    with open_store(location) as store:
        _add(store, "On the server")
        saved = backup_store(store, tmp_path / "server.db")
        _add(store, "Added later")
        restore_store(store, saved)
        [copy] = backup_series(location).files()
    assert "-before-restore-" in copy.name
    with open_store(sqlite_location(copy), create=False, lock=False) as before:
        assert _names(before) == ["Added later", "On the server"]


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'agency'").fetchone()[0]
    raw.close()
    with path.open("r+b") as handle:  # scribble over the agency table's first page
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)


def test_a_backup_of_a_damaged_store_says_so(tmp_path: Path, capsys: Capsys) -> None:
    path = tmp_path / "csp.db"
    with open_store(sqlite_location(path)) as store:
        for n in range(30):
            _add(store, f"Agency {n}")
    _damage(path)
    code = main(["--db", str(path), "backup", str(tmp_path / "copy.db")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("jagdesk: The store is damaged (On tree page ")
    assert str(tmp_path / "copy-damaged.db") in err
    assert len(err.splitlines()) == 1
    assert (tmp_path / "copy-damaged.db").is_file()
    assert not (tmp_path / "copy.db").exists()  # nothing that looks like a sound backup


def test_a_backup_of_a_sound_store_is_not_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "csp.db"
    with open_store(sqlite_location(path)) as store:
        _add(store, "Sound")
        assert backup_store(store, tmp_path / "copy.db") == tmp_path / "copy.db"


def test_restore_of_a_missing_file_is_one_sentence(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="There is no backup file at"):
        restore_store(store, tmp_path / "nothing.db")


def test_the_daily_backup_of_a_damaged_store_is_kept_apart(tmp_path: Path,
                                                           capsys: Capsys) -> None:
    path = tmp_path / "csp.db"
    with open_store(sqlite_location(path)) as store:
        for n in range(30):
            _add(store, f"Agency {n}")
    with open_store(sqlite_location(path)):  # the first day's backup, of a sound store
        pass
    series = backup_series(sqlite_location(path))
    [sound] = series.files()
    os.utime(sound, (sound.stat().st_mtime - DAY - 60,) * 2)  # a day later
    _damage(path)
    assert main(["--db", str(path), "list", "localities"]) == 0  # read-only: no backup, no lock
    capsys.readouterr()
    assert main(["--db", str(path), "init"]) == 0  # opens it as the app does: the daily backup
    err = capsys.readouterr().err
    assert err.startswith(f"jagdesk: warning: {path} is damaged (")
    assert "Run 'jagdesk check' and restore a sound backup." in err
    # The sound backup is still the series' newest; the damaged copy is apart from it.
    assert series.files() == [sound]
    assert len(list(series.folder.glob(f"csp-damaged-*-{series.tag}.db"))) == 1, \
        sorted(p.name for p in series.folder.iterdir())
