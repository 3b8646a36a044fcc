"""Encrypting a SQLite store later, decrypting it, or changing its passphrase (`jagdesk encrypt`,
`decrypt`, `passphrase`).

Each makes a verified backup first, writes the store again beside itself with SQLCipher's export
under the new key (none, to decrypt), checks that copy (integrity, and every table's rows counted
the same) and only then puts it in the store's place: a failure at any step leaves the store as it
was. The change is written to the audit trail.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from jagdesk import paths
from jagdesk.domain.common.validation import passphrase as passphrase_problem
from jagdesk.errors import JagdeskError, StoreError
from jagdesk.services.admin.safekeeping import backup_store
from jagdesk.store import backup
from jagdesk.store.audit_chain import record_event
from jagdesk.store.base import every_table
from jagdesk.store.engine import SQLITE_ERRORS, raw_sqlite_connect
from jagdesk.store.location import StoreLocation
from jagdesk.store.opening import Store, open_store, remove_store_files
from jagdesk.store.private import SQLITE_COMPANIONS, create_private_file, make_private_folder


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _counts(path: Path, key: str | None) -> dict[str, int]:
    conn = raw_sqlite_connect(str(path), key)
    try:
        return {table.name: int(conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0])
                for table in every_table()}
    finally:
        conn.close()


def _export(source: Path, old: str | None, dest: Path, new: str | None) -> None:
    """Write the store at `source` into the new file `dest`, encrypted with `new` (None: plain)."""
    # SQLCipher reads both kinds of file, and its export writes a plain one under an empty key.
    conn = raw_sqlite_connect(str(source), old, cipher=True)
    try:
        conn.execute(f"ATTACH DATABASE {_quoted(str(dest))} AS rekeyed KEY {_quoted(new or '')}")
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()


def _verified_copy(store: Store, what: str) -> Path:
    """A backup of the store (with its key as it is now), checked, in the backups folder."""
    assert store.location.path is not None
    folder = paths.backups_dir()
    make_private_folder(folder, tighten=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_store(store, folder / f"{store.location.path.stem}-before-{what}-{stamp}.db")


def change_key(location: StoreLocation, old: str | None, new: str | None, what: str) -> Path:
    """Write the store at `location` again with the passphrase `new` (None: unencrypted), after a
    verified backup (returned); `what` names the change ("encrypt", "decrypt", "passphrase")."""
    path = location.path
    if path is None:
        raise JagdeskError("Encryption applies to a SQLite store; a PostgreSQL server protects "
                           "its own data (use TLS and the server's disk encryption).")
    if new is not None:
        problem = passphrase_problem(new)
        if problem:
            raise JagdeskError(problem)
        if new == old:
            raise JagdeskError("The new passphrase is the one the store has now; choose another.")
    # Opening takes the lock (no other copy of JAGDesk may write meanwhile) and checks the key.
    with open_store(location, old, create=False, upgrade=False, backup_keep=0) as store:
        store.require_current()
        store.engine.dispose()  # its last connection checkpoints the WAL into the file
        kept = _verified_copy(store, what)
        rekeyed = path.with_name(path.name + ".rekeyed")
        remove_store_files(rekeyed)
        try:
            create_private_file(rekeyed)
            _export(path, old, rekeyed, new)
            problem = backup.integrity_problem(rekeyed, new)
            if problem is None and _counts(rekeyed, new) != _counts(path, old):
                problem = "its rows are not the same as the store's"
            if problem is not None:
                raise StoreError(f"The re-written store failed its check ({problem}); the store "
                                 f"was left as it was, and a backup of it is in {kept}.")
            for companion in SQLITE_COMPANIONS:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(path.with_name(path.name + companion))
            os.replace(rekeyed, path)
        except SQLITE_ERRORS as exc:
            raise StoreError(f"The store could not be re-written ({exc}); it was left as it was, "
                             f"and a backup of it is in {kept}.") from None
        finally:
            remove_store_files(rekeyed)
    _record(location, new, what, kept)
    return kept


def _record(location: StoreLocation, key: str | None, what: str, kept: Path) -> None:
    """The change in the audit trail of the store as it now is."""
    with open_store(location, key, create=False, upgrade=False, backup_keep=0) as store, \
            store.engine.begin() as connection:
        title = {"encrypt": "Encrypted", "decrypt": "Decrypted"}.get(what, "Passphrase changed")
        record_event(connection, store.author(), what, title, {"backup_before": [None, str(kept)]})
